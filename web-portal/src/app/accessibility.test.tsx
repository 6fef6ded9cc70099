import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { mockApi } from '../test/api';
import {
  aReport,
  aRequest,
  assignedTo,
  bakker,
  decisionQuestions,
  reported,
  signedIn,
  smit,
  timeline,
  visser,
} from '../test/fixtures';
import { renderApp } from '../test/render';

const estimate = {
  estimate: 'UNCERTAIN',
  insurerName: 'Zilveren Kruis',
  reasons: [{ code: 'NO_REFERRAL', nl: 'Geen verwijzing.', en: 'No referral.' }],
  checkedAt: '2026-11-20T09:00:00Z',
};

/** axe-core's WCAG 2.2 A/AA rules on what jsdom can judge (it cannot compute colours). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('accessibility of the new pages', () => {
  it('the request form', async () => {
    mockApi({ '/bff/session': signedIn('nl'), '/api/consultants': [bakker, visser, smit] });

    renderApp('/requests/new');
    await screen.findAllByRole('option', { name: 'Chirurgie (operaties)' });

    expect(await violations()).toEqual([]);
  });

  it('the request page with the consultants to choose from', async () => {
    mockApi({
      '/bff/session': signedIn('nl'),
      '/api/requests/req-1': aRequest({
        status: 'REFERRED',
        allowedNextSteps: [{ step: 'ASSIGN_CONSULTANT', to: 'CONSULTANT_ASSIGNED' }],
      }),
      '/api/requests/req-1/timeline': timeline,
      '/api/requests/req-1/candidates': [bakker, visser],
      '/api/requests/req-1/coverage-estimate': estimate,
    });

    renderApp('/requests/req-1');
    await screen.findByRole('button', { name: 'Kies deze arts: dr. S. Bakker' });
    await screen.findByText('Onzeker of het wordt vergoed');

    expect(await violations()).toEqual([]);
  });

  it('the request page with dossier access and the coverage choice', async () => {
    mockApi({
      '/bff/session': signedIn('nl'),
      '/api/requests/req-1': assignedTo(bakker, {
        status: 'CASE_ACCEPTED',
        allowedNextSteps: [{ step: 'SCHEDULE_APPOINTMENT', to: 'APPOINTMENT_SCHEDULED' }],
      }),
      '/api/requests/req-1/timeline': timeline,
      '/api/requests/req-1/coverage-estimate': estimate,
      '/api/dossiers/req-1/grants': [
        {
          id: 'g-1',
          consultantId: 'c-bakker',
          validUntil: '2027-03-03',
          grantedAt: '2026-12-03T10:00:00Z',
          revokedAt: null,
          active: true,
        },
      ],
    });

    renderApp('/requests/req-1');
    await screen.findByRole('button', { name: /^Toegang intrekken/ });
    await screen.findByRole('button', { name: 'Keuze vastleggen' });

    expect(await violations()).toEqual([]);
  });

  it('the report page', async () => {
    mockApi({
      '/bff/session': signedIn('nl'),
      '/api/requests/req-1': reported(),
      '/api/requests/req-1/report': aReport,
      '/api/decision-questions': decisionQuestions,
    });

    renderApp('/requests/req-1/report');
    await screen.findByRole('button', { name: 'Aanvraag afronden' });
    await screen.findByRole('button', { name: 'Antwoorden opslaan' });

    expect(await violations()).toEqual([]);
  });
});

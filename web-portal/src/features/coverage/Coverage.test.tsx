import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { calls, json, mockApi, problem } from '../../test/api';
import { aRequest, assignedTo, bakker, signedIn, timeline } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const accepted = assignedTo(bakker, {
  status: 'CASE_ACCEPTED',
  allowedNextSteps: [
    { step: 'SCHEDULE_APPOINTMENT', to: 'APPOINTMENT_SCHEDULED' },
    { step: 'CANCEL', to: 'CANCELLED' },
    { step: 'WITHDRAW', to: 'WITHDRAWN' },
  ],
});

const uncertain = {
  estimate: 'UNCERTAIN',
  insurerName: 'Zilveren Kruis',
  reasons: [
    {
      code: 'NO_REFERRAL',
      nl: 'Zonder verwijzing vergoedt de basisverzekering meestal niet.',
      en: 'Without a referral basic insurance usually does not reimburse.',
    },
  ],
  checkedAt: '2026-11-20T09:00:00Z',
};

function routes(locale: 'nl' | 'en', extra: Record<string, unknown>) {
  return mockApi({
    '/bff/session': signedIn(locale),
    '/api/notifications/unread-count': { unread: 0 },
    '/api/requests/req-1/timeline': timeline,
    '/api/dossiers/req-1/grants': [],
    ...extra,
  });
}

describe('reimbursement', () => {
  it("shows the insurer's estimate and its reasons in the reader's language", async () => {
    routes('en', {
      '/api/requests/req-1': aRequest({ status: 'SUBMITTED' }),
      '/api/requests/req-1/coverage-estimate': uncertain,
    });

    renderApp('/requests/req-1');

    const section = await screen.findByRole('region', { name: 'Reimbursement' });
    expect(await within(section).findByText('Uncertain whether it is reimbursed')).toBeDefined();
    expect(within(section).getByText(/estimate for Zilveren Kruis/)).toBeDefined();
    expect(
      within(section).getByText('Without a referral basic insurance usually does not reimburse.'),
    ).toBeDefined();
    // Not yet at the appointment: no choice asked.
    expect(within(section).queryByRole('radio')).toBeNull();
  });

  it("shows the estimate service's problem when it cannot estimate", async () => {
    routes('nl', {
      '/api/requests/req-1': aRequest({ status: 'SUBMITTED' }),
      '/api/requests/req-1/coverage-estimate': () =>
        problem(422, 'The insurance service does not know the insurer with this UZOVI code.'),
    });

    renderApp('/requests/req-1');

    const section = await screen.findByRole('region', { name: 'Vergoeding' });
    expect(
      await within(section).findByText(
        'The insurance service does not know the insurer with this UZOVI code.',
      ),
    ).toBeDefined();
  });

  it('before the appointment, asks for the choice and shows how to reach the care-cost team', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-cover; path=/';
    let choice: string | null = null;
    const fetchMock = routes('nl', {
      '/api/requests/req-1': () =>
        json(
          choice === null
            ? accepted
            : { ...accepted, coverageChoice: { choice, at: '2026-11-22T10:00:00Z' } },
        ),
      '/api/requests/req-1/coverage-estimate': uncertain,
      'POST /api/requests/req-1/coverage-choice': async (request: Request) => {
        choice = ((await request.json()) as { choice: string }).choice;
        return json({ ...accepted, coverageChoice: { choice, at: '2026-11-22T10:00:00Z' } });
      },
    });
    const { user } = renderApp('/requests/req-1');

    const form = await screen.findByRole('form', { name: 'Wat als uw verzekeraar niet vergoedt?' });
    expect(within(form).getByText('Het team zorgkosten van UMC Zuid:')).toBeDefined();
    expect(
      within(form).getByRole('link', { name: 'zorgkosten@umczuid.example' }).getAttribute('href'),
    ).toBe('mailto:zorgkosten@umczuid.example');
    expect(within(form).getByRole('link', { name: '+31 30 123 4567' }).getAttribute('href')).toBe(
      'tel:+31301234567',
    );
    await user.click(
      within(form).getByRole('radio', { name: 'Ik betaal zelf als mijn verzekeraar niet vergoedt' }),
    );
    await user.click(within(form).getByRole('button', { name: 'Keuze vastleggen' }));

    expect(await within(form).findByText('Uw keuze is vastgelegd.')).toBeDefined();
    expect(
      await within(form).findByText(
        'Vastgelegd op 22 november 2026: Ik betaal zelf als mijn verzekeraar niet vergoedt.',
      ),
    ).toBeDefined();
    const post = calls(fetchMock).find((request) => request.method === 'POST')!;
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('csrf-cover');
  });

  it('asks no choice when the insurer will likely pay', async () => {
    routes('nl', {
      '/api/requests/req-1': accepted,
      '/api/requests/req-1/coverage-estimate': { ...uncertain, estimate: 'LIKELY_COVERED' },
    });

    renderApp('/requests/req-1');

    const section = await screen.findByRole('region', { name: 'Vergoeding' });
    expect(await within(section).findByText('Waarschijnlijk vergoed')).toBeDefined();
    expect(within(section).queryByRole('form')).toBeNull();
  });
});

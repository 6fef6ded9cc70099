import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { calls, json, mockApi } from '../../test/api';
import { aRequest, assignedTo, bakker, signedIn, timeline, visser } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const referred = aRequest({
  status: 'REFERRED',
  allowedNextSteps: [
    { step: 'ASSIGN_CONSULTANT', to: 'CONSULTANT_ASSIGNED' },
    { step: 'WITHDRAW', to: 'WITHDRAWN' },
  ],
});

const estimate = {
  estimate: 'LIKELY_COVERED',
  insurerName: 'Zilveren Kruis',
  reasons: [],
  checkedAt: '2026-11-20T09:00:00Z',
};

function routes(extra: Record<string, unknown> = {}) {
  return mockApi({
    '/bff/session': signedIn('nl'),
    '/api/notifications/unread-count': { unread: 0 },
    '/api/requests/req-1/timeline': timeline,
    '/api/requests/req-1/coverage-estimate': estimate,
    '/api/requests/req-1/candidates': [bakker, visser],
    '/api/dossiers/req-1/grants': [],
    '/api/requests': [referred],
    ...extra,
  });
}

describe('choosing the consultant', () => {
  it('lists the candidates with institution, waiting time and languages', async () => {
    routes({ '/api/requests/req-1': referred });

    renderApp('/requests/req-1');

    const section = await screen.findByRole('region', { name: 'Kies uw second-opinionarts' });
    const first = (await within(section).findByRole('heading', { name: 'dr. S. Bakker' })).closest(
      'li',
    )!;
    expect(within(first).getByText('UMC Zuid')).toBeDefined();
    expect(within(first).getByText('3 weken')).toBeDefined();
    expect(within(first).getByText('Nederlands, Engels')).toBeDefined();
    expect(
      within(section).getByRole('button', { name: 'Kies deze arts: dr. D. Visser' }),
    ).toBeDefined();
  });

  it('records the choice and then shows the chosen doctor, with the focus on it', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-choose; path=/';
    let chosen = false;
    const fetchMock = routes({
      '/api/requests/req-1': () => json(chosen ? assignedTo(bakker) : referred),
      'POST /api/requests/req-1/consultant': () => {
        chosen = true;
        return json(assignedTo(bakker));
      },
    });
    const { user } = renderApp('/requests/req-1');

    await user.click(await screen.findByRole('button', { name: 'Kies deze arts: dr. S. Bakker' }));

    const heading = await screen.findByRole('heading', { name: 'Uw second-opinionarts' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByRole('region', { name: 'Kies uw second-opinionarts' })).toBeNull();
    const post = calls(fetchMock).find((request) => request.method === 'POST')!;
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('csrf-choose');
    await expect(post.json()).resolves.toEqual({ consultantId: 'c-bakker' });
  });

  it("shows why the choice was refused, in the problem's own words", async () => {
    routes({
      '/api/requests/req-1': referred,
      'POST /api/requests/req-1/consultant': () =>
        new Response(
          JSON.stringify({
            type: 'https://secondopinion.nl/problems/consultant-not-independent',
            status: 422,
            detail: 'This consultant may not review the treating doctor: SAME_INSTITUTION.',
            rule: 'SAME_INSTITUTION',
          }),
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    const { user } = renderApp('/requests/req-1');

    await user.click(await screen.findByRole('button', { name: 'Kies deze arts: dr. D. Visser' }));

    const section = screen.getByRole('region', { name: 'Kies uw second-opinionarts' });
    const alert = await within(section).findByRole('alert');
    expect(
      within(alert).getByText(
        'This consultant may not review the treating doctor: SAME_INSTITUTION.',
      ),
    ).toBeDefined();
  });

  it('says why the previous doctor declined, and that there may be nobody left', async () => {
    routes({
      '/api/requests/req-1': aRequest({
        status: 'CONSULTANT_DECLINED',
        declines: [
          {
            consultantId: 'c-bakker',
            reason: 'Geen ervaring met deze aandoening',
            at: '2026-11-21T09:00:00Z',
          },
        ],
        allowedNextSteps: [{ step: 'ASSIGN_CONSULTANT', to: 'CONSULTANT_ASSIGNED' }],
      }),
      '/api/requests/req-1/candidates': [],
    });

    renderApp('/requests/req-1');

    const section = await screen.findByRole('region', { name: 'Kies uw second-opinionarts' });
    expect(
      within(section).getByText(
        'De vorige arts heeft uw aanvraag afgewezen. Reden: Geen ervaring met deze aandoening',
      ),
    ).toBeDefined();
    expect(await within(section).findByText(/geen arts die u kunt kiezen/)).toBeDefined();
  });

  it('is not offered when the journey does not allow a choice now', async () => {
    routes({ '/api/requests/req-1': aRequest({ status: 'SUBMITTED' }) });

    renderApp('/requests/req-1');

    await screen.findByRole('region', { name: 'Waar staat de aanvraag' });
    expect(screen.queryByRole('region', { name: 'Kies uw second-opinionarts' })).toBeNull();
  });
});

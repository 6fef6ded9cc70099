import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { addMonths, today } from '../../shared/dates';
import { calls, json, mockApi } from '../../test/api';
import { assignedTo, bakker, signedIn, timeline } from '../../test/fixtures';
import type { Grant } from './api';

import { renderApp } from '../../test/render';

const request = assignedTo(bakker);

const grant: Grant = {
  id: 'g-1',
  consultantId: 'c-bakker',
  validUntil: '2027-03-03',
  grantedAt: '2026-12-03T10:00:00Z',
  revokedAt: null,
  active: true,
};

function routes(extra: Record<string, unknown> = {}) {
  return mockApi({
    '/bff/session': signedIn('nl'),
    '/api/notifications/unread-count': { unread: 0 },
    '/api/requests/req-1': request,
    '/api/requests/req-1/timeline': timeline,
    '/api/requests/req-1/coverage-estimate': {
      estimate: 'LIKELY_COVERED',
      insurerName: 'Zilveren Kruis',
      reasons: [],
      checkedAt: '2026-11-20T09:00:00Z',
    },
    ...extra,
  });
}

describe('access to the dossier', () => {
  it('gives the chosen consultant access until a day, three months ahead by default', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-grant; path=/';
    let grants: Grant[] = [];
    const fetchMock = routes({
      '/api/dossiers/req-1/grants': () => json(grants),
      'POST /api/dossiers/req-1/grants': () => {
        grants = [grant];
        return json(grant, 201);
      },
    });
    const { user } = renderApp('/requests/req-1');

    const section = await screen.findByRole('region', { name: 'Toegang tot uw dossier' });
    expect(await within(section).findByText('U heeft nog geen toegang gegeven.')).toBeDefined();
    const until = within(section).getByLabelText('Toegang tot en met');
    expect(until).toHaveProperty('value', addMonths(today(), 3));
    expect(until.getAttribute('min')).toBe(today());
    await user.click(
      within(section).getByRole('button', { name: 'Toegang geven aan dr. S. Bakker' }),
    );

    expect(
      await within(section).findByText('Toegang voor dr. S. Bakker tot en met 3 maart 2027'),
    ).toBeDefined();
    expect(within(section).getByText(/^Geldig · gegeven op 3 december 2026/)).toBeDefined();
    const post = calls(fetchMock).find((call) => call.method === 'POST')!;
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('csrf-grant');
    await expect(post.json()).resolves.toEqual({
      consultantId: 'c-bakker',
      validUntil: addMonths(today(), 3),
    });
  });

  it('revokes a grant with a DELETE', async () => {
    let grants: Grant[] = [grant];
    const fetchMock = routes({
      '/api/dossiers/req-1/grants': () => json(grants),
      'DELETE /api/dossiers/req-1/grants/g-1': () => {
        grants = [{ ...grant, revokedAt: '2026-12-04T08:00:00Z', active: false }];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/requests/req-1');

    await user.click(
      await screen.findByRole('button', {
        name: 'Toegang intrekken: Toegang voor dr. S. Bakker tot en met 3 maart 2027',
      }),
    );

    expect(await screen.findByText(/^Ingetrokken op 4 december 2026/)).toBeDefined();
    expect(screen.queryByRole('button', { name: /Toegang intrekken/ })).toBeNull();
    await waitFor(() =>
      expect(calls(fetchMock).some((call) => call.method === 'DELETE')).toBe(true),
    );
  });

  it("shows the dossier service's refusal", async () => {
    routes({
      '/api/dossiers/req-1/grants': [],
      'POST /api/dossiers/req-1/grants': () =>
        new Response(
          JSON.stringify({
            type: 'https://secondopinion.nl/problems/consultant-without-account',
            status: 422,
            detail: 'The assigned consultant has no platform account yet.',
          }),
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    const { user } = renderApp('/requests/req-1');

    await user.click(
      await screen.findByRole('button', { name: 'Toegang geven aan dr. S. Bakker' }),
    );

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('The assigned consultant has no platform account yet.'),
    ).toBeDefined();
  });
});

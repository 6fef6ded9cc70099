import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi, problem } from '../../test/api';
import { aRequest, signedIn, timeline } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const request = aRequest({ id: 'req-1', status: 'REFERRAL_REFUSED' });

function api(locale: 'nl' | 'en' = 'nl') {
  return mockApi({
    '/bff/session': signedIn(locale),
    '/api/requests': [request],
    '/api/requests/req-1': request,
    '/api/requests/req-1/timeline': timeline,
    '/api/requests/req-1/coverage-estimate': {
      estimate: 'LIKELY_COVERED',
      insurerName: 'Zilveren Kruis',
      reasons: [],
      checkedAt: '2026-11-20T09:00:00Z',
    },
  });
}

describe('the request page', () => {
  it('shows the timeline in plain words, oldest first', async () => {
    api();

    renderApp('/requests/req-1');

    const section = await screen.findByRole('region', { name: 'Wat er is gebeurd' });
    const entries = within(within(section).getByRole('list')).getAllByRole('listitem');
    expect(entries.map((entry) => entry.querySelector('.timeline-what')?.textContent)).toEqual([
      'Aanvraag aangemaakt',
      'Aanvraag ingediend',
      'Verwijzing geweigerd',
    ]);
    expect(within(entries[0]!).getByText(/Door u/)).toBeDefined();
    expect(within(entries[2]!).getByText(/Door de huisarts/)).toBeDefined();
    expect(
      within(entries[2]!).getByText('Toelichting: Eerst de uitslag van de MRI afwachten'),
    ).toBeDefined();
  });

  it('shows the status, who acts next and the case clock', async () => {
    api();

    renderApp('/requests/req-1');

    const where = await screen.findByRole('region', { name: 'Waar staat de aanvraag' });
    expect(within(where).getByText('Verwijzing geweigerd')).toBeDefined();
    expect(within(where).getByText('U')).toBeDefined();
    const clock = screen.getByRole('region', { name: 'Doorlooptijd' });
    expect(within(clock).getByText(/^20 dagen sinds indiening op 3 november 2026/)).toBeDefined();
    const dossier = within(clock)
      .getByRole('heading', { name: 'Dossier compleet maken' })
      .closest('li')!;
    expect(within(dossier).getByText('14 dagen')).toBeDefined();
    expect(within(dossier).getByText('Over de streeftermijn')).toBeDefined();
    const appointment = within(clock)
      .getByRole('heading', { name: 'Afspraak plannen' })
      .closest('li')!;
    expect(within(appointment).getByText('28 dagen')).toBeDefined();
    expect(within(appointment).queryByText('Over de streeftermijn')).toBeNull();
    const report = within(clock).getByRole('heading', { name: 'Verslag schrijven' }).closest('li')!;
    expect(within(report).getByText('Nog niet begonnen')).toBeDefined();
  });

  it('keeps the question out of the document title', async () => {
    api();

    renderApp('/requests/req-1');

    expect(await screen.findByText(request.question)).toBeDefined();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Aanvraag');
    expect(document.title).toBe('Aanvraag – Second Opinion');
  });

  it('shows the timeline in English too', async () => {
    api('en');

    renderApp('/requests/req-1');

    const section = await screen.findByRole('region', { name: 'What has happened' });
    expect(within(section).getByText('Referral refused')).toBeDefined();
    expect(within(section).getByText('Note: Eerst de uitslag van de MRI afwachten')).toBeDefined();
  });

  it('moves the focus to the page heading after following a link', async () => {
    api();
    const { user } = renderApp('/requests');

    await user.click(await screen.findByRole('link', { name: /hernia/ }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Aanvraag' });
    expect(document.activeElement).toBe(heading);
  });

  it('leaves the focus alone on the first page of a visit', async () => {
    api();

    renderApp('/requests/req-1');

    await screen.findByRole('region', { name: 'Wat er is gebeurd' });
    expect(document.activeElement).toBe(document.body);
  });

  it("shows the server's detail for a request that is not there", async () => {
    mockApi({
      '/bff/session': signedIn('nl'),
      '/api/requests/gone': () => problem(404, 'Request not found.'),
      '/api/requests/gone/timeline': () => problem(404, 'Request not found.'),
    });

    renderApp('/requests/gone');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Request not found.')).toBeDefined();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi } from '../../test/api';
import { aRequest, signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const requests = [
  aRequest({
    id: 'req-1',
    status: 'SUBMITTED',
    question: 'Is an operation really needed for my hernia?',
  }),
  aRequest({
    id: 'req-2',
    status: 'CONSULTANT_ASSIGNED',
    question: 'Is the diagnosis of my knee right?',
  }),
];

function itemFor(link: HTMLElement): HTMLElement {
  const item = link.closest('li');
  if (item === null) throw new Error('link outside a list item');
  return item;
}

describe('the requests list', () => {
  it('shows each request with its status and who acts next, in Dutch by default', async () => {
    mockApi({ '/bff/session': signedIn('nl'), '/api/requests': requests });

    renderApp('/requests');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn aanvragen' })).toBeDefined();
    const first = itemFor(await screen.findByRole('link', { name: /operation really needed/ }));
    expect(within(first).getByText('Ingediend, wacht op een verwijzing')).toBeDefined();
    expect(within(first).getByText('De huisarts of behandelend arts')).toBeDefined();
    const second = itemFor(screen.getByRole('link', { name: /diagnosis of my knee/ }));
    expect(within(second).getByText('Second-opinionarts gekozen')).toBeDefined();
    expect(within(second).getByText('De second-opinionarts')).toBeDefined();
    expect(document.title).toBe('Mijn aanvragen – Second Opinion');
    expect(document.documentElement.lang).toBe('nl');
  });

  it("speaks English when the user's locale is en", async () => {
    mockApi({ '/bff/session': signedIn('en'), '/api/requests': requests });

    renderApp('/requests');

    expect(await screen.findByRole('heading', { level: 1, name: 'My requests' })).toBeDefined();
    const first = itemFor(await screen.findByRole('link', { name: /operation really needed/ }));
    expect(within(first).getByText('Submitted, waiting for a referral')).toBeDefined();
    expect(within(first).getByText('The GP or treating doctor')).toBeDefined();
    expect(document.title).toBe('My requests – Second Opinion');
    expect(document.documentElement.lang).toBe('en');
  });

  it('addresses the patient as "you" when it is their turn', async () => {
    mockApi({
      '/bff/session': signedIn('nl'),
      '/api/requests': [aRequest({ status: 'REFERRAL_REFUSED' })],
    });

    renderApp('/requests');

    const item = itemFor(await screen.findByRole('link', { name: /hernia/ }));
    expect(within(item).getByText('Verwijzing geweigerd')).toBeDefined();
    expect(within(item).getByText('U')).toBeDefined();
  });

  it('says so when there are no requests', async () => {
    mockApi({ '/bff/session': signedIn('nl'), '/api/requests': [] });

    renderApp('/requests');

    expect(await screen.findByText('U heeft nog geen aanvragen.')).toBeDefined();
  });

  it("shows the server's explanation when the list cannot be read", async () => {
    mockApi({
      '/bff/session': signedIn('nl'),
      '/api/requests': () =>
        new Response(
          JSON.stringify({ status: 503, detail: 'The referral service is unavailable.' }),
          {
            status: 503,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        ),
    });

    renderApp('/requests');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The referral service is unavailable.')).toBeDefined();
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeDefined();
  });
});

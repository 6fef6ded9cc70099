import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { calls, mockApi } from '../../test/api';
import { signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import type { InboxEntry } from './api';

const entries: InboxEntry[] = [
  {
    id: 'n-2',
    type: 'DOCUMENTS_MISSING',
    requestId: 'req-1',
    link: 'http://localhost:8080/requests/req-1',
    title: 'Documenten ontbreken',
    body: 'Voor het dossier ontbreken nog: beeldmateriaal (scans).',
    createdAt: '2026-11-20T10:00:00Z',
    read: false,
  },
  {
    id: 'n-1',
    type: 'REQUEST_SUBMITTED',
    requestId: 'req-1',
    link: 'http://localhost:8080/requests/req-1',
    title: 'Aanvraag ingediend',
    body: 'Uw aanvraag is ingediend.',
    createdAt: '2026-11-03T09:00:00Z',
    read: true,
  },
];

describe('the inbox', () => {
  it('lists the messages with read and unread, linking to the request', async () => {
    mockApi({
      '/bff/session': signedIn('nl'),
      '/api/notifications/unread-count': { unread: 1 },
      '/api/notifications?page=0&size=50': entries,
    });

    renderApp('/inbox');

    const unread = await screen.findByRole('article', { name: 'Documenten ontbreken' });
    expect(within(unread).getByText('Ongelezen')).toBeDefined();
    expect(
      within(unread)
        .getByRole('link', { name: 'Bekijk de aanvraag: Documenten ontbreken' })
        .getAttribute('href'),
    ).toBe('/requests/req-1');
    const read = screen.getByRole('article', { name: 'Aanvraag ingediend' });
    expect(within(read).getByText('Gelezen')).toBeDefined();
    expect(within(read).queryByRole('button')).toBeNull();
  });

  it('marks a message read with a POST carrying the CSRF token, then reloads', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-abc; path=/';
    let marked = false;
    const fetchMock = mockApi({
      '/bff/session': signedIn('nl'),
      '/api/notifications/unread-count': () =>
        new Response(JSON.stringify({ unread: marked ? 0 : 1 }), {
          headers: { 'Content-Type': 'application/json' },
        }),
      '/api/notifications?page=0&size=50': () =>
        new Response(
          JSON.stringify(entries.map((entry) => ({ ...entry, read: entry.read || marked }))),
          {
            headers: { 'Content-Type': 'application/json' },
          },
        ),
      'POST /api/notifications/n-2/read': () => {
        marked = true;
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/inbox');

    await user.click(
      await screen.findByRole('button', { name: 'Markeer als gelezen: Documenten ontbreken' }),
    );

    const article = screen.getByRole('article', { name: 'Documenten ontbreken' });
    await waitFor(() => expect(within(article).getByText('Gelezen')).toBeDefined());
    const post = calls(fetchMock).find((request) => request.method === 'POST');
    expect(post?.url).toBe('http://portal.test/api/notifications/n-2/read');
    expect(post?.headers.get('X-XSRF-TOKEN')).toBe('csrf-abc');
    expect(await screen.findByRole('link', { name: 'Berichten' })).toBeDefined();
  });
});

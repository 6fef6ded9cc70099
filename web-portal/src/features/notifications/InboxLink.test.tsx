import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi } from '../../test/api';
import { signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/render';

describe('the header', () => {
  it('shows the number of unread messages in the link to the inbox', async () => {
    mockApi({
      '/bff/session': signedIn('nl'),
      '/api/requests': [],
      '/api/notifications/unread-count': { unread: 3 },
    });

    renderApp('/requests');

    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(await within(nav).findByRole('link', { name: 'Berichten, 3 ongelezen' })).toBeDefined();
    expect(within(nav).getByRole('link', { name: 'Mijn aanvragen' })).toBeDefined();
  });

  it('shows no count when everything is read', async () => {
    mockApi({
      '/bff/session': signedIn('en'),
      '/api/requests': [],
      '/api/notifications/unread-count': { unread: 0 },
    });

    renderApp('/requests');

    const nav = await screen.findByRole('navigation', { name: 'Main menu' });
    expect(await within(nav).findByRole('link', { name: 'Messages' })).toBeDefined();
  });
});

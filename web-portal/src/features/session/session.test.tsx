import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi } from '../../test/api';
import { signedIn, signedOut } from '../../test/fixtures';
import { renderApp } from '../../test/render';

describe('signing in and out', () => {
  it('signs out with a real form post that carries the CSRF token', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-xyz; path=/';
    mockApi({ '/bff/session': signedIn('nl'), '/api/requests': [] });

    renderApp('/requests');

    const button = await screen.findByRole('button', { name: 'Uitloggen' });
    const form = button.closest('form')!;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/logout');
    const field = form.querySelector<HTMLInputElement>('input[name="_csrf"]');
    expect(field?.type).toBe('hidden');
    expect(field?.value).toBe('csrf-xyz');
    expect(screen.getByText('Ingelogd als Anna de Boer')).toBeDefined();
  });

  it('offers a signed-out visitor of a request page to sign in and come back to it', async () => {
    mockApi({ '/bff/session': signedOut });

    renderApp('/requests/req-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeDefined();
    const links = screen.getAllByRole('link', { name: 'Inloggen' });
    for (const link of links) {
      expect(link.getAttribute('href')).toBe('/bff/login?returnTo=%2Frequests%2Freq-1');
    }
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('welcomes a signed-out visitor on the start page', async () => {
    mockApi({ '/bff/session': signedOut });

    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom' })).toBeDefined();
    expect(document.title).toBe('Welkom – Second Opinion');
  });

  it('takes a signed-in user from the start page to the requests', async () => {
    mockApi({ '/bff/session': signedIn('nl'), '/api/requests': [] });

    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn aanvragen' })).toBeDefined();
  });
});

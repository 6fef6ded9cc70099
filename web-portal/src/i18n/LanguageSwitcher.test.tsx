import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi } from '../test/api';
import { signedIn } from '../test/fixtures';
import { renderApp } from '../test/render';

describe('the language switcher', () => {
  it('switches the portal to English and remembers only the language code', async () => {
    mockApi({ '/bff/session': signedIn('nl'), '/api/requests': [] });
    const { user } = renderApp('/requests');
    await screen.findByRole('heading', { level: 1, name: 'Mijn aanvragen' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Taal' }), 'English');

    expect(await screen.findByRole('heading', { level: 1, name: 'My requests' })).toBeDefined();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeDefined();
    expect(document.documentElement.lang).toBe('en');
    expect(Object.keys(window.localStorage)).toEqual(['secondopinion.language']);
    expect(window.localStorage.getItem('secondopinion.language')).toBe('en');
    expect(window.sessionStorage.length).toBe(0);
  });

  it("follows a chosen language over the user's locale", async () => {
    window.localStorage.setItem('secondopinion.language', 'en');
    mockApi({ '/bff/session': signedIn('nl'), '/api/requests': [] });

    renderApp('/requests');

    expect(await screen.findByRole('heading', { level: 1, name: 'My requests' })).toBeDefined();
  });

  it('speaks Dutch when the user has no locale', async () => {
    mockApi({ '/bff/session': signedIn(null), '/api/requests': [] });

    renderApp('/requests');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn aanvragen' })).toBeDefined();
  });
});

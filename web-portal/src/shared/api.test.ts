import { describe, expect, it, vi } from 'vitest';

import { calls, json, mockApi, problem } from '../test/api';
import { api, ApiError, SignInRequiredError } from './api';
import { browser } from './navigation';

describe('api', () => {
  it('sends the CSRF token from the XSRF-TOKEN cookie on a POST, with the session cookie', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    const fetchMock = mockApi({
      'POST /api/notifications/n1/read': () => new Response(null, { status: 204 }),
    });

    await api('/api/notifications/n1/read', { method: 'POST' });

    const [init] = fetchMock.mock.calls.map(([, options]) => options);
    expect(init?.credentials).toBe('same-origin');
    expect(init?.mode).toBe('same-origin');
    expect(calls(fetchMock)[0]?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
  });

  it('sends no CSRF token on a GET', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    const fetchMock = mockApi({ '/api/requests': [] });

    await expect(api('/api/requests')).resolves.toEqual([]);

    expect(calls(fetchMock)[0]?.headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('sends a body as JSON', async () => {
    const fetchMock = mockApi({
      'PUT /api/notifications/preferences': (request: Request) =>
        json(request.headers.get('Content-Type')),
    });

    await expect(
      api('/api/notifications/preferences', { method: 'PUT', body: { language: 'en' } }),
    ).resolves.toBe('application/json');
    await expect(calls(fetchMock)[0]?.json()).resolves.toEqual({ language: 'en' });
  });

  it('turns a problem detail into an ApiError whose detail is the human text', async () => {
    mockApi({
      '/api/requests/nope': () =>
        problem(404, 'There is no request with this id.', 'Request not found'),
    });

    const error = await api('/api/requests/nope').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, detail: 'There is no request with this id.' });
    expect((error as ApiError).problem?.title).toBe('Request not found');
  });

  it('keeps the status of an error without problem details', async () => {
    mockApi({ '/api/requests': () => new Response('Bad gateway', { status: 502 }) });

    await expect(api('/api/requests')).rejects.toMatchObject({ status: 502, detail: undefined });
  });

  it('sends the user to sign in on a 401, to come back to the current page', async () => {
    window.history.pushState({}, '', '/requests/abc?tab=clock');
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => undefined);
    mockApi({ '/api/requests/abc': () => problem(401, 'Sign in first.') });

    await expect(api('/api/requests/abc')).rejects.toBeInstanceOf(SignInRequiredError);

    expect(assign).toHaveBeenCalledWith('/bff/login?returnTo=%2Frequests%2Fabc%3Ftab%3Dclock');
  });

  it('refuses anything but a same-origin path', async () => {
    const fetchMock = mockApi({});

    await expect(api('https://elsewhere.example/api')).rejects.toThrow(/same-origin/);
    await expect(api('//elsewhere.example/api')).rejects.toThrow(/same-origin/);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

import { describe, expect, it } from 'vitest';

import { signInUrl } from './navigation';

describe('signInUrl', () => {
  it('returns to a same-origin path', () => {
    expect(signInUrl('/requests/abc')).toBe('/bff/login?returnTo=%2Frequests%2Fabc');
  });

  it.each(['https://evil.example/', '//evil.example/', '/\\evil.example', 'requests'])(
    'returns to the start page instead of %s',
    (returnTo) => {
      expect(signInUrl(returnTo)).toBe('/bff/login?returnTo=%2F');
    },
  );
});

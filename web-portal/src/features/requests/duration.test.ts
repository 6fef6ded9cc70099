import { describe, expect, it } from 'vitest';

import { durationDays, durationSeconds } from './duration';

describe('durations as the services send them', () => {
  it.each([
    ['PT336H', 14],
    ['P14D', 14],
    ['PT672H', 28],
    [1209600, 14],
    ['1209600.000000000', 14],
  ])('reads %s as %d days', (value, days) => {
    expect(durationDays(value)).toBe(days);
  });

  it('has no whole days for a short target', () => {
    expect(durationSeconds('PT2M')).toBe(120);
    expect(durationDays('PT2M')).toBeUndefined();
  });

  it('does not read what is not a duration', () => {
    expect(durationSeconds('P')).toBeUndefined();
    expect(durationSeconds('14 days')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';

import { addMonths, today } from './dates';

describe('dates', () => {
  it('counts today in Dutch time', () => {
    expect(today(new Date('2026-12-03T23:30:00Z'))).toBe('2026-12-04');
    expect(today(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('adds months, keeping the day where the month has it', () => {
    expect(addMonths('2026-12-03', 3)).toBe('2027-03-03');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });
});

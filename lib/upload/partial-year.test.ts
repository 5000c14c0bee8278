import { describe, it, expect } from 'vitest';
import { isPartialYear } from './partial-year';

describe('isPartialYear', () => {
  it('is true for 1 to 11 months, false for a yearly total or 12 months', () => {
    const base = { year: 2019, value_usd: 1, publisher: 'A' };
    expect(isPartialYear({ ...base, months: 0 })).toBe(false);
    expect(isPartialYear({ ...base, months: 1 })).toBe(true);
    expect(isPartialYear({ ...base, months: 11 })).toBe(true);
    expect(isPartialYear({ ...base, months: 12 })).toBe(false);
  });
});

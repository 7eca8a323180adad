import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/i18n/format';

// English numbers are written without Intl (see format.ts); they must read exactly as Intl's.
describe('English numbers', () => {
  it('match Intl.NumberFormat en-US for any number and precision', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: false }),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
          fc.constantFrom(0, -0, 0.005, 1.005, 2.5, 999.995, 1234567.891, -0.001),
        ),
        fc.integer({ min: 0, max: 4 }),
        (value, digits) => {
          const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
          expect(formatNumber(value, digits)).toBe(intl.format(value));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FIGURE, exceedsMaxFigure } from '../../src/engine/magnitude.js';
import { Dec } from '../../src/model/decimal.js';

// exceedsMaxFigure looks at a value's exponent before it compares (src/engine/magnitude.ts):
// it must say what the two comparisons say, for every decimal.

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

const compared = (v: Dec) => v.gt(MAX_FIGURE) || v.lt(MAX_FIGURE.neg());

const aValue: fc.Arbitrary<Dec> = fc.oneof(
  fc.tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -40, max: 20 })).map(([digits, exponent]) => new Dec(`${digits}e${exponent}`)),
  fc.constantFrom('1e13', '-1e13', '10000000000000.0000000001', '-10000000000000.0000000001', '9999999999999.99', '-9999999999999.99', '0', '-0', 'Infinity', '-Infinity', 'NaN').map((t) => new Dec(t)),
);

describe('exceedsMaxFigure', () => {
  it('says what comparing with ±MAX_FIGURE says', () => {
    fc.assert(fc.property(aValue, (v) => {
      expect(exceedsMaxFigure(v)).toBe(compared(v));
    }), runs);
  });

  it('holds the limit itself in, and the least above it out', () => {
    expect(exceedsMaxFigure(MAX_FIGURE)).toBe(false);
    expect(exceedsMaxFigure(new Dec('10000000000000.0000000001'))).toBe(true);
    expect(exceedsMaxFigure(new Dec('-Infinity'))).toBe(true);
  });
});

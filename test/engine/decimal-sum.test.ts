import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, ZERO, sum } from '../../src/model/decimal.js';

// sum() passes over terms that are ZERO itself (src/model/decimal.ts): its result must be
// exactly, sign of a zero included, what adding every term from ZERO gives.

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) };

/** Σ as written before: every term added, ZERO too. */
function everyTerm(xs: readonly Dec[]): Dec {
  let total = ZERO;
  for (const x of xs) total = total.plus(x);
  return total;
}

const aTerm: fc.Arbitrary<Dec> = fc.oneof(
  fc.constant(ZERO),
  fc.constant(new Dec('-0')),
  fc.constant(new Dec(0)),
  fc.integer({ min: -1000, max: 1000 }).map((n) => new Dec(n)),
  fc.tuple(fc.bigInt({ min: -(10n ** 50n), max: 10n ** 50n }), fc.integer({ min: -30, max: 30 })).map(([digits, exponent]) => new Dec(`${digits}e${exponent}`)),
  fc.constantFrom('1e-40', '-1e-40', '1e40', '0.33333333333333333333333333333333333333333333333', '-123456789012345678901234567890123456789012345').map((t) => new Dec(t)),
);

describe('sum', () => {
  it('is exactly the sum of every term, ZERO included', () => {
    fc.assert(
      fc.property(fc.array(aTerm, { maxLength: 12 }), (xs) => {
        expect(sum(xs).valueOf()).toBe(everyTerm(xs).valueOf());
      }),
      runs,
    );
  });

  it('cancels to +0, as adding every term does', () => {
    const x = new Dec('123.45');
    expect(sum([x, ZERO, x.neg(), ZERO]).valueOf()).toBe(everyTerm([x, ZERO, x.neg(), ZERO]).valueOf());
    expect(sum([new Dec('-0'), ZERO]).valueOf()).toBe(everyTerm([new Dec('-0'), ZERO]).valueOf());
  });
});

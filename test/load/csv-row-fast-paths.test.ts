import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abovePerPerson, yearOf } from '../../src/load/csv-rows.js';
import { csvMessages as msg } from '../../src/load/csv-messages.js';
import { kindOfCell, parseCsvNumber } from '../../src/load/csv-values.js';
import { Dec, decimalFromText } from '../../src/model/decimal.js';

// The shortcuts of a cohort row's checks against the straightforward way they replace: a
// birth year of digits read without a decimal, and the FTE per person compared without
// dividing where the product decides.

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

function yearByDecimal(text: string, decimalComma: boolean): number | { found: string } {
  const value = parseCsvNumber(text, decimalComma);
  if (value === undefined) return { found: msg.found(kindOfCell(text)) };
  if (!value.isInteger()) return { found: msg.fraction };
  if (value.lt(1900)) return { found: msg.below(1900) };
  return value.toNumber();
}

const MAX_FTE = decimalFromText('1.5');
/** Exact sums for drawing totals just past 1.5 per person: the engine's decimals would round them back. */
const Wide = Dec.clone({ precision: 200 });

describe('a cohort row', () => {
  it('reads a birth year as the decimal reading does, whatever the cell', () => {
    const digits = fc.stringMatching(/^[0-9]{1,30}$/);
    const other = fc.constantFrom('1955.0', '1955,0', '+1955', '-1955', '1.955', '19 55', 'x', '', '1e3', '1955.5', '01900', '1899');
    fc.assert(fc.property(fc.oneof(digits, other), fc.boolean(), (text, comma) => {
      expect(yearOf(text, comma)).toEqual(yearByDecimal(text, comma));
    }), runs);
  });

  it('finds an FTE above 1.5 per person as the rounded quotient does, also just past the limit', () => {
    const count = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constantFrom(3, 7, 1e15, 2 ** 53, 1e25));
    const offset = fc.oneof(fc.constant('0'), fc.integer({ min: -1000, max: 1000 }).map(String), fc.integer({ min: 1, max: 60 }).map((k) => `1e-${k}`), fc.integer({ min: 1, max: 60 }).map((k) => `-1e-${k}`));
    fc.assert(fc.property(count, offset, (n, d) => {
      // a written total may hold more digits than the decimals' precision: it is not rounded when read
      const fte = new Dec(new Wide(n).times('1.5').plus(d).toFixed());
      expect(abovePerPerson(fte, n)).toBe(fte.div(n).gt(MAX_FTE));
    }), runs);
  });
});

import { inRange, type Calculator } from '../model/formula.js';
import { Dec, ZERO } from '../model/decimal.js';

/**
 * The exact interpretation of a line's formula (methodology §1: decimals of 40 significant
 * digits, no intermediate rounding). `start` is the horizon's first year.
 */
export function exactCalculator(start: number): Calculator<Dec> {
  return {
    constant: (value) => new Dec(value),
    add: (a, b) => a.plus(b),
    sub: (a, b) => a.minus(b),
    mul: (a, b) => a.times(b),
    div: (a, b) => a.div(b),
    sum: (terms) => terms.reduce((acc, x) => acc.plus(x), ZERO),
    choose: (cmp, a, b, then, otherwise) => ((cmp === 'eq' ? a.eq(b) : a.gt(b)) ? then() : otherwise()),
    inYears: (years, t, then) => (inRange(years, start + t) ? then() : ZERO),
  };
}

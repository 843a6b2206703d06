import { inRange, type Calculator } from '../../../src/model/formula.js';
import { Dec, ZERO } from '../../../src/model/decimal.js';

// The exact interpretation of a line's formula as `interpret` walked it every year with this
// calculator, before the rows were compiled once (src/engine/exact-formula.ts): its oracle.

/** The exact arithmetic of a line's formula; `start` is the horizon's first year. */
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

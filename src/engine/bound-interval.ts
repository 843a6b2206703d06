import { inRange, type Calculator, type Comparison } from '../model/formula.js';
import type { Dec } from '../model/decimal.js';
import { MAX_FIGURE } from './magnitude.js';

/**
 * An interval [lo, hi] that holds an exact figure of the engine, in binary floats rounded
 * outward (docs/methodology.md#figure-bound). `undefined` where no interval within the
 * figure limit holds it: the bound gives up there, and the figure has to be computed.
 */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/** An interval, or none (`undefined`): no bound. */
export type Bound = Interval | undefined;

/**
 * Every float operation rounds to nearest, off by at most 2⁻⁵³ of its result in the normal
 * range: an end moved out by 2⁻⁵¹ of itself holds the exact result, whatever the rounding.
 */
const OUTWARD = 2 ** -51;
/**
 * Ends closer to zero than this are moved to zero (or out to it), so that no operation on
 * the ends is ever subnormal or underflows: the rule above then holds, and an end that is
 * exactly zero is exact (a sum is zero only if exactly zero; a product only if a factor is).
 */
const TINY = 1e-100;
/** Beyond the figure limit the bound gives up: no figure on the way may pass it unchecked. */
const LIMIT = MAX_FIGURE.toNumber();

/** An interval from ends just computed: moved out past their rounding, tiny ends to zero, none beyond the limit. */
function outward(lo: number, hi: number): Bound {
  let l = lo - Math.abs(lo) * OUTWARD;
  let h = hi + Math.abs(hi) * OUTWARD;
  if (Number.isNaN(l) || Number.isNaN(h) || l < -LIMIT || h > LIMIT) return undefined;
  if (l > 0 && l < TINY) l = 0;
  else if (l < 0 && l > -TINY) l = -TINY;
  if (h < 0 && h > -TINY) h = 0;
  else if (h > 0 && h < TINY) h = TINY;
  return { lo: l, hi: h };
}

/** The interval of one exact decimal. */
export function exactly(x: Dec): Bound {
  if (x.isZero()) return ZERO_BOUND;
  const n = x.toNumber();
  // a decimal too small for a float is still not zero
  if (n === 0) return x.isNegative() ? { lo: -TINY, hi: 0 } : { lo: 0, hi: TINY };
  return outward(n, n);
}

/** The interval [lo, hi] of two exact decimals, lo ≤ hi. */
export function between(lo: Dec, hi: Dec): Bound {
  const l = exactly(lo);
  const h = exactly(hi);
  return l === undefined || h === undefined ? undefined : { lo: l.lo, hi: h.hi };
}

/** The interval of exactly 0. */
export const ZERO_BOUND: Interval = { lo: 0, hi: 0 };

/** a + b. */
export function add(a: Bound, b: Bound): Bound {
  return a === undefined || b === undefined ? undefined : outward(a.lo + b.lo, a.hi + b.hi);
}

/** a − b. */
export function sub(a: Bound, b: Bound): Bound {
  return a === undefined || b === undefined ? undefined : outward(a.lo - b.hi, a.hi - b.lo);
}

/** a · b. */
export function mul(a: Bound, b: Bound): Bound {
  if (a === undefined || b === undefined) return undefined;
  return extremes(a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi);
}

/** a / b where b cannot be zero; no bound where it can. */
export function div(a: Bound, b: Bound): Bound {
  if (a === undefined || b === undefined || (b.lo <= 0 && b.hi >= 0)) return undefined;
  return extremes(a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi);
}

/** The interval of four products or quotients of the ends: the smallest to the largest. */
function extremes(p: number, q: number, r: number, s: number): Bound {
  return outward(Math.min(p, q, r, s), Math.max(p, q, r, s));
}

/** The smallest interval that holds both. */
function hull(a: Bound, b: Bound): Bound {
  return a === undefined || b === undefined ? undefined : { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

/** Σ of the terms, left to right. */
export function sumOf(terms: readonly Bound[]): Bound {
  return terms.reduce(add, ZERO_BOUND);
}

/** The largest size a figure in the interval may have. */
export function magnitude(x: Interval): number {
  return Math.max(Math.abs(x.lo), Math.abs(x.hi));
}

/** [−m, m]: the interval of a figure known only by its largest size. */
export function upTo(m: number): Bound {
  return outward(-m, m);
}

/** Which branch of a comparison holds for every pair of figures in the intervals, if one does. */
function decided(cmp: Comparison, a: Interval, b: Interval): boolean | undefined {
  if (cmp === 'gt') return a.lo > b.hi ? true : a.hi <= b.lo ? false : undefined;
  if (a.lo === a.hi && b.lo === b.hi && a.lo === b.lo) return true;
  return a.hi < b.lo || b.hi < a.lo ? false : undefined;
}

/**
 * A line's formula interpreted on intervals: each operation gives an interval that holds
 * every result of figures in its operands' intervals, and a comparison that the intervals
 * do not decide takes both branches (`start` is the horizon's first year).
 */
export function boundCalculator(start: number): Calculator<Bound> {
  return {
    constant: (value) => { const n = Number(value); return n === 0 ? ZERO_BOUND : outward(n, n); },
    add,
    sub,
    mul,
    div,
    sum: sumOf,
    choose: (cmp, a, b, then, otherwise) => {
      const which = a === undefined || b === undefined ? undefined : decided(cmp, a, b);
      return which === undefined ? hull(then(), otherwise()) : which ? then() : otherwise();
    },
    inYears: (years, t, then) => (inRange(years, start + t) ? then() : ZERO_BOUND),
  };
}

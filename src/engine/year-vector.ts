import type { Horizon } from '../model/region.js';
import { ZERO, type Dec } from '../model/decimal.js';

/** A per-year quantity over the horizon, indexed by `year − start` (one timeline). */
export type YearVector<T = Dec> = readonly T[];

/** The horizon's years, in order. */
export function horizonYears(h: Horizon): number[] {
  return Array.from({ length: h.end - h.start + 1 }, (_, i) => h.start + i);
}

/** A vector of `n` zeros. */
export function zeros(n: number): Dec[] {
  return Array.from({ length: n }, () => ZERO);
}

/** Element-wise sum of equally long vectors. */
export function addVectors(n: number, vectors: Iterable<YearVector>): Dec[] {
  const total = zeros(n);
  for (const v of vectors) v.forEach((x, i) => (total[i] = (total[i] ?? ZERO).plus(x)));
  return total;
}


/**
 * The p-th percentile (0 ≤ p ≤ 1) of sorted values, interpolating linearly between the
 * two nearest ranks: the definition of Excel's PERCENTILE.INC and LibreOffice's PERCENTILE
 * (Hyndman and Fan's type 7), so an officer gets the same figure from the same draws.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] ?? NaN;
  const high = sorted[Math.min(below + 1, n - 1)] ?? low;
  return low + (h - below) * (high - low);
}

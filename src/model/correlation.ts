/**
 * The lower-triangular Cholesky factor L of the correlation matrix (ones on the diagonal,
 * the given correlations elsewhere), so that L·z turns independent standard normals into
 * correlated ones (a Gaussian copula). Undefined when the matrix is not positive definite.
 */
export function choleskyFactor(n: number, correlations: readonly { a: number; b: number; rho: number }[]): number[][] | undefined {
  const m: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (const { a, b, rho } of correlations) {
    const rowA = m[a];
    const rowB = m[b];
    if (rowA === undefined || rowB === undefined) continue;
    rowA[b] = rho;
    rowB[a] = rho;
  }
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = m[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      if (i === j) {
        if (s <= 1e-12) return undefined;
        l[i]![i] = Math.sqrt(s);
      } else {
        l[i]![j] = s / l[j]![j]!;
      }
    }
  }
  return l;
}

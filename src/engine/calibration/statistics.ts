import { Matrix, SingularValueDecomposition, inverse } from 'ml-matrix';

/** How well the figures determine the fitted factors (docs/methodology.md#calibrate). */
export interface FitStatistics {
  /** The standard error of each factor; null for all when they are not determined. */
  readonly standardErrors: readonly (number | null)[];
  /** The correlation between each two factors; null when not determined. */
  readonly correlations: readonly (readonly (number | null)[])[];
  /** Why the factors are not determined, if they are not: too few figures, or figures that cannot tell them apart. */
  readonly undetermined?: 'too-few-figures' | 'singular';
}

/** JᵀJ whose scaled form has a condition number above this is singular as far as doubles tell. */
const MAX_CONDITION = 1e12;

/**
 * Standard errors and correlations of the factors at the fit: Cov = σ² (JᵀWJ)⁻¹ with
 * σ² = S / (n − p), J the forecast's derivatives by the factors (one column per factor), W
 * the weights. Not determined when n ≤ p, or when JᵀWJ is singular (a factor no figure depends
 * on, or two that move the figures alike).
 */
export function fitStatistics(jacobian: readonly (readonly number[])[], weights: readonly number[], sum: number): FitStatistics {
  const p = jacobian.length;
  const n = weights.length;
  const none = (why: FitStatistics['undetermined']): FitStatistics => ({ standardErrors: jacobian.map(() => null), correlations: jacobian.map(() => jacobian.map(() => null)), ...(why === undefined ? {} : { undetermined: why }) });
  if (n <= p) return none('too-few-figures');
  const a = new Matrix(jacobian.map((cj) => jacobian.map((ck) => weights.reduce((s, w, i) => s + w * (cj[i] ?? 0) * (ck[i] ?? 0), 0))));
  const d = Array.from({ length: p }, (_, j) => Math.sqrt(a.get(j, j)));
  if (d.some((x) => !(x > 0))) return none('singular');
  // scaled to unit diagonal, so that the condition number says whether the factors can be told apart, not how large euros are
  const scaled = new Matrix(Array.from({ length: p }, (_, j) => Array.from({ length: p }, (_, k) => a.get(j, k) / ((d[j] ?? 1) * (d[k] ?? 1)))));
  const svd = new SingularValueDecomposition(scaled);
  const values = svd.diagonal;
  const smallest = Math.min(...values);
  if (!(smallest > 0) || Math.max(...values) / smallest > MAX_CONDITION) return none('singular');
  const scaledInverse = inverse(scaled);
  const variance = sum / (n - p);
  const standardErrors = d.map((dj, j) => Math.sqrt((variance * scaledInverse.get(j, j))) / dj);
  const correlations = d.map((_, j) => d.map((__, k) => scaledInverse.get(j, k) / Math.sqrt(scaledInverse.get(j, j) * scaledInverse.get(k, k))));
  return { standardErrors, correlations };
}

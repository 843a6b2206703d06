import type { Distribution } from '../../model/uncertainty.js';

/** The standard normal distribution function Φ, via erfc (relative error about 1e-14 in the tails that truncation needs). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

// Numerical Recipes (3rd ed.) erfccheb: the Chebyshev coefficients of erfc for x ≥ 0 (module constants: a draw calls erfc dozens of times)
const ERFC_COEFFICIENTS = Float64Array.of(-1.3026537197817094, 0.6419697923564902, 1.9476473204185836e-2, -9.561514786808631e-3, -9.46595344482036e-4, 3.66839497852761e-4,
  4.2523324806907e-5, -2.0278578112534e-5, -1.624290004647e-6, 1.30365583558e-6, 1.5626441722e-8, -8.5238095915e-8, 6.529054439e-9,
  5.059343495e-9, -9.91364156e-10, -2.27365122e-10, 9.6467911e-11, 2.394038e-12, -6.886027e-12, 8.94487e-13, 3.13092e-13, -1.12708e-13,
  3.81e-16, 7.106e-15, -1.523e-15, -9.4e-17, 1.21e-16, -2.8e-17);

function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 2 / (2 + z);
  const ty = 4 * t - 2;
  let d = 0;
  let dd = 0;
  for (let j = ERFC_COEFFICIENTS.length - 1; j > 0; j--) {
    const tmp = d;
    d = ty * d - dd + ERFC_COEFFICIENTS[j]!;
    dd = tmp;
  }
  const result = t * Math.exp(-z * z + 0.5 * (ERFC_COEFFICIENTS[0]! + ty * d) - dd);
  return x >= 0 ? result : 2 - result;
}

// Acklam's coefficients of the rational approximations of Φ⁻¹
const ACKLAM_A = Float64Array.of(-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239);
const ACKLAM_B = Float64Array.of(-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1);
const ACKLAM_C = Float64Array.of(-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783);
const ACKLAM_D = Float64Array.of(7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416);

/** Horner's rule from 0: k[0]·vⁿ⁻¹ + … + k[n−1]. */
function poly(k: Float64Array, v: number): number {
  let acc = 0;
  for (let i = 0; i < k.length; i++) acc = acc * v + k[i]!;
  return acc;
}

/** Φ⁻¹, the standard normal quantile (Acklam's algorithm with one Halley step: relative error about 1e-15). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = poly(ACKLAM_C, q) / (poly(ACKLAM_D, q) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = (poly(ACKLAM_A, r) * q) / (poly(ACKLAM_B, r) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -poly(ACKLAM_C, q) / (poly(ACKLAM_D, q) * q + 1);
  }
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** The value of a distribution at probability u (its quantile function), for u in (0, 1). */
export function quantile(d: Distribution, u: number): number {
  return quantileFunction(d)(u);
}

/**
 * A distribution's quantile function, for u in (0, 1), with what does not depend on u
 * worked out once (a Monte Carlo calls it once a draw per variable).
 */
export function quantileFunction(d: Distribution): (u: number) => number {
  switch (d.kind) {
    case 'uniform':
      return (u) => d.low + u * (d.high - d.low);
    case 'triangular': {
      const width = d.high - d.low;
      if (width === 0) return () => d.low;
      const split = (d.mode - d.low) / width;
      return (u) => (u < split ? d.low + Math.sqrt(u * width * (d.mode - d.low)) : d.high - Math.sqrt((1 - u) * width * (d.high - d.mode)));
    }
    case 'normal': {
      if (d.sd === 0) return () => d.mean;
      const from = normalCdf((d.low - d.mean) / d.sd);
      const to = normalCdf((d.high - d.mean) / d.sd);
      return (u) => Math.min(d.high, Math.max(d.low, d.mean + d.sd * normalQuantile(from + u * (to - from))));
    }
  }
}

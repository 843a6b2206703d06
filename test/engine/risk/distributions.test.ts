import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choleskyFactor } from '../../../src/model/correlation.js';
import { normalCdf, normalQuantile, quantile } from '../../../src/engine/risk/distributions.js';
import { percentile } from '../../../src/engine/risk/percentile.js';
import { iterationRandom } from '../../../src/engine/risk/random.js';

describe('distributions of a Monte Carlo draw', () => {
  it('the normal distribution function and its quantile agree with published values', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 15);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    fc.assert(fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => Math.abs(normalCdf(normalQuantile(p)) - p) < 1e-12));
  });

  it('every draw stays within low and high, and the quantile function rises', () => {
    const distributions = [
      { kind: 'uniform', low: -0.1, high: 0.2 },
      { kind: 'triangular', low: -0.2, mode: 0.05, high: 0.1 },
      { kind: 'normal', mean: 0, sd: 0.05, low: -0.08, high: 0.03 },
    ] as const;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (u, v) => {
        for (const d of distributions) {
          const [a, b] = [quantile(d, Math.min(u, v)), quantile(d, Math.max(u, v))];
          expect(a).toBeGreaterThanOrEqual(d.low - 1e-12);
          expect(b).toBeLessThanOrEqual(d.high + 1e-12);
          expect(a).toBeLessThanOrEqual(b + 1e-12);
        }
      }),
    );
  });

  it('a triangular distribution puts its median where the formula says', () => {
    // low 0, mode 0, high 1: F(x) = 1 − (1 − x)², so the median is 1 − √½
    expect(quantile({ kind: 'triangular', low: 0, mode: 0, high: 1 }, 0.5)).toBeCloseTo(1 - Math.SQRT1_2, 12);
  });

  it('percentiles interpolate between ranks like PERCENTILE.INC', () => {
    const sorted = [1, 2, 3, 4, 10];
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile(sorted, 0.5)).toBe(3);
    expect(percentile(sorted, 0.9)).toBeCloseTo(7.6, 12); // h = 3.6: 4 + 0.6 · (10 − 4)
    expect(percentile(sorted, 1)).toBe(10);
  });

  it('the same seed and iteration give the same numbers; another iteration other numbers', () => {
    const draw = (seed: number, i: number) => Array.from({ length: 3 }, iterationRandom(seed, i));
    expect(draw(7, 12)).toEqual(draw(7, 12));
    expect(draw(7, 12)).not.toEqual(draw(7, 13));
    expect(draw(7, 12)).not.toEqual(draw(8, 12));
  });

  it('the Cholesky factor reproduces the correlation matrix, and refuses one that cannot hold', () => {
    const l = choleskyFactor(3, [{ a: 0, b: 1, rho: 0.6 }, { a: 1, b: 2, rho: -0.3 }]);
    const product = (i: number, j: number) => (l?.[i] ?? []).reduce((s, x, k) => s + x * (l?.[j]?.[k] ?? 0), 0);
    expect(product(0, 1)).toBeCloseTo(0.6, 12);
    expect(product(1, 2)).toBeCloseTo(-0.3, 12);
    expect(product(2, 2)).toBeCloseTo(1, 12);
    expect(choleskyFactor(3, [{ a: 0, b: 1, rho: 0.9 }, { a: 0, b: 2, rho: 0.9 }, { a: 1, b: 2, rho: -0.9 }])).toBeUndefined();
  });
});

import type { LineResult } from './line-result.js';
import { ONE, ZERO, sum, type Dec } from './decimal.js';
import type { YearVector } from './year-vector.js';

/** Net cost and its totals for one municipality or region under one configuration (§5). */
export interface NetResult {
  readonly costs: YearVector;
  readonly revenues: YearVector;
  /** N(t) = costs − revenues (positive: the municipality pays). */
  readonly net: YearVector;
  readonly cumulative: Dec;
  readonly npv: Dec;
}

/** The difference with the baseline configuration (§5); negative = cheaper than the baseline. */
export interface DeltaResult {
  readonly delta: YearVector;
  readonly deltaCumulative: Dec;
  readonly deltaNpv: Dec;
  /** First year from which the running sum of the delta stays ≤ 0; null if none or for the baseline. */
  readonly breakEvenYear: number | null;
}

/** Mid-year discount factors (1 + r)^−(t − start + 0.5) over the horizon (§5). */
export function discountFactors(rate: Dec, years: number): Dec[] {
  const growth = ONE.plus(rate);
  return Array.from({ length: years }, (_, i) => growth.pow(-i).div(growth.sqrt()));
}

/** Σ_t x(t) · df(t). */
export function presentValue(values: YearVector, factors: YearVector): Dec {
  return values.reduce((acc, x, t) => acc.plus(x.times(factors[t] ?? ZERO)), ZERO);
}

/** Costs, revenues, net, cumulative and NPV of a municipality's lines (§5). */
export function netResult(lines: readonly LineResult[], factors: YearVector): NetResult {
  const years = factors.length;
  const totalOf = (kind: 'cost' | 'revenue') =>
    Array.from({ length: years }, (_, t) => sum(lines.filter((l) => l.line.kind === kind).map((l) => l.amounts[t] ?? ZERO)));
  const costs = totalOf('cost');
  const revenues = totalOf('revenue');
  return fromNet(costs.map((c, t) => c.minus(revenues[t] ?? ZERO)), factors, costs, revenues);
}

/** Totals of a given net-cost vector (used for regional sums, §5). */
export function fromNet(net: YearVector, factors: YearVector, costs: YearVector, revenues: YearVector): NetResult {
  return { costs, revenues, net, cumulative: sum(net), npv: presentValue(net, factors) };
}

/** The difference of `net` with the baseline's net cost, and the break-even year (§5). */
export function deltaResult(net: YearVector, baselineNet: YearVector, factors: YearVector, years: readonly number[], isBaseline: boolean): DeltaResult {
  const delta = net.map((x, t) => x.minus(baselineNet[t] ?? ZERO));
  return {
    delta,
    deltaCumulative: sum(delta),
    deltaNpv: presentValue(delta, factors),
    breakEvenYear: isBaseline ? null : breakEvenYear(delta, years),
  };
}

/** The first year T where the running sum of `delta` is ≤ 0 at T and at every later year; null if none (§5). */
export function breakEvenYear(delta: YearVector, years: readonly number[]): number | null {
  const running: Dec[] = [];
  delta.reduce((acc, d) => {
    const next = acc.plus(d);
    running.push(next);
    return next;
  }, ZERO);
  let index = running.length;
  while (index > 0 && running[index - 1]!.lte(0)) index--;
  return index < running.length ? years[index] ?? null : null;
}

import type { LineResult } from './line-result.js';
import { ONE, ZERO, sum, type Dec } from '../model/decimal.js';
import type { YearVector } from './year-vector.js';

/** Net cost and its totals for one municipality or region under one configuration (§5). */
export interface NetResult {
  readonly costs: YearVector;
  readonly revenues: YearVector;
  /** N(t) = costs − revenues (positive: the municipality pays). */
  readonly net: YearVector;
  /** Σ N up to and including each year; its last element is `cumulative`. */
  readonly runningNet: YearVector;
  readonly cumulative: Dec;
  readonly npv: Dec;
}

/** The difference with the baseline configuration (§5); negative = cheaper than the baseline. */
export interface DeltaResult {
  readonly delta: YearVector;
  /** Σ D up to and including each year: what break-even looks at. */
  readonly runningDelta: YearVector;
  readonly deltaCumulative: Dec;
  readonly deltaNpv: Dec;
  /** First year from which the running sum of the delta stays ≤ 0; null if none or for the baseline. */
  readonly breakEvenYear: number | null;
}

/** Mid-year discount factors (1 + r)^−(t − start + 0.5) over the horizon (§5). */
export function discountFactors(rate: Dec, years: number): Dec[] {
  const growth = ONE.plus(rate);
  // one square root for all years: decimal.js finds it by iteration, which costs more than the powers
  const root = growth.sqrt();
  return Array.from({ length: years }, (_, i) => growth.pow(-i).div(root));
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

/**
 * A municipality's own net cost (its lines before settlement) and its verevening, net − own
 * (docs/methodology.md#settlement): per year, each settled line counts its own amounts.
 */
export function settlementResult(lines: readonly LineResult[], net: YearVector): { ownNet: Dec[]; verevening: Dec[] } {
  const sign = (l: LineResult) => (l.line.kind === 'cost' ? ONE : ONE.neg());
  const verevening = net.map((_, t) => sum(lines.map((l) => (l.own === undefined ? ZERO : (l.amounts[t] ?? ZERO).minus(l.own[t] ?? ZERO).times(sign(l))))));
  return { ownNet: net.map((x, t) => x.minus(verevening[t] ?? ZERO)), verevening };
}

/** Totals of a given net-cost vector (used for regional sums, §5). */
export function fromNet(net: YearVector, factors: YearVector, costs: YearVector, revenues: YearVector): NetResult {
  const runningNet = runningSum(net);
  return { costs, revenues, net, runningNet, cumulative: runningNet[runningNet.length - 1] ?? ZERO, npv: presentValue(net, factors) };
}

/** The difference of `net` with the baseline's net cost, and the break-even year (§5). */
export function deltaResult(net: YearVector, baselineNet: YearVector, factors: YearVector, years: readonly number[], isBaseline: boolean): DeltaResult {
  const delta = net.map((x, t) => x.minus(baselineNet[t] ?? ZERO));
  const runningDelta = runningSum(delta);
  return {
    delta,
    runningDelta,
    deltaCumulative: runningDelta[runningDelta.length - 1] ?? ZERO,
    deltaNpv: presentValue(delta, factors),
    breakEvenYear: isBaseline ? null : breakEvenYear(runningDelta, years),
  };
}

/** Running sums: Σ x up to and including each year. */
export function runningSum(x: YearVector): Dec[] {
  const sums: Dec[] = [];
  x.reduce((acc, v) => {
    const next = acc.plus(v);
    sums.push(next);
    return next;
  }, ZERO);
  return sums;
}

/** Whether the running delta stays ≤ 0 from year index `t` to the end of the horizon (§5, break-even). */
export function staysSettled(runningDelta: YearVector, t: number): boolean {
  return runningDelta.slice(t).every((x) => x.lte(0));
}

/** The first year T where the running sum of the delta is ≤ 0 at T and at every later year; null if none (§5). */
export function breakEvenYear(runningDelta: YearVector, years: readonly number[]): number | null {
  const index = runningDelta.findIndex((_, t) => staysSettled(runningDelta, t));
  return index < 0 ? null : years[index] ?? null;
}

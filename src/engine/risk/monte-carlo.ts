import { changesPopulation, type Uncertainty, type UncertaintyTarget, type UncertainVariable } from '../../model/uncertainty.js';
import { choleskyFactor } from '../../model/correlation.js';
import type { Subject } from '../subject.js';
import { normalCdf, normalQuantile, quantileFunction } from './distributions.js';
import { drawProgram, runDraw, type DrawInputs } from './draw-program.js';
import { resultSize, type RiskModel } from './evaluator.js';
import { percentile } from './percentile.js';
import { subjectPositions } from './positions.js';
import { iterationRandom } from './random.js';

/** The variables a Monte Carlo draws (outflow and inflow change the population, which the risk model keeps fixed: sensitivity covers them). */
export function drawnVariables(uncertainty: Uncertainty | undefined): { variables: UncertainVariable[]; cholesky: number[][] | undefined } {
  const all = uncertainty?.variables ?? [];
  const keep = all.map((v, i) => [v, i] as const).filter(([v]) => !changesPopulation(v.target));
  const position = new Map(keep.map(([, i], j) => [i, j]));
  const correlations = (uncertainty?.correlations ?? []).flatMap((c) => {
    const a = position.get(c.a);
    const b = position.get(c.b);
    return a === undefined || b === undefined ? [] : [{ a, b, rho: c.rho }];
  });
  return { variables: keep.map(([v]) => v), cholesky: correlations.length === 0 ? undefined : choleskyFactor(keep.length, correlations) };
}

/** Iterations `from` to `to` (exclusive): every result of every draw, one after the other. */
export function simulate(model: RiskModel, uncertainty: Uncertainty | undefined, seed: number, from: number, to: number): Float64Array {
  const out = new Float64Array((to - from) * resultSize(model));
  simulation(model, uncertainty, seed)(from, to, out, 0);
  return out;
}

/**
 * The draws of one run, ready to be made in ranges (set up once per thread): iterations
 * `from` to `to` (exclusive) write their results into `out` from position `at`, one draw
 * after the other. Iteration i draws the same wherever and with whatever else it is made.
 */
export function simulation(model: RiskModel, uncertainty: Uncertainty | undefined, seed: number): (from: number, to: number, out: Float64Array, at: number) => void {
  const { variables, cholesky } = drawnVariables(uncertainty);
  const size = resultSize(model);
  const program = drawProgram(model);
  const draw = drawer(model, variables, cholesky);
  return (from, to, out, at) => {
    for (let i = from; i < to; i++) runDraw(program, draw(seed, i), out, at + (i - from) * size);
  };
}

/**
 * Draw i: one uniform number per variable from iteration i's own generator; with
 * correlations, through normals correlated by the Cholesky factor (a Gaussian copula); then
 * each variable's quantile function, applied to the series it scales or shifts (a later
 * variable of the same target replaces an earlier one). The inputs returned are reused by
 * the next draw.
 */
function drawer(model: RiskModel, variables: readonly UncertainVariable[], cholesky: number[][] | undefined): (seed: number, i: number) => DrawInputs {
  const series = model.series.length;
  const targets = variables.map((v) => seriesOf(model, v.target));
  const quantiles = variables.map((v) => quantileFunction(v.distribution));
  const inputs = { seriesFactor: new Float64Array(series), seriesShift: new Float64Array(series), oneOffFactor: 1, discountRate: model.discountRate };
  const u = new Float64Array(variables.length);
  const z = new Float64Array(variables.length);
  return (seed, i) => {
    const random = iterationRandom(seed, i);
    for (let k = 0; k < u.length; k++) u[k] = Math.min(1 - 1e-12, Math.max(1e-12, random()));
    if (cholesky !== undefined) correlate(cholesky, u, z);
    inputs.seriesFactor.fill(1);
    inputs.seriesShift.fill(0);
    inputs.oneOffFactor = 1;
    inputs.discountRate = model.discountRate;
    variables.forEach((v, k) => {
      const x = quantiles[k]!(u[k]!);
      const kind = v.target.kind;
      if (kind === 'parameter') for (const s of targets[k]!) inputs.seriesFactor[s] = 1 + x;
      else if (kind === 'index') for (const s of targets[k]!) inputs.seriesShift[s] = x;
      else if (kind === 'one_off') inputs.oneOffFactor = 1 + x;
      else if (kind === 'discount_rate') inputs.discountRate = model.discountRate * (1 + x);
    });
    return inputs;
  };
}

/** The uniform numbers `u` made correlated in place: to normals, through the Cholesky factor, and back. */
function correlate(cholesky: readonly (readonly number[])[], u: Float64Array, z: Float64Array): void {
  for (let k = 0; k < u.length; k++) z[k] = normalQuantile(u[k]!);
  for (let j = 0; j < cholesky.length; j++) {
    const row = cholesky[j]!;
    let s = 0;
    for (let k = 0; k < row.length; k++) s += row[k]! * (k < z.length ? z[k]! : 0);
    u[j] = normalCdf(s);
  }
}

/** The series a parameter's factor or an index's shift applies to, by position in `RiskModel.series`. */
function seriesOf(model: RiskModel, target: UncertaintyTarget): number[] {
  return model.series.flatMap((s, k) => ((target.kind === 'parameter' && s.name === target.name) || (target.kind === 'index' && s.index === target.id) ? [k] : []));
}

/** Percentiles and probabilities of one configuration for one target (a municipality or the region). */
export interface RiskFigures {
  readonly npv: Percentiles;
  readonly deltaNpv: Percentiles;
  readonly deltaCumulative: Percentiles;
  /** The share of draws in which this configuration's NPV is below the baseline's. */
  readonly probabilityCheaper: number;
  /** Δ NPV at every 5th percentile, 0 to 100: the S-curve of the distribution. */
  readonly curve: readonly number[];
}

export interface Percentiles {
  readonly p5: number;
  readonly p50: number;
  readonly p80: number;
  readonly p90: number;
  readonly p95: number;
  readonly mean: number;
}

export const CURVE_STEPS = Array.from({ length: 21 }, (_, i) => i * 5);

/**
 * The summary of all draws for one subject (a municipality, or the region: the sums) under
 * each configuration, differences against the baseline of the same draw.
 */
export function summarise(model: RiskModel, results: Float64Array, iterations: number, subject: Subject): RiskFigures[] {
  const configs = model.configurations.length;
  const size = resultSize(model);
  const positions = subjectPositions(model, subject);
  const value = (i: number, c: number, which: 0 | 1) => {
    let total = 0;
    for (const m of positions) total += results[i * size + (m * configs + c) * 2 + which] ?? NaN;
    return total;
  };
  return model.configurations.map((_, c) => {
    const npv = new Float64Array(iterations);
    const deltaNpv = new Float64Array(iterations);
    const deltaCumulative = new Float64Array(iterations);
    let cheaper = 0;
    for (let i = 0; i < iterations; i++) {
      npv[i] = value(i, c, 0);
      deltaNpv[i] = npv[i]! - value(i, model.baseline, 0);
      deltaCumulative[i] = value(i, c, 1) - value(i, model.baseline, 1);
      if (deltaNpv[i]! < 0) cheaper++;
    }
    const figures = { npv: percentiles(npv), deltaNpv: percentiles(deltaNpv), deltaCumulative: percentiles(deltaCumulative) };
    // percentiles sorted deltaNpv: the curve reads the same order
    return { ...figures, probabilityCheaper: cheaper / iterations, curve: CURVE_STEPS.map((p) => percentile(deltaNpv, p / 100)) };
  });
}

/** The percentiles and mean of the draws of one figure; sorts `values` in place (the mean is taken first, in the draws' order). */
function percentiles(values: Float64Array): Percentiles {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / Math.max(1, values.length);
  const sorted = values.sort();
  return { p5: percentile(sorted, 0.05), p50: percentile(sorted, 0.5), p80: percentile(sorted, 0.8), p90: percentile(sorted, 0.9), p95: percentile(sorted, 0.95), mean };
}

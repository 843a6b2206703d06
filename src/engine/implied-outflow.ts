import { InternalError } from '../errors.js';
import { Dec, ZERO } from '../model/decimal.js';
import type { Municipality } from '../model/municipality.js';
import type { Scenario } from '../model/scenario.js';
import { projectPopulation } from './population.js';
import { withOutflowScaled } from './risk/sensitivity.js';

/** The cap on every scaled outflow rate, as the outflow sensitivity has it. */
const RATE_CAP = 0.999;
/** The bisection stops when the interval is narrower than this, relative to max(1, k). */
const TOLERANCE = 1e-10;
/** Far more than the bracket needs (bisection alone: some 40 steps); a bound, not a tolerance. */
const MAX_STEPS = 200;

/** Why a year has no implied outflow factor (docs/methodology.md#implied-outflow). */
export type NoImpliedOutflow = 'above_no_outflow' | 'below_maximum_outflow' | 'no_outflow_rate';

/** The implied outflow factor of one year: k, or why there is none. */
export type ImpliedOutflow = { readonly factor: number } | { readonly reason: NoImpliedOutflow };

/**
 * k ≥ 0 such that the exact engine's average head count of municipalities `ms` (one, or the
 * whole region) in year index `t`, summed over them and over `workForms`, equals `target` when every outflow rate is multiplied by k
 * (each capped at 0.999): the root of a bracket, the head count falling as k grows.
 */
export function impliedOutflow(scenario: Scenario, ms: readonly Municipality[], workForms: readonly string[], t: number, target: Dec): ImpliedOutflow {
  const largest = largestFactor(scenario, ms);
  if (largest === undefined) return { reason: 'no_outflow_rate' };
  const excess = (k: number) => ms.reduce((acc, m) => acc.plus(headcountAt(scenario, m, workForms, t, k)), ZERO).minus(target).toNumber();
  const atZero = excess(0);
  if (atZero < 0) return { reason: 'above_no_outflow' };
  const atLargest = excess(largest);
  if (atLargest > 0) return { reason: 'below_maximum_outflow' };
  return { factor: bracketedRoot(excess, { at: 0, excess: atZero }, { at: largest, excess: atLargest }) };
}

interface Point {
  readonly at: number;
  readonly excess: number;
}

/**
 * The root of a falling function within [low, high] (excess ≥ 0 at low, ≤ 0 at high): the
 * Illinois variant of regula falsi, which keeps the root bracketed as bisection does and
 * needs far fewer projections (each is a projection of the municipality's population). Stops
 * when the bracket is narrower than {@link TOLERANCE} · max(1, k), at the middle of it.
 */
function bracketedRoot(excess: (k: number) => number, start: Point, end: Point): number {
  let low = start;
  let high = end;
  let side: 'low' | 'high' | undefined;
  for (let step = 0; step < MAX_STEPS; step++) {
    if (low.excess === 0) return low.at;
    if (high.excess === 0) return high.at;
    if (high.at - low.at <= TOLERANCE * Math.max(1, low.at)) break;
    const width = high.at - low.at;
    const secant = low.at + (low.excess * width) / (low.excess - high.excess);
    const at = Number.isFinite(secant) && secant > low.at && secant < high.at ? secant : (low.at + high.at) / 2;
    const point = { at, excess: excess(at) };
    // Illinois: when the same end is kept twice, halve its excess, so that it moves too
    if (point.excess > 0) {
      low = point;
      if (side === 'low') high = { at: high.at, excess: high.excess / 2 };
      side = 'low';
    } else {
      high = point;
      if (side === 'high') low = { at: low.at, excess: low.excess / 2 };
      side = 'high';
    }
  }
  return (low.at + high.at) / 2;
}

/** The factor at which the smallest positive outflow rate reaches the cap: beyond it no rate changes. Undefined when no rate is positive. */
function largestFactor(scenario: Scenario, ms: readonly Municipality[]): number | undefined {
  const { outflow } = scenario.region;
  const rates = [
    ...(outflow.kind === 'constant' ? [outflow.rate] : outflow.bands.map((b) => b.rate)),
    ...ms.flatMap((m) => m.inflow ?? []).flatMap((s) => (s.outflowRate === undefined ? [] : [s.outflowRate])),
  ].filter((r) => r.gt(0));
  if (rates.length === 0) return undefined;
  return RATE_CAP / Dec.min(...rates).toNumber();
}

/** Σ over the work forms of m's average head count in year index t with every outflow rate times k. */
function headcountAt(scenario: Scenario, m: Municipality, workForms: readonly string[], t: number, k: number): Dec {
  const scaled = withOutflowScaled({ ...scenario, municipalities: [m] }, k);
  const own = scaled.municipalities[0];
  if (own === undefined) throw new InternalError(`municipality ${m.id} was lost in scaling its outflow`);
  const population = projectPopulation(own.employees, scaled.region, own.inflow);
  return workForms.reduce((acc, f) => acc.plus(population.byWorkForm.get(f)?.headcount[t] ?? ZERO), ZERO);
}

/** The rates a factor k implies: each of the region's outflow rates (per band, or the constant) times k, capped at 0.999. */
export function impliedRates(scenario: Scenario, factor: number): { readonly belowAge?: number; readonly rate: Dec }[] {
  const scale = (rate: Dec) => Dec.min(rate.times(factor), new Dec(RATE_CAP));
  const { outflow } = scenario.region;
  return outflow.kind === 'constant' ? [{ rate: scale(outflow.rate) }] : outflow.bands.map((b) => ({ ...(b.belowAge === undefined ? {} : { belowAge: b.belowAge }), rate: scale(b.rate) }));
}

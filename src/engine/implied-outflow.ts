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
const MAX_STEPS = 200;

/** Why a year has no implied outflow factor (docs/methodology.md#implied-outflow). */
export type NoImpliedOutflow = 'above_no_outflow' | 'below_maximum_outflow' | 'no_outflow_rate';

/** The implied outflow factor of one year: k, or why there is none. */
export type ImpliedOutflow = { readonly factor: number } | { readonly reason: NoImpliedOutflow };

/**
 * k ≥ 0 such that the exact engine's average head count of municipality `m` in year index
 * `t`, summed over `workForms`, equals `target` when every outflow rate is multiplied by k
 * (each capped at 0.999): by bisection, the head count falling as k grows.
 */
export function impliedOutflow(scenario: Scenario, m: Municipality, workForms: readonly string[], t: number, target: Dec): ImpliedOutflow {
  const largest = largestFactor(scenario, m);
  if (largest === undefined) return { reason: 'no_outflow_rate' };
  const excess = (k: number) => headcountAt(scenario, m, workForms, t, k).minus(target);
  if (excess(0).lt(0)) return { reason: 'above_no_outflow' };
  if (excess(largest).gt(0)) return { reason: 'below_maximum_outflow' };
  let low = 0;
  let high = largest;
  for (let step = 0; step < MAX_STEPS && high - low > TOLERANCE * Math.max(1, low); step++) {
    const middle = (low + high) / 2;
    if (excess(middle).gt(0)) low = middle;
    else high = middle;
  }
  return { factor: (low + high) / 2 };
}

/** The factor at which the smallest positive outflow rate reaches the cap: beyond it no rate changes. Undefined when no rate is positive. */
function largestFactor(scenario: Scenario, m: Municipality): number | undefined {
  const { outflow } = scenario.region;
  const rates = [
    ...(outflow.kind === 'constant' ? [outflow.rate] : outflow.bands.map((b) => b.rate)),
    ...(m.inflow ?? []).flatMap((s) => (s.outflowRate === undefined ? [] : [s.outflowRate])),
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

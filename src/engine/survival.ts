import type { Horizon, OutflowRate } from '../model/region.js';
import { ONE, ZERO, type Dec } from './decimal.js';

/** Survival against non-retirement outflow for everyone born in one year, per month of the horizon (§3). */
export interface SurvivalCurve {
  /** `cumulative[k]` = S(0) + … + S(k−1): mid-month survival summed over the first k months. */
  readonly cumulative: readonly Dec[];
  /** `endOfMonth[k]` = S_end(k) = g(0)·…·g(k). */
  readonly endOfMonth: readonly Dec[];
}

/** The annual outflow rate q for someone of `age` in a year (age = year − birth year). */
export function outflowRateAt(outflow: OutflowRate, age: number): Dec {
  if (outflow.kind === 'constant') return outflow.rate;
  const band = outflow.bands.find((b) => b.belowAge === undefined || age < b.belowAge);
  return band?.rate ?? ZERO; // the last band is open (load checks), so a band is always found
}

/** Builds survival curves per birth year, computing each monthly factor g = (1 − q)^(1/12) once per rate. */
export function survivalCurves(outflow: OutflowRate, horizon: Horizon): (birthYear: number) => SurvivalCurve {
  const factors = new Map<string, { g: Dec; sqrtG: Dec }>();
  const monthlyFactor = (q: Dec) => {
    const key = q.toString();
    let f = factors.get(key);
    if (f === undefined) {
      const g = ONE.minus(q).pow(ONE.div(12));
      f = { g, sqrtG: g.sqrt() };
      factors.set(key, f);
    }
    return f;
  };
  const curves = new Map<number, SurvivalCurve>();
  return (birthYear) => {
    let curve = curves.get(birthYear);
    if (curve === undefined) {
      curve = buildCurve(horizon, (year) => monthlyFactor(outflowRateAt(outflow, year - birthYear)));
      curves.set(birthYear, curve);
    }
    return curve;
  };
}

function buildCurve(horizon: Horizon, factorIn: (year: number) => { g: Dec; sqrtG: Dec }): SurvivalCurve {
  const cumulative: Dec[] = [ZERO];
  const endOfMonth: Dec[] = [];
  let before = ONE; // g(0)·…·g(k−1)
  let total = ZERO;
  for (let year = horizon.start; year <= horizon.end; year++) {
    const { g, sqrtG } = factorIn(year);
    for (let month = 0; month < 12; month++) {
      total = total.plus(before.times(sqrtG));
      cumulative.push(total);
      before = before.times(g);
      endOfMonth.push(before);
    }
  }
  return { cumulative, endOfMonth };
}


import { Dec, ONE, ZERO } from '../../../src/model/decimal.js';
import type { Region } from '../../../src/model/region.js';
import { outflowRateAt, type RegionSurvival, type SurvivalCurve } from '../../../src/engine/survival.js';

// The survival curves computed the straightforward way (methodology §3), every figure anew
// each time it is asked for: nothing kept, nothing shared between birth years, rates or
// municipalities. The oracle of the shared, remembering curves of src/engine/survival.ts.

const TWELVE = new Dec(12);

// the monthly factor g = (1 − q)^(1/12) of a rate: a pure but costly power, the one figure remembered here
const factors = new Map<string, Dec>();
const monthlyFactor = (q: Dec) => factors.get(q.toString()) ?? factors.set(q.toString(), ONE.minus(q).pow(ONE.div(12))).get(q.toString())!;

/** Σ over the first `months` mid-month survivals of a year of rate q, term by term from the start of that year. */
function monthsSumOfYear(q: Dec, months: number): Dec {
  const g = monthlyFactor(q);
  let series = ZERO;
  let power = ONE;
  for (let m = 1; m <= months; m++) {
    series = series.plus(power);
    power = power.times(g);
  }
  return g.sqrt().times(series);
}

/** g^month: survival from the start of a year of rate q to the first day of month `month`. */
function powerOfYear(q: Dec, month: number): Dec {
  const g = monthlyFactor(q);
  let power = ONE;
  for (let m = 1; m <= month; m++) power = power.times(g);
  return power;
}

/** The straightforward survival curves of a region. */
export function straightforwardSurvival(region: Pick<Region, 'outflow' | 'horizon'>): RegionSurvival {
  return (ownRate) => (birthYear) => {
    // the rate of year i of the horizon: the stream's own, or the region's at the age then
    const q = (i: number) => ownRate ?? outflowRateAt(region.outflow, region.horizon.start + i - birthYear);
    const startOfYear = (i: number) => {
      let s = ONE;
      for (let k = 0; k < i; k++) s = s.times(ONE.minus(q(k)));
      return s;
    };
    const curve: SurvivalCurve = {
      monthsSum: (i, months) => startOfYear(i).times(monthsSumOfYear(q(i), months)),
      presence: (i, months) => curve.monthsSum(i, months).div(TWELVE),
      endOfYear: (i) => startOfYear(i + 1),
      startOfMonth: (i, month) => startOfYear(i).times(powerOfYear(q(i), month)),
    };
    return curve;
  };
}

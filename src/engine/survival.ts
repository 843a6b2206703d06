import type { Horizon, OutflowRate, Region } from '../model/region.js';
import { Dec, ONE, ZERO } from '../model/decimal.js';

/**
 * Survival against non-retirement outflow for everyone born in one year (§3). Its figures are
 * kept once computed: the many people born in a year, in every municipality, read the same ones.
 */
export interface SurvivalCurve {
  /** Σ S(k) over the first `months` months of year `i` of the horizon (S at mid-month). */
  monthsSum(i: number, months: number): Dec;
  /** monthsSum(i, months) / 12: the presence in year `i` of someone who works its first `months` months. */
  presence(i: number, months: number): Dec;
  /** S_end of December of year `i`: survival to the end of that year. */
  endOfYear(i: number): Dec;
  /** Survival to the first day of month `month` (0 for January) of year `i`. */
  startOfMonth(i: number, month: number): Dec;
}

/** A rate's mid-month sums (`sums[m]`, m = 0…12) and the powers g^m of its monthly factor. */
interface MonthSums {
  readonly sums: Dec[];
  readonly powers: Dec[];
}

/** The annual outflow rate q for someone of `age` in a year (age = year − birth year). */
export function outflowRateAt(outflow: OutflowRate, age: number): Dec {
  if (outflow.kind === 'constant') return outflow.rate;
  const band = outflow.bands.find((b) => b.belowAge === undefined || age < b.belowAge);
  return band?.rate ?? ZERO; // the last band is open (load checks), so a band is always found
}

/**
 * Within a year of rate q the monthly factor is g = (1 − q)^(1/12), so the mid-month
 * survivals from the start of the year are g^½, g^1½, …: their first m sum to
 * √g · (1 + g + … + g^(m−1)), and twelve months multiply survival by g¹² = 1 − q exactly.
 * `partial[m]` holds that sum for m = 0…12. Summed term by term, not as the closed form
 * √g · (1 − g^m) / (1 − g): for a tiny q, 1 − g loses its digits (and is 0 when g rounds to 1).
 */
function monthSums(q: Dec): MonthSums {
  const g = ONE.minus(q).pow(ONE.div(12));
  const root = g.sqrt();
  const sums: Dec[] = [ZERO];
  const powers: Dec[] = [ONE];
  let power = ONE;
  let series = ZERO;
  for (let m = 1; m <= 12; m++) {
    series = series.plus(power);
    power = power.times(g);
    sums.push(root.times(series));
    powers.push(power);
  }
  return { sums, powers };
}

/** The survival curves of one outflow rate, by birth year. */
export type CurvesByBirthYear = (birthYear: number) => SurvivalCurve;

/**
 * The survival curves of a region's projection: on its outflow rate (`undefined`), or on an
 * inflow stream's own constant rate. One set serves every municipality of the region: the
 * curves, and each rate's month sums (a costly power), are computed once.
 */
export type RegionSurvival = (ownRate?: Dec) => CurvesByBirthYear;

/** The survival curves of a region (see {@link RegionSurvival}), each computed when first asked for. */
export function regionSurvival(region: Pick<Region, 'outflow' | 'horizon'>): RegionSurvival {
  const sumsByRate = new Map<string, MonthSums>();
  const sumsFor = (q: Dec) => {
    const key = q.toString();
    let sums = sumsByRate.get(key);
    if (sums === undefined) {
      sums = monthSums(q);
      sumsByRate.set(key, sums);
    }
    return sums;
  };
  const byRate = new Map<string, CurvesByBirthYear>();
  return (ownRate) => {
    const key = ownRate?.toString() ?? 'region';
    let curves = byRate.get(key);
    if (curves === undefined) {
      curves = survivalCurves(ownRate === undefined ? region.outflow : { kind: 'constant', rate: ownRate }, region.horizon, sumsFor);
      byRate.set(key, curves);
    }
    return curves;
  };
}

/**
 * Survival curves per birth year on one outflow rate. A curve reads nothing of its birth year
 * but the rates of the horizon's years, so birth years with the same rates (every one, on a
 * constant rate) share one curve, and the figures it keeps.
 */
function survivalCurves(outflow: OutflowRate, horizon: Horizon, sumsFor: (q: Dec) => MonthSums): CurvesByBirthYear {
  const curves = new Map<number, SurvivalCurve>();
  const byRates = new Map<string, SurvivalCurve>();
  return (birthYear) => {
    let curve = curves.get(birthYear);
    if (curve === undefined) {
      const rates: Dec[] = [];
      for (let year = horizon.start; year <= horizon.end; year++) rates.push(outflowRateAt(outflow, year - birthYear));
      const key = rates.join(' ');
      curve = byRates.get(key) ?? buildCurve(rates, sumsFor);
      byRates.set(key, curve);
      curves.set(birthYear, curve);
    }
    return curve;
  };
}

const TWELVE = new Dec(12);
/** Month counts 0…12 of a year: the figures of year i are kept at 13·i + months. */
const SLOTS = 13;

/** The curve of the rates `rates[i]` of the horizon's years i. */
function buildCurve(rates: readonly Dec[], sumsFor: (q: Dec) => MonthSums): SurvivalCurve {
  const startOfYear: Dec[] = [ONE]; // survival to 1 January of year i: Π (1 − q) over the years before
  const sums: MonthSums[] = [];
  for (const q of rates) {
    sums.push(sumsFor(q));
    startOfYear.push(startOfYear[startOfYear.length - 1]!.times(ONE.minus(q)));
  }
  const monthsSums: (Dec | undefined)[] = [];
  const presences: (Dec | undefined)[] = [];
  const monthStarts: (Dec | undefined)[] = [];
  const monthsSum = (i: number, months: number) => (monthsSums[SLOTS * i + months] ??= startOfYear[i]!.times(sums[i]!.sums[months]!));
  return {
    monthsSum,
    presence: (i, months) => (presences[SLOTS * i + months] ??= monthsSum(i, months).div(TWELVE)),
    endOfYear: (i) => startOfYear[i + 1]!,
    startOfMonth: (i, month) => (monthStarts[SLOTS * i + month] ??= startOfYear[i]!.times(sums[i]!.powers[month]!)),
  };
}

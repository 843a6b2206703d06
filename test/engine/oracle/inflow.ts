// The entrants of inflow streams as they were computed before survival to an entry day was
// kept per curve (src/engine/inflow.ts). The oracle of the fast path.

import type { InflowStream, InflowSize } from '../../../src/model/inflow.js';
import type { Region } from '../../../src/model/region.js';
import { Dec, ZERO } from '../../../src/model/decimal.js';
import { aowDate, workedMonths } from '../../../src/engine/aow.js';
import type { CurvesByBirthYear, RegionSurvival, SurvivalCurve } from '../../../src/engine/survival.js';
import { zeros } from '../../../src/engine/year-vector.js';
import type { StreamVolumes } from '../../../src/engine/population.js';

/**
 * The running totals of a municipality's projection that entrants add to (population.ts).
 * Not the counts of people behind them: those are the employee file's alone
 * (docs/methodology.md#small-cells).
 */
export interface PopulationSums {
  readonly perForm: ReadonlyMap<string, { fte: Dec[]; se: Dec[]; headcount: Dec[] }>;
  readonly yearEnd: Dec[];
}

/** The entrants of one year and one age of a stream (docs/methodology.md#inflow). */
interface EntrantCohort {
  /** Their expected number: a real number, not a whole one. */
  readonly count: Dec;
  /** The year index of their entry. */
  readonly entryYear: number;
  /** Months worked from the horizon's start (their AOW date), as for an employee. */
  readonly worked: number;
  readonly curve: SurvivalCurve;
  /** Survival on the curve to the entry day: every survival of the cohort is relative to it. */
  readonly atEntry: Dec;
}

const TWELVE = new Dec(12);

/**
 * Adds every stream's entrants to the municipality's sums, month by month like the
 * employees (docs/methodology.md#inflow), on the employees' survival curves where a stream
 * has no outflow rate of its own, and returns each stream's own figures, by id in the order
 * given. No streams: the sums are left exactly as they are.
 */
export function addInflow(streams: readonly InflowStream[], region: Region, survival: RegionSurvival, sums: PopulationSums): Map<string, StreamVolumes> {
  const byStream = new Map<string, StreamVolumes>();
  for (const stream of streams) {
    const form = sums.perForm.get(stream.workForm);
    if (form === undefined) continue; // load checks work forms against the region
    // Σ N·P over the stream's cohorts first: its fte and se per person multiply once a year
    const heads = zeros(form.headcount.length);
    const yearEnd = zeros(form.headcount.length);
    for (const cohort of entrantCohorts(stream, region, survival(stream.outflowRate))) addCohort(stream.entryMonth, cohort, heads, { own: yearEnd, total: sums.yearEnd });
    const fte = heads.map((h) => h.times(stream.fte));
    const se = heads.map((h) => h.times(stream.se));
    heads.forEach((h, i) => {
      form.fte[i] = form.fte[i]!.plus(fte[i]!);
      form.se[i] = form.se[i]!.plus(se[i]!);
      form.headcount[i] = form.headcount[i]!.plus(h);
    });
    byStream.set(stream.id, { workForm: stream.workForm, fte, se, headcount: heads, yearEndHeadcount: yearEnd });
  }
  return byStream;
}

/**
 * The stream's cohorts, year by year: for a target, each year's inflow depends on who of the
 * earlier years is still there on the entry day.
 */
function entrantCohorts(stream: InflowStream, region: Region, curveOf: CurvesByBirthYear): EntrantCohort[] {
  const { horizon } = region;
  const month = stream.entryMonth - 1;
  const cohorts: EntrantCohort[] = [];
  for (let i = 0; i <= horizon.end - horizon.start; i++) {
    const year = horizon.start + i;
    const inflow = yearlyInflow(stream.size, year, () => headcountOnEntryDay(cohorts, i, month));
    if (inflow.lte(0)) continue;
    for (const { age, share } of stream.ages) {
      const count = inflow.times(share);
      if (count.lte(0)) continue;
      const birth = { year: year - age, month: stream.entryMonth, day: 1 };
      const curve = curveOf(birth.year);
      const worked = workedMonths(aowDate(birth, region.aowSchedule), horizon);
      cohorts.push({ count, entryYear: i, worked, curve, atEntry: curve.startOfMonth(i, month) });
    }
  }
  return cohorts;
}

/** n(s,t): the people written for the year, or what tops the head count up to the target. */
function yearlyInflow(size: InflowSize, year: number, headcount: () => Dec): Dec {
  if (size.kind === 'people') return size.byYear.get(year) ?? ZERO;
  const target = targetIn(size.byYear, year);
  if (target === undefined) return ZERO;
  return Dec.max(ZERO, target.minus(headcount()));
}

/** T(t): linear between the years written, the last value after the last, none before the first. */
function targetIn(byYear: ReadonlyMap<number, Dec>, year: number): Dec | undefined {
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const after = years.findIndex((y) => y > year);
  if (after === 0 || years.length === 0) return undefined;
  const t1 = after === -1 ? years[years.length - 1]! : years[after - 1]!;
  const v1 = byYear.get(t1)!;
  if (after === -1 || t1 === year) return v1;
  const t2 = years[after]!;
  return v1.plus(byYear.get(t2)!.minus(v1).times(year - t1).div(t2 - t1));
}

/** H(s,t): the expected head count of the earlier cohorts on the first day of month `month` of year `i`. */
function headcountOnEntryDay(cohorts: readonly EntrantCohort[], i: number, month: number): Dec {
  let total = ZERO;
  for (const c of cohorts) {
    if (c.worked > 12 * i + month) total = total.plus(c.count.times(c.curve.startOfMonth(i, month)).div(c.atEntry));
  }
  return total;
}

/**
 * Adds a cohort's presence to `heads`, and its year-end head count to the stream's own and
 * to the municipality's (each cohort straight into the total, as before streams had figures of their own).
 */
function addCohort(entryMonth: number, c: EntrantCohort, heads: Dec[], yearEnd: { own: Dec[]; total: Dec[] }): void {
  // survival is relative to the entry day: divide once per cohort, not per year
  const atStart = c.count.div(c.atEntry);
  const perMonth = atStart.div(TWELVE);
  for (let i = c.entryYear; i < heads.length; i++) {
    const first = i === c.entryYear ? entryMonth - 1 : 0;
    const last = Math.min(12, c.worked - 12 * i);
    if (last <= first) break;
    const months = first === 0 ? c.curve.monthsSum(i, last) : c.curve.monthsSum(i, last).minus(c.curve.monthsSum(i, first));
    heads[i] = heads[i]!.plus(months.times(perMonth));
    if (last === 12) {
      const atYearEnd = c.curve.endOfYear(i).times(atStart);
      yearEnd.own[i] = yearEnd.own[i]!.plus(atYearEnd);
      yearEnd.total[i] = yearEnd.total[i]!.plus(atYearEnd);
    }
  }
}

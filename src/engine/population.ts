import type { EmployeeGroup } from '../model/employee.js';
import type { Region } from '../model/region.js';
import { aowDate, workedMonths } from './aow.js';
import { Dec } from './decimal.js';
import { survivalCurves } from './survival.js';
import { addVectors, zeros, type YearVector } from './year-vector.js';

/** FTE, SE and average headcount per year (§3). */
export interface Volumes {
  readonly fte: YearVector;
  readonly se: YearVector;
  readonly headcount: YearVector;
}

/** A municipality's projected SW population (§3). */
export interface Population extends Volumes {
  readonly yearEndHeadcount: YearVector;
  /** Every work form of the region, in the region's order. */
  readonly byWorkForm: ReadonlyMap<string, Volumes>;
  /** People whose AOW date is on or before the horizon's first day: left out, with a warning. */
  readonly excludedCount: number;
}

/** Employees who share work form, birth year and months worked: their presence is the same. */
interface Cohort {
  workForm: string;
  birthYear: number;
  worked: number;
  count: number;
  fte: Dec;
  se: Dec;
}

const TWELVE = new Dec(12);

/** Projects a municipality's employees over the horizon: presence, FTE, SE, headcount (§3). */
export function projectPopulation(employees: readonly EmployeeGroup[], region: Region): Population {
  const { horizon } = region;
  const n = horizon.end - horizon.start + 1;
  const { cohorts, excludedCount } = groupCohorts(employees, region);
  const curveOf = survivalCurves(region.outflow, horizon);
  const perForm = new Map(region.workForms.map((f) => [f.id, { fte: zeros(n), se: zeros(n), headcount: zeros(n) }]));
  const yearEnd = zeros(n);
  for (const c of cohorts) {
    const curve = curveOf(c.birthYear);
    const form = perForm.get(c.workForm);
    if (form === undefined) continue; // load checks work forms against the region
    const count = new Dec(c.count);
    for (let i = 0; i < n; i++) {
      const first = 12 * i;
      const last = Math.min(c.worked, first + 12);
      if (last <= first) break;
      const presence = curve.cumulative[last]!.minus(curve.cumulative[first]!).div(TWELVE);
      form.fte[i] = form.fte[i]!.plus(c.fte.times(presence));
      form.se[i] = form.se[i]!.plus(c.se.times(presence));
      form.headcount[i] = form.headcount[i]!.plus(count.times(presence));
      if (c.worked >= first + 12) yearEnd[i] = yearEnd[i]!.plus(count.times(curve.endOfMonth[first + 11]!));
    }
  }
  const forms = [...perForm.values()];
  return {
    fte: addVectors(n, forms.map((f) => f.fte)),
    se: addVectors(n, forms.map((f) => f.se)),
    headcount: addVectors(n, forms.map((f) => f.headcount)),
    yearEndHeadcount: yearEnd,
    byWorkForm: perForm,
    excludedCount,
  };
}

function groupCohorts(employees: readonly EmployeeGroup[], region: Region): { cohorts: Cohort[]; excludedCount: number } {
  const cohorts = new Map<string, Cohort>();
  let excludedCount = 0;
  for (const e of employees) {
    const worked = workedMonths(aowDate(e.birth, region.aowSchedule), region.horizon);
    if (worked === 0) {
      excludedCount += e.count;
      continue;
    }
    const key = `${e.workForm}\u0000${e.birth.year}\u0000${worked}`;
    const c = cohorts.get(key);
    if (c === undefined) {
      cohorts.set(key, { workForm: e.workForm, birthYear: e.birth.year, worked, count: e.count, fte: e.fte, se: e.se });
    } else {
      c.count += e.count;
      c.fte = c.fte.plus(e.fte);
      c.se = c.se.plus(e.se);
    }
  }
  return { cohorts: [...cohorts.values()], excludedCount };
}


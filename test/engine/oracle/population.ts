// The projection of a municipality's population as it was before products shared by equal
// FTE and SE (src/engine/population.ts): every product computed. The oracle of the fast path.

import type { EmployeeGroup } from '../../../src/model/employee.js';
import type { InflowStream } from '../../../src/model/inflow.js';
import { addInflow } from '../../../src/engine/inflow.js';
import type { Region } from '../../../src/model/region.js';
import { aowDate, workedMonths } from '../../../src/engine/aow.js';
import { ZERO, type Dec } from '../../../src/model/decimal.js';
import { regionSurvival, type RegionSurvival } from '../../../src/engine/survival.js';
import { addVectors, zeros } from '../../../src/engine/year-vector.js';
import type { Population, Volumes } from '../../../src/engine/population.js';

/** Employees of one work form and birth year who work the same number of months. */
interface Cohort {
  worked: number;
  count: number;
  fte: Dec;
  se: Dec;
}

/** Totals of count, fte and se. */
interface Totals {
  count: Dec;
  fte: Dec;
  se: Dec;
}

const none: Totals = { count: ZERO, fte: ZERO, se: ZERO };

/**
 * Projects a municipality's employees, and the entrants of its inflow streams
 * (docs/methodology.md#inflow), over the horizon: presence, FTE, SE, headcount (§3).
 * Presence depends only on birth year (survival) and months worked (AOW), so people are
 * grouped by work form and birth year: everyone still working through a year shares that
 * year's presence, and only those retiring in it need one of their own. `survival` is the
 * region's survival curves, which a projection of many municipalities shares.
 */
export function projectPopulation(employees: readonly EmployeeGroup[], region: Region, inflow: readonly InflowStream[] = [], survival: RegionSurvival = regionSurvival(region)): Population {
  const { horizon } = region;
  const n = horizon.end - horizon.start + 1;
  const { groups, excludedCount } = groupByFormAndBirthYear(employees, region);
  const curveOf = survival();
  const perForm = new Map(region.workForms.map((f) => [f.id, { fte: zeros(n), se: zeros(n), headcount: zeros(n) }]));
  const personsPerForm = new Map(region.workForms.map((f) => [f.id, new Array<number>(n).fill(0)]));
  const yearEnd = zeros(n);
  const atYearEnd = new Array<number>(n).fill(0);
  for (const [key, cohorts] of groups) {
    const [workForm = '', birthYear = ''] = key.split('\u0000');
    const form = perForm.get(workForm);
    const persons = personsPerForm.get(workForm);
    if (form === undefined || persons === undefined) continue; // load checks work forms against the region
    for (const c of cohorts) countPersons(c, persons, atYearEnd);
    const curve = curveOf(Number(birthYear));
    const add = (i: number, totals: Totals, presence: Dec) => {
      form.fte[i] = form.fte[i]!.plus(totals.fte.times(presence));
      form.se[i] = form.se[i]!.plus(totals.se.times(presence));
      form.headcount[i] = form.headcount[i]!.plus(totals.count.times(presence));
    };
    // from the last year back, everyone working through year i is a growing prefix of the
    // cohorts sorted longest-working first
    cohorts.sort((a, b) => b.worked - a.worked);
    let through = none;
    let next = 0;
    for (let i = n - 1; i >= 0; i--) {
      const first = 12 * i;
      for (; next < cohorts.length && cohorts[next]!.worked >= first + 12; next++) through = plus(through, cohorts[next]!);
      if (through.count.gt(0)) {
        add(i, through, curve.presence(i, 12));
        yearEnd[i] = yearEnd[i]!.plus(through.count.times(curve.endOfYear(i)));
      }
    }
    for (const c of cohorts) {
      const i = Math.floor(c.worked / 12);
      if (c.worked % 12 !== 0 && i < n) add(i, plus(none, c), curve.presence(i, c.worked % 12));
    }
  }
  const employeeFile = { ...sumOfForms(n, perForm), yearEndHeadcount: [...yearEnd], byWorkForm: copyOfForms(perForm) };
  const byStream = addInflow(inflow, region, survival, { perForm, yearEnd });
  return {
    ...sumOfForms(n, perForm),
    yearEndHeadcount: yearEnd,
    byWorkForm: perForm,
    employeeFile,
    byStream,
    persons: { working: Array.from({ length: n }, (_, i) => [...personsPerForm.values()].reduce((acc, p) => acc + (p[i] ?? 0), 0)), atYearEnd },
    personsByWorkForm: personsPerForm,
    excludedCount,
  };
}

/** FTE, SE and headcount of all work forms together. */
function sumOfForms(n: number, perForm: ReadonlyMap<string, Volumes>): Volumes {
  const forms = [...perForm.values()];
  return {
    fte: addVectors(n, forms.map((f) => f.fte)),
    se: addVectors(n, forms.map((f) => f.se)),
    headcount: addVectors(n, forms.map((f) => f.headcount)),
  };
}

/** The work forms' figures as they are now: the entrants are added to the originals afterwards. */
function copyOfForms(perForm: ReadonlyMap<string, Volumes>): ReadonlyMap<string, Volumes> {
  return new Map([...perForm].map(([id, v]) => [id, { fte: [...v.fte], se: [...v.se], headcount: [...v.headcount] }]));
}

/** Adds a cohort's people to the years they work in (w > 12·i) and to those they work through (w ≥ 12·(i + 1)). */
function countPersons(c: Cohort, working: number[], atYearEnd: number[]): void {
  for (let i = 0; i < working.length && c.worked > 12 * i; i++) {
    working[i] = (working[i] ?? 0) + c.count;
    if (c.worked >= 12 * (i + 1)) atYearEnd[i] = (atYearEnd[i] ?? 0) + c.count;
  }
}


function plus(totals: Totals, c: Cohort): Totals {
  return { count: totals.count.plus(c.count), fte: totals.fte.plus(c.fte), se: totals.se.plus(c.se) };
}

/** Employees grouped by work form and birth year, each group split by months worked. */
function groupByFormAndBirthYear(employees: readonly EmployeeGroup[], region: Region) {
  const groups = new Map<string, Cohort[]>();
  let excludedCount = 0;
  for (const e of employees) {
    const worked = workedMonths(aowDate(e.birth, region.aowSchedule), region.horizon);
    if (worked === 0) {
      excludedCount += e.count;
      continue;
    }
    const key = `${e.workForm}\u0000${e.birth.year}`;
    const cohorts = groups.get(key) ?? [];
    groups.set(key, cohorts);
    const same = cohorts.find((c) => c.worked === worked);
    if (same === undefined) cohorts.push({ worked, count: e.count, fte: e.fte, se: e.se });
    else Object.assign(same, { count: same.count + e.count, fte: same.fte.plus(e.fte), se: same.se.plus(e.se) });
  }
  return { groups, excludedCount };
}

import type { EmployeeGroup } from '../model/employee.js';
import type { InflowStream } from '../model/inflow.js';
import { addInflow } from './inflow.js';
import type { Region } from '../model/region.js';
import { aowDate, workedMonths } from './aow.js';
import { ZERO, type Dec } from '../model/decimal.js';
import { regionSurvival, type RegionSurvival } from './survival.js';
import { addVectors, zeros, type YearVector } from './year-vector.js';

/** FTE, SE and average headcount per year (§3). */
export interface Volumes {
  readonly fte: YearVector;
  readonly se: YearVector;
  readonly headcount: YearVector;
}

/** Volumes with the head count at the end of each year. */
export interface PartVolumes extends Volumes {
  readonly yearEndHeadcount: YearVector;
}

/** The figures of one inflow stream (docs/methodology.md#inflow): its entrants only. */
export interface StreamVolumes extends PartVolumes {
  /** The stream's work form: its figures are part of that work form's. */
  readonly workForm: string;
}

/**
 * How many employees a year's figures are made of: not a figure of the calculation, but what
 * the reports need to keep small groups from being shown (docs/methodology.md#small-cells).
 * Only the people of the employee file count: the entrants of inflow streams are modelled
 * from the municipality file, not real people (the methodology says why).
 */
export interface PersonCounts {
  /** Employees who work at least one month of the year: their FTE, SE and average headcount are in the year's figures. */
  readonly working: readonly number[];
  /** Employees who still work in December: they are in the year-end headcount. */
  readonly atYearEnd: readonly number[];
}

/** A municipality's projected SW population (§3): the employee file and the inflow streams together. */
export interface Population extends PartVolumes {
  /** Every work form of the region, in the region's order. */
  readonly byWorkForm: ReadonlyMap<string, Volumes>;
  /**
   * The employee file's part of the figures (the WSW employees), per work form as above; the
   * same figures as the totals where the municipality has no inflow streams.
   */
  readonly employeeFile: PartVolumes & { readonly byWorkForm: ReadonlyMap<string, Volumes> };
  /**
   * Each inflow stream's part, by stream id in the order the municipality file declares them
   * (empty without streams). With `employeeFile` they add up to the totals, per work form too.
   */
  readonly byStream: ReadonlyMap<string, StreamVolumes>;
  /** The people behind the totals, per year. */
  readonly persons: PersonCounts;
  /** The people behind each work form's figures (`working`), per year, in the region's order. */
  readonly personsByWorkForm: ReadonlyMap<string, readonly number[]>;
  /** People whose AOW date is on or before the horizon's first day: left out, with a warning. */
  readonly excludedCount: number;
}

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
      const fte = totals.fte.times(presence);
      const sum = form.fte[i]!.plus(fte);
      // SE is most often FTE itself (no SE weight): then its product and its sum are the same decimals
      const se = totals.se === totals.fte ? fte : totals.se.times(presence);
      form.se[i] = se === fte && form.se[i] === form.fte[i] ? sum : form.se[i]!.plus(se);
      form.fte[i] = sum;
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
      // > 0 without a decimal made of 0 each time
      if (through.count.isPositive() && !through.count.isZero()) {
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
  const fte = totals.fte.plus(c.fte);
  return { count: totals.count.plus(c.count), fte, se: totals.se === totals.fte && c.se === c.fte ? fte : totals.se.plus(c.se) };
}

/**
 * `b` if `a` is the same number with the same sign (decimal.js keeps its digits normalised, so
 * every operation gives the same result on either), else `a`: FTE and SE that are equal become
 * one decimal, whose products {@link projectPopulation} then computes once.
 */
function sameOr(a: Dec, b: Dec): Dec {
  return a === b || (a.eq(b) && a.isNegative() === b.isNegative()) ? b : a;
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
    const se = sameOr(e.se, e.fte);
    if (same === undefined) cohorts.push({ worked, count: e.count, fte: e.fte, se });
    else {
      const fte = same.fte.plus(e.fte);
      Object.assign(same, { count: same.count + e.count, fte, se: same.se === same.fte && se === e.fte ? fte : same.se.plus(se) });
    }
  }
  return { groups, excludedCount };
}

/**
 * The population without its inflow streams: the employee file's part as a population of its
 * own, exactly what {@link projectPopulation} gives without the streams (its totals are summed
 * from the same figures in the same order). The people counts are the employees' already.
 */
export function withoutStreams(population: Population): Population {
  const { employeeFile } = population;
  if (population.byStream.size === 0) return population;
  return { ...population, ...employeeFile, byWorkForm: employeeFile.byWorkForm, byStream: new Map() };
}

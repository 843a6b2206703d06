import type { Population } from '../engine/index.js';

/**
 * Small-cell protection of the reports (docs/methodology.md#small-cells): a population figure
 * (FTE, SE, average or year-end headcount) of a group of people is shown only when the group
 * holds at least this many people, or nobody. Below it, a work form's figures are merged into
 * "other work forms", and a group that stays too small is suppressed. The calculation never
 * changes: only what the reports show.
 */
export const MIN_CELL_PERSONS = 5;

/**
 * Per year, whether a group's figures are a small cell: the group holds 1 to 4 people, or it
 * is empty and the last people it held were 1 to 4 (the year its figures turn 0 would tell
 * when they left: the year of a person's AOW date, and so their birth year).
 */
export function smallYears(persons: readonly number[]): boolean[] {
  let lastWasSmall = false;
  return persons.map((n) => {
    if (n > 0) lastWasSmall = n < MIN_CELL_PERSONS;
    return lastWasSmall;
  });
}

/** Per year, whether a group's figures may be shown: the opposite of {@link smallYears}. */
export function shownYears(persons: readonly number[]): boolean[] {
  return smallYears(persons).map((small) => !small);
}

/** One part of a breakdown (a work form) in one year: its people, and whether it is a small cell. */
export interface Part {
  readonly id: string;
  readonly persons: number;
  readonly small: boolean;
}

/** How one year's breakdown is shown: parts on their own, and the parts merged into one "other" group. */
export interface Partition {
  /** Parts shown on their own, in the given order: none is a small cell. */
  readonly shown: readonly string[];
  /** Parts merged into "other", in the given order; empty when every part is shown. */
  readonly merged: readonly string[];
  /** Whether the merged group's figure is shown: it is not empty and holds at least the minimum. */
  readonly mergedShown: boolean;
}

/**
 * Splits a breakdown whose total is shown elsewhere (methodology, small cells): the small
 * parts are merged into "other"; while "other" holds fewer than the minimum of people, the
 * shown part with the fewest people (of those with anyone; the last one on a tie) joins it.
 * So no shown figure is a small cell, and no merged part can be found as the total minus the
 * shown parts: "other" is either empty, or at least the minimum, or holds everyone (and then
 * the total is a small cell as well).
 */
export function partition(parts: readonly Part[]): Partition {
  const merged = new Set(parts.filter((p) => p.small).map((p) => p.id));
  const personsIn = () => parts.reduce((acc, p) => acc + (merged.has(p.id) ? p.persons : 0), 0);
  while (merged.size > 0 && personsIn() < MIN_CELL_PERSONS) {
    const candidates = parts.filter((p) => !merged.has(p.id) && p.persons > 0);
    const smallest = candidates.reduce<Part | undefined>((best, p) => (best === undefined || p.persons <= best.persons ? p : best), undefined);
    if (smallest === undefined) break;
    merged.add(smallest.id);
  }
  return {
    shown: parts.filter((p) => !merged.has(p.id)).map((p) => p.id),
    merged: parts.filter((p) => merged.has(p.id)).map((p) => p.id),
    mergedShown: merged.size > 0 && personsIn() >= MIN_CELL_PERSONS,
  };
}

/** What a report may show of one municipality's population in one year. */
export interface YearCells extends Partition {
  /** Whether FTE, SE and average headcount of all work forms together are shown. */
  readonly totalShown: boolean;
  /** Whether the year-end headcount is shown (it is made of those who still work in December). */
  readonly yearEndShown: boolean;
}

/** What a report may show of one municipality's population, per year of the horizon. */
export interface PopulationCells {
  readonly years: readonly YearCells[];
  /** Whether some year merges a work form into "other work forms": a report then needs that row. */
  readonly hasMerged: boolean;
}

/** Applies the rule to every year of a municipality's population, over the region's work forms in order. */
export function populationCells(population: Population, workForms: readonly string[]): PopulationCells {
  const forms = workForms.map((id) => {
    const persons = population.personsByWorkForm.get(id) ?? [];
    return { id, persons, small: smallYears(persons) };
  });
  const total = shownYears(population.persons.working);
  const yearEnd = shownYears(population.persons.atYearEnd);
  const years = population.persons.working.map((_, t): YearCells => {
    const parts = partition(forms.map((f) => ({ id: f.id, persons: f.persons[t] ?? 0, small: f.small[t] ?? false })));
    const totalShown = total[t] ?? false;
    // "other" that holds nobody is the total minus the forms shown, 0: where the total shows, hiding it would hide nothing
    const empty = parts.merged.length > 0 && forms.every((f) => !parts.merged.includes(f.id) || (f.persons[t] ?? 0) === 0);
    return { ...parts, mergedShown: parts.mergedShown || (empty && totalShown), totalShown, yearEndShown: yearEnd[t] ?? false };
  });
  return { years, hasMerged: years.some((y) => y.merged.length > 0) };
}

import type { Population } from '../engine/index.js';

/**
 * Small-cell protection of the reports (docs/methodology.md#small-cells): a population figure
 * (FTE, SE, average or year-end headcount) is shown only when the people it is made of number
 * at least this many, or none. Below it, a work form's figures are merged into "other work
 * forms", and a group that stays too small is suppressed. The calculation never changes: only
 * what the reports that go to a council show.
 */
export const MIN_CELL_PERSONS = 5;

/** Whether a figure made of `persons` people may be shown: nobody, or at least {@link MIN_CELL_PERSONS}. */
export function isShowable(persons: number): boolean {
  return persons === 0 || persons >= MIN_CELL_PERSONS;
}

/** One part of a breakdown (a work form) and the people its figure is made of. */
export interface Part {
  readonly id: string;
  readonly persons: number;
}

/** How one year's breakdown is shown: parts on their own, and the parts merged into one "other" group. */
export interface Partition {
  /** Parts shown on their own, in the given order: each holds nobody or at least the minimum. */
  readonly shown: readonly string[];
  /** Parts merged into "other", in the given order; empty when every part is shown. */
  readonly merged: readonly string[];
  /** Whether the merged group's figure is shown: it is not empty and holds at least the minimum. */
  readonly mergedShown: boolean;
}

/**
 * Splits a breakdown whose total is shown elsewhere (methodology, small cells): parts with 1
 * to 4 people are merged into "other"; while "other" holds 1 to 4 people, the shown part with
 * the fewest people (the last one on a tie) joins it. So no shown figure is made of 1 to 4
 * people, and no merged part can be found as the total minus the shown parts: "other" is
 * either empty, or at least the minimum, or everyone (and then the total is small as well).
 */
export function partition(parts: readonly Part[]): Partition {
  const merged = new Set(parts.filter((p) => !isShowable(p.persons)).map((p) => p.id));
  const personsIn = () => parts.reduce((acc, p) => acc + (merged.has(p.id) ? p.persons : 0), 0);
  while (!isShowable(personsIn())) {
    const candidates = parts.filter((p) => !merged.has(p.id) && p.persons > 0);
    const smallest = candidates.reduce<Part | undefined>((best, p) => (best === undefined || p.persons <= best.persons ? p : best), undefined);
    if (smallest === undefined) break;
    merged.add(smallest.id);
  }
  const total = personsIn();
  return {
    shown: parts.filter((p) => !merged.has(p.id)).map((p) => p.id),
    merged: parts.filter((p) => merged.has(p.id)).map((p) => p.id),
    mergedShown: merged.size > 0 && total >= MIN_CELL_PERSONS,
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
  const years = population.persons.working.map((working, t): YearCells => {
    const parts = workForms.map((id) => ({ id, persons: population.personsByWorkForm.get(id)?.[t] ?? 0 }));
    return {
      ...partition(parts),
      totalShown: isShowable(working),
      yearEndShown: isShowable(population.persons.atYearEnd[t] ?? 0),
    };
  });
  return { years, hasMerged: years.some((y) => y.merged.length > 0) };
}

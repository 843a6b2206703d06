import { ZERO, type Dec } from '../../model/decimal.js';
import type { Projection, YearVector } from '../../engine/index.js';
import { InternalError } from '../../errors.js';
import type { Quantity } from '../../model/formula.js';
import { populationCells, shownYears, type PopulationCells } from '../small-cells.js';
import { populationKey, type WorkbookContext } from './context.js';
import { VALUE_COLUMN, sheetRef } from './layout.js';

/**
 * Organisations with more members than this show the other members as one summed row on
 * the population sheet, not one row each: a national region of 340 municipalities would
 * otherwise put a thousand rows and 340-term sums in every workbook.
 */
export const MAX_LISTED_MEMBERS = 12;

/** The member lists of every organisation with several members that this municipality is in, each once. */
export function sharedOrganisations(ctx: WorkbookContext): (readonly string[])[] {
  const seen = new Map<string, readonly string[]>();
  for (const c of ctx.projection.region.configurations) {
    for (const o of c.organisations) {
      if (o.members.length > 1 && o.members.includes(ctx.municipality)) seen.set(o.members.join(','), o.members);
    }
  }
  return [...seen.values()];
}

export function isListed(members: readonly string[]): boolean {
  return members.length <= MAX_LISTED_MEMBERS;
}

/** The key under which the summed other members of a large organisation stand on the population sheet. */
export function othersKey(members: readonly string[]): string {
  return members.join(',');
}

/** Σ of a quantity over the other members of an organisation, per year: the summed row of a large organisation. */
export function othersTotal(ctx: WorkbookContext, members: readonly string[], quantity: Quantity): Dec[] {
  const n = ctx.projection.years.length;
  return Array.from({ length: n }, (_, t) =>
    members.filter((m) => m !== ctx.municipality).reduce((acc, m) => acc.plus(volumeOf(ctx, m, quantity)[t] ?? ZERO), ZERO),
  );
}

function volumeOf(ctx: WorkbookContext, m: string, quantity: Quantity): YearVector {
  return ctx.projection.populations.get(m)?.[quantity] ?? [];
}

/** What the population sheet may show of a municipality's own population (small cells). */
export function municipalityCells(projection: Projection, municipality: string): PopulationCells {
  const population = projection.populations.get(municipality);
  if (population === undefined) throw new InternalError(`no population for ${municipality}`);
  return populationCells(population, projection.region.workForms.map((f) => f.id));
}

/** The people behind a municipality's totals, per year. */
function personsOf(ctx: WorkbookContext, m: string): readonly number[] {
  return ctx.projection.populations.get(m)?.persons.working ?? [];
}

/** Whether a municipality's totals (FTE, SE, headcount) show in year index t: not a small cell. */
export function totalShown(ctx: WorkbookContext, m: string, t: number): boolean {
  return shownYears(personsOf(ctx, m))[t] === true;
}

/** Whether the summed other members of a large organisation show in year index t. */
export function othersShown(ctx: WorkbookContext, members: readonly string[], t: number): boolean {
  const others = members.filter((m) => m !== ctx.municipality).map((m) => personsOf(ctx, m));
  const summed = ctx.projection.years.map((_, i) => others.reduce((acc, persons) => acc + (persons[i] ?? 0), 0));
  return shownYears(summed)[t] === true;
}

/** Whether every cell of {@link memberCells} shows a figure in year index t, so that a formula may read them. */
export function memberCellsShown(ctx: WorkbookContext, members: readonly string[], t: number): boolean {
  if (isListed(members)) return members.every((m) => totalShown(ctx, m, t));
  return totalShown(ctx, ctx.municipality, t) && othersShown(ctx, members, t);
}

/** The population cells of an organisation's members in a year column: one per member, or this municipality's and the others' sum. */
export function memberCells(ctx: WorkbookContext, members: readonly string[], quantity: Quantity, column: number): string[] {
  const rows = ctx.populationRows;
  const cell = (key: string) => sheetRef(ctx.sheets.population, column, rows.row(key) ?? 0);
  if (isListed(members)) return members.map((m) => cell(populationKey.volume(m, quantity)));
  return [cell(populationKey.volume(ctx.municipality, quantity)), cell(populationKey.others(othersKey(members), quantity))];
}

/** The inhabitants cells of an organisation's members, as {@link memberCells}. */
export function inhabitantCells(ctx: WorkbookContext, members: readonly string[]): string[] {
  const rows = ctx.populationRows;
  const cell = (key: string) => sheetRef(ctx.sheets.population, VALUE_COLUMN, rows.row(key) ?? 0, true);
  if (isListed(members)) return members.map((m) => cell(populationKey.inhabitants(m)));
  return [cell(populationKey.inhabitants(ctx.municipality)), cell(populationKey.othersInhabitants(othersKey(members)))];
}

/** Whether the summed buyers of a supplier (docs/methodology.md#fees) show in year index t: Σ of their people is not a small cell. */
export function buyersShown(ctx: WorkbookContext, buyers: readonly string[], t: number): boolean {
  const summed = ctx.projection.years.map((_, i) => buyers.reduce((acc, m) => acc + (personsOf(ctx, m)[i] ?? 0), 0));
  return shownYears(summed)[t] === true;
}

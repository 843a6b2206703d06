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

/** What the sums over members read of a workbook's context. */
type MemberContext = Pick<WorkbookContext, 'projection' | 'municipality'>;

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
  // asked at every year of every line that reads the organisation's volume: joined once per list
  let key = othersKeys.get(members);
  if (key === undefined) othersKeys.set(members, (key = members.join(',')));
  return key;
}

const othersKeys = new WeakMap<readonly string[], string>();

/**
 * Σ of a quantity over the other members of an organisation, per year: the summed row of a
 * large organisation. The organisation's total less this municipality's (docs/methodology.md#others-row):
 * summing the other members for each of them would cost a national batch of 340 municipalities
 * 340 × 339 additions per year and quantity.
 */
export function othersTotal(ctx: MemberContext, members: readonly string[], quantity: Quantity): Dec[] {
  const total = memberSums(ctx, members).volumes(quantity);
  const own = volumeOf(ctx, ctx.municipality, quantity);
  return total.map((x, t) => x.minus(own[t] ?? ZERO));
}

function volumeOf(ctx: MemberContext, m: string, quantity: Quantity): YearVector {
  return ctx.projection.populations.get(m)?.[quantity] ?? [];
}

/** Sums over a list of members, per year, each computed once per projection: what every municipality's workbook of a batch asks again. */
interface MemberSums {
  volumes(quantity: Quantity): readonly Dec[];
  readonly persons: readonly number[];
  /** The years the members' sum less a municipality's own shows (the others' summed row), by municipality. */
  readonly othersShown: Map<string, readonly boolean[]>;
}

/** By projection, then by the list of members itself (an organisation's or a supplier's buyers: the engine's lists, which stay the same objects). */
const memberSumsOf = new WeakMap<Projection, WeakMap<readonly string[], MemberSums>>();

function memberSums({ projection }: MemberContext, members: readonly string[]): MemberSums {
  const byMembers = memberSumsOf.get(projection) ?? new WeakMap<readonly string[], MemberSums>();
  memberSumsOf.set(projection, byMembers);
  let sums = byMembers.get(members);
  if (sums === undefined) {
    const volumes = new Map<Quantity, readonly Dec[]>();
    const of = (m: string) => projection.populations.get(m);
    const summed = (quantity: Quantity) => projection.years.map((_, t) => members.reduce((acc, m) => acc.plus(of(m)?.[quantity][t] ?? ZERO), ZERO));
    sums = {
      volumes(quantity) {
        let sum = volumes.get(quantity);
        if (sum === undefined) volumes.set(quantity, (sum = summed(quantity)));
        return sum;
      },
      persons: projection.years.map((_, t) => members.reduce((acc, m) => acc + (of(m)?.persons.working[t] ?? 0), 0)),
      othersShown: new Map(),
    };
    byMembers.set(members, sums);
  }
  return sums;
}

/** What the population sheet may show of a municipality's own population (small cells). */
export function municipalityCells(projection: Projection, municipality: string): PopulationCells {
  const population = projection.populations.get(municipality);
  if (population === undefined) throw new InternalError(`no population for ${municipality}`);
  return populationCells(population, projection.region.workForms.map((f) => f.id));
}

/** The people behind a municipality's totals, per year. */
function personsOf(ctx: MemberContext, m: string): readonly number[] {
  return ctx.projection.populations.get(m)?.persons.working ?? [];
}

/** Whether a municipality's totals (FTE, SE, headcount) show in year index t: not a small cell. */
export function totalShown(ctx: MemberContext, m: string, t: number): boolean {
  return shownOnce(personsOf(ctx, m))[t] === true;
}

/** {@link shownYears} of a list of people per year, worked out once: it is asked at every year of every line's cells. */
function shownOnce(persons: readonly number[]): readonly boolean[] {
  let shown = shownOf.get(persons);
  if (shown === undefined) shownOf.set(persons, (shown = shownYears(persons)));
  return shown;
}

const shownOf = new WeakMap<readonly number[], readonly boolean[]>();

/** Whether the summed other members of a large organisation show in year index t. People are whole numbers: the total less this municipality's is their sum exactly. */
export function othersShown(ctx: MemberContext, members: readonly string[], t: number): boolean {
  const sums = memberSums(ctx, members);
  let shown = sums.othersShown.get(ctx.municipality);
  if (shown === undefined) {
    const own = personsOf(ctx, ctx.municipality);
    sums.othersShown.set(ctx.municipality, (shown = shownYears(sums.persons.map((x, i) => x - (own[i] ?? 0)))));
  }
  return shown[t] === true;
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
export function buyersShown(ctx: MemberContext, buyers: readonly string[], t: number): boolean {
  return shownOnce(memberSums(ctx, buyers).persons)[t] === true;
}

import type { Sheet } from '../sheet-model.js';
import type { YearVector } from '../../../engine/index.js';
import type { Quantity } from '../../../model/formula.js';
import { writeMark, writeText, writeValue } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import { UNIT_COLUMN, yearColumn } from '../layout.js';
import { FORMAT } from '../styles.js';

/** The population quantities, in the order the sheet shows them. */
export const QUANTITIES = ['fte', 'se', 'headcount'] as const;

/** A row of figures, each where `shown`, else the small-cell mark. */
export function writeVolumes(ws: Sheet, ctx: WorkbookContext, row: number, values: YearVector, unit: string, shown: (t: number) => boolean): void {
  writeText(ws, row, UNIT_COLUMN, unit);
  values.forEach((x, t) => {
    if (shown(t)) writeValue(ws, row, yearColumn(t), x, 'engine', FORMAT.quantity);
    else writeSuppressed(ws, ctx, row, yearColumn(t));
  });
}

/** The mark of a figure about 1 to 4 people (small cells). */
export function writeSuppressed(ws: Sheet, ctx: WorkbookContext, row: number, column: number): void {
  writeMark(ws, row, column, ctx.labels.population.suppressed);
}

export function quantityLabel(ctx: WorkbookContext, quantity: Quantity): string {
  return ctx.labels.population[quantity];
}

export function unitOf(ctx: WorkbookContext, quantity: Quantity): string {
  return quantity === 'headcount' ? ctx.labels.population.persons : quantity.toUpperCase();
}

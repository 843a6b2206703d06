import type { Sheet } from './sheet-model.js';
import { writeMark } from './cells.js';
import { HEADER_ROW, address, yearColumn } from './layout.js';

/*
 * The break-even year, the same on a configuration sheet and on the comparison's per-year
 * sheet (docs/methodology.md §5).
 */

/**
 * The break-even year over a row of 1/0 "settled from this year" flags: the year above the
 * first 1. `INDEX(row, 1, n)` names row and column, which every spreadsheet program reads
 * alike; a one-argument `INDEX(row, n)` on a row is read as a row index by Gnumeric.
 */
export function breakEvenFormula(years: number, flags: string, never: string): string {
  const header = `${address(yearColumn(0), HEADER_ROW, true)}:${address(yearColumn(years - 1), HEADER_ROW, true)}`;
  return `IFERROR(INDEX(${header},1,MATCH(1,${flags},0)),"${never}")`;
}

/** A row of "n.v.t." over the timeline, where a figure has no meaning (the baseline against itself). */
export function writeNotApplicable(ws: Sheet, row: number, years: number, text: string): void {
  for (let t = 0; t < years; t++) writeMark(ws, row, yearColumn(t), text);
}

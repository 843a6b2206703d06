import type ExcelJS from 'exceljs';
import type { SheetCell, SheetRow } from './sheet-model.js';
import type { Dec } from '../../model/decimal.js';

/**
 * Number formats, each defined once for every workbook. Colour follows meaning, never the
 * sign alone: a plain amount (a cost, a revenue, a net cost, an input) is never coloured; a
 * difference with the baseline or between scenarios (`difference`, `costChange`) is red where
 * it is a disadvantage (positive: dearer) and neutral where it is an advantage (negative:
 * cheaper), whose cells the sheets may fill green. Differences show their sign: `+1.234`,
 * `-1.234`. See docs/methodology.md#the-workbook.
 */
export const FORMAT = {
  money: '#,##0;-#,##0',
  /** Small money (rates per SE, FTE or inhabitant below {@link CENTS_BELOW}): with cents, so that € 2,50 does not show as 3. */
  moneyCents: '#,##0.00;-#,##0.00',
  /** A difference in cost (alternative − baseline): dearer is red, cheaper neutral. */
  difference: '[Red]+#,##0;-#,##0;0',
  rate: '0.00%',
  quantity: '#,##0.0',
  key: '0.0000',
  factor: '0.0000',
  year: '0',
  integer: '#,##0',
  /** A change (B − A) of an input of a comparison: neither good nor bad, so not coloured; zero shows as a dash, so that what changed stands out. */
  moneyChange: '+#,##0;-#,##0;"–"',
  /** The same for small money (see {@link FORMAT.moneyCents}). */
  moneyCentsChange: '+#,##0.00;-#,##0.00;"–"',
  /** A change (B − A) of a cost result of a comparison: dearer is red, cheaper neutral; zero a dash. */
  costChange: '[Red]+#,##0;-#,##0;"–"',
  rateChange: '+0.00%;-0.00%;"–"',
  yearsChange: '+0;-0;0',
} as const;

/** Money below this many euros (a rate per SE, FTE or inhabitant) shows cents. */
export const CENTS_BELOW = 100;

/**
 * The money format of a row of amounts: with cents where a non-zero amount is below
 * {@link CENTS_BELOW} euros (a small rate), whole euros otherwise.
 */
export function moneyFormatFor(values: Iterable<Dec | number | string | boolean | null | undefined>): string {
  for (const v of values) {
    const x = typeof v === 'number' ? v : typeof v === 'object' && v !== null ? v.toNumber() : undefined;
    if (x !== undefined && x !== 0 && Math.abs(x) < CENTS_BELOW) return FORMAT.moneyCents;
  }
  return FORMAT.money;
}

/** Chart colours by meaning: an advantage (cheaper) green, a disadvantage (dearer) red; series of no meaning never take these. */
export const MEANING_COLOURS = { advantage: '548235', disadvantage: 'C00000' } as const;

const INPUT_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0000FF' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const ENGINE_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF1F4E79' } };
const ENGINE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
export const CHEAPEST_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' }, fgColor: { argb: 'FFC6EFCE' } };

/** The three kinds of cell the legend explains (inputs look like inputs). */
export type CellKind = 'input' | 'engine' | 'formula';

/** Styles a cell as an input (blue on yellow), an engine value (dark blue on light blue) or a formula (black). */
export function styleCell(cell: SheetCell, kind: CellKind, numFmt?: string): void {
  if (kind === 'input') {
    cell.font = INPUT_FONT;
    cell.fill = INPUT_FILL;
  } else if (kind === 'engine') {
    cell.font = ENGINE_FONT;
    cell.fill = ENGINE_FILL;
  }
  if (numFmt !== undefined) cell.numFmt = numFmt;
}

export function styleTitle(cell: SheetCell): void {
  cell.font = { bold: true, size: 14, color: { argb: 'FF1F4E79' } };
}

export function styleHeader(row: SheetRow): void {
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.fill = HEADER_FILL;
  row.alignment = { vertical: 'middle' };
}

export function styleSection(cell: SheetCell): void {
  cell.font = { bold: true, color: { argb: 'FF1F4E79' } };
}

export function styleTotal(row: SheetRow): void {
  row.font = { bold: true };
  row.border = { top: { style: 'thin' } };
}

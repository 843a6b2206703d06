import type ExcelJS from 'exceljs';

/** Number formats: whole euros with negatives in red, rates as percentages, quantities with decimals. */
export const FORMAT = {
  money: '#,##0;[Red]-#,##0',
  rate: '0.00%',
  quantity: '#,##0.0',
  key: '0.0000',
  factor: '0.0000',
  year: '0',
  integer: '#,##0',
  /** Differences (B − A) of a comparison: zero shows as a dash, so that what changed stands out. */
  moneyChange: '#,##0;[Red]-#,##0;"–"',
  rateChange: '0.00%;[Red]-0.00%;"–"',
  yearsChange: '+0;-0;0',
} as const;

const INPUT_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0000FF' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const ENGINE_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF1F4E79' } };
const ENGINE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
export const CHEAPEST_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' }, fgColor: { argb: 'FFC6EFCE' } };

/** The three kinds of cell the legend explains (inputs look like inputs). */
export type CellKind = 'input' | 'engine' | 'formula';

/** Styles a cell as an input (blue on yellow), an engine value (dark blue on light blue) or a formula (black). */
export function styleCell(cell: ExcelJS.Cell, kind: CellKind, numFmt?: string): void {
  if (kind === 'input') {
    cell.font = INPUT_FONT;
    cell.fill = INPUT_FILL;
  } else if (kind === 'engine') {
    cell.font = ENGINE_FONT;
    cell.fill = ENGINE_FILL;
  }
  if (numFmt !== undefined) cell.numFmt = numFmt;
}

export function styleTitle(cell: ExcelJS.Cell): void {
  cell.font = { bold: true, size: 14, color: { argb: 'FF1F4E79' } };
}

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.fill = HEADER_FILL;
  row.alignment = { vertical: 'middle' };
}

export function styleSection(cell: ExcelJS.Cell): void {
  cell.font = { bold: true, color: { argb: 'FF1F4E79' } };
}

export function styleTotal(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.border = { top: { style: 'thin' } };
}

import { cellText, type Book, type FormulaValue, type Sheet, type SheetCell } from './sheet-model.js';
import type { Dec } from '../../model/decimal.js';
import { InternalError } from '../../errors.js';
import { FORMAT, styleCell, styleHeader, styleTitle, type CellKind } from './styles.js';
import { fitToNumbers } from './print-layout.js';
import { FIRST_YEAR_COLUMN, HEADER_ROW, LABEL_COLUMN, UNIT_COLUMN, VALUE_COLUMN, yearColumn } from './layout.js';

/** Width of a column of long texts (sources), which wrap: narrow enough that the timeline prints readably on A4. */
export const WRAP_COLUMN_WIDTH = 26;

/** What a cell holds or a formula's cached result is: the engine's figure, a flag, a text, or nothing. */
export type CellValue = Dec | number | boolean | string | null;

function plain(value: CellValue): number | boolean | string | null {
  return value === null || typeof value !== 'object' ? value : value.toNumber();
}

/**
 * The cell at a row and column, made if new. Through the row: the sheet's own
 * `getCell(row, column)` spells the address out and parses it back, for every one of a
 * workbook's thousands of cells.
 */
export function cellAt(ws: Sheet, row: number, column: number): SheetCell {
  return ws.getRow(row).getCell(column);
}

/** A formula with the engine's value as its cached result (Excel shows the cached results until it recalculates). */
export function writeFormula(ws: Sheet, row: number, column: number, formula: string, result: CellValue, numFmt?: string): void {
  const cell = cellAt(ws, row, column);
  const value = plain(result);
  cell.value = (value === null ? { formula } : { formula, result: value }) as FormulaValue;
  styleCell(cell, 'formula', numFmt);
}

/** A plain value: an input, or a figure the engine computed from personal data. */
export function writeValue(ws: Sheet, row: number, column: number, value: CellValue, kind: CellKind, numFmt?: string): void {
  const cell = cellAt(ws, row, column);
  cell.value = plain(value);
  styleCell(cell, kind, numFmt);
}

/** A text that stands where a figure would (the small-cell mark), aligned like one. */
export function writeMark(ws: Sheet, row: number, column: number, text: string): void {
  const cell = cellAt(ws, row, column);
  cell.value = text;
  cell.alignment = { horizontal: 'right' };
}

/**
 * A text cell. `wrap` (the width of the column it wraps in) makes the text wrap; the print
 * layout measures the wrapped lines and sizes the row (print-layout.ts).
 */
export function writeText(ws: Sheet, row: number, column: number, text: string, options: { bold?: boolean; italic?: boolean; indent?: number; wrap?: number } = {}): SheetCell {
  const cell = cellAt(ws, row, column);
  cell.value = text;
  if (options.bold === true || options.italic === true) cell.font = { bold: options.bold === true, italic: options.italic === true };
  if (options.indent !== undefined) cell.alignment = { indent: options.indent };
  if (options.wrap !== undefined) cell.alignment = { wrapText: true, vertical: 'top' };
  return cell;
}

/** Column widths, frozen title rows and label columns, and print setup for a sheet on the timeline. */
export function setUpTimelineSheet(
  ws: Sheet,
  title: string,
  subtitle: string,
  years: readonly number[],
  headers: { item: string; unit: string; value: string; after?: string },
  footer: string,
): void {
  writeText(ws, 1, LABEL_COLUMN, title);
  styleTitle(ws.getCell(1, LABEL_COLUMN));
  writeText(ws, 2, LABEL_COLUMN, subtitle, { italic: true });
  // the label wraps where it is long (print-layout.ts): the narrower the columns, the larger the print
  ws.getColumn(LABEL_COLUMN).width = 40;
  ws.getColumn(UNIT_COLUMN).width = 10;
  ws.getColumn(VALUE_COLUMN).width = 12;
  const header = ws.getRow(HEADER_ROW);
  header.getCell(LABEL_COLUMN).value = headers.item;
  header.getCell(UNIT_COLUMN).value = headers.unit;
  header.getCell(VALUE_COLUMN).value = headers.value;
  years.forEach((year, t) => {
    const cell = header.getCell(yearColumn(t));
    cell.value = year;
    cell.numFmt = FORMAT.year;
    ws.getColumn(yearColumn(t)).width = 13;
  });
  fitToNumbers(ws, FIRST_YEAR_COLUMN, yearColumn(years.length - 1), 8);
  if (headers.after !== undefined) {
    header.getCell(yearColumn(years.length)).value = headers.after;
    // long texts (sources) wrap in a fixed width, so that a printed page stays readable
    ws.getColumn(yearColumn(years.length)).width = WRAP_COLUMN_WIDTH;
  }
  styleHeader(header);
  ws.views = [{ state: 'frozen', xSplit: FIRST_YEAR_COLUMN - 1, ySplit: HEADER_ROW, topLeftCell: `D${HEADER_ROW + 1}`, activeCell: 'A1' }];
  setUpPrinting(ws, footer, `1:${HEADER_ROW}`);
}

/** Excel's longest header or footer, its format codes (`&P`, `&&`) included: a longer one makes Excel repair the file. */
const MAX_HEADER_FOOTER = 255;
/** Excel's longest text in a cell. */
const MAX_CELL_TEXT = 32_767;

/** The footer as Excel stores it: the text on the left (an `&` doubled), the page number on the right, small. */
function footerCodes(text: string): string {
  return `&L&8${text.replace(/&/g, '&&')}&R&8&P / &N`;
}

/**
 * The footer of every page of a report: its title, then the version and date that make the
 * report traceable. A title too long for Excel's footer (long names) is shortened with "…";
 * the version and the date always stay.
 */
export function pageFooter(title: string, version: string, date: string | undefined): string {
  const tail = ` — soweco-bc ${version}${date === undefined ? '' : `, ${date}`}`;
  const room = MAX_HEADER_FOOTER - footerCodes(tail).length;
  if (footerCodes(title).length - footerCodes('').length <= room) return `${title}${tail}`;
  let shortened = '';
  let used = 1; // the "…"
  for (const c of title) {
    used += c === '&' ? 2 : c.length;
    if (used > room) break;
    shortened += c;
  }
  return `${shortened}…${tail}`;
}

/**
 * Cuts a text longer than an Excel cell can hold (Excel would repair the file and drop it)
 * to fit, ending in "…". The input limits keep every single text far shorter; only a long
 * list joined into one cell (many overrides, many warnings) can come near.
 */
export function fitCellTexts(wb: Book): void {
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const text = cellText(cell);
        if (text !== undefined && text.length > MAX_CELL_TEXT) cell.value = cutText(text, MAX_CELL_TEXT);
      });
    });
  });
}

/** `text` in at most `max` UTF-16 units, ending in "…", never splitting a surrogate pair. */
function cutText(text: string, max: number): string {
  const end = max - 1;
  const split = /[\ud800-\udbff]/.test(text.charAt(end - 1));
  return `${text.slice(0, split ? end - 1 : end)}…`;
}

/**
 * Title rows repeated, page numbers in the footer (made by {@link pageFooter}); the paper,
 * orientation, scale and page breaks follow when the sheet is complete (print-layout.ts).
 */
export function setUpPrinting(ws: Sheet, footer: string, titleRows?: string): void {
  ws.pageSetup = {
    ...(titleRows === undefined ? {} : { printTitlesRow: titleRows }),
  };
  const oddFooter = footerCodes(footer);
  if (oddFooter.length > MAX_HEADER_FOOTER) throw new InternalError(`a footer of ${oddFooter.length} characters: pageFooter keeps it within ${MAX_HEADER_FOOTER}`);
  ws.headerFooter = { oddFooter };
}

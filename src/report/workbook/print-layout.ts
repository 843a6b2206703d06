import type ExcelJS from 'exceljs';
import { cellIsBlank, cellText, type Book, type Sheet, type SheetRow } from './sheet-model.js';
import type { ChartSpec } from './charts/chart-spec.js';
import { columnLetter } from './layout.js';
import { pageBreaks, spanHeight, type RowSpan } from './page-breaks.js';
import { DEFAULT_FONT, DEFAULT_FONT_SIZE, DEFAULT_ROW_HEIGHT, columnPoints, lineHeight, textRoom, textWidth, widestNumber, widestWord, wrappedLines, type FontSpec } from './text-width.js';

/*
 * The print layout of a finished sheet (README, "Printing"): texts that would be cut wrap,
 * rows grow to hold them, the scale fits the print area to the page width (pages run
 * downward), and explicit page breaks keep every table and chart on one page.
 */

/** A4 in points, portrait. */
const A4 = { width: 595.28, height: 841.89 } as const;
/** The page margins in inches, as the page setup stores them. */
export const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;
/**
 * The share of the page the layout fills: the programs round widths and heights each in
 * their own way, and a page filled to the last point would spill a row or a column.
 */
const WIDTH_USE = 0.97;
const HEIGHT_USE = 0.94;
/** The smallest print scale (percent) the layout shrinks a sheet to so that a table stays on one page: smaller print is hard to read. */
const MIN_FIT_SCALE = 65;
/** Excel's most manual page breaks in a sheet. */
const MAX_BREAKS = 1026;
/** Excel's default column width, for a column whose width the sheet does not set. */
const DEFAULT_COLUMN_WIDTH = 9.140625;

/** The room for the print area on a page, in points, at 100%. */
export function pageRoom(orientation: 'portrait' | 'landscape'): { width: number; height: number } {
  const [width, height] = orientation === 'portrait' ? [A4.width, A4.height] : [A4.height, A4.width];
  return { width: (width - 72 * (MARGINS.left + MARGINS.right)) * WIDTH_USE, height: (height - 72 * (MARGINS.top + MARGINS.bottom)) * HEIGHT_USE };
}

/** The tables and other row spans of each sheet to keep on one page, until the sheet is laid out. */
const spansOf = new WeakMap<Sheet, RowSpan[]>();

/** Marks rows `first` to `last` (a table with its title, header and notes) to be printed on one page. */
export function keepTogether(ws: Sheet, first: number, last: number): void {
  const spans = spansOf.get(ws) ?? [];
  spans.push({ first, last });
  spansOf.set(ws, spans);
}

/** Column ranges of each sheet whose width follows their widest number, until the sheet is laid out. */
const numberColumnsOf = new WeakMap<Sheet, (RowSpan & { min: number })[]>();

/**
 * Makes columns `first` to `last` (the years of a timeline) as narrow as their widest number
 * allows, at least `min` wide: the narrower the columns, the larger the print.
 */
export function fitToNumbers(ws: Sheet, first: number, last: number, min: number): void {
  numberColumnsOf.set(ws, [...(numberColumnsOf.get(ws) ?? []), { first, last, min }]);
}

function narrowToNumbers(ws: Sheet): void {
  const ranges = numberColumnsOf.get(ws) ?? [];
  const numbers = new Map<number, { value: number; numFmt: string | undefined }[]>();
  for (const { first, last } of ranges) for (let c = first; c <= last; c++) numbers.set(c, []);
  // one pass over the rows for all columns; not Column.eachCell, which would create the column's empty cells
  ws.eachRow((row) => {
    for (const [c, column] of numbers) {
      const cell = row.findCell(c);
      // a formula shows its cached result
      const value = cell?.formula === undefined ? cell?.value : cell.result;
      if (typeof value === 'number') column.push({ value, numFmt: cell?.numFmt });
    }
  });
  for (const { first, last, min } of ranges) {
    for (let c = first; c <= last; c++) {
      const widest = widestNumber(numbers.get(c) ?? []);
      // a digit to spare (it covers the cell's padding): Excel shows "###" rather than a number that does not fit
      ws.getColumn(c).width = Math.max(min, Math.ceil(((widest + textWidth('0')) / columnPoints(1)) * 2) / 2);
    }
  }
  numberColumnsOf.delete(ws);
}

/** The rows a chart covers: its anchor counts rows from 0, and ends at the top of its `to` row. */
export function chartRows(spec: ChartSpec): RowSpan {
  return { first: spec.anchor.from.row + 1, last: Math.max(spec.anchor.from.row + 1, spec.anchor.to.row) };
}

/** Lays out every sheet of a workbook for print; `charts` are the charts the packaging step adds, per sheet name. */
export function layOutForPrint(wb: Book, charts: readonly { sheet: string; specs: readonly ChartSpec[] }[]): void {
  wb.eachSheet((ws) => layOutSheet(ws, charts.filter((c) => c.sheet === ws.name).flatMap((c) => c.specs)));
}

function layOutSheet(ws: Sheet, charts: readonly ChartSpec[]): void {
  const area = printArea(ws, charts);
  completeFonts(ws);
  narrowToNumbers(ws);
  fitTexts(ws, area);
  const width = Array.from({ length: area.lastColumn }, (_, i) => columnPoints(ws.getColumn(i + 1).width ?? DEFAULT_COLUMN_WIDTH, 'page')).reduce((a, b) => a + b, 0);
  const orientation = width <= pageRoom('portrait').width ? 'portrait' : 'landscape';
  const room = pageRoom(orientation);
  const titles = titleRows(ws);
  const height = (row: number) => rowHeight(ws, row);
  let titleHeight = 0;
  for (let row = titles?.first ?? 1; titles !== undefined && row <= titles.last; row++) titleHeight += height(row);
  const spans = [...(spansOf.get(ws) ?? []), ...charts.map(chartRows), ...headings(ws, area.lastRow)];
  const scale = printScale(room, width, titleHeight, spans.map((span) => spanHeight({ height }, span)));
  const capacity = (room.height * 100) / scale - titleHeight;
  // Excel holds at most 1,026 manual breaks a sheet (it repairs a file with more): past them, the program's own breaks
  for (const row of pageBreaks({ firstRow: 1, lastRow: area.lastRow, height, capacity }, spans).slice(0, MAX_BREAKS)) ws.getRow(row).addPageBreak();
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    margins: { ...MARGINS },
    orientation,
    // an explicit scale and not "fit to 1 page wide": Excel ignores manual breaks under "fit to"
    fitToPage: false,
    scale,
    // exceljs puts a "$" before each corner: "A$1" becomes the absolute "$A$1"
    printArea: `A$1:${columnLetter(area.lastColumn)}$${area.lastRow}`,
  };
  spansOf.delete(ws);
}

/**
 * The print scale in percent: the print area fits the page width, and the sheet shrinks
 * further, down to {@link MIN_FIT_SCALE}, so that its tallest table or chart fits on one page.
 * A span that would need a smaller scale is left to break (its repeated header row carries it).
 */
function printScale(room: { width: number; height: number }, width: number, titleHeight: number, spanHeights: readonly number[]): number {
  const toWidth = Math.max(10, Math.min(100, Math.floor((100 * room.width) / width)));
  const scaleFor = (h: number) => Math.floor((100 * room.height) / (h + titleHeight));
  const fitting = spanHeights.map(scaleFor).filter((s) => s >= MIN_FIT_SCALE);
  return Math.min(toWidth, ...fitting);
}

/**
 * A heading stays with the row after it: a row whose only text is a bold label in column A,
 * followed by a row that holds something (a section title over its first rows).
 */
function headings(ws: Sheet, lastRow: number): RowSpan[] {
  const spans: RowSpan[] = [];
  for (let r = 1; r < lastRow; r++) {
    const row = ws.findRow(r);
    const first = row?.findCell(1);
    if (row === undefined || first?.font?.bold !== true || cellText(first) === undefined || first.fill?.type === 'pattern') continue;
    const alone = Array.from({ length: row.cellCount - 1 }, (_, i) => isBlankAt(row, i + 2)).every((blank) => blank);
    const next = ws.findRow(r + 1);
    if (alone && next !== undefined && next.hasValues) spans.push({ first: r, last: r + 1 });
  }
  return spans;
}

/** The last column and row that print: the sheet's print area if it set one, else every cell and chart. */
function printArea(ws: Sheet, charts: readonly ChartSpec[]): { lastColumn: number; lastRow: number } {
  const set = /:\$?([A-Z]+)\$?(\d+)$/.exec(ws.pageSetup.printArea ?? '');
  if (set !== null && set[1] !== undefined && set[2] !== undefined) return { lastColumn: columnNumber(set[1]), lastRow: Number(set[2]) };
  return {
    lastColumn: Math.max(1, ws.columnCount, ...charts.map((c) => c.anchor.to.column)),
    lastRow: Math.max(1, ws.rowCount, ...charts.map((c) => chartRows(c).last)),
  };
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function titleRows(ws: Sheet): RowSpan | undefined {
  const match = /^\$?(\d+):\$?(\d+)$/.exec(ws.pageSetup.printTitlesRow ?? '');
  return match === null ? undefined : { first: Number(match[1]), last: Number(match[2]) };
}

/** A row's printed height in points: set by the sheet or by {@link fitTexts}, else the default. */
export function rowHeight(ws: Sheet, row: number): number {
  return ws.findRow(row)?.height ?? DEFAULT_ROW_HEIGHT;
}

/**
 * Makes every text readable on paper: a text wider than its column that would be cut (the
 * next cell is filled, or the page ends) wraps; a column grows to its longest unbreakable
 * word; a row grows to hold its wrapped lines, its cells then aligned to the top.
 */
function fitTexts(ws: Sheet, area: { lastColumn: number; lastRow: number }): void {
  for (let r = 1; r <= area.lastRow; r++) {
    const row = ws.findRow(r);
    if (row === undefined) continue;
    let needed = 0;
    let wrapped = false;
    // a row of body text is as tall as its wrapped lines; a header row keeps the height its sheet gave it, if taller
    let body = false;
    for (let c = 1; c <= area.lastColumn; c++) {
      const cell = row.findCell(c);
      const text = cell === undefined ? undefined : cellText(cell);
      if (cell === undefined || text === undefined || text === '') continue;
      const font: FontSpec = { size: cell.font?.size ?? DEFAULT_FONT_SIZE, bold: cell.font?.bold === true };
      if (cell.alignment?.wrapText !== true) {
        const width = textWidth(text, font);
        if (width > textRoom(columnPoints(ws.getColumn(c).width ?? DEFAULT_COLUMN_WIDTH)) && isCut(ws, r, c, area.lastColumn, width)) cell.alignment = { ...cell.alignment, wrapText: true };
      }
      if (cell.alignment?.wrapText === true) {
        // a header's words stay whole (a body text's long word, a web address, breaks over lines)
        if (cell.fill?.type === 'pattern') widenToWord(ws, c, widestWord(text, font));
        const lines = wrappedLines(text, textRoom(columnPoints(ws.getColumn(c).width ?? DEFAULT_COLUMN_WIDTH)), font).length;
        wrapped ||= lines > 1;
        body ||= cell.fill?.type !== 'pattern';
        needed = Math.max(needed, lines * lineHeight(font.size) + (lines > 1 ? 2 : 0));
      } else needed = Math.max(needed, lineHeight(font.size));
    }
    if (needed > (row.height ?? DEFAULT_ROW_HEIGHT) || (body && row.height !== undefined)) row.height = Math.max(needed, DEFAULT_ROW_HEIGHT);
    if (wrapped) alignTop(row, area.lastColumn);
  }
}

/**
 * Whether a text wider than its cell would be cut or lost: it may run on over the empty
 * cells to its right up to the print area's edge, unless it is aligned otherwise or its cell
 * is a box of its own (a filled header cell).
 */
function isCut(ws: Sheet, r: number, column: number, lastColumn: number, width: number): boolean {
  const row = ws.findRow(r);
  const cell = row?.findCell(column);
  const alignment = cell?.alignment?.horizontal;
  if ((alignment !== undefined && alignment !== 'left') || cell?.fill?.type === 'pattern') return true;
  let room = textRoom(columnPoints(ws.getColumn(column).width ?? DEFAULT_COLUMN_WIDTH));
  for (let next = column + 1; next <= lastColumn && isBlankAt(row, next); next++) room += columnPoints(ws.getColumn(next).width ?? DEFAULT_COLUMN_WIDTH);
  return width > room;
}

/** Whether the cell at a column of a row shows nothing (or is not there). */
function isBlankAt(row: SheetRow | undefined, column: number): boolean {
  const cell = row?.findCell(column);
  return cell === undefined || cellIsBlank(cell);
}

function widenToWord(ws: Sheet, column: number, word: number): void {
  const col = ws.getColumn(column);
  const room = textRoom(columnPoints(col.width ?? DEFAULT_COLUMN_WIDTH));
  if (word > room) col.width = Math.ceil(((word - room) / columnPoints(1) + (col.width ?? DEFAULT_COLUMN_WIDTH)) * 2) / 2;
}

/**
 * Gives every cell font that names no typeface the default font and size: the style sheet
 * would hold a font without a name, which LibreOffice prints in a serif fallback, wider and
 * smaller than the sheet was laid out for.
 */
function completeFonts(ws: Sheet): void {
  // cells that shared a font share its completed one (fonts are replaced, never changed in place)
  const completed = new Map<object, Partial<ExcelJS.Font>>();
  const complete = (font: Partial<ExcelJS.Font>) => {
    let done = completed.get(font);
    if (done === undefined) {
      done = { ...DEFAULT_FONT, ...font };
      completed.set(font, done);
    }
    return done;
  };
  // empty cells too: a bold total row's empty cells print its rule, and a figure typed there takes their font
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.font !== undefined && cell.font.name === undefined) cell.font = complete(cell.font);
    }),
  );
}

/** Top-aligns the cells of a row of several lines that set no vertical alignment: a figure sits on its label's first line. */
function alignTop(row: SheetRow, lastColumn: number): void {
  for (let c = 1; c <= lastColumn; c++) {
    const cell = row.findCell(c);
    if (cell === undefined || cell.value === null || cell.value === undefined || cell.alignment?.vertical !== undefined) continue;
    cell.alignment = { ...cell.alignment, vertical: 'top' };
  }
}

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { keptWhole, pageStarts, spanHeight, type RowSpan } from '../../src/report/workbook/page-breaks.js';
import { DEFAULT_FONT_SIZE, DEFAULT_ROW_HEIGHT, columnPoints, lineHeight, textRoom, textWidth, widestWord, wrappedLines } from '../../src/report/workbook/text-width.js';

/*
 * The print check (README, "Printing"; `npm run check:print`): reads a workbook's print setup,
 * row heights, page breaks, tables and chart anchors, works out where its pages start as a
 * spreadsheet program paginates (manual breaks, and wherever the next row no longer fits),
 * and checks that no table or chart is split and no header text is cut; then checks the PDF
 * LibreOffice printed of it: the same number of pages, and each table's header on the page
 * that holds its last row.
 */

/** A4 in points and the page setup's margins, as the spreadsheet programs print them (no safety share). */
const A4 = { width: 595.28, height: 841.89 };
const DEFAULT_COLUMN_WIDTH = 9.140625;

interface Table {
  readonly kind: 'table' | 'chart';
  readonly span: RowSpan;
  /** The header row of a table. */
  readonly header?: number;
  /** The text of its first cell and of its last row's first cell, to find on the printed page. */
  readonly texts: readonly string[];
}

interface SheetPages {
  readonly name: string;
  readonly starts: readonly number[];
  readonly tables: readonly Table[];
}

/** The problems found in one workbook and its PDF; empty when it prints right. */
export async function checkPrint(xlsxPath: string, pdfPath: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  const parts = await sheetParts(xlsxPath);
  const problems: string[] = [];
  const sheets: SheetPages[] = [];
  wb.eachSheet((ws) => {
    const sheet = checkSheet(ws, parts.get(ws.name) ?? { charts: [], breaks: [] }, problems);
    sheets.push(sheet);
  });
  problems.push(...checkPdf(pdfPath, sheets));
  return problems;
}

function checkSheet(ws: ExcelJS.Worksheet, { charts, breaks }: SheetParts, problems: string[]): SheetPages {
  const at = (text: string) => problems.push(`${ws.name}: ${text}`);
  const area = printArea(ws, charts);
  const widths = Array.from({ length: area.lastColumn }, (_, i) => columnPoints(ws.getColumn(i + 1).width ?? DEFAULT_COLUMN_WIDTH, 'page'));
  const setup = ws.pageSetup;
  const [pageWidth, pageHeight] = setup.orientation === 'landscape' ? [A4.height, A4.width] : [A4.width, A4.height];
  const margins = setup.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };
  const room = { width: pageWidth - 72 * (margins.left + margins.right), height: pageHeight - 72 * (margins.top + margins.bottom) };
  const contentWidth = widths.reduce((a, b) => a + b, 0);
  const scale = setup.fitToPage === true ? Math.min(1, room.width / contentWidth) : (setup.scale ?? 100) / 100;
  if (contentWidth * scale > room.width + 1) at(`the print area is ${Math.round(contentWidth * scale)} pt wide at ${Math.round(scale * 100)}%, the page ${Math.round(room.width)} pt: columns spill onto extra pages`);
  const height = (row: number) => rowHeight(ws, row, area.lastColumn);
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(setup.printTitlesRow ?? '');
  const titleSpan = titles === null ? undefined : { first: Number(titles[1]), last: Number(titles[2]) };
  const capacity = room.height / scale - (titleSpan === undefined ? 0 : spanHeight({ height }, titleSpan));
  const starts = pageStarts({ firstRow: 1, lastRow: area.lastRow, height, capacity }, breaks);
  const tables = [...findTables(ws, area.lastColumn), ...charts.map((span): Table => ({ kind: 'chart', span, texts: [] }))];
  for (const table of tables) {
    if (keptWhole(starts, table.span)) continue;
    const repeated = table.header !== undefined && titleSpan !== undefined && titleSpan.first <= table.header && table.header <= titleSpan.last;
    if (repeated && spanHeight({ height }, table.span) > capacity) continue;
    const cut = starts.find((s) => s > table.span.first && s <= table.span.last);
    at(`the ${table.kind} at rows ${table.span.first}–${table.span.last}${table.texts[0] === undefined ? '' : ` ("${table.texts[0]}")`} is split over two pages at row ${cut}`);
  }
  for (const table of tables) if (table.header !== undefined) checkHeaderCells(ws, table.header, area.lastColumn, at);
  const nameless = [...cellsOf(ws)].find((cell) => cell.font !== undefined && cell.font.name === undefined);
  if (nameless !== undefined) at(`the font of ${nameless.address} names no typeface: LibreOffice prints it in a fallback font`);
  checkCutTexts(ws, area, new Set(tables.flatMap((t) => (t.header === undefined ? [] : [t.header]))), at);
  return { name: ws.name, starts, tables };
}

/** A row's height as printed: set, else as tall as its largest font (and wrapped lines) needs. */
function rowHeight(ws: ExcelJS.Worksheet, r: number, lastColumn: number): number {
  const row = ws.findRow(r);
  if (row === undefined) return DEFAULT_ROW_HEIGHT;
  if (row.height !== undefined) return row.height;
  let needed = DEFAULT_ROW_HEIGHT;
  for (let c = 1; c <= lastColumn; c++) {
    const cell = row.findCell(c);
    if (cell === undefined || cell.value === null) continue;
    const size = cell.font?.size ?? DEFAULT_FONT_SIZE;
    const lines = cell.alignment?.wrapText === true && typeof cell.value === 'string'
      ? wrappedLines(cell.value, textRoom(columnPoints(ws.getColumn(c).width ?? DEFAULT_COLUMN_WIDTH)), { size, bold: cell.font?.bold === true }).length
      : 1;
    needed = Math.max(needed, lines * lineHeight(size));
  }
  return needed;
}

function printArea(ws: ExcelJS.Worksheet, charts: readonly RowSpan[]): { lastColumn: number; lastRow: number } {
  const set = /:\$?([A-Z]+)\$?(\d+)$/.exec(ws.pageSetup.printArea ?? '');
  if (set?.[1] !== undefined && set[2] !== undefined) return { lastColumn: [...set[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0), lastRow: Number(set[2]) };
  return { lastColumn: Math.max(1, ws.columnCount), lastRow: Math.max(1, ws.rowCount, ...charts.map((c) => c.last)) };
}

/**
 * The tables of a sheet: a header row (white bold text on a filled first cell) with the
 * section title just above it, down to the next empty row.
 */
function findTables(ws: ExcelJS.Worksheet, lastColumn: number): Table[] {
  const tables: Table[] = [];
  const filled = (r: number) => {
    const row = ws.findRow(r);
    for (let c = 1; row !== undefined && c <= lastColumn; c++) {
      const v = row.findCell(c)?.value;
      if (v !== null && v !== undefined && v !== '') return true;
    }
    return false;
  };
  ws.eachRow((row, r) => {
    const first = row.findCell(1);
    const isHeader = first?.fill?.type === 'pattern' && first.font?.bold === true && first.font.color?.argb === 'FFFFFFFF';
    if (!isHeader) return;
    let last = r;
    while (last < ws.rowCount && filled(last + 1)) last++;
    const top = r > 1 && filled(r - 1) ? r - 1 : r;
    const text = (n: number) => String(ws.findRow(n)?.findCell(1)?.value ?? '');
    tables.push({ kind: 'table', span: { first: top, last }, header: r, texts: [text(r), text(last)].filter((t) => t !== '') });
  });
  return tables;
}

/** No header text cut: it fits its column, or wraps within it in a row tall enough. */
function checkHeaderCells(ws: ExcelJS.Worksheet, header: number, lastColumn: number, at: (text: string) => void): void {
  const row = ws.getRow(header);
  for (let c = 1; c <= lastColumn; c++) {
    const cell = row.findCell(c);
    if (cell === undefined || cell.value === null || cell.value === undefined || typeof cell.value === 'object') continue;
    const text = String(cell.value);
    const font = { size: cell.font?.size ?? DEFAULT_FONT_SIZE, bold: cell.font?.bold === true };
    const room = textRoom(columnPoints(ws.getColumn(c).width ?? DEFAULT_COLUMN_WIDTH));
    const wraps = cell.alignment?.wrapText === true;
    const lines = wraps ? wrappedLines(text, room, font).length : 1;
    const fits = wraps ? widestWord(text, font) <= room && lines * lineHeight(font.size) <= (row.height ?? DEFAULT_ROW_HEIGHT) : textWidth(text, font) <= room;
    if (!fits) at(`the header "${text}" (${cell.address}) is cut: ${Math.round(wraps ? widestWord(text, font) : textWidth(text, font))} pt of text in ${Math.round(room)} pt${wraps ? `, ${lines} lines in a row of ${row.height ?? DEFAULT_ROW_HEIGHT} pt` : ''}`);
  }
}

/**
 * No other text cut either: a text wider than its cell that does not wrap may only run on
 * into empty cells to its right, within the print area (as a label into the unit column, or
 * the A / B marker at the end of a long label, would not).
 */
function checkCutTexts(ws: ExcelJS.Worksheet, area: { lastColumn: number; lastRow: number }, headers: ReadonlySet<number>, at: (text: string) => void): void {
  for (let r = 1; r <= area.lastRow; r++) {
    const row = ws.findRow(r);
    if (row === undefined || headers.has(r)) continue;
    for (let c = 1; c <= area.lastColumn; c++) {
      const cell = row.findCell(c);
      if (cell === undefined || typeof cell.value !== 'string' || cell.alignment?.wrapText === true) continue;
      const font = { size: cell.font?.size ?? DEFAULT_FONT_SIZE, bold: cell.font?.bold === true };
      let room = textRoom(columnPoints(ws.getColumn(c).width ?? DEFAULT_COLUMN_WIDTH));
      const aligned = cell.alignment?.horizontal;
      // a left-aligned text runs on over the empty cells to its right
      for (let next = c + 1; (aligned === undefined || aligned === 'left') && next <= area.lastColumn && isEmpty(row.findCell(next)?.value); next++) {
        room += columnPoints(ws.getColumn(next).width ?? DEFAULT_COLUMN_WIDTH);
      }
      const width = textWidth(cell.value, font);
      if (width > room) at(`the text "${cell.value.slice(0, 60)}" (${cell.address}) is cut: ${Math.round(width)} pt of text in ${Math.round(room)} pt`);
    }
  }
}

function* cellsOf(ws: ExcelJS.Worksheet): Generator<ExcelJS.Cell> {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    for (let c = 1; row !== undefined && c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (cell !== undefined) yield cell;
    }
  }
}

function isEmpty(value: ExcelJS.CellValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/** What exceljs does not read back: the rows each chart covers (from the drawing's anchors) and the manual page breaks. */
interface SheetParts {
  readonly charts: readonly RowSpan[];
  /** Rows after which a page breaks. */
  readonly breaks: readonly number[];
}

/** The {@link SheetParts} of each sheet, by name. */
async function sheetParts(xlsxPath: string): Promise<Map<string, SheetParts>> {
  const zip = await JSZip.loadAsync(readFileSync(xlsxPath));
  const read = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
  const workbook = await read('xl/workbook.xml');
  const rels = await read('xl/_rels/workbook.xml.rels');
  const result = new Map<string, SheetParts>();
  for (const [, name, id] of workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? '';
    const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const sheetXml = await read(sheetPath);
    const rowBreaks = /<rowBreaks\b.*?<\/rowBreaks>/s.exec(sheetXml)?.[0] ?? '';
    const breaks = [...rowBreaks.matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
    const sheetRels = await read(sheetPath.replace(/([^/]+)$/, '_rels/$1.rels'));
    const drawing = /Target="\.\.\/drawings\/([^"]+)"/.exec(sheetRels)?.[1];
    const xml = drawing === undefined ? '' : await read(`xl/drawings/${drawing}`);
    const charts = [...xml.matchAll(/<xdr:from>.*?<xdr:row>(\d+)<\/xdr:row>.*?<xdr:to>.*?<xdr:row>(\d+)<\/xdr:row>/g)].map((m) => ({ first: Number(m[1]) + 1, last: Number(m[2]) }));
    if (name !== undefined) result.set(name.replace(/&amp;/g, '&'), { charts, breaks });
  }
  return result;
}

/** The PDF against the expected pages: as many pages, and each table's first and last texts on its page. */
function checkPdf(pdfPath: string, sheets: readonly SheetPages[]): string[] {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const expected = sheets.reduce((n, s) => n + s.starts.length, 0);
  if (pages !== expected) return [`LibreOffice printed ${pages} pages, the layout expects ${expected} (${sheets.map((s) => `${s.name} ${s.starts.length}`).join(', ')}): a page holds less than the layout assumes`];
  const texts = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  const problems: string[] = [];
  let offset = 0;
  for (const sheet of sheets) {
    for (const table of sheet.tables) {
      const page = offset + sheet.starts.filter((s) => s <= table.span.first).length - 1;
      const missing = table.texts.filter((t) => !(texts[page] ?? '').includes(squeeze(t)));
      if (missing.length > 0) problems.push(`${sheet.name}: page ${page + 1} of the PDF should hold the table at rows ${table.span.first}–${table.span.last}, but not "${missing.join('", "')}"`);
    }
    offset += sheet.starts.length;
  }
  return problems;
}

/** The first word of a text, without spaces: pdftotext lays a wrapped cell out over several lines, between its neighbours' text. */
function squeeze(text: string): string {
  return text.trim().split(/\s+/)[0] ?? '';
}

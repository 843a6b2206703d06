import type ExcelJS from 'exceljs';
import { InternalError } from '../../errors.js';
import { address } from './layout.js';

/*
 * The workbook the sheets are written into: a lean model of the part of exceljs's document
 * model (Workbook, Worksheet, Row, Cell, Column) that the reports use, with the same
 * behaviour (a new cell takes its row's and column's style; a row's style goes to every
 * cell it has; merged cells share their master's style), so that book-parts.ts renders the
 * very XML exceljs renders. exceljs builds objects of value, style and model for every cell
 * and is slow to load; this holds plain fields. test/report/book-oracle.test.ts writes every
 * kind of workbook through both and compares the packages part by part.
 */

/** What a cell holds, as exceljs tells values apart (the numbers are exceljs's ValueType). */
export const ValueType = { Null: 0, Merge: 1, Number: 2, String: 3, Formula: 6, Boolean: 9 } as const;
type ValueTypeCode = (typeof ValueType)[keyof typeof ValueType];

/** A formula and its cached result, as a cell's value. */
export interface FormulaValue {
  readonly formula: string;
  readonly result?: number | string | boolean;
}

/** What may be put in a cell. */
export type CellInput = number | string | boolean | null | undefined | FormulaValue;

/** A cell's (or row's, or column's) style, as exceljs keeps it. */
export interface CellStyle {
  numFmt?: string | undefined;
  font?: Partial<ExcelJS.Font> | undefined;
  fill?: ExcelJS.Fill | undefined;
  alignment?: Partial<ExcelJS.Alignment> | undefined;
  border?: Partial<ExcelJS.Borders> | undefined;
}

/** A new cell's style: its row's, else its column's, part by part (exceljs's Cell._mergeStyle, which takes a part that is set). */
function mergedStyle(row: CellStyle, column: CellStyle): CellStyle {
  const style: CellStyle = {};
  const numFmt = row.numFmt || column.numFmt;
  if (numFmt) style.numFmt = numFmt;
  const font = row.font || column.font;
  if (font) style.font = font;
  const alignment = row.alignment || column.alignment;
  if (alignment) style.alignment = alignment;
  const border = row.border || column.border;
  if (border) style.border = border;
  const fill = row.fill || column.fill;
  if (fill) style.fill = fill;
  return style;
}

/** One cell of a sheet. */
export class SheetCell {
  type: ValueTypeCode = ValueType.Null;
  private content: number | string | boolean | FormulaValue | null = null;
  /** The cell this one is merged into, for a merged cell. */
  master: SheetCell | undefined;
  style: CellStyle;

  constructor(
    readonly row: number,
    readonly col: number,
    rowStyle: CellStyle,
    columnStyle: CellStyle,
  ) {
    this.style = mergedStyle(rowStyle, columnStyle);
  }

  get address(): string {
    return address(this.col, this.row);
  }

  get value(): number | string | boolean | FormulaValue | null {
    if (this.master !== undefined) return this.master.value;
    const content = this.content;
    if (typeof content !== 'object' || content === null) return content;
    // exceljs copies a formula's truthy fields only
    return { formula: content.formula, ...(content.result ? { result: content.result } : {}) };
  }

  set value(value: CellInput) {
    if (this.master !== undefined) {
      this.master.value = value;
      return;
    }
    this.type = typeOf(value);
    this.content = value ?? null;
  }

  /** The formula of a formula cell. */
  get formula(): string | undefined {
    return this.type === ValueType.Formula ? (this.content as FormulaValue).formula : undefined;
  }

  /** The cached result of a formula cell. */
  get result(): number | string | boolean | undefined {
    return this.type === ValueType.Formula ? (this.content as FormulaValue).result : undefined;
  }

  /** What the package stores: the value itself, or the formula with its result. */
  get stored(): number | string | boolean | FormulaValue | null {
    return this.content;
  }

  get numFmt(): string | undefined {
    return this.style.numFmt;
  }
  set numFmt(value: string | undefined) {
    this.style.numFmt = value;
  }
  get font(): Partial<ExcelJS.Font> | undefined {
    return this.style.font;
  }
  set font(value: Partial<ExcelJS.Font> | undefined) {
    this.style.font = value;
  }
  get fill(): ExcelJS.Fill | undefined {
    return this.style.fill;
  }
  set fill(value: ExcelJS.Fill | undefined) {
    this.style.fill = value;
  }
  get alignment(): Partial<ExcelJS.Alignment> | undefined {
    return this.style.alignment;
  }
  set alignment(value: Partial<ExcelJS.Alignment> | undefined) {
    this.style.alignment = value;
  }
  get border(): Partial<ExcelJS.Borders> | undefined {
    return this.style.border;
  }
  set border(value: Partial<ExcelJS.Borders> | undefined) {
    this.style.border = value;
  }

  /** Makes this cell part of `master`'s merged range: it shows the master's value in the master's style. */
  mergeInto(master: SheetCell): void {
    this.type = ValueType.Merge;
    this.content = null;
    this.master = master;
    this.style = master.style;
  }
}

/*
 * What the print layout asks of every cell, read through the cell's type and value only (as
 * exceljs's cells have them too, for the oracle test), so that a formula cell is not asked
 * for its value, which is built anew at each reading.
 */

/** The text a cell shows (its master's, for a merged cell), or undefined for any other value. */
export function cellText(cell: SheetCell): string | undefined {
  if (cell.type === ValueType.String) return cell.value as string;
  if (cell.type !== ValueType.Merge) return undefined;
  const value = cell.value;
  return typeof value === 'string' ? value : undefined;
}

/** Whether a cell shows nothing: no value, or an empty text (its master's, for a merged cell). */
export function cellIsBlank(cell: SheetCell): boolean {
  if (cell.type === ValueType.Null) return true;
  if (cell.type === ValueType.String) return cell.value === '';
  if (cell.type !== ValueType.Merge) return false;
  const value = cell.value;
  return value === null || value === undefined || value === '';
}

function typeOf(value: CellInput): ValueTypeCode {
  if (value === null || value === undefined) return ValueType.Null;
  if (typeof value === 'string') return ValueType.String;
  if (typeof value === 'number') return ValueType.Number;
  if (typeof value === 'boolean') return ValueType.Boolean;
  if (typeof value.formula === 'string' && value.formula !== '') return ValueType.Formula;
  throw new InternalError('a cell value the workbook cannot hold');
}

/** One row of a sheet. */
export class SheetRow {
  readonly cells: (SheetCell | undefined)[] = [];
  readonly style: CellStyle = {};
  height: number | undefined;

  constructor(
    private readonly sheet: Sheet,
    readonly number: number,
  ) {}

  findCell(column: number): SheetCell | undefined {
    return this.cells[column - 1];
  }

  getCell(column: number): SheetCell {
    const known = this.cells[column - 1];
    if (known !== undefined) return known;
    const cell = new SheetCell(this.number, column, this.style, this.sheet.getColumn(column).style);
    this.cells[column - 1] = cell;
    return cell;
  }

  /** Every cell holding a value, or with `includeEmpty` every cell up to the last (made if new). */
  eachCell(options: { includeEmpty: boolean } | ((cell: SheetCell, column: number) => void), each?: (cell: SheetCell, column: number) => void): void {
    const includeEmpty = typeof options === 'object' && options.includeEmpty;
    const iteratee = typeof options === 'function' ? options : each;
    if (iteratee === undefined) return;
    if (includeEmpty) {
      for (let c = 1; c <= this.cells.length; c++) iteratee(this.getCell(c), c);
      return;
    }
    this.cells.forEach((cell, i) => {
      if (cell !== undefined && cell.type !== ValueType.Null) iteratee(cell, i + 1);
    });
  }

  get cellCount(): number {
    return this.cells.length;
  }

  get hasValues(): boolean {
    return this.cells.some((cell) => cell !== undefined && cell.type !== ValueType.Null);
  }

  private applyStyle<K extends keyof CellStyle>(key: K, value: CellStyle[K]): void {
    this.style[key] = value;
    for (const cell of this.cells) if (cell !== undefined) cell.style[key] = value;
  }

  get font(): Partial<ExcelJS.Font> | undefined {
    return this.style.font;
  }
  set font(value: Partial<ExcelJS.Font> | undefined) {
    this.applyStyle('font', value);
  }
  get fill(): ExcelJS.Fill | undefined {
    return this.style.fill;
  }
  set fill(value: ExcelJS.Fill | undefined) {
    this.applyStyle('fill', value);
  }
  get alignment(): Partial<ExcelJS.Alignment> | undefined {
    return this.style.alignment;
  }
  set alignment(value: Partial<ExcelJS.Alignment> | undefined) {
    this.applyStyle('alignment', value);
  }
  get border(): Partial<ExcelJS.Borders> | undefined {
    return this.style.border;
  }
  set border(value: Partial<ExcelJS.Borders> | undefined) {
    this.applyStyle('border', value);
  }
  get numFmt(): string | undefined {
    return this.style.numFmt;
  }
  set numFmt(value: string | undefined) {
    this.applyStyle('numFmt', value);
  }

  /** A manual page break after this row. */
  addPageBreak(): void {
    this.sheet.rowBreaks.push({ id: this.number, max: 16838, man: 1 });
  }
}

/** One column of a sheet: its width, if set. */
export class SheetColumn {
  width: number | undefined;
  readonly style: CellStyle = {};
  constructor(readonly number: number) {}
}

/** A conditional format, as exceljs takes it. */
export interface ConditionalFormat {
  readonly ref: string;
  readonly rules: readonly object[];
}

/** A sheet's page setup: exceljs's defaults, replaced or extended by the sheet. */
export type PageSetup = Partial<ExcelJS.PageSetup> & { printArea?: string; printTitlesRow?: string };

/** A new sheet's page setup, as exceljs starts it. */
function defaultPageSetup(): PageSetup {
  return {
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    orientation: 'portrait',
    horizontalDpi: 4294967295,
    verticalDpi: 4294967295,
    fitToPage: false,
    pageOrder: 'downThenOver',
    blackAndWhite: false,
    draft: false,
    cellComments: 'None',
    errors: 'displayed',
    scale: 100,
    fitToWidth: 1,
    fitToHeight: 1,
    paperSize: undefined,
    showRowColHeaders: false,
    showGridLines: false,
    firstPageNumber: undefined,
    horizontalCentered: false,
    verticalCentered: false,
    rowBreaks: null,
    colBreaks: null,
  } as unknown as PageSetup;
}

/** One sheet of a workbook. */
export class Sheet {
  readonly rows: (SheetRow | undefined)[] = [];
  readonly columns: SheetColumn[] = [];
  readonly rowBreaks: { id: number; max: number; man: number }[] = [];
  readonly conditionalFormattings: ConditionalFormat[] = [];
  /** Master cell address → the bottom-right corner of its merged range. */
  readonly merges = new Map<string, { bottom: number; right: number }>();
  readonly properties: Record<string, unknown>;
  views: Partial<ExcelJS.WorksheetView>[] = [];
  pageSetup: PageSetup = defaultPageSetup();
  headerFooter: Partial<ExcelJS.HeaderFooter> = {
    differentFirst: false,
    differentOddEven: false,
    oddHeader: null,
    oddFooter: null,
    evenHeader: null,
    evenFooter: null,
    firstHeader: null,
    firstFooter: null,
  } as unknown as Partial<ExcelJS.HeaderFooter>;

  constructor(
    readonly id: number,
    readonly name: string,
    properties: object | undefined,
  ) {
    this.properties = { defaultRowHeight: 15, dyDescent: 55, outlineLevelCol: 0, outlineLevelRow: 0, ...properties };
  }

  findRow(r: number): SheetRow | undefined {
    return this.rows[r - 1];
  }

  getRow(r: number): SheetRow {
    const known = this.rows[r - 1];
    if (known !== undefined) return known;
    const row = new SheetRow(this, r);
    this.rows[r - 1] = row;
    return row;
  }

  getCell(r: number, c: number): SheetCell {
    return this.getRow(r).getCell(c);
  }

  /** A column, made (with any before it) if new. */
  getColumn(c: number): SheetColumn {
    for (let n = this.columns.length + 1; n <= c; n++) this.columns.push(new SheetColumn(n));
    return this.columns[c - 1] as SheetColumn;
  }

  /** Every row holding a value, or with `includeEmpty` every row up to the last (made if new). */
  eachRow(options: { includeEmpty: boolean } | ((row: SheetRow, r: number) => void), each?: (row: SheetRow, r: number) => void): void {
    const includeEmpty = typeof options === 'object' && options.includeEmpty;
    const iteratee = typeof options === 'function' ? options : each;
    if (iteratee === undefined) return;
    if (includeEmpty) {
      for (let r = 1; r <= this.rows.length; r++) iteratee(this.getRow(r), r);
      return;
    }
    for (const row of this.rows) if (row !== undefined && row.hasValues) iteratee(row, row.number);
  }

  /** The number of the last row made. */
  get rowCount(): number {
    let n = this.rows.length;
    while (n > 0 && this.rows[n - 1] === undefined) n--;
    return n;
  }

  /** The most cells of a row holding a value. */
  get columnCount(): number {
    let count = 0;
    this.eachRow((row) => (count = Math.max(count, row.cellCount)));
    return count;
  }

  /** Merges a range into its top-left cell, which keeps the value. */
  mergeCells(top: number, left: number, bottom: number, right: number): void {
    const master = this.getCell(top, left);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) if (r > top || c > left) this.getCell(r, c).mergeInto(master);
    }
    this.merges.set(master.address, { bottom, right });
  }

  addConditionalFormatting(format: ConditionalFormat): void {
    this.conditionalFormattings.push(format);
  }
}

/** A workbook: its sheets in order, its defined names and its document properties. */
export class Book {
  readonly worksheets: Sheet[] = [];
  /** Names of cells, for formulas to use. */
  readonly definedNames = new DefinedNames();
  creator = '';
  lastModifiedBy = '';
  created: Date;
  modified: Date;
  readonly calcProperties: { fullCalcOnLoad?: boolean } = {};

  constructor(date: Date) {
    this.created = date;
    this.modified = date;
  }

  /** A new sheet at the end. Its name is one Excel takes (sheet-names.ts makes them): exceljs refused or cut others. */
  addWorksheet(name: string, options?: { properties?: object }): Sheet {
    if (name === '' || name.length > 31 || /[*?:/\\[\]]/.test(name) || /^'|'$/.test(name) || name === 'History') throw new InternalError(`a sheet named ${name}, which Excel does not take`);
    if (this.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase())) throw new InternalError(`two sheets named ${name}`);
    const sheet = new Sheet(this.worksheets.length + 1, name, options?.properties);
    this.worksheets.push(sheet);
    return sheet;
  }

  eachSheet(each: (sheet: Sheet, id: number) => void): void {
    for (const sheet of this.worksheets) each(sheet, sheet.id);
  }
}

/** The defined names of a workbook: each name's cells, in the order added. */
export class DefinedNames {
  readonly cells = new Map<string, string[]>();

  /** Names a cell, such as `'Aannames'!$C$5`. */
  add(cell: string, name: string): void {
    this.cells.set(name, [...(this.cells.get(name) ?? []), cell]);
  }
}

/**
 * The one timeline of every time-based sheet (FAST Standard): labels in A, unit in B, a
 * total or scalar value in C, and the horizon's years from column D on. Sheet code asks this
 * module for cell addresses instead of building A1 strings by hand.
 */
export const LABEL_COLUMN = 1;
export const UNIT_COLUMN = 2;
export const VALUE_COLUMN = 3;
export const FIRST_YEAR_COLUMN = 4;
/** The row holding the years; rows above it hold the sheet's title. */
export const HEADER_ROW = 4;
export const FIRST_BODY_ROW = HEADER_ROW + 1;

/** The letters of the columns asked for so far, by number: every cell's address spells one out. */
const letters: string[] = [];

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetter(column: number): string {
  const known = letters[column];
  if (known !== undefined) return known;
  let spelled = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) spelled = String.fromCharCode(65 + ((n - 1) % 26)) + spelled;
  if (Number.isInteger(column) && column > 0 && column <= MAX_COLUMN) letters[column] = spelled;
  return spelled;
}

/** Excel's last column (XFD). */
const MAX_COLUMN = 16_384;

/** The column of year index t (0 = the horizon's first year). */
export function yearColumn(t: number): number {
  return FIRST_YEAR_COLUMN + t;
}

/** A cell address, e.g. `E12`, or `$E$12` when absolute. */
export function address(column: number, row: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(column)}${d}${row}`;
}

/** A reference to a cell on another sheet: `'Aannames'!E12`. */
export function sheetRef(sheet: string, column: number, row: number, absolute = false): string {
  return `${quoteSheet(sheet)}!${address(column, row, absolute)}`;
}

/** A range on a sheet: `'Samenvatting'!$D$5:$R$5`. */
export function sheetRange(sheet: string, fromColumn: number, fromRow: number, toColumn: number, toRow: number): string {
  return `${quoteSheet(sheet)}!${address(fromColumn, fromRow, true)}:${address(toColumn, toRow, true)}`;
}

/** A sheet name as a formula reference: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  // asked for every reference a formula makes to another sheet: quoted once per name
  let quoted = quotedSheets.get(name);
  if (quoted === undefined) quotedSheets.set(name, (quoted = `'${name.replace(/'/g, "''")}'`));
  return quoted;
}

const quotedSheets = new Map<string, string>();

/**
 * Rows of one sheet, handed out in order and remembered by key, so that a formula on
 * another sheet can find the row of, say, a parameter.
 */
export class RowRegistry {
  private next: number;
  private readonly rows = new Map<string, number>();

  constructor(firstRow = FIRST_BODY_ROW) {
    this.next = firstRow;
  }

  /** The next free row; remembered under `keys` if given. */
  take(...keys: string[]): number {
    const row = this.next++;
    for (const key of keys) this.rows.set(key, row);
    return row;
  }

  /** Leaves a blank row. */
  skip(count = 1): void {
    this.next += count;
  }

  /** Adds another key for a row already taken. */
  alias(key: string, row: number): void {
    this.rows.set(key, row);
  }

  row(key: string): number | undefined {
    return this.rows.get(key);
  }

  get current(): number {
    return this.next;
  }
}

import { CsvError, parse } from 'csv-parse/sync';
import type { Issue, SourceRef } from '../errors.js';
import { csvMessages as msg } from './csv-messages.js';
import { plainRecords } from './csv-plain-records.js';
import { LINE_END, detectDelimiter } from './csv-values.js';

/**
 * The one reader of the project's CSV files (the employee CSV, the realised figures): the
 * delimiter, the parser's settings, syntax errors said without quoting a cell, the header,
 * rows whose number of fields differs from it, and a limit to the problems listed. What a
 * kind of file holds is its {@link CsvTable}'s business.
 */

/** A checked header: how many fields a row has, and where each known column stands. */
export interface CsvColumns {
  readonly width: number;
  readonly positions: ReadonlyMap<string, number>;
}

/** What a table's header gives: its columns, if the rows can be read, and its problems and warnings. */
export interface CsvHeaderReading<H extends CsvColumns = CsvColumns> {
  readonly header?: H;
  readonly issues: Issue[];
  readonly warnings: Issue[];
}

/** One row with as many fields as the header. */
export interface CsvRow {
  readonly line: number;
  /** The row's cell in a column, trimmed ('' when the header has no such column). */
  cell(column: string): string;
  /** Reports a problem with the row's cell in a column. */
  report(column: string, message: string, hint?: string): void;
  /** Where the row's cell in a column stands, as a message gives it. */
  at(column: string): SourceRef;
}

/** How one kind of CSV reads its header and its rows. */
export interface CsvTable {
  header(record: readonly string[], line: number): CsvHeaderReading;
  row(row: CsvRow): void;
  /** The field of a message about a cell; default `column <name>` (in Dutch `kolom <name>`). */
  path?(column: string): string;
}

export interface CsvTableOptions {
  readonly file: string;
  /** Whether a message about a cell gives the column (character) where the cell starts: `file:line:col`. */
  readonly cellColumns?: boolean;
  /** What a row longer than 1 MB is said to be (the file's kind names what was expected). */
  readonly rowTooLong: { readonly message: string; readonly hint: string };
}

/** The problems and warnings of a table, where its header stands (undefined: an empty file), and how many rows it has. */
export interface CsvTableReading {
  readonly issues: Issue[];
  readonly warnings: Issue[];
  readonly headerLine?: number;
  readonly rows: number;
  /** The delimiter found: a decimal comma is read only where it is not `,`. */
  readonly delimiter: string;
}

/** Past this many problems a file is not worth reading on: the first ones explain the rest. */
const MAX_ISSUES = 50;
/**
 * A row longer than this (in bytes) is refused: an employee's row has some 50, a header of
 * 200 long names some thousands. Without a limit, the parser takes seconds per megabyte of
 * one enormous line.
 */
const MAX_ROW_BYTES = 1024 * 1024;

/**
 * Reads a CSV text as a table: the header, then row after row, each handed to `table` as it
 * is parsed; a text without quotes by a line split that gives csv-parse's records (csv-plain-records.ts).
 */
export function readCsvTable(text: string, table: CsvTable, options: CsvTableOptions): CsvTableReading {
  const delimiter = detectDelimiter(text);
  const rows = rowsReader(text, table, options, delimiter);
  if (plainRecords(text, delimiter, MAX_ROW_BYTES, rows.read)) return rows.result();
  try {
    // every record is read as it is parsed and then dropped, so that memory grows with what
    // the table keeps, not with the file; rows of empty fields only (Excel saves them for
    // cells once filled) are blank lines; rows with too many or too few fields are reported
    parse(text, {
      delimiter, skip_empty_lines: true, skip_records_with_empty_values: true, trim: true, bom: true, relax_column_count: true, max_record_size: MAX_ROW_BYTES,
      on_record: (record: string[], context) => {
        rows.read(record, firstLineOf(record, context.lines));
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { issues: [csvSyntaxIssue(error, text, options)], warnings: [], rows: 0, delimiter };
  }
  return rows.result();
}

/** Reads the header, then row after row, into the table and the issues. */
function rowsReader(text: string, table: CsvTable, options: CsvTableOptions, delimiter: string) {
  const { file } = options;
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const cellAt = options.cellColumns === true ? cellPositions(text, delimiter) : undefined;
  let headerLine: number | undefined;
  // undefined after a header with problems: its issues say why no row is read
  let header: CsvColumns | undefined;
  let rowCount = 0;
  let done = false;
  const readHeaderRecord = (record: readonly string[], line: number) => {
    headerLine = line;
    const reading = table.header(record, line);
    issues.push(...reading.issues);
    warnings.push(...reading.warnings);
    if (reading.header !== undefined && reading.issues.length === 0) header = reading.header;
  };
  const read = (record: readonly string[], line: number) => {
    if (headerLine === undefined) return readHeaderRecord(record, line);
    if (header === undefined || done) return;
    const { positions, width } = header;
    rowCount++;
    const cell = (column: string) => {
      const position = positions.get(column);
      return position === undefined ? '' : record[position] ?? '';
    };
    const at = (column: string): SourceRef => {
      const position = positions.get(column);
      return { file, ...(cellAt === undefined || position === undefined ? { line } : cellAt(line, position)), path: table.path?.(column) ?? msg.columnPath(column) };
    };
    const report = (column: string, message: string, hint?: string) => issues.push({ at: at(column), message, ...(hint === undefined ? {} : { hint }) });
    if (record.length !== width) issues.push(fieldCountIssue(record, width, delimiter, { file, line }));
    else table.row({ line, cell, report, at });
    if (issues.length >= MAX_ISSUES) {
      // without a line, so that it is listed first: the count printed at the end is of the problems found so far
      issues.push({ at: { file }, message: msg.tooManyProblems(MAX_ISSUES, line) });
      done = true;
    }
  };
  const result = (): CsvTableReading => ({ issues, warnings, ...(headerLine === undefined ? {} : { headerLine }), rows: rowCount, delimiter });
  return { read, result };
}

/** The line where a record starts: csv-parse counts lines to its end, and a quoted cell may hold line breaks. */
function firstLineOf(record: readonly string[], lastLine: number): number {
  let breaks = 0;
  for (const cell of record) if (/[\r\n]/.test(cell)) breaks += cell.split(LINE_END).length - 1;
  return lastLine - breaks;
}

/**
 * Where the field at `index` of the record that starts on `line` begins: its line and its
 * column (1-based, in characters, after the spaces that trimming removes). Found by walking
 * the record's text from its line's start, counting delimiters outside quotes; the lines'
 * starts are found once, at the first message that needs one.
 */
function cellPositions(text: string, delimiter: string): (line: number, index: number) => { line: number; col: number } {
  let starts: number[] | undefined;
  return (line, index) => {
    starts ??= lineStarts(text);
    let at = starts[line - 1] ?? 0;
    let quoted = false;
    for (let field = 0; field < index && at < text.length; at++) {
      const c = text[at];
      if (c === '"') quoted = !quoted;
      else if (c === delimiter && !quoted) field++;
    }
    while (at < text.length && (text[at] === ' ' || (text[at] === '\t' && delimiter !== '\t'))) at++;
    let cellLine = line;
    while (cellLine < starts.length && (starts[cellLine] ?? Infinity) <= at) cellLine++;
    return { line: cellLine, col: [...text.slice(starts[cellLine - 1] ?? 0, at)].length + 1 };
  };
}

/** The offset where each line starts, whatever its line ends (CRLF, LF or CR). */
function lineStarts(text: string): number[] {
  const starts = [0];
  const ends = new RegExp(LINE_END.source, 'g');
  for (let m = ends.exec(text); m !== null; m = ends.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * A parse error as an issue at its line, said from its code: csv-parse's own messages can
 * quote cell contents. A quote that is never closed is reported where it opens, also when
 * it made a row too long: it joins every line after it into one field.
 */
function csvSyntaxIssue(error: CsvError, text: string, options: CsvTableOptions): Issue {
  const { file } = options;
  const unclosed = error.code === 'CSV_QUOTE_NOT_CLOSED' || error.code === 'CSV_MAX_RECORD_SIZE' ? lineOfUnclosedQuote(text) : undefined;
  if (unclosed !== undefined) return { at: { file, line: unclosed }, message: msg.syntax(msg.unclosedQuote) };
  return { at: { file, line: (error as CsvError & { lines?: number }).lines ?? 1 }, ...syntaxMessage(error, options) };
}

function syntaxMessage(error: CsvError, options: CsvTableOptions): { message: string; hint?: string } {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { message: msg.syntax(msg.unclosedQuote) };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { message: msg.syntax(msg.textAfterQuote) };
    case 'INVALID_OPENING_QUOTE':
      return { message: msg.syntax(msg.quoteInField), hint: msg.quoteInFieldHint };
    case 'CSV_MAX_RECORD_SIZE':
      return options.rowTooLong;
    default:
      return { message: msg.syntax(error.code) };
  }
}

/** A row whose number of fields differs from the header's; in a comma file, most likely a decimal comma. */
function fieldCountIssue(record: readonly string[], expected: number, delimiter: string, at: SourceRef): Issue {
  const message = msg.fieldCount(record.length, expected);
  const splitNumber = record.some((cell, i) => i > 0 && /^\d+$/.test(cell) && /^\d+$/.test(record[i - 1] ?? ''));
  return delimiter === ',' && record.length > expected && splitNumber ? { at, message, hint: msg.decimalCommaSplitHint } : { at, message };
}

/**
 * The line where a quote opens that is never closed (after it, quotes come in pairs on
 * each line); undefined if every quote is closed. One pass over the text, whatever its
 * line ends (CRLF, LF or CR).
 */
function lineOfUnclosedQuote(text: string): number | undefined {
  let line = 1;
  let quotes = 0;
  let open = false;
  let openedAt = 1;
  const endOfLine = () => {
    if (quotes % 2 === 1) {
      if (!open) openedAt = line;
      open = !open;
    }
    quotes = 0;
    line++;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quotes++;
    else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) endOfLine();
  }
  endOfLine();
  return open ? openedAt : undefined;
}

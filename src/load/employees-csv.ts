import { CsvError, parse } from 'csv-parse/sync';
import type { Issue, SourceRef } from '../errors.js';
import type { EmployeeGroup } from '../model/employee.js';
import { readHeader, type CsvHeader } from './csv-header.js';
import { csvMessages as msg } from './csv-messages.js';
import { LINE_END, detectDelimiter } from './csv-values.js';
import { cohortRow, employeeRow, type RowReader } from './csv-rows.js';

/** What a CSV's rows are checked against. */
export interface CsvContext {
  readonly file: string;
  readonly municipality: string;
  /** The region's municipalities: a row may name another one by mistake. */
  readonly municipalities: readonly string[];
  readonly workForms: readonly string[];
  /** The labels of the work forms by id: a cell may hold a label (`Beschut binnen`) as well as an id (work-form-names.ts). */
  readonly workFormLabels?: Readonly<Record<string, string>>;
  readonly horizonStart: number;
}

export interface LoadedEmployees {
  readonly employees: EmployeeGroup[];
  readonly issues: Issue[];
  readonly warnings: Issue[];
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
 * Reads an employee CSV (one row per person) or a cohort CSV (one row per birth year and
 * work form, with totals) into employee groups (input-format.md, methodology §3). No
 * message shows what a row's cell holds (csv-messages.ts).
 */
export function readEmployees(text: string, ctx: CsvContext): LoadedEmployees {
  const delimiter = detectDelimiter(text);
  const rows = rowsReader(ctx, delimiter);
  try {
    // every record is read as it is parsed and then dropped, so that memory grows with the
    // employees, not with the file; rows of empty fields only (Excel saves them for cells
    // once filled) are blank lines; rows with too many or too few fields are reported
    parse(text, {
      delimiter, skip_empty_lines: true, skip_records_with_empty_values: true, trim: true, bom: true, relax_column_count: true, max_record_size: MAX_ROW_BYTES,
      on_record: (record: string[], context) => {
        rows.read(record, firstLineOf(record, context.lines));
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { employees: [], issues: [csvSyntaxIssue(error, text, ctx.file)], warnings: [] };
  }
  return rows.result();
}

/** Reads the header, then row after row, into employee groups and issues. */
function rowsReader(ctx: CsvContext, delimiter: string) {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const employees: EmployeeGroup[] = [];
  let headerLine: number | undefined;
  // undefined after a header with problems: its issues say why no row is read
  let header: { columns: CsvHeader; readRow: RowReader } | undefined;
  let rowCount = 0;
  let done = false;
  const readHeaderRecord = (record: readonly string[], line: number) => {
    headerLine = line;
    const reading = readHeader(record, line, ctx.file);
    issues.push(...reading.issues);
    warnings.push(...reading.warnings);
    const columns = reading.header;
    if (columns !== undefined && reading.issues.length === 0) header = { columns, readRow: (columns.cohort ? cohortRow : employeeRow)(ctx, delimiter !== ',') };
  };
  const read = (record: readonly string[], line: number) => {
    if (headerLine === undefined) return readHeaderRecord(record, line);
    if (header === undefined || done) return;
    const { columns, readRow } = header;
    rowCount++;
    const cell = (column: string) => {
      const position = columns.positions.get(column);
      return position === undefined ? '' : record[position] ?? '';
    };
    const report = (column: string, message: string, hint?: string) =>
      issues.push({ at: { file: ctx.file, line, path: `column ${column}` }, message, ...(hint === undefined ? {} : { hint }) });
    if (record.length !== columns.width) {
      issues.push(fieldCountIssue(record, columns.width, delimiter, { file: ctx.file, line }));
    } else {
      const employee = readRow(cell, report, line);
      if (employee !== undefined) employees.push(employee);
    }
    if (issues.length >= MAX_ISSUES) {
      // without a line, so that it is listed first: the count printed at the end is of the problems found so far
      issues.push({ at: { file: ctx.file }, message: msg.tooManyProblems(MAX_ISSUES, line) });
      done = true;
    }
  };
  const result = (): LoadedEmployees => {
    if (headerLine === undefined) return { employees: [], issues: [{ at: { file: ctx.file, line: 1 }, message: msg.empty }], warnings };
    if (issues.length === 0 && rowCount === 0) warnings.push({ at: { file: ctx.file, line: headerLine }, message: msg.noRows });
    return { employees, issues, warnings };
  };
  return { read, result };
}

/** The line where a record starts: csv-parse counts lines to its end, and a quoted cell may hold line breaks. */
function firstLineOf(record: readonly string[], lastLine: number): number {
  let breaks = 0;
  for (const cell of record) if (/[\r\n]/.test(cell)) breaks += cell.split(LINE_END).length - 1;
  return lastLine - breaks;
}

/**
 * A parse error as an issue at its line, said from its code: csv-parse's own messages can
 * quote cell contents. A quote that is never closed is reported where it opens, also when
 * it made a row too long: it joins every line after it into one field.
 */
function csvSyntaxIssue(error: CsvError, text: string, file: string): Issue {
  const unclosed = error.code === 'CSV_QUOTE_NOT_CLOSED' || error.code === 'CSV_MAX_RECORD_SIZE' ? lineOfUnclosedQuote(text) : undefined;
  if (unclosed !== undefined) return { at: { file, line: unclosed }, message: msg.syntax(msg.unclosedQuote) };
  return { at: { file, line: (error as CsvError & { lines?: number }).lines ?? 1 }, ...syntaxMessage(error) };
}

function syntaxMessage(error: CsvError): { message: string; hint?: string } {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { message: msg.syntax(msg.unclosedQuote) };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { message: msg.syntax(msg.textAfterQuote) };
    case 'INVALID_OPENING_QUOTE':
      return { message: msg.syntax(msg.quoteInField), hint: msg.quoteInFieldHint };
    case 'CSV_MAX_RECORD_SIZE':
      return { message: msg.rowTooLong('1 MB'), hint: msg.rowTooLongHint };
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

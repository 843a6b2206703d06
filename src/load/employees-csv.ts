import { CsvError, parse } from 'csv-parse/sync';
import { isBeforeYear } from '../engine/calendar.js';
import { ONE, decimalFromText, type Dec } from '../engine/decimal.js';
import type { Issue, SourceRef } from '../errors.js';
import type { CalendarDate } from '../model/calendar.js';
import type { EmployeeGroup } from '../model/employee.js';
import { readHeader, type CsvHeader } from './csv-header.js';
import { csvMessages as msg } from './csv-messages.js';
import { LINE_END, detectDelimiter, kindOfCell, parseCsvDate, parseCsvNumber } from './csv-values.js';
import { suggest } from './suggest.js';

/** What a CSV's rows are checked against. */
export interface CsvContext {
  readonly file: string;
  readonly municipality: string;
  /** The region's municipalities: a row may name another one by mistake. */
  readonly municipalities: readonly string[];
  readonly workForms: readonly string[];
  readonly horizonStart: number;
}

export interface LoadedEmployees {
  readonly employees: EmployeeGroup[];
  readonly issues: Issue[];
  readonly warnings: Issue[];
}

/** Past this many problems a file is not worth reading on: the first ones explain the rest. */
const MAX_ISSUES = 50;
const MAX_FTE = decimalFromText('1.5');
const MAX_SE_WEIGHT = decimalFromText('2');
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

type Cell = (column: string) => string;
type Report = (column: string, message: string, hint?: string) => void;
type RowReader = (cell: Cell, report: Report, line: number) => EmployeeGroup | undefined;

function employeeRow(ctx: CsvContext, decimalComma: boolean): RowReader {
  const firstLineOfId = new Map<string, number>();
  const decimals = sharing<Dec>();
  const dates = sharing<CalendarDate>();
  return (cell, report, line) => {
    const id = cell('id');
    if (id === '') report('id', msg.empty_cell);
    else if (firstLineOfId.has(id)) report('id', msg.duplicateId(firstLineOfId.get(id) ?? 0));
    else firstLineOfId.set(id, line);
    const birth = birthOf(cell, report, ctx, decimalComma);
    const fte = number(cell, 'fte', report, decimalComma);
    if (fte !== undefined && (fte.lte(0) || fte.gt(MAX_FTE))) report('fte', msg.fteRange(fte.lte(0) ? msg.zeroOrLess : msg.above('1.5')));
    const seWeight = cell('se_weight') === '' ? ONE : number(cell, 'se_weight', report, decimalComma);
    if (seWeight !== undefined && (seWeight.lte(0) || seWeight.gt(MAX_SE_WEIGHT))) report('se_weight', msg.seWeightRange(seWeight.lte(0) ? msg.zeroOrLess : msg.above('2')));
    const workForm = checkRowCommon(cell, report, ctx);
    if (birth === undefined || fte === undefined || seWeight === undefined || workForm === undefined) return undefined;
    const se = fte.times(seWeight);
    return { birth: dates(birth, `${birth.year}-${birth.month}-${birth.day}`), workForm, count: 1, fte: decimals(fte, fte.toString()), se: decimals(se, se.toString()) };
  };
}

/**
 * One shared instance per distinct value (values are never changed): a file of 100,000
 * people holds a few fte values and some thousands of birth dates, and a Decimal takes
 * some 250 bytes, so that sharing them keeps the memory of a large file small.
 */
function sharing<T>(): (value: T, key: string) => T {
  const seen = new Map<string, T>();
  return (value, key) => {
    const known = seen.get(key);
    if (known !== undefined) return known;
    seen.set(key, value);
    return value;
  };
}

function cohortRow(ctx: CsvContext, decimalComma: boolean): RowReader {
  return (cell, report) => {
    const birthYear = yearOf(cell('birth_year'), decimalComma);
    if (typeof birthYear !== 'number' || birthYear >= ctx.horizonStart) {
      report('birth_year', msg.badBirthYear(ctx.horizonStart, typeof birthYear === 'number' ? msg.above(String(ctx.horizonStart - 1)) : birthYear.found));
    }
    const count = countOf(cell('count'));
    if (typeof count !== 'number') report('count', msg.badCount(count.found));
    const fte = number(cell, 'fte', report, decimalComma);
    if (fte !== undefined && typeof count === 'number' && (fte.lte(0) || fte.div(count).gt(MAX_FTE))) {
      report('fte', msg.cohortFteRange(fte.lte(0) ? msg.zeroOrLess : msg.abovePerPerson));
    }
    const se = cell('se') === '' ? fte : number(cell, 'se', report, decimalComma);
    if (se !== undefined && se.lt(0)) report('se', msg.seRange(msg.negative));
    const workForm = checkRowCommon(cell, report, ctx);
    if (typeof count !== 'number' || fte === undefined || se === undefined || workForm === undefined || typeof birthYear !== 'number') return undefined;
    return { birth: { year: birthYear, month: 7, day: 1 }, workForm, count, fte, se };
  };
}

/** A cohort's number of people: a whole number ≥ 1 written in digits; else what was found instead. */
function countOf(text: string): number | { found: string } {
  if (/^\d+$/.test(text) && Number(text) >= 1) return Number(text);
  const kind = kindOfCell(text);
  if (kind !== 'number') return { found: msg.found(kind) };
  return { found: Number(text) < 1 ? msg.below(1) : text.includes('.') ? msg.fraction : msg.signed };
}

/** A birth year from 1900 on (written as a number); else what was found instead. Its end, the horizon, is checked by the caller. */
function yearOf(text: string, decimalComma: boolean): number | { found: string } {
  const value = parseCsvNumber(text, decimalComma);
  if (value === undefined) return { found: msg.found(kindOfCell(text)) };
  if (!value.isInteger()) return { found: msg.fraction };
  if (value.lt(1900)) return { found: msg.below(1900) };
  return value.toNumber();
}

/** Checks work form and municipality, shared by both kinds of CSV; returns the work form if known. */
function checkRowCommon(cell: Cell, report: Report, ctx: CsvContext): string | undefined {
  const municipality = cell('municipality');
  if (municipality !== '' && municipality !== ctx.municipality) {
    const found = ctx.municipalities.includes(municipality) ? msg.otherMunicipality : msg.found(kindOfCell(municipality));
    report('municipality', msg.wrongMunicipality(ctx.municipality, found), msg.wrongMunicipalityHint);
  }
  const workForm = cell('work_form');
  const known = ctx.workForms.find((f) => f === workForm); // the region's string, not one per row
  if (known !== undefined) return known;
  report('work_form', msg.unknownWorkForm(kindOfWorkForm(workForm, ctx.workForms)), msg.workFormsHint(ctx.workForms));
  return undefined;
}

/** What an unknown work form looks like, without saying which it is: a work form is part of a person's row. */
function kindOfWorkForm(text: string, forms: readonly string[]): string {
  if (forms.some((f) => f.toLowerCase() === text.toLowerCase())) return msg.caseOfWorkForm;
  if (text !== '' && suggest(text, forms) !== undefined) return msg.nearWorkForm;
  return msg.found(kindOfCell(text));
}

/** The birth date from `birth_date`, or 1 July of `birth_year` (§3); it must lie before the horizon. */
function birthOf(cell: Cell, report: Report, ctx: CsvContext, decimalComma: boolean): CalendarDate | undefined {
  const text = cell('birth_date');
  const column = text !== '' ? 'birth_date' : 'birth_year';
  let birth: CalendarDate | undefined;
  if (text !== '') {
    birth = parseCsvDate(text);
    if (birth === undefined) report('birth_date', msg.badDate(msg.found(kindOfCell(text))));
  } else {
    const year = yearOf(cell('birth_year'), decimalComma);
    if (typeof year !== 'number') report('birth_year', msg.badBirthYear(ctx.horizonStart, year.found));
    else birth = { year, month: 7, day: 1 };
  }
  if (birth !== undefined && (birth.year < 1900 || !isBeforeYear(birth, ctx.horizonStart))) {
    report(column, birth.year < 1900 ? msg.birthBefore1900 : msg.birthAfterStart(ctx.horizonStart));
    return undefined;
  }
  return birth;
}

function number(cell: Cell, column: string, report: Report, decimalComma: boolean): Dec | undefined {
  const text = cell(column);
  if (text === '') {
    report(column, msg.empty_cell);
    return undefined;
  }
  const value = parseCsvNumber(text, decimalComma);
  if (value === undefined) {
    const kind = kindOfCell(text);
    const hint = kind === 'decimal comma' && !decimalComma ? msg.decimalCommaHint : kind === 'grouped number' ? msg.thousandsHint : undefined;
    report(column, msg.notANumber(msg.found(kind)), hint);
  }
  return value;
}

import { CsvError, parse } from 'csv-parse/sync';
import { compareDates } from '../engine/calendar.js';
import { ONE, decimalFromText, type Dec } from '../engine/decimal.js';
import type { Issue, SourceRef } from '../errors.js';
import type { CalendarDate } from '../model/calendar.js';
import type { EmployeeGroup } from '../model/employee.js';
import { csvMessages as msg } from './csv-messages.js';
import { detectDelimiter, parseCsvDate, parseCsvNumber } from './csv-values.js';
import { didYouMean } from './suggest.js';

/** What a CSV's rows are checked against. */
export interface CsvContext {
  readonly file: string;
  readonly municipality: string;
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
const EMPLOYEE_COLUMNS = ['id', 'birth_date', 'birth_year', 'fte', 'work_form', 'se_weight', 'municipality'];
const COHORT_COLUMNS = ['birth_year', 'work_form', 'count', 'fte', 'se', 'municipality'];

/**
 * Reads an employee CSV (one row per person) or a cohort CSV (one row per birth year and
 * work form, with totals) into employee groups (input-format.md, methodology §3).
 */
export function readEmployees(text: string, ctx: CsvContext): LoadedEmployees {
  const delimiter = detectDelimiter(text);
  const rows = rowsReader(ctx, delimiter);
  try {
    // every record is read as it is parsed and then dropped, so that memory grows with the
    // employees, not with the file; rows of empty fields only (Excel saves them for cells
    // once filled) are blank lines; rows with too many or too few fields are reported
    parse(text, {
      delimiter, skip_empty_lines: true, skip_records_with_empty_values: true, trim: true, bom: true, relax_column_count: true,
      on_record: (record: string[], context) => {
        rows.read(record, context.lines);
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? lineOfUnclosedQuote(text) : (error as CsvError & { lines?: number }).lines ?? 1;
    const hint = error.code === 'INVALID_OPENING_QUOTE' ? { hint: msg.quoteInFieldHint } : {};
    return { employees: [], issues: [{ at: { file: ctx.file, line }, message: msg.syntax(csvSyntaxDetail(error)), ...hint }], warnings: [] };
  }
  return rows.result();
}

/** Reads the header, then row after row, into employee groups and issues. */
function rowsReader(ctx: CsvContext, delimiter: string) {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const employees: EmployeeGroup[] = [];
  let header: { columns: string[]; at: SourceRef; readRow: RowReader } | undefined;
  let rowCount = 0;
  let done = false;
  const readHeader = (record: readonly string[], line: number) => {
    const columns = record.map((h) => h.trim().toLowerCase());
    const isCohort = columns.includes('count') && !columns.includes('id');
    const at = { file: ctx.file, line };
    const headerIssues = checkHeader(columns, isCohort, at, warnings);
    issues.push(...headerIssues);
    done = headerIssues.length > 0;
    header = { columns, at, readRow: (isCohort ? cohortRow : employeeRow)(ctx, delimiter !== ',') };
  };
  const read = (record: readonly string[], line: number) => {
    if (done) return;
    if (header === undefined) return readHeader(record, line);
    const { columns, readRow } = header;
    rowCount++;
    const cell = (column: string) => record[columns.indexOf(column)]?.trim() ?? '';
    const report = (column: string, message: string, hint?: string) =>
      issues.push({ at: { file: ctx.file, line, path: `column ${column}` }, message, ...(hint === undefined ? {} : { hint }) });
    if (record.length !== columns.length) {
      issues.push(fieldCountIssue(record, columns.length, delimiter, { file: ctx.file, line }));
    } else {
      const employee = readRow(cell, report, line);
      if (employee !== undefined) employees.push(employee);
    }
    if (issues.length >= MAX_ISSUES) {
      issues.push({ at: { file: ctx.file, line }, message: msg.tooManyProblems(MAX_ISSUES) });
      done = true;
    }
  };
  const result = (): LoadedEmployees => {
    if (header === undefined) return { employees: [], issues: [{ at: { file: ctx.file, line: 1 }, message: msg.empty }], warnings };
    if (issues.length === 0 && rowCount === 0) warnings.push({ at: header.at, message: msg.noRows });
    return { employees, issues, warnings };
  };
  return { read, result };
}

function csvSyntaxDetail(error: CsvError): string {
  // csv-parse's own messages can quote cell contents: keep to what the code says
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quote is opened but never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'unexpected text after a closing quote';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote (") in the middle of a field';
    default:
      return error.code;
  }
}

/** A row whose number of fields differs from the header's; in a comma file, most likely a decimal comma. */
function fieldCountIssue(record: readonly string[], expected: number, delimiter: string, at: SourceRef): Issue {
  const message = msg.fieldCount(record.length, expected);
  const splitNumber = record.some((cell, i) => i > 0 && /^\d+$/.test(cell) && /^\d+$/.test(record[i - 1] ?? ''));
  return delimiter === ',' && record.length > expected && splitNumber ? { at, message, hint: msg.decimalCommaSplitHint } : { at, message };
}

/** The line where a quote opens that is never closed: after it, quotes come in pairs. */
function lineOfUnclosedQuote(text: string): number {
  let open = false;
  let line = 1;
  text.split(/\r?\n/).forEach((content, i) => {
    if ((content.split('"').length - 1) % 2 === 0) return;
    if (!open) line = i + 1;
    open = !open;
  });
  return line;
}

function checkHeader(columns: readonly string[], isCohort: boolean, at: SourceRef, warnings: Issue[]): Issue[] {
  const known = isCohort ? COHORT_COLUMNS : EMPLOYEE_COLUMNS;
  const required = isCohort ? ['birth_year', 'work_form', 'count', 'fte'] : ['id', 'fte', 'work_form'];
  const unknown = columns.filter((c) => !known.includes(c));
  const issues: Issue[] = required
    .filter((c) => !columns.includes(c))
    .map((c) => ({
      at: { ...at, path: 'header' },
      message: msg.missingColumn(c, didYouMean(c, unknown)),
      ...(c === 'id' && !columns.includes('birth_date') ? { hint: msg.cohortHint } : {}),
    }));
  if (!isCohort && !columns.includes('birth_date') && !columns.includes('birth_year')) {
    issues.push({ at: { ...at, path: 'header' }, message: msg.missingBirth + didYouMean('birth_date', unknown) });
  }
  columns.forEach((c, i) => {
    if (columns.indexOf(c) !== i) issues.push({ at: { ...at, path: 'header' }, message: msg.duplicateColumn(c) });
  });
  for (const c of unknown) warnings.push({ at: { ...at, path: 'header' }, message: msg.unusedColumn(c) });
  return issues;
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
    const birth = birthOf(cell, report, ctx);
    const fte = number(cell, 'fte', report, decimalComma);
    if (fte !== undefined && (fte.lte(0) || fte.gt(MAX_FTE))) report('fte', msg.fteRange(cell('fte')));
    const seWeight = cell('se_weight') === '' ? ONE : number(cell, 'se_weight', report, decimalComma);
    if (seWeight !== undefined && (seWeight.lte(0) || seWeight.gt(2))) report('se_weight', msg.seWeightRange(cell('se_weight')));
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
    const birthYear = Number(cell('birth_year'));
    if (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear >= ctx.horizonStart) report('birth_year', msg.badBirthYear(ctx.horizonStart));
    const count = Number(cell('count'));
    const countOk = /^\d+$/.test(cell('count')) && count >= 1;
    if (!countOk) report('count', msg.badCount(cell('count')));
    const fte = number(cell, 'fte', report, decimalComma);
    if (fte !== undefined && countOk && (fte.lte(0) || fte.div(count).gt(MAX_FTE))) report('fte', msg.cohortFteRange(cell('fte')));
    const se = cell('se') === '' ? fte : number(cell, 'se', report, decimalComma);
    if (se !== undefined && se.lt(0)) report('se', msg.seRange(cell('se')));
    const workForm = checkRowCommon(cell, report, ctx);
    if (!countOk || fte === undefined || se === undefined || workForm === undefined || !Number.isInteger(birthYear)) return undefined;
    return { birth: { year: birthYear, month: 7, day: 1 }, workForm, count, fte, se };
  };
}

/** Checks work form and municipality, shared by both kinds of CSV; returns the work form if known. */
function checkRowCommon(cell: Cell, report: Report, ctx: CsvContext): string | undefined {
  const municipality = cell('municipality');
  if (municipality !== '' && municipality !== ctx.municipality) report('municipality', msg.wrongMunicipality(municipality, ctx.municipality));
  const workForm = cell('work_form');
  const known = ctx.workForms.find((f) => f === workForm); // the region's string, not one per row
  if (known !== undefined) return known;
  report('work_form', msg.unknownWorkForm(workForm, didYouMean(workForm, ctx.workForms)), msg.workFormsHint(ctx.workForms));
  return undefined;
}

/** The birth date from `birth_date`, or 1 July of `birth_year` (§3); it must lie before the horizon. */
function birthOf(cell: Cell, report: Report, ctx: CsvContext): CalendarDate | undefined {
  const text = cell('birth_date');
  const column = text !== '' ? 'birth_date' : 'birth_year';
  let birth: CalendarDate | undefined;
  if (text !== '') {
    birth = parseCsvDate(text);
    if (birth === undefined) report('birth_date', msg.badDate);
  } else {
    const year = Number(cell('birth_year'));
    if (cell('birth_year') === '' || !Number.isInteger(year) || year < 1900) report('birth_year', msg.badBirthYear(ctx.horizonStart));
    else birth = { year, month: 7, day: 1 };
  }
  if (birth !== undefined && (birth.year < 1900 || compareDates(birth, { year: ctx.horizonStart, month: 1, day: 1 }) >= 0)) {
    report(column, msg.birthAfterStart(ctx.horizonStart));
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
  if (value === undefined) report(column, msg.notANumber(text), !decimalComma && /^\d+,\d+$/.test(text) ? msg.decimalCommaHint : undefined);
  return value;
}

import { isBeforeYear } from '../model/calendar.js';
import { ONE, decimalFromText, type Dec } from '../model/decimal.js';
import type { CalendarDate } from '../model/calendar.js';
import type { EmployeeGroup } from '../model/employee.js';
import { csvMessages as msg } from './csv-messages.js';
import { kindOfCell, parseCsvDate, parseCsvNumber } from './csv-values.js';
import type { CsvContext } from './employees-csv.js';
import { suggest } from '../suggest.js';
import { workFormFinder } from './work-form-names.js';

// The rows of the two kinds of employee CSV, cell by cell: what each column must hold, and
// what a message says when it does not (never the cell itself: csv-messages.ts).

const MAX_FTE = decimalFromText('1.5');
const MAX_SE_WEIGHT = decimalFromText('2');

/** A row's cell in a column, trimmed ('' when the row has no such column). */
export type Cell = (column: string) => string;
/** Reports a problem with the row's cell in a column. */
export type Report = (column: string, message: string, hint?: string) => void;
/** Reads one row into an employee group, or reports why it cannot. */
export type RowReader = (cell: Cell, report: Report, line: number) => EmployeeGroup | undefined;

/** The reader of an employee CSV's rows: one person a row, with an id (input-format.md). */
export function employeeRow(ctx: CsvContext, decimalComma: boolean): RowReader {
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

/** The reader of a cohort CSV's rows: a birth year and work form a row, with a count and totals (input-format.md). */
export function cohortRow(ctx: CsvContext, decimalComma: boolean): RowReader {
  return (cell, report) => {
    const birthYear = yearOf(cell('birth_year'), decimalComma);
    if (typeof birthYear !== 'number' || birthYear >= ctx.horizonStart) {
      report('birth_year', msg.badBirthYear(ctx.horizonStart, typeof birthYear === 'number' ? msg.above(String(ctx.horizonStart - 1)) : birthYear.found));
    }
    const count = countOf(cell('count'));
    if (typeof count !== 'number') report('count', msg.badCount(count.found));
    const fte = number(cell, 'fte', report, decimalComma);
    if (fte !== undefined && typeof count === 'number' && (fte.lte(0) || abovePerPerson(fte, count))) {
      report('fte', msg.cohortFteRange(fte.lte(0) ? msg.zeroOrLess : msg.abovePerPerson));
    }
    const se = cell('se') === '' ? fte : number(cell, 'se', report, decimalComma);
    if (se !== undefined && se.lt(0)) report('se', msg.seRange(msg.negative));
    const workForm = checkRowCommon(cell, report, ctx);
    if (typeof count !== 'number' || fte === undefined || se === undefined || workForm === undefined || typeof birthYear !== 'number') return undefined;
    return { birth: { year: birthYear, month: 7, day: 1 }, workForm, count, fte, se };
  };
}

/**
 * Whether a cohort's FTE per person, rounded to the decimals' precision, exceeds the most
 * one person works. Its exact product with 1.5 (a count has at most 17 digits) decides first:
 * no quotient rounds above 1.5 that is not above it; only a total above it is divided, as a
 * quotient just above 1.5 may round down to it.
 */
export function abovePerPerson(fte: Dec, count: number): boolean {
  return fte.gt(MAX_FTE.times(count)) && fte.div(count).gt(MAX_FTE);
}

/** A cohort's number of people: a whole number ≥ 1 written in digits; else what was found instead. */
function countOf(text: string): number | { found: string } {
  if (/^\d+$/.test(text) && Number(text) >= 1) return Number(text);
  const kind = kindOfCell(text);
  if (kind !== 'number') return { found: msg.found(kind) };
  return { found: Number(text) < 1 ? msg.below(1) : text.includes('.') ? msg.fraction : msg.signed };
}

/** A birth year from 1900 on (written as a number); else what was found instead. Its end, the horizon, is checked by the caller. */
export function yearOf(text: string, decimalComma: boolean): number | { found: string } {
  // digits only, as a year is written: the number they write, without a decimal on the way
  if (/^\d+$/.test(text)) return Number(text) < 1900 ? { found: msg.below(1900) } : Number(text);
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
  const known = finderFor(ctx)(workForm); // the region's string, not one per row
  if (known !== undefined) return known;
  report('work_form', msg.unknownWorkForm(kindOfWorkForm(workForm, ctx.workForms)), msg.workFormsHint(ctx.workForms));
  return undefined;
}

const finders = new WeakMap<CsvContext, (written: string) => string | undefined>();

/** The finder of work forms of a file's context, made once per file, not once per row. */
function finderFor(ctx: CsvContext): (written: string) => string | undefined {
  let finder = finders.get(ctx);
  if (finder === undefined) {
    finder = workFormFinder(ctx.workForms.map((id) => ({ id, label: ctx.workFormLabels?.[id] ?? id })));
    finders.set(ctx, finder);
  }
  return finder;
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

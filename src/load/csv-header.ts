import type { Issue, SourceRef } from '../errors.js';
import { formatCount } from '../language.js';
import { columnName, writtenColumnName } from './csv-columns.js';
import { csvMessages as msg } from './csv-messages.js';
import { kindOfCell } from './csv-values.js';
import { didYouMean } from '../suggest.js';
import type { CsvHeaderReading } from './csv-table.js';

/**
 * More columns than this are refused: an employee CSV needs at most seven, and an export
 * with all of a payroll system's fields has some dozens. A header of 100,000 columns is
 * not an employee file, and reading it on would print a warning per column.
 */
export const MAX_CSV_COLUMNS = 200;

const EMPLOYEE_COLUMNS: readonly string[] = ['id', 'birth_date', 'birth_year', 'fte', 'work_form', 'se_weight', 'municipality'];
const COHORT_COLUMNS: readonly string[] = ['birth_year', 'work_form', 'count', 'fte', 'se', 'municipality'];
/** Longer header names are not shown in messages: they are no names. */
const MAX_SHOWN_NAME = 64;

/** A checked header: the kind of CSV, how many fields a row has, and where each known column stands. */
export interface CsvHeader {
  readonly cohort: boolean;
  readonly width: number;
  readonly positions: ReadonlyMap<string, number>;
}

/** The header, if it can be read on, with the problems and warnings it gives. */
export interface HeaderReading {
  readonly header?: CsvHeader;
  readonly issues: Issue[];
  readonly warnings: Issue[];
}

/**
 * Checks the first record of a CSV as its header (input-format.md): required columns,
 * then duplicates and unknown names, in time linear in the number of columns. A first
 * line that holds dates or numbers is a row of data whose header is missing: then nothing
 * of it is shown, since its cells are personal data. Names are shown only when they are
 * fit to show (and, where columns are missing, only as a suggestion for a missing one).
 */
export function readHeader(record: readonly string[], line: number, file: string): HeaderReading {
  const at: SourceRef = { file, line, path: 'header' };
  if (record.length > MAX_CSV_COLUMNS) {
    return { issues: [{ at, message: msg.tooManyColumns(formatCount(record.length), MAX_CSV_COLUMNS), hint: msg.tooManyColumnsHint }], warnings: [] };
  }
  const names = record.map((cell) => columnName(cell));
  const cohort = names.includes('count') && !names.includes('id');
  const missing = missingColumns(names, cohort);
  if (missing.length > 0 && names.some((n) => !['text', 'empty'].includes(kindOfCell(n)))) {
    return { issues: [{ at, message: msg.notAHeader, hint: msg.notAHeaderHint }], warnings: [] };
  }
  const known = cohort ? COHORT_COLUMNS : EMPLOYEE_COLUMNS;
  const unknown = names.flatMap((n, i) => (known.includes(n) ? [] : [{ name: n, position: i + 1 }]));
  if (missing.length > 0) {
    // the missing columns first, with the likely misspelt names: the rest may be fixed with them
    const suggestible = unknown.map((u) => u.name).filter(showable);
    const found = foundColumns(record, names, known);
    const issues = missing.map((c) => {
      const hints = [found, c === 'id' && !names.includes('birth_date') ? msg.cohortHint : undefined].filter((h) => h !== undefined);
      return {
        at,
        message: c === 'birth' ? msg.missingBirth + didYouMean('birth_date', suggestible) : msg.missingColumn(c, didYouMean(c, suggestible)),
        ...(hints.length === 0 ? {} : { hint: hints.join('; ') }),
      };
    });
    return { issues, warnings: [] };
  }
  const issues = duplicateColumns(names, at);
  const warnings = unknown.map((u) => ({ at, message: msg.unusedColumn(describeColumn(u.name, u.position)) }));
  const positions = new Map<string, number>();
  names.forEach((n, i) => {
    if (known.includes(n) && !positions.has(n)) positions.set(n, i);
  });
  return { header: { cohort, width: names.length, positions }, issues, warnings };
}

/**
 * The columns found, as the header names them, for a header that lacks one: only when one of its names is a known
 * column, so that it is a header for certain. A first line of text cells without one (a
 * person's row in a file without its header: an id, a work form) is not listed.
 */
function foundColumns(record: readonly string[], names: readonly string[], known: readonly string[]): string | undefined {
  if (!names.some((n) => known.includes(n))) return undefined;
  // as written: a Dutch "personeelsnummer" stays that
  return msg.columnsFound(record.map((cell, i) => describeColumn(writtenColumnName(cell), i + 1)));
}

/** The required columns the header lacks; `birth` for an employee CSV without birth_date and birth_year. */
function missingColumns(names: readonly string[], cohort: boolean): string[] {
  const required = cohort ? ['birth_year', 'work_form', 'count', 'fte'] : ['id', 'fte', 'work_form'];
  const missing = required.filter((c) => !names.includes(c));
  if (!cohort && !names.includes('birth_date') && !names.includes('birth_year')) missing.push('birth');
  return missing;
}

/** Each name that occurs more than once (unnamed columns aside: they are not read), once, with how often. */
function duplicateColumns(names: readonly string[], at: SourceRef): Issue[] {
  const seen = new Map<string, { position: number; times: number }>();
  names.forEach((n, i) => {
    const s = seen.get(n);
    if (s === undefined) seen.set(n, { position: i + 1, times: 1 });
    else s.times++;
  });
  return [...seen].filter(([n, s]) => n !== '' && s.times > 1).map(([n, s]) => ({ at, message: msg.duplicateColumn(describeColumn(n, s.position), s.times) }));
}

/** A column as a message names it: by its name if that is fit to show, else by its position. */
function describeColumn(name: string, position: number): string {
  if (name === '') return msg.unnamedColumn(position);
  return showable(name) ? msg.namedColumn(name) : msg.hiddenColumn(position);
}

/**
 * A header name that may be shown: text of a reasonable length, without invisible or control
 * characters, and not shaped like an employee number (a few letters, then digits: `O000`,
 * `AB1234`): such a "name" may be an id that stands in the header row, so it is given by its
 * position only.
 */
function showable(name: string): boolean {
  return name.length <= MAX_SHOWN_NAME && kindOfCell(name) === 'text' && !/^\p{L}{0,3}[-\s]?\d+$/u.test(name) && !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u.test(name);
}

/** The columns of a kind of CSV other than the employee CSV, and what its header messages say of it. */
export interface HeaderLayout {
  /** Every column read, by its canonical name. */
  readonly known: readonly string[];
  /** The columns a header must have; a list of names is one of them. */
  readonly required: readonly (string | readonly string[])[];
  /** A header cell as a canonical column name (csv-columns.ts). */
  readonly name: (cell: string) => string;
  /** The other names of the columns, for the message about a missing one. */
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  readonly tooManyColumns: (found: string, max: number) => string;
  /** What the header should be: the hint after a first line that is not one, or has too many columns. */
  readonly headerHint: string;
}

/** A checked header of a {@link HeaderLayout}: also each column's name as written, for messages. */
export interface TableHeader {
  readonly width: number;
  readonly positions: ReadonlyMap<string, number>;
  readonly written: ReadonlyMap<string, string>;
}

/**
 * Checks the first record of a CSV of `layout` as its header, as {@link readHeader} checks an
 * employee CSV's: the number of columns, a first line of data, the required columns (with a
 * suggestion among the unknown names, and the names found), duplicates; an unknown column is
 * a warning.
 */
export function readTableHeader(record: readonly string[], line: number, file: string, layout: HeaderLayout): CsvHeaderReading<TableHeader> {
  const at: SourceRef = { file, line, path: 'header' };
  if (record.length > MAX_CSV_COLUMNS) return { issues: [{ at, message: layout.tooManyColumns(formatCount(record.length), MAX_CSV_COLUMNS), hint: layout.headerHint }], warnings: [] };
  const names = record.map(layout.name);
  const missing = layout.required.filter((r) => (typeof r === 'string' ? !names.includes(r) : !r.some((c) => names.includes(c))));
  if (missing.length > 0 && names.some((n) => !['text', 'empty'].includes(kindOfCell(n)))) {
    return { issues: [{ at, message: msg.notAHeader, hint: layout.headerHint }], warnings: [] };
  }
  const unknown = names.flatMap((n, i) => (layout.known.includes(n) ? [] : [{ name: n, position: i + 1 }]));
  if (missing.length > 0) {
    const suggestible = unknown.map((u) => u.name).filter(showable);
    const found = foundColumns(record, names, layout.known);
    const issues = missing.map((c) => {
      const first = typeof c === 'string' ? c : c[0] ?? '';
      const aliases = typeof c === 'string' ? layout.aliases[c] ?? [] : [];
      // a misspelt Dutch name is close to the alias, not to the column's own name
      const suggestion = [first, ...aliases].map((n) => didYouMean(n, suggestible)).find((s) => s !== '') ?? '';
      const message = typeof c !== 'string' ? msg.missingOneOf(c, suggestion)
        : aliases.length > 0 ? msg.missingColumnAlso(c, aliases, suggestion) : msg.missingColumn(c, suggestion);
      return { at, message, ...(found === undefined ? {} : { hint: found }) };
    });
    return { issues, warnings: [] };
  }
  const positions = new Map<string, number>();
  const written = new Map<string, string>();
  names.forEach((n, i) => {
    if (!layout.known.includes(n) || positions.has(n)) return;
    positions.set(n, i);
    written.set(n, writtenColumnName(record[i] ?? n));
  });
  const warnings = unknown.map((u) => ({ at, message: msg.unusedColumn(describeColumn(u.name, u.position)) }));
  return { header: { width: names.length, positions, written }, issues: duplicateColumns(names, at), warnings };
}

import type { CellKind } from './csv-values.js';

/** What a message says was found in a cell: its kind, never its value (privacy, errors.md). */
const FOUND: Record<CellKind, string> = {
  empty: 'an empty cell',
  date: 'a date',
  'impossible date': 'a date that does not exist',
  number: 'a number',
  'decimal comma': 'a number with a decimal comma',
  'grouped number': 'a number with a thousands separator',
  text: 'text',
};

/**
 * Texts of employee-CSV messages. No message shows what a row's cell holds, not even in
 * the wrong column (an id where fte belongs): a line, a column, what was expected, and at
 * most what kind of value was found. Header names are shown, unless the header looks
 * like a row of data.
 */
export const csvMessages = {
  found: (kind: CellKind) => FOUND[kind],
  above: (limit: string) => `a number above ${limit}`,
  zeroOrLess: 'a number of 0 or less',
  abovePerPerson: 'a total above 1.5 per person',
  negative: 'a negative number',
  signed: 'a number with a sign',
  fraction: 'a number with decimals',
  below: (limit: number) => `a number below ${limit}`,
  otherMunicipality: 'the id of another municipality of the region',
  caseOfWorkForm: 'a work form in other capitals (work forms are written exactly as in the region file)',
  nearWorkForm: 'text close to a work form (a typo?)',
  empty: 'the file is empty: expected a header row',
  noRows: 'the file has a header but no rows: this municipality has no SW employees',
  syntax: (detail: string) => `CSV syntax error: ${detail}`,
  unclosedQuote: 'a quote is opened but never closed',
  textAfterQuote: 'unexpected text after a closing quote',
  quoteInField: 'a quote (") in the middle of a field',
  rowTooLong: (max: string) => `this row is longer than ${max}: an employee CSV has short rows`,
  rowTooLongHint: 'check that the file named is the employee CSV',
  quoteInFieldHint: 'quote the whole field and double each quote inside it, as in "a ""b"" c"; or remove the quote',
  fieldCount: (found: number, expected: number) => `this row has ${found} fields, the header has ${expected}`,
  decimalCommaSplitHint: 'a decimal comma (0,9) splits a number in two in a file with "," as delimiter: write 0.9, or use ";" as delimiter',
  cohortHint: 'an employee CSV has one row per person with an id; a cohort CSV has the columns birth_year, work_form, count, fte (and optional se)',
  tooManyColumns: (found: string, max: number) => `the header has ${found} columns, more than the ${max} an employee CSV may have`,
  tooManyColumnsHint: 'an employee CSV needs the columns id, birth_date, fte, work_form (and optional se_weight, municipality); a cohort CSV birth_year, work_form, count, fte (and optional se): remove the other columns',
  notAHeader: 'the first line is not a header: it holds dates or numbers, not the names of columns (they are not shown: they may be personal data)',
  notAHeaderHint: 'start the file with a header row: id,birth_date,fte,work_form for one row per person, or birth_year,work_form,count,fte for cohorts',
  missingColumn: (column: string, suggestion: string) => `missing column "${column}"${suggestion}`,
  missingBirth: 'missing column "birth_date" (or "birth_year")',
  /** `"naam"`, or a position where the name is not fit to show. */
  namedColumn: (name: string) => `"${name}"`,
  unnamedColumn: (position: number) => `${position} (no name)`,
  hiddenColumn: (position: number) => `${position} (its name is not shown: it looks like a value or is too long)`,
  unusedColumn: (column: string) => `column ${column} is not used`,
  duplicateColumn: (column: string, times: number) => `column ${column} appears ${times === 2 ? 'twice' : `${times} times`} in the header`,
  empty_cell: 'is empty',
  notANumber: (found: string) => `expected a number, got ${found}`,
  decimalCommaHint: 'a decimal comma is accepted only in files with ";" or tab as delimiter; use a point here',
  thousandsHint: 'write the number without a thousands separator',
  fteRange: (found: string) => `expected 0 < fte ≤ 1.5, got ${found}`,
  cohortFteRange: (found: string) => `expected a cohort total fte with 0 < fte per person ≤ 1.5, got ${found}`,
  seWeightRange: (found: string) => `expected 0 < se_weight ≤ 2, got ${found}`,
  seRange: (found: string) => `expected a total se ≥ 0, got ${found}`,
  badDate: (found: string) => `is not a valid date: expected YYYY-MM-DD or DD-MM-YYYY, got ${found} (the value is not shown: it is personal data)`,
  birthAfterStart: (start: number) => `the birth date is not before the horizon's start (${start}) (the value is not shown: it is personal data)`,
  birthBefore1900: 'the birth date is before 1900 (the value is not shown: it is personal data)',
  badBirthYear: (start: number, found: string) => `expected a birth year from 1900 to ${start - 1}, got ${found}`,
  badCount: (found: string) => `expected a whole number of people ≥ 1, got ${found}`,
  duplicateId: (firstLine: number) => `duplicate id: line ${firstLine} has the same one (the id is not shown: it is personal data)`,
  unknownWorkForm: (found: string) => `expected one of the region's work forms, got ${found}`,
  workFormsHint: (forms: readonly string[]) => `the region's work forms are: ${forms.join(', ')}`,
  wrongMunicipality: (expected: string, found: string) => `expected this file's municipality "${expected}" (or an empty cell), got ${found}`,
  wrongMunicipalityHint: 'a row of another municipality belongs in that municipality\'s CSV',
  tooManyProblems: (max: number, line: number) => `more than ${max} problems: reading stopped at line ${line}; fix the ones listed first`,
};

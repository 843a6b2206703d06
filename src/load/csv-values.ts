import { isValidDate } from '../model/calendar.js';
import { decimalFromText, type Dec } from '../model/decimal.js';
import type { CalendarDate } from '../model/calendar.js';

/** A line end as CSV files have them: CRLF (Windows), LF, or CR alone (old Mac exports). */
export const LINE_END = /\r\n|\r|\n/;

/**
 * A number as written in a CSV cell: `0.9`, or `0,9` where the decimal comma is allowed
 * (files with `;` or tab as delimiter, input-format.md). Undefined if it is not a number.
 */
export function parseCsvNumber(text: string, decimalComma: boolean): Dec | undefined {
  const normalised = decimalComma ? text.replace(',', '.') : text;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised) ? decimalFromText(normalised) : undefined;
}

/** A birth date written `YYYY-MM-DD` or `DD-MM-YYYY` (also with `/` or `.`), if it is a real date. */
export function parseCsvDate(text: string): CalendarDate | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  return isValidDate(date.year, date.month, date.day) ? date : undefined;
}

/**
 * What kind of value a cell holds. Messages about a cell say this, never the value: a cell
 * of an employee row is personal data, even when it sits in the wrong column.
 */
export type CellKind = 'empty' | 'date' | 'impossible date' | 'number' | 'decimal comma' | 'grouped number' | 'text';

/** The kind of value in `text` (a trimmed cell). */
export function kindOfCell(text: string): CellKind {
  if (text === '') return 'empty';
  if (parseCsvNumber(text, false) !== undefined) return 'number';
  if (/^[+-]?\d+,\d+$/.test(text)) return 'decimal comma';
  if (/^[+-]?\d{1,3}([.,' ]\d{3})+([.,]\d+)?$/.test(text)) return 'grouped number';
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(text)) return parseCsvDate(text) === undefined ? 'impossible date' : 'date';
  return 'text';
}

/**
 * The delimiter of a CSV text, from its header line: the most frequent of `;`, tab and `,`
 * outside quoted names (a name such as `"uren; per week"` does not count).
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const header = firstLine(text).replace(/"[^"]*"/g, '');
  const count = (d: string) => occurrences(header, d);
  const candidates = [',', ';', '\t'] as const;
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best));
}

/** How often `character` occurs in `text`, without building an array of its parts (a header may be megabytes long). */
function occurrences(text: string, character: string): number {
  let n = 0;
  for (let i = text.indexOf(character); i >= 0; i = text.indexOf(character, i + 1)) n++;
  return n;
}

/** The text up to the first line end, found without splitting the whole text. */
function firstLine(text: string): string {
  const end = LINE_END.exec(text);
  return end === null ? text : text.slice(0, end.index);
}

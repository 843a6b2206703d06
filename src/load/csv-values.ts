import { isValidDate } from '../engine/calendar.js';
import { decimalFromText, type Dec } from '../engine/decimal.js';
import type { CalendarDate } from '../model/calendar.js';

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

/** The delimiter of a CSV text, from its header line: the most frequent of `;`, tab and `,`. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => header.split(d).length - 1;
  const candidates = [',', ';', '\t'] as const;
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best));
}

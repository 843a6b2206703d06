import fc from 'fast-check';
import { applyLineEdit, lineEdit, type LineEdit } from './text-edits.js';

/** An edit of an employee or cohort CSV's text: a line edit, or one that knows rows and cells. */
export type CsvEdit =
  | LineEdit
  | { readonly op: 'row'; readonly at: number; readonly cells: readonly string[] }
  | { readonly op: 'cell'; readonly line: number; readonly column: number; readonly to: string }
  | { readonly op: 'quote'; readonly line: number; readonly column: number; readonly inner: string }
  | { readonly op: 'delimiter'; readonly to: string; readonly line?: number | undefined }
  | { readonly op: 'decimal comma' }
  | { readonly op: 'dates'; readonly format: DateFormat }
  | { readonly op: 'line ends'; readonly to: string }
  | { readonly op: 'trailing'; readonly text: string };

type DateFormat = 'DD-MM-YYYY' | 'DD/MM/YYYY' | 'D-M-YYYY' | 'DD.MM.YYYY' | 'YYYY/MM/DD';

/** Cell values a spreadsheet or a person might write: valid ones, near misses, and junk. */
const CELLS = [
  '', ' ', '0', '-1', '1', '1.5', '1.51', '0.9', '0,9', '1.000,5', '1e308', '1e400', '-0', '99999999999999999999', '0.000000000000000000001',
  'NaN', 'Infinity', '0x1', '+0.5', '.5', '5.', '1958', '1899', '2021', '2200', '-2021', '2.5', '3', '1000000000',
  '1980-12-31', '31-12-1980', '31/12/1980', '1980-02-30', '30-02-1980', '00-00-0000', '9999-99-99', '29-02-1956', '29-02-1957',
  '1899-12-31', '2020-12-31', '2021-01-01', '31-12-99999', '1980-1-1', '1-1-1980',
  'beschut_binnen', 'detachering', 'Beschut_Binnen', 'beschut', 'noord', 'oost', 'zuid', 'N000', 'O000', '=1+1', '"', '""', 'é', '\u0000',
];

const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CELLS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

const position = fc.nat({ max: 1000 });

export const csvEdit: fc.Arbitrary<CsvEdit> = fc.oneof(
  { weight: 3, arbitrary: lineEdit },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('row' as const), at: position, cells: fc.array(cellText, { minLength: 1, maxLength: 7 }) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('cell' as const), line: position, column: position, to: cellText }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('quote' as const), line: position, column: position, inner: fc.constantFrom('', '"', '""', ',', ';', '\n', ' x', '\r\n') }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delimiter' as const), to: fc.constantFrom(',', ';', '\t', '|', ', ', ''), line: fc.option(position, { nil: undefined }) }, { requiredKeys: ['op', 'to'] }) },
  { weight: 1, arbitrary: fc.constant({ op: 'decimal comma' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('dates' as const), format: fc.constantFrom<DateFormat>('DD-MM-YYYY', 'DD/MM/YYYY', 'D-M-YYYY', 'DD.MM.YYYY', 'YYYY/MM/DD') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('line ends' as const), to: fc.constantFrom('\r\n', '\r', '\n\n', '\u2028') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('trailing' as const), text: fc.constantFrom('\n', '\r\n\r\n', ';;;;\n', ',,,,\n', ' \n', '\t\n', '\u001a') }) },
);

/** The delimiter the file's header uses (the tiny CSVs use `,` or `;`). */
function delimiterOf(text: string): string {
  const header = text.split('\n', 1)[0] ?? '';
  return header.split(';').length > header.split(',').length ? ';' : ',';
}

/** Replaces cell `column` of line `line` (both wrapping around), splitting naively on the delimiter. */
function editCell(text: string, line: number, column: number, to: (cell: string, delimiter: string) => string): string {
  const delimiter = delimiterOf(text);
  const lines = text.split('\n');
  const l = line % lines.length;
  const cells = (lines[l] ?? '').split(delimiter);
  const c = column % cells.length;
  cells[c] = to(cells[c] ?? '', delimiter);
  lines[l] = cells.join(delimiter);
  return lines.join('\n');
}

function rewriteDates(text: string, format: DateFormat): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y: string, m: string, d: string) => {
    switch (format) {
      case 'DD-MM-YYYY':
        return `${d}-${m}-${y}`;
      case 'DD/MM/YYYY':
        return `${d}/${m}/${y}`;
      case 'D-M-YYYY':
        return `${Number(d)}-${Number(m)}-${y}`;
      case 'DD.MM.YYYY':
        return `${d}.${m}.${y}`;
      case 'YYYY/MM/DD':
        return `${y}/${m}/${d}`;
    }
  });
}

/** Applies one CSV edit to a file's text. */
export function applyCsvEdit(text: string, edit: CsvEdit): string {
  switch (edit.op) {
    case 'row': {
      const lines = text.split('\n');
      lines.splice(edit.at % (lines.length + 1), 0, edit.cells.join(delimiterOf(text)));
      return lines.join('\n');
    }
    case 'cell':
      return editCell(text, edit.line, edit.column, () => edit.to);
    case 'quote':
      return editCell(text, edit.line, edit.column, (cell) => `"${cell}${edit.inner}"`);
    case 'delimiter': {
      const from = delimiterOf(text);
      if (edit.line === undefined) return text.split(from).join(edit.to);
      const line = edit.line;
      return text.split('\n').map((l, i, all) => (i === line % all.length ? l.split(from).join(edit.to) : l)).join('\n');
    }
    case 'decimal comma':
      return text.replace(/(\d)\.(\d)/g, '$1,$2');
    case 'dates':
      return rewriteDates(text, edit.format);
    case 'line ends':
      return text.replace(/\n/g, edit.to);
    case 'trailing':
      return text + edit.text;
    default:
      return applyLineEdit(text, edit);
  }
}

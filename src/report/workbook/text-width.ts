/*
 * How wide a text prints and how wide a column is, in points: what the print layout needs to
 * know whether a cell's text fits its column or must wrap. The workbooks use the spreadsheet
 * programs' default font, Calibri 11 (LibreOffice prints it with the metric-compatible
 * Carlito); the advance widths below are Carlito's, in thousandths of the font size.
 */

/** Advance widths of U+0020…U+007E, regular. */
const REGULAR = [
  226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, 507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463,
  894, 579, 544, 533, 615, 488, 459, 631, 623, 252, 319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 642, 567, 890, 519, 487, 468, 307, 386, 307, 498, 498,
  291, 479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455, 229, 799, 525, 527, 525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395, 314, 460, 314, 498,
];
/** Advance widths of U+0020…U+007E, bold. */
const BOLD = [
  226, 326, 438, 498, 507, 729, 705, 233, 312, 312, 498, 498, 258, 306, 267, 430, 507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 276, 276, 498, 498, 498, 463,
  898, 606, 561, 529, 630, 488, 459, 637, 631, 267, 331, 547, 423, 874, 659, 676, 532, 686, 563, 473, 495, 653, 591, 906, 551, 520, 478, 325, 430, 325, 498, 498,
  300, 494, 537, 418, 537, 503, 316, 474, 537, 246, 255, 480, 246, 813, 537, 538, 537, 537, 355, 399, 347, 537, 473, 745, 459, 474, 397, 344, 475, 344, 498,
];
/** The other characters the reports print (typographic dashes and quotes, the euro sign). */
const OTHER: Readonly<Record<string, number>> = { '€': 507, '–': 498, '—': 905, '…': 700, '‘': 254, '’': 254, '“': 427, '”': 427, '−': 498, '×': 498, '≥': 498, '≤': 498, 'Δ': 571, '\u00a0': 226 };
/** A character not listed: as wide as the widest letters, so that an estimate errs towards "does not fit". */
const UNKNOWN = 700;

/** The default font's size, in points. */
export const DEFAULT_FONT_SIZE = 11;
/** The default row height of the default font, in points (Excel's and LibreOffice's 15). */
export const DEFAULT_ROW_HEIGHT = 15;
/**
 * Points per unit of column width. The unit is one digit of the default font: Excel counts
 * it as 7 pixels of 0.75 pt, LibreOffice as the digit's true width (0.507 × 11 pt), 6% more.
 * Text must fit the narrower, the page must hold the wider.
 */
const POINTS_PER_WIDTH_UNIT = { text: 5.25, page: 5.58 } as const;
/** The space a cell keeps free on either side of its text, in points. */
const CELL_PADDING = 2.5;

/** A font as the estimate needs it. */
export interface FontSpec {
  readonly size?: number;
  readonly bold?: boolean;
}

/** The printed width of a line of text in points. Accented letters count as their base letter. */
export function textWidth(text: string, font: FontSpec = {}): number {
  return pointsOf(thousandthsOf(text, font.bold === true), font);
}

/**
 * The width of a text in thousandths of the font size: a whole number, so that the widths
 * of words joined by a space add up exactly to the width of the joined text.
 */
function thousandthsOf(text: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let thousandths = 0;
  // most texts are plain ASCII, summed by character code without taking accents apart (a workbook holds thousands of texts and figures)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || code > 126) return accentedThousandths(text, table);
    thousandths += table[code - 32] ?? UNKNOWN;
  }
  return thousandths;
}

/** {@link thousandthsOf} a text that is not plain ASCII: accented letters count as their base letter. */
function accentedThousandths(text: string, table: readonly number[]): number {
  let thousandths = 0;
  for (const c of text.normalize('NFD')) {
    const code = c.codePointAt(0) ?? 0;
    if (code >= 0x300 && code <= 0x36f) continue; // a combining accent takes no width of its own
    thousandths += code >= 32 && code <= 126 ? table[code - 32] ?? UNKNOWN : OTHER[c] ?? UNKNOWN;
  }
  return thousandths;
}

function pointsOf(thousandths: number, font: FontSpec): number {
  return (thousandths * (font.size ?? DEFAULT_FONT_SIZE)) / 1000;
}

/** The width of a column in points, from its width in Excel's units: as room for text, or as printed width on the page. */
export function columnPoints(width: number, use: keyof typeof POINTS_PER_WIDTH_UNIT = 'text'): number {
  return width * POINTS_PER_WIDTH_UNIT[use];
}

/** The default font, which every font of a cell completes: a font without a name prints in the program's fallback font. */
export const DEFAULT_FONT = { name: 'Calibri', family: 2, size: DEFAULT_FONT_SIZE } as const;

/** The room for text in cells spanning `points` of column width. */
export function textRoom(points: number): number {
  return points - 2 * CELL_PADDING;
}

/** The height of one line of text in a font of `size` points (15 pt for 11 pt). */
export function lineHeight(size = DEFAULT_FONT_SIZE): number {
  return Math.ceil((size * DEFAULT_ROW_HEIGHT) / DEFAULT_FONT_SIZE);
}

/**
 * The lines a text wraps to in `room` points, word by word as the spreadsheet programs wrap
 * (a line break in the text starts a new line); a word wider than the room (a web address)
 * is broken over as many lines as it needs. A line's width is kept as it grows, word by
 * word (a space and a word add their widths), rather than measured again for every word.
 */
export function wrappedLines(text: string, room: number, font: FontSpec = {}): string[] {
  const bold = font.bold === true;
  const space = thousandthsOf(' ', bold);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let width = 0; // of `line`, in thousandths
    for (const word of paragraph.split(' ')) {
      const wordWidth = thousandthsOf(word, bold);
      const candidate = line === '' ? wordWidth : width + space + wordWidth;
      if (line !== '' && pointsOf(candidate, font) > room) {
        lines.push(line);
        [line, width] = [word, wordWidth];
      } else [line, width] = [line === '' ? word : `${line} ${word}`, candidate];
      // the part of a long word that fills whole lines
      for (let over = Math.ceil(pointsOf(width, font) / room) - 1; over > 0; over--) lines.push('');
      if (pointsOf(width, font) > room) [line, width] = ['…', thousandthsOf('…', bold)]; // the word's last line: short, as far as the estimate goes
    }
    lines.push(line);
  }
  return lines;
}

/** The widest word of a text, in points: what a wrapping cell cannot break. */
export function widestWord(text: string, font: FontSpec = {}): number {
  return Math.max(0, ...text.split(/[ \n]/).map((word) => textWidth(word, font)));
}

/**
 * A number as a format of the workbooks shows it (`#,##0`, `0.00%`, `#,##0.0`, `0`; colours
 * and the sections for negatives and zero aside): what must fit its column.
 */
export function numberText(value: number, numFmt = 'General'): string {
  const { percent, decimals, grouped } = numberShape(numFmt);
  const shown = percent ? value * 100 : value;
  // by hand: toLocaleString with options costs a formatter per call, and a workbook has thousands of figures
  const [whole = '', fraction] = Math.abs(shown).toFixed(decimals).split('.');
  const digits = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${shown < 0 ? '-' : ''}${digits}${fraction === undefined ? '' : `.${fraction}`}${percent ? '%' : ''}`;
}

/** What {@link numberText} reads of a number format: whether a percentage, its decimals, whether thousands are grouped. */
interface NumberShape {
  readonly percent: boolean;
  readonly decimals: number;
  readonly grouped: boolean;
}

/** The shapes of the few formats a workbook has, each read once (a workbook has thousands of figures). */
const shapes = new Map<string, NumberShape>();

function numberShape(numFmt: string): NumberShape {
  const known = shapes.get(numFmt);
  if (known !== undefined) return known;
  const section = numFmt.split(';')[0] ?? '';
  const shape = {
    percent: section.includes('%'),
    decimals: /\.(0+)/.exec(section)?.[1]?.length ?? (numFmt === 'General' ? 2 : 0),
    grouped: section.includes(','),
  };
  shapes.set(numFmt, shape);
  return shape;
}

/**
 * The printed width of the widest of these numbers, each in its format (as {@link numberText}
 * shows it, in the default font). Of the numbers of one format and one sign only the largest
 * is measured: the digits are equally wide, so a larger number never prints narrower. A
 * number too large for plain digits (1e21 and up, which print as "1e+21") is measured itself.
 */
export function widestNumber(numbers: Iterable<{ readonly value: number; readonly numFmt?: string | undefined }>): number {
  const largest = new Map<string, { value: number; numFmt: string | undefined }>();
  let widest = 0;
  for (const { value, numFmt } of numbers) {
    if (!(Math.abs(value) < 1e21)) {
      widest = Math.max(widest, textWidth(numberText(value, numFmt)));
      continue;
    }
    const key = `${value < 0 ? '-' : '+'}${numFmt ?? 'General'}`;
    const known = largest.get(key);
    if (known === undefined || Math.abs(value) > Math.abs(known.value)) largest.set(key, { value, numFmt });
  }
  for (const { value, numFmt } of largest.values()) widest = Math.max(widest, textWidth(numberText(value, numFmt)));
  return widest;
}

import { texts } from './language.js';
/**
 * Numbers as a person types them: on the command line (`--set`, the numeric options) and in
 * the answers to `what-if` and `init` (docs/input-format.md, "Numbers you type and write").
 * Dutch and English write the same digits with opposite separators, so that `900.000` is
 * nine hundred thousand to one reader and nine hundred to the other. One rule reads them all,
 * and refuses what it cannot read for certain instead of guessing:
 *
 * - digits with at most one decimal separator, a point or a comma: `25000`, `0.025`,
 *   `0,025`, `2,5`, `.5`; a sign in front; with `%` where a percentage is allowed (`2,5%`);
 * - refused as ambiguous: one separator followed by exactly three digits after a whole part
 *   of 1 to 3 digits that is not 0 (`900.000`, `1.250`, `1,250`): thousands in one language,
 *   a decimal in the other; `0.025` and `0,025` are decimals, since no thousands start at 0;
 * - refused: more than one separator (`1.250.000`, `1.250,50`), spaces inside (`1 250`),
 *   a `€`, an exponent (`1e3`: write 1000), and what is not a decimal number at all
 *   (`0x10`, `Infinity`).
 *
 * Every refusal names the plain numbers that were probably meant.
 *
 * Amounts copied from a financial statement (the realised figures, docs/input-format.md#realised)
 * come with thousands separators as Excel shows them. With `grouping`, a number whose
 * separators can be read only one way is read: groups of three digits after a first group of
 * 1 to 3, all separated by the same point, comma or space, and at most one decimal
 * separator of another kind after them (`1.234.567,89`, `1,234,567.89`, `1 234 567`,
 * `1.234,5`). One separator with three digits after it (`1.250`) stays ambiguous, unless
 * the caller knows the thousands separator from the other numbers of the same file
 * ({@link thousandsSeparatorOf}).
 */
export type TypedNumber =
  | {
      readonly ok: true;
      /** The number in plain decimal notation, with a point; `-` only before a number that is not 0. */
      readonly text: string;
      /** Whether it was written with `%` (the caller divides by 100). */
      readonly percent: boolean;
    }
  | {
      readonly ok: false;
      /** `not_a_number`: no number at all (it may be a name); `unclear`: a number written in a way that can be misread. */
      readonly reason: 'not_a_number' | 'unclear';
      readonly message: string;
      readonly hint: string;
    };

/** The texts of the refusals; `plain` is how to write the number instead. */
export const typedNumberMessages = texts('typedNumber', {
  en: {
    notANumber: (typed: string) => `expected a number, got "${typed}"`,
    notANumberHint: 'write a number such as 25000, 0.025 or 0,025',
    percentHint: 'write a number such as 25000, 0.025, 0,025 or 2,5%',
    ambiguous: (typed: string, thousands: string, decimal: string) =>
      `"${typed}" can be read two ways: ${thousands} (with a thousands separator) or ${decimal} (with a decimal ${typed.includes(',') ? 'comma' : 'point'})`,
    ambiguousHint: (thousands: string, decimal: string) => `write ${thousands} or ${decimal}: a number is written without thousands separators`,
    ambiguousGroupedHint: (thousands: string, decimal: string, withCents: string) => `write ${thousands} or ${decimal}; ${withCents}, with the cents, is ${thousands}`,
    separators: (typed: string) => `"${typed}" has a thousands separator`,
    separatorsHint: (plain: string) => `write ${plain}: a number is written without thousands separators`,
    euroSign: (typed: string) => `"${typed}" has a € sign`,
    euroSignHint: (plain: string) => `write ${plain}: amounts are in euros without the sign`,
    exponent: (typed: string) => `"${typed}" is written with an exponent`,
    exponentHint: (plain: string | undefined) => (plain === undefined ? 'write the number in full' : `write ${plain}`),
    noPercent: (typed: string) => `"${typed}" is a percentage, and a plain number is expected here`,
    noPercentHint: (plain: string) => `write ${plain}`,
    asFraction: 'the number as a fraction, such as 0.025 for 2.5%',
  },
  nl: {
    notANumber: (typed: string) => `verwacht een getal, gevonden: "${typed}"`,
    notANumberHint: 'schrijf een getal zoals 25000, 0.025 of 0,025',
    percentHint: 'schrijf een getal zoals 25000, 0.025, 0,025 of 2,5%',
    ambiguous: (typed: string, thousands: string, decimal: string) =>
      `"${typed}" is op twee manieren te lezen: ${thousands} (met een scheidingsteken voor duizendtallen) of ${decimal} (met een decimale ${typed.includes(',') ? 'komma' : 'punt'})`,
    ambiguousHint: (thousands: string, decimal: string) => `schrijf ${thousands} of ${decimal}: een getal wordt geschreven zonder scheidingstekens voor duizendtallen`,
    ambiguousGroupedHint: (thousands: string, decimal: string, withCents: string) => `schrijf ${thousands} of ${decimal}; ${withCents}, met de centen, is ${thousands}`,
    separators: (typed: string) => `"${typed}" heeft een scheidingsteken voor duizendtallen`,
    separatorsHint: (plain: string) => `schrijf ${plain}: een getal wordt geschreven zonder scheidingstekens voor duizendtallen`,
    euroSign: (typed: string) => `"${typed}" heeft een €-teken`,
    euroSignHint: (plain: string) => `schrijf ${plain}: bedragen zijn in euro's, zonder het teken`,
    exponent: (typed: string) => `"${typed}" is geschreven met een exponent`,
    exponentHint: (plain: string | undefined) => (plain === undefined ? 'schrijf het getal voluit' : `schrijf ${plain}`),
    noPercent: (typed: string) => `"${typed}" is een percentage, en hier wordt een gewoon getal verwacht`,
    noPercentHint: (plain: string) => `schrijf ${plain}`,
    asFraction: 'het getal als fractie, zoals 0.025 voor 2,5%',
  },
});

const msg = typedNumberMessages;

/** What a number may be written with besides digits and one decimal separator. */
export interface TypedNumberOptions {
  /** `2,5%` is allowed. */
  readonly percent?: boolean;
  /** An unambiguous thousands separator is allowed (`1.234.567,89`). */
  readonly grouping?: boolean;
  /**
   * With `grouping`: the thousands separator the other numbers of the same file show
   * ({@link thousandsSeparatorOf}), by which `121.000` is read: thousands where it is that
   * separator, a decimal where it is the other one.
   */
  readonly thousands?: ThousandsSeparator;
}

/** The thousands separator of a file's numbers: a point (Dutch: `1.234,5`) or a comma (English: `1,234.5`). */
export type ThousandsSeparator = '.' | ',';

/**
 * The thousands separator that a file's numbers show, read from the cells that can be read
 * only one way: several groups (`12.610.000`), groups with a decimal of the other kind
 * (`1.234,5`), or a lone decimal separator that cannot be a thousands one (`2,5`, `0,025`,
 * `1234,567`). Undefined when no cell shows one, or cells show both.
 */
export function thousandsSeparatorOf(cells: Iterable<string>): ThousandsSeparator | undefined {
  const shown = new Set<ThousandsSeparator>();
  for (const cell of cells) {
    const digits = cell.trim().replace(/^[+-]/, '').replace(/[\s\u00a0\u202f]+/g, '');
    const separators = digits.replace(/[0-9]/g, '');
    if (!/^[0-9]*([.,][0-9]*)*$/.test(digits) || separators === '') continue;
    const single = separators.length === 1;
    if (single && /^[1-9][0-9]{0,2}[.,][0-9]{3}$/.test(digits)) continue;
    const grouped = single ? undefined : withoutThousands(digits);
    if (!single && grouped === undefined) continue;
    // a lone separator is the decimal one; in a grouped number the first is the thousands one
    const thousands = single ? (separators === ',' ? '.' : ',') : (separators.charAt(0) as ThousandsSeparator);
    shown.add(thousands);
  }
  const [only] = shown;
  return shown.size === 1 ? only : undefined;
}

/** Reads a number typed by a person by the rule above. */
export function readTypedNumber(typed: string, options: TypedNumberOptions = {}): TypedNumber {
  const text = typed.trim();
  const percent = text.endsWith('%');
  const body = (percent ? text.slice(0, -1) : text).trim();
  const sign = /^[+-]/.test(body) ? body.charAt(0) : '';
  const unsigned = body.slice(sign.length).trim();
  const notANumber = { ok: false, reason: 'not_a_number', message: msg.notANumber(text), hint: options.percent === true ? msg.percentHint : msg.notANumberHint } as const;
  if (unsigned.includes('€')) {
    const plain = readTypedNumber(`${sign}${unsigned.replace('€', '')}`, { grouping: options.grouping === true });
    return plain.ok ? unclear(msg.euroSign(text), msg.euroSignHint(plain.text)) : { ...plain, message: msg.euroSign(text) };
  }
  const exponent = /^([0-9]+)(?:[.]([0-9]+))?e([+]?[0-9]+)$/i.exec(unsigned);
  if (exponent !== null) return unclear(msg.exponent(text), msg.exponentHint(withoutExponent(exponent, sign)));
  const spaced = unsigned.replace(/[\s\u00a0\u202f]+/g, ' ');
  const digits = spaced.replace(/ /g, '');
  if (!/^[0-9]*([.,][0-9]*)*$/.test(digits) || !/[0-9]/.test(digits)) return notANumber;
  if ((digits.match(/[.,]/g) ?? []).length > 1 || spaced !== digits) {
    const plain = withoutThousands(spaced);
    if (plain !== undefined && options.grouping === true) return number(plain, { sign, percent, text }, options);
    return plain === undefined ? notANumber : unclear(msg.separators(text), msg.separatorsHint(`${sign === '-' ? '-' : ''}${plain}${percent ? '%' : ''}`));
  }
  const [whole = '', fraction] = digits.split(/[.,]/);
  if (fraction !== undefined && fraction.length === 3 && /^[1-9][0-9]{0,2}$/.test(whole)) {
    // the file's other numbers show which separator is the thousands one
    if (options.grouping === true && options.thousands !== undefined) {
      return number(digits.includes(options.thousands) ? `${whole}${fraction}` : `${whole}.${fraction}`, { sign, percent, text }, options);
    }
    const minus = sign === '-' ? '-' : '';
    const end = percent ? '%' : '';
    const thousands = `${minus}${whole}${fraction}${end}`;
    const decimal = `${minus}${unambiguousDecimal(whole, fraction)}${end}`;
    // where separators are allowed, the same number with its cents can be read only one way
    const separator = digits.includes(',') ? ',' : '.';
    const withCents = `${minus}${whole}${separator}${fraction}${separator === '.' ? ',' : '.'}00${end}`;
    return unclear(msg.ambiguous(text, thousands, decimal), options.grouping === true ? msg.ambiguousGroupedHint(thousands, decimal, withCents) : msg.ambiguousHint(thousands, decimal));
  }
  const plain = fraction === undefined || fraction === '' ? (whole === '' ? '0' : whole) : `${whole === '' ? '0' : whole}.${fraction}`;
  return number(plain, { sign, percent, text }, options);
}

/** The number read, `plain` without sign; refused if it is a percentage where none is allowed. */
function number(plain: string, written: { sign: string; percent: boolean; text: string }, options: TypedNumberOptions): TypedNumber {
  const { sign, percent, text } = written;
  if (percent && options.percent !== true) return unclear(msg.noPercent(text), msg.noPercentHint(msg.asFraction));
  const isZero = /^[0.]*$/.test(plain);
  return { ok: true, text: `${sign === '-' && !isZero ? '-' : ''}${plain}`, percent };
}

function unclear(message: string, hint: string): TypedNumber {
  return { ok: false, reason: 'unclear', message, hint };
}

/**
 * `1.250.000` → `1250000`, `1.250,50` → `1250.50`, `1 250` → `1250`: with two kinds of
 * separator the last point or comma is the decimal one; undefined when the groups are not
 * groups of three after a first group of one to three digits, all separated by one kind.
 */
function withoutThousands(text: string): string | undefined {
  const kinds = new Set(text.replace(/[0-9]/g, ''));
  if (kinds.size > 2) return undefined;
  const decimalAt = kinds.size === 2 ? Math.max(text.lastIndexOf('.'), text.lastIndexOf(',')) : -1;
  const grouped = decimalAt < 0 ? text : text.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : text.slice(decimalAt + 1);
  const [first = '', ...rest] = grouped.split(/[., ]/);
  if (new Set(grouped.replace(/[0-9]/g, '')).size !== 1) return undefined;
  if (/[^0-9]/.test(fraction) || rest.length === 0 || !/^[0-9]{1,3}$/.test(first) || rest.some((g) => !/^[0-9]{3}$/.test(g))) return undefined;
  return `${first}${rest.join('')}${fraction === '' ? '' : `.${fraction}`}`;
}

/** `1e3` → `1000`, `2.5e4` → `25000`: a whole number written in full; undefined for a fraction (`1e-3`) or more than 21 digits. */
function withoutExponent([, whole = '', fraction = '', power = '0']: RegExpExecArray, sign: string): string | undefined {
  const zeros = Number(power) - fraction.length;
  if (zeros < 0 || whole.length + fraction.length + zeros > 21) return undefined;
  return `${sign === '-' ? '-' : ''}${`${whole}${fraction}`.replace(/^0+(?=[0-9])/, '')}${'0'.repeat(zeros)}`;
}

/** `900.000` as a decimal, written so that it cannot be read as thousands: `900`, `1.25`, `1.1250`. */
function unambiguousDecimal(whole: string, fraction: string): string {
  const trimmed = fraction.replace(/0+$/, '');
  if (trimmed === '') return whole;
  return `${whole}.${trimmed.length === 3 ? `${trimmed}0` : trimmed}`;
}

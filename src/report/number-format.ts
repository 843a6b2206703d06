import { groupThousands } from '../language.js';
import { Dec, decimalFromNumber, toEuros } from '../model/decimal.js';
import type { Language } from './i18n/index.js';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * What a format shows of a number: the fraction digits it always writes and at most writes,
 * and whether it is a percentage; or, instead of fraction digits, at most so many significant
 * digits (as Intl's `maximumSignificantDigits`, which overrides fraction digits).
 */
type Shape =
  | { readonly minDecimals: number; readonly maxDecimals: number; readonly percent?: true }
  | { readonly significant: number };

const wholeNumber: Shape = { minDecimals: 0, maxDecimals: 0 };

/**
 * A number written exactly as `Intl.NumberFormat` writes it in the language's locale with
 * that shape (test/report/number-format-intl.test.ts), but by hand: the first number Intl
 * formats in a process costs some 10 ms of ICU start-up, more than all of a run's figures.
 * ICU rounds the shortest decimal that reads back as the double, the one `String(x)`
 * writes, not the double's exact binary value that `toFixed` rounds (1.005 is "1.01" to
 * Intl, "1.00" to toFixed), half away from zero; a percentage is that decimal times 100.
 * A negative number that rounds to zero keeps its minus ("-0"), as in Intl.
 */
function written(x: number, language: Language, shape: Shape): string {
  // NaN and infinity have words and signs of their own: Intl writes them
  if (!Number.isFinite(x)) return x.toLocaleString(locales[language], optionsOf(shape));
  const shortest = decimalFromNumber(Math.abs(x));
  const percent = 'percent' in shape;
  const rounded =
    'significant' in shape
      ? shortest.toSignificantDigits(shape.significant, Dec.ROUND_HALF_UP).toFixed()
      : (percent ? shortest.times(100) : shortest).toFixed(shape.maxDecimals, Dec.ROUND_HALF_UP);
  const [whole = '', fraction = ''] = rounded.split('.');
  const always = 'minDecimals' in shape ? shape.minDecimals : 0;
  const shown = fraction.slice(0, always) + fraction.slice(always).replace(/0+$/, '');
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const decimals = shown === '' ? '' : `${language === 'en' ? '.' : ','}${shown}`;
  return `${sign}${groupThousands(whole, language)}${decimals}${percent ? '%' : ''}`;
}

/** The Intl options of a shape: what {@link written} writes by hand. */
function optionsOf(shape: Shape): Intl.NumberFormatOptions {
  if ('significant' in shape) return { maximumSignificantDigits: shape.significant };
  return { ...(shape.percent === true ? { style: 'percent' } : {}), minimumFractionDigits: shape.minDecimals, maximumFractionDigits: shape.maxDecimals };
}

/** Money in whole euros the way the language writes it: `€ 1.234.567` (nl), `€1,234,567` (en). */
export function formatEuros(x: Dec, language: Language): string {
  const euros = toEuros(x);
  const text = written(euros.abs().toNumber(), language, wholeNumber);
  const sign = euros.isNegative() && !euros.isZero() ? '-' : '';
  return language === 'nl' ? `${sign}€ ${text}` : `${sign}€${text}`;
}

/** A ratio as a percentage with up to two decimals: `2,5%` (nl), `2.5%` (en). */
export function formatPercent(x: Dec | number, language: Language): string {
  return written(typeof x === 'number' ? x : x.toNumber(), language, { minDecimals: 0, maxDecimals: 2, percent: true });
}

/** A number with up to `maxDecimals` (two unless said) decimals, in the language's own decimals: `1.234,5` (nl), `1,234.5` (en). */
export function formatNumber(x: number, language: Language, maxDecimals = 2): string {
  return written(x, language, { minDecimals: 0, maxDecimals });
}

/** A number to at most `digits` significant digits, trailing zeros left out: `0,00012` or `1.200.000` to two (nl). */
export function formatSignificant(x: number, language: Language, digits: number): string {
  return written(x, language, { significant: digits });
}

/** A number with exactly `decimals` decimals (as Intl with that minimum and maximum): the council summary's amounts, a chart's axis, a head count. */
export function formatFixed(x: number, language: Language, decimals: number): string {
  return written(x, language, { minDecimals: decimals, maxDecimals: decimals });
}

/** Money in thousands of euros, the unit of council tables: `1.235` for € 1.234.567 (nl). */
export function formatThousands(x: Dec, language: Language): string {
  const thousands = x.div(1000).toDecimalPlaces(0, 4 /* ROUND_HALF_UP */);
  return written(thousands.toNumber(), language, wholeNumber);
}

/** A binary number rounded to cents, half away from zero (as Excel's ROUND(x, 2)): the risk figures' output edge. */
export function roundCents(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100;
}

import { toEuros, type Dec } from '../model/decimal.js';
import type { Language } from './i18n/index.js';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * A number format for each language, made when first used and then kept: making an
 * `Intl.NumberFormat` costs far more than formatting with it, and a council summary formats
 * hundreds of numbers (its tables), a batch thousands.
 */
export function perLanguage(options: Intl.NumberFormatOptions): (language: Language) => Intl.NumberFormat {
  const made = new Map<Language, Intl.NumberFormat>();
  return (language) => {
    let format = made.get(language);
    if (format === undefined) {
      format = new Intl.NumberFormat(locales[language], options);
      made.set(language, format);
    }
    return format;
  };
}

const wholeNumbers = perLanguage({ maximumFractionDigits: 0 });
const percentages = perLanguage({ style: 'percent', maximumFractionDigits: 2 });
const twoDecimals = perLanguage({ maximumFractionDigits: 2 });
const oneDecimal = perLanguage({ minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Money in whole euros the way the language writes it: `€ 1.234.567` (nl), `€1,234,567` (en). */
export function formatEuros(x: Dec, language: Language): string {
  const euros = toEuros(x);
  const text = wholeNumbers(language).format(euros.abs().toNumber());
  const sign = euros.isNegative() && !euros.isZero() ? '-' : '';
  return language === 'nl' ? `${sign}€ ${text}` : `${sign}€${text}`;
}

/** A ratio as a percentage with up to two decimals: `2,5%` (nl), `2.5%` (en). */
export function formatPercent(x: Dec, language: Language): string {
  return percentages(language).format(x.toNumber());
}

/** A number with up to two decimals, in the language's own decimals: `1.234,5` (nl), `1,234.5` (en). */
export function formatNumber(x: number, language: Language): string {
  return twoDecimals(language).format(x);
}

/** A count of people with one decimal. */
export function formatCount(x: Dec, language: Language): string {
  return oneDecimal(language).format(x.toNumber());
}

/** Money in thousands of euros, the unit of council tables: `1.235` for € 1.234.567 (nl). */
export function formatThousands(x: Dec, language: Language): string {
  const thousands = x.div(1000).toDecimalPlaces(0, 4 /* ROUND_HALF_UP */);
  return wholeNumbers(language).format(thousands.toNumber());
}

/** A binary number rounded to cents, half away from zero (as Excel's ROUND(x, 2)): the risk figures' output edge. */
export function roundCents(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100;
}

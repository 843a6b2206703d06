import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, toEuros } from '../../src/model/decimal.js';
import type { Language } from '../../src/report/i18n/index.js';
import { formatEuros, formatFixed, formatNumber, formatPercent, formatSignificant, formatThousands } from '../../src/report/number-format.js';

// Issue 16: the reports write their numbers by hand instead of through Intl (whose first
// format costs the ICU start-up). The oracle is Intl itself, as the reports called it before:
// every number, of every magnitude and in both languages, must be written with the same
// characters.

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const LANGUAGES = ['nl', 'en'] as const;

const intl = (options: Intl.NumberFormatOptions) => {
  const formats = { nl: new Intl.NumberFormat(LOCALES.nl, options), en: new Intl.NumberFormat(LOCALES.en, options) };
  return (x: number, language: Language) => formats[language].format(x);
};
const wholeNumbers = intl({ maximumFractionDigits: 0 });
const percentages = intl({ style: 'percent', maximumFractionDigits: 2 });
const twoDecimals = intl({ maximumFractionDigits: 2 });
const oneDecimal = intl({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
// evaluate's population and factor, calibrate's factors, standard errors and parameter values
const twoFixed = intl({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
const sixFixed = intl({ minimumFractionDigits: 6, maximumFractionDigits: 6 });
const sixDecimals = intl({ maximumFractionDigits: 6 });
const twoSignificant = intl({ maximumSignificantDigits: 2 });
const sixSignificant = intl({ maximumSignificantDigits: 6 });

/** formatEuros as it was: Intl for the digits, the sign and the euro sign around them. */
function eurosByIntl(x: Dec, language: Language): string {
  const euros = toEuros(x);
  const text = wholeNumbers(euros.abs().toNumber(), language);
  const sign = euros.isNegative() && !euros.isZero() ? '-' : '';
  return language === 'nl' ? `${sign}€ ${text}` : `${sign}€${text}`;
}

/** formatThousands as it was. */
function thousandsByIntl(x: Dec, language: Language): string {
  return wholeNumbers(x.div(1000).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber(), language);
}

/** Doubles of every magnitude, -0, the infinities and NaN among them. */
const doubles = fc.double();
/** Doubles read from short decimals (`2.675`, `-0.15`, `1234.5`): where ties to round are. */
const decimalDoubles = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 12 })).map(([n, k]) => Number(`${n}e-${k}`));
/** Decimals of up to 30 digits with up to 12 of them after the point: the engine's figures. */
const decimals = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 12 })).map(([n, k]) => new Dec(`${n}e-${k}`));

const EDGES = [
  0, -0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.05, -0.05, 0.15, 0.25, 0.35, 1.005, 2.675, 1.45, 8.345, 0.004, -0.004, -0.0000001, 5e-324, -5e-324,
  0.1 + 0.2, 0.000125, 0.0115, 0.025, -0.025, 1.00005, 0.10005, 999.995, 999999.95, 9.995, 0.99995, 123456.789, 1e15 + 0.5, 2 ** 53 - 1, 2 ** 53,
  2 ** 53 + 2, 2 ** 60, -(2 ** 60), 1e20, 1e21, 1.5e300, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN,
];

const RUNS = { numRuns: 3000 };

describe('numbers written by hand are written as Intl writes them', () => {
  for (const language of LANGUAGES) {
    it(`formatNumber, in ${language}`, () => {
      for (const x of EDGES) expect(formatNumber(x, language)).toBe(twoDecimals(x, language));
      fc.assert(fc.property(fc.oneof(doubles, decimalDoubles), (x) => formatNumber(x, language) === twoDecimals(x, language)), RUNS);
    });

    it(`formatFixed, in ${language} (a council summary's amounts, a chart's axis, the terminal's head counts)`, () => {
      for (const x of EDGES) expect([formatFixed(x, language, 0), formatFixed(x, language, 1)]).toEqual([wholeNumbers(x, language), oneDecimal(x, language)]);
      fc.assert(fc.property(fc.oneof(doubles, decimalDoubles), (x) => formatFixed(x, language, 0) === wholeNumbers(x, language) && formatFixed(x, language, 1) === oneDecimal(x, language)), RUNS);
      // the terminal's head counts: decimals of the engine, as numbers
      fc.assert(fc.property(decimals, (x) => formatFixed(x.toNumber(), language, 1) === oneDecimal(x.toNumber(), language)), RUNS);
    });

    it(`formatNumber to six decimals and formatFixed to two and six, in ${language} (evaluate's and calibrate's figures)`, () => {
      const same = (x: number) =>
        formatNumber(x, language, 6) === sixDecimals(x, language) && formatFixed(x, language, 2) === twoFixed(x, language) && formatFixed(x, language, 6) === sixFixed(x, language);
      for (const x of EDGES) expect([formatNumber(x, language, 6), formatFixed(x, language, 2), formatFixed(x, language, 6)]).toEqual([sixDecimals(x, language), twoFixed(x, language), sixFixed(x, language)]);
      fc.assert(fc.property(fc.oneof(doubles, decimalDoubles), same), RUNS);
    });

    it(`formatSignificant, in ${language} (calibrate's standard errors and small values)`, () => {
      const same = (x: number) => formatSignificant(x, language, 2) === twoSignificant(x, language) && formatSignificant(x, language, 6) === sixSignificant(x, language);
      for (const x of [...EDGES, 9.96, 0.000123456789, 1234567, 99.95, 0.095, 999999.5]) {
        expect([formatSignificant(x, language, 2), formatSignificant(x, language, 6)]).toEqual([twoSignificant(x, language), sixSignificant(x, language)]);
      }
      fc.assert(fc.property(fc.oneof(doubles, decimalDoubles), same), RUNS);
    });

    it(`formatPercent, in ${language}`, () => {
      for (const x of EDGES) expect([formatPercent(new Dec(x), language), formatPercent(x, language)]).toEqual([percentages(x, language), percentages(x, language)]);
      fc.assert(fc.property(fc.oneof(doubles, decimalDoubles), (x) => formatPercent(x, language) === percentages(x, language)), RUNS);
      fc.assert(fc.property(fc.oneof(doubles, decimalDoubles), (x) => formatPercent(new Dec(x), language) === percentages(x, language)), RUNS);
      fc.assert(fc.property(decimals, (x) => formatPercent(x, language) === percentages(x.toNumber(), language)), RUNS);
    });

    it(`formatEuros and formatThousands, in ${language}`, () => {
      const finite = EDGES.filter((x) => Number.isFinite(x)).map((x) => new Dec(x));
      for (const x of [...finite, new Dec('-0.5'), new Dec('-0.4999'), new Dec('1e40'), new Dec('-123456789012345678901234.5'), new Dec(-499.9), new Dec(-500)]) {
        expect(formatEuros(x, language)).toBe(eurosByIntl(x, language));
        expect(formatThousands(x, language)).toBe(thousandsByIntl(x, language));
      }
      const amounts = fc.oneof(decimals, doubles.filter(Number.isFinite).map((x) => new Dec(x)), decimalDoubles.map((x) => new Dec(x)));
      fc.assert(fc.property(amounts, (x) => formatEuros(x, language) === eurosByIntl(x, language) && formatThousands(x, language) === thousandsByIntl(x, language)), RUNS);
    });
  }
});

describe('the test would see a wrong rounding', () => {
  // toFixed rounds the double's exact binary value; Intl rounds its shortest decimal (1.005 -> 1.01)
  const byToFixed = (x: number, language: Language) => {
    const [whole = '', fraction = ''] = Math.abs(x).toFixed(1).split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+$)/g, language === 'en' ? ',' : '.');
    return `${x < 0 || Object.is(x, -0) ? '-' : ''}${grouped}${language === 'en' ? '.' : ','}${fraction}`;
  };

  it('rounding the exact binary value differs from Intl, and the generators find it', () => {
    expect(byToFixed(0.15, 'en')).toBe('0.1');
    expect(oneDecimal(0.15, 'en')).toBe('0.2');
    expect(formatFixed(0.15, 'en', 1)).toBe('0.2');
    const found = fc.check(fc.property(decimalDoubles.filter((x) => Math.abs(x) < 1e21), (x) => byToFixed(x, 'nl') === oneDecimal(x, 'nl')), RUNS);
    expect(found.failed).toBe(true);
  });

  it('rounding ties to even differs from Intl, and the generators find it', () => {
    const halfEven = (x: number) => new Dec(String(Math.abs(x))).toFixed(2, Dec.ROUND_HALF_EVEN);
    expect(formatNumber(0.125, 'en')).toBe('0.13');
    const found = fc.check(fc.property(decimalDoubles, (x) => `${x < 0 || Object.is(x, -0) ? '-' : ''}${halfEven(x)}`.replace(/\.?0+$/, '') === twoDecimals(x, 'en').replace(/,/g, '')), RUNS);
    expect(found.failed).toBe(true);
  });
});

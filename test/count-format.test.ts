import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES, formatCount, numberLocale, useLanguage } from '../src/language.js';

// formatCount groups whole numbers by hand instead of through Intl: it must write every
// whole number exactly as toLocaleString does in the language's locale
describe('formatCount writes whole numbers as Intl does', () => {
  afterEach(() => useLanguage('nl'));

  for (const language of LANGUAGES) {
    it(`in ${language}`, () => {
      useLanguage(language);
      const intl = (n: number) => n.toLocaleString(numberLocale(language), { maximumFractionDigits: 0 });
      for (const n of [0, -0, 1, 999, 1000, 1050, -1050, 26_000, 999_999, 1_000_000, 123_456_789, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]) {
        expect(formatCount(n)).toBe(intl(n));
      }
      fc.assert(fc.property(fc.maxSafeInteger(), (n) => formatCount(n) === intl(n)), { numRuns: 2000 });
      // what is not a whole number is rounded as Intl rounds it
      fc.assert(fc.property(fc.double({ noNaN: true }), (n) => formatCount(n) === intl(n)), { numRuns: 500 });
    });

    it(`in ${language} when asked for, whatever the chosen language (the tables of texts)`, () => {
      const other = language === 'nl' ? 'en' : 'nl';
      useLanguage(other);
      const intl = (n: number) => n.toLocaleString(numberLocale(language), { maximumFractionDigits: 0 });
      fc.assert(fc.property(fc.maxSafeInteger(), (n) => formatCount(n, language) === intl(n)), { numRuns: 1000 });
      expect(formatCount(1_234_567, language)).not.toBe(formatCount(1_234_567, other));
    });
  }
});

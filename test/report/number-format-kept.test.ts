import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perLanguage } from '../../src/report/number-format.js';

// Issue 16: the reports keep one number format per language and options instead of making a
// new one for every number; a kept format writes every number as a new one would.

const OPTIONS: readonly Intl.NumberFormatOptions[] = [
  { maximumFractionDigits: 0 },
  { style: 'percent', maximumFractionDigits: 2 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1 },
];
const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

describe('a number format kept per language', () => {
  it('is made once per language', () => {
    const format = perLanguage({ maximumFractionDigits: 2 });
    expect(format('nl')).toBe(format('nl'));
    expect(format('en')).not.toBe(format('nl'));
  });

  it('writes any number as a format made for it alone does', () => {
    const formats = OPTIONS.map((options) => ({ options, kept: perLanguage(options) }));
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.constantFrom('nl' as const, 'en' as const), (x, language) => {
        for (const { options, kept } of formats) expect(kept(language).format(x)).toBe(new Intl.NumberFormat(LOCALES[language], options).format(x));
      }),
    );
  });
});

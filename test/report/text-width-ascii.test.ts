import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/report/workbook/text-width.js';

/*
 * A plain ASCII text is measured character by character code, any other text after taking
 * its accents apart: both ways must give a character the same width.
 */

const ascii = fc.array(fc.integer({ min: 0, max: 127 }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));

describe('the width of a plain ASCII text', () => {
  it('is what the same characters measure in a text that is not plain ASCII', () => {
    fc.assert(
      fc.property(ascii, fc.boolean(), fc.constantFrom('€', 'é', '—', '漢'), (text, bold, other) => {
        // at 1,000 points a width is its whole number of thousandths: the difference is exact
        const font = { size: 1000, bold };
        expect(textWidth(`${text}${other}`, font) - textWidth(other, font)).toBe(textWidth(text, font));
      }),
      { numRuns: 500 },
    );
  });

  it('adds up the widths of its characters', () => {
    const font = { size: 1000 };
    expect(textWidth('Wi 1,', font)).toBe(['W', 'i', ' ', '1', ','].reduce((a, c) => a + textWidth(c, font), 0));
    expect(textWidth('Kosten', { bold: true })).toBeGreaterThan(textWidth('Kosten'));
  });
});

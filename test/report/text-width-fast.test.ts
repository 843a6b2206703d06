import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberText, textWidth, widestNumber, wrappedLines, type FontSpec } from '../../src/report/workbook/text-width.js';
import { FORMAT } from '../../src/report/workbook/styles.js';

/** The straightforward wrapping, measuring every candidate line whole: the oracle of the incremental one. */
function wrappedLinesByHand(text: string, room: number, font: FontSpec): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && textWidth(candidate, font) > room) {
        lines.push(line);
        line = word;
      } else line = candidate;
      for (let over = Math.ceil(textWidth(line, font) / room) - 1; over > 0; over--) lines.push('');
      if (textWidth(line, font) > room) line = '…';
    }
    lines.push(line);
  }
  return lines;
}

/** Words of letters, digits, accented letters (composed and not), dashes and the odd unknown character. */
const word = fc.array(fc.constantFrom('a', 'W', 'i', '1', ',', 'é', 'e\u0301', 'ß', '—', '€', '漢', 'x'), { maxLength: 14 }).map((cs) => cs.join(''));
const text = fc.array(fc.oneof(word, fc.constant(''), fc.constant('\n')), { maxLength: 30 }).map((ws) => ws.join(' '));
const font = fc.record({ size: fc.constantFrom(8, 11, 14), bold: fc.boolean() });

describe('the print layout measures texts and numbers without measuring each again', () => {
  it('wraps a text into the same lines as measuring every candidate line whole', () => {
    fc.assert(
      fc.property(text, fc.double({ min: 5, max: 400, noNaN: true }), font, (t, room, f) => {
        expect(wrappedLines(t, room, f)).toEqual(wrappedLinesByHand(t, room, f));
      }),
      { numRuns: 400 },
    );
  });

  it('wraps at exactly the room where a line fits to the last thousandth', () => {
    const line = 'aaaa bbbb cccc';
    expect(wrappedLines(line, textWidth(line))).toEqual([line]);
    expect(wrappedLines(line, textWidth(line) - 0.001)).toEqual(wrappedLinesByHand(line, textWidth(line) - 0.001, {}));
  });

  it('finds the widest number of a column as measuring every number would', () => {
    const formats = [undefined, 'General', ...Object.values(FORMAT)];
    const value = fc.oneof(fc.double({ noNaN: true, min: -1e25, max: 1e25 }), fc.integer({ min: -2e9, max: 2e9 }), fc.double({ noNaN: true, min: -2, max: 2 }), fc.constantFrom(0, -0, 0.5, -0.5, 999.995, 1e21, -1e21));
    fc.assert(
      fc.property(fc.array(fc.record({ value, numFmt: fc.constantFrom(...formats) }), { maxLength: 40 }), (numbers) => {
        const byHand = Math.max(0, ...numbers.map((n) => textWidth(numberText(n.value, n.numFmt))));
        expect(widestNumber(numbers)).toBe(byHand);
      }),
      { numRuns: 500 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isXmlText } from '../src/text-characters.js';

// isXmlText guards every part of a workbook and every text of a Word summary. Its oracle is
// XML 1.0's Char production itself, code point by code point (a lone surrogate is a code
// point of its own to for…of): #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
function byTheProduction(text: string): boolean {
  for (const c of text) {
    const p = c.codePointAt(0) ?? 0;
    const allowed = p === 0x9 || p === 0xa || p === 0xd || (p >= 0x20 && p <= 0xd7ff) || (p >= 0xe000 && p <= 0xfffd) || p >= 0x10000;
    if (!allowed) return false;
  }
  return true;
}

/** Single UTF-16 code units, weighted toward the edges of the production. */
const unit = fc.oneof(
  fc.constantFrom(0x0, 0x8, 0x9, 0xa, 0xb, 0xc, 0xd, 0xe, 0x1f, 0x20, 0x7f, 0x9f, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xfffe, 0xffff),
  fc.integer({ min: 0, max: 0xffff }),
  fc.integer({ min: 0x20, max: 0x7e }),
);
const codeUnits = fc.array(unit, { maxLength: 12 }).map((units) => String.fromCharCode(...units));

describe('isXmlText', () => {
  it('holds exactly the texts XML 1.0 allows', () => {
    const cases = ['', 'Almelo € 1.234', 'tab\tline\nreturn\r', '\u007f', '\ud83d\ude00', '\u0000', '\u001f', '\ufffe', '\uffff', '\ud83d', '\ude00', '\ude00\ud83d', 'a\ud83db'];
    for (const text of cases) expect(isXmlText(text), JSON.stringify(text)).toBe(byTheProduction(text));
    expect(cases.filter((text) => !isXmlText(text))).toEqual(['\u0000', '\u001f', '\ufffe', '\uffff', '\ud83d', '\ude00', '\ude00\ud83d', 'a\ud83db']);
    fc.assert(fc.property(codeUnits, (text) => isXmlText(text) === byTheProduction(text)), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => isXmlText(text) === byTheProduction(text)), { numRuns: 1000 });
  });
});

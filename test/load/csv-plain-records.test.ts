import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainRecords } from '../../src/load/csv-plain-records.js';

// The line split of a text without quotes against csv-parse with csv-table.ts's settings: the
// same records, fields and lines wherever the split reads a text; where it declines, the text
// has what only csv-parse reads right (a quote, a lone CR or LF, an overlong line).

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };
const MAX = 60;

type Read = Array<{ record: string[]; line: number }>;

function byCsvParse(text: string, delimiter: string, max = MAX): Read {
  const read: Read = [];
  parse(text, {
    delimiter, skip_empty_lines: true, skip_records_with_empty_values: true, trim: true, bom: true, relax_column_count: true, max_record_size: max,
    on_record: (record: string[], context) => {
      read.push({ record, line: context.lines });
      return null;
    },
  });
  return read;
}

function bySplit(text: string, delimiter: string, max = MAX): Read | undefined {
  const read: Read = [];
  return plainRecords(text, delimiter, max, (record, line) => read.push({ record, line })) ? read : undefined;
}

const piece = fc.constantFrom('a', '7', '1.5', 'x y', ' ', '\t', '\u00a0', '\ufeff', '\u2028', '\u3000', ',', ';', 'é', '\ud83d\ude00');
const line = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const text = (end: string) => fc.array(line, { maxLength: 8 }).chain((lines) => fc.boolean().map((last) => lines.join(end) + (last ? end : '')));
const delimiter = fc.constantFrom(',', ';', '\t');

describe('CSV texts without quotes', () => {
  it('reads the records, fields and lines csv-parse reads, with LF or CRLF line ends', () => {
    const ends = fc.constantFrom('\n', '\r\n');
    fc.assert(fc.property(ends.chain((end) => fc.tuple(fc.constant(end), text(end))), delimiter, ([end, t], d) => {
      const split = bySplit(t, d);
      // declined only for a line too long for the split's guarantee on the record size
      if (split === undefined) return expect(t.split(end).some((l) => l.length > MAX / 3)).toBe(true);
      expect(split).toEqual(byCsvParse(t, d));
    }), runs);
  });

  it('reads a shipped kind of file as csv-parse does, BOM and blank rows included', () => {
    const t = '\ufeffbirth_year,work_form,count\r\n1955, beschut ,3\r\n\r\n,,\r\n 1960,lks,1 ';
    expect(bySplit(t, ',', 1000)).toEqual(byCsvParse(t, ',', 1000));
    expect(bySplit(t, ',', 1000)).toHaveLength(3);
  });

  it('leaves to csv-parse a text with a quote, a lone CR, an LF without its CR, or an overlong line', () => {
    for (const t of ['a,"b"\n1,2', 'a,b\r1,2', 'a,b\r\n1,2\n3,4', 'a,b\n1,2\r\n', 'a,b\r', `a\n${'x'.repeat(MAX)}`, 'a\ud83d\n1']) {
      expect(bySplit(t, ',')).toBeUndefined();
    }
  });
});

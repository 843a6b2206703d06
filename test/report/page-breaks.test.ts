import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keptWhole, pageBreaks, pageStarts, spanHeight, type PageFrame, type RowSpan } from '../../src/report/workbook/page-breaks.js';
import { numberText, textWidth, wrappedLines } from '../../src/report/workbook/text-width.js';
import { keepTogether, layOutForPrint } from '../../src/report/workbook/print-layout.js';
import { newWorkbook } from '../../src/report/workbook/stamp.js';
import type { Book, Sheet } from '../../src/report/workbook/sheet-model.js';
import type { ChartSpec } from '../../src/report/workbook/charts/chart-spec.js';

/** A frame of rows with the given heights (row 1 first). */
function frame(heights: readonly number[], capacity: number): PageFrame {
  return { firstRow: 1, lastRow: heights.length, height: (row) => heights[row - 1] ?? 15, capacity };
}

describe('page breaks (README, "Printing")', () => {
  it('moves a break that would cut a table up to before the table', () => {
    // 10 rows of 15 pt on a page of 100 pt: the program would break after row 6, inside the table of rows 5–8
    const f = frame(Array<number>(10).fill(15), 100);
    expect(pageStarts(f, [])).toEqual([1, 7]);
    const breaks = pageBreaks(f, [{ first: 5, last: 8 }]);
    expect(breaks).toEqual([4]);
    expect(pageStarts(f, breaks)).toEqual([1, 5]);
  });

  it('keeps a chart beside a table together with it: overlapping spans move the break before both', () => {
    const f = frame(Array<number>(30).fill(15), 200);
    const spans = [{ first: 8, last: 12 }, { first: 10, last: 20 }];
    const starts = pageStarts(f, pageBreaks(f, spans));
    for (const span of spans) expect(keptWhole(starts, span)).toBe(true);
  });

  it('breaks a span taller than a page where the page is full, and does not loop', () => {
    const f = frame(Array<number>(20).fill(15), 100);
    const breaks = pageBreaks(f, [{ first: 1, last: 20 }]);
    expect(breaks).toEqual([6, 12, 18]);
  });

  it('never breaks inside a span that fits on a page, and fills no page beyond its room (property)', () => {
    const rows = fc.array(fc.integer({ min: 10, max: 60 }), { minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(rows, fc.array(fc.tuple(fc.nat(119), fc.nat(30)), { maxLength: 12 }), (heights, raw) => {
        const f = frame(heights, 400);
        const spans: RowSpan[] = raw
          .map(([start, length]) => ({ first: 1 + (start % heights.length), last: Math.min(heights.length, 1 + (start % heights.length) + length) }))
          // spans that do not overlap, as a sheet's tables and charts below each other
          .filter((span, i, all) => all.slice(0, i).every((other) => span.last < other.first || other.last < span.first));
        const breaks = pageBreaks(f, spans);
        const starts = pageStarts(f, breaks);
        // the program adds no break of its own: every page holds what the breaks put on it
        expect(starts).toEqual([1, ...breaks.map((b) => b + 1)]);
        for (const span of spans) if (spanHeight(f, span) <= f.capacity) expect(keptWhole(starts, span)).toBe(true);
      }),
    );
  });
});

describe('text widths (README, "Printing")', () => {
  it('measures bold wider than regular, and a longer text wider', () => {
    expect(textWidth('Contante waarde, 80%', { bold: true })).toBeGreaterThan(textWidth('Contante waarde, 80%'));
    expect(textWidth('gerealiseerd')).toBeGreaterThan(textWidth('gr'));
    expect(textWidth('é')).toBe(textWidth('e'));
  });

  it('wraps at spaces, and breaks a word wider than the room over lines', () => {
    expect(wrappedLines('Kans goedkoper dan referentie', textWidth('Kans goedkoper'))).toEqual(['Kans goedkoper', 'dan referentie']);
    expect(wrappedLines('https://example.org/a-very-long-address-without-spaces', 40).length).toBeGreaterThan(3);
  });

  it('shows numbers as the workbook formats do', () => {
    expect(numberText(-1234567.4, '#,##0;[Red]-#,##0')).toBe('-1,234,567');
    expect(numberText(0.035, '0.00%')).toBe('3.50%');
    expect(numberText(2021, '0')).toBe('2021');
  });
});

describe('the print layout of a sheet (README, "Printing")', () => {
  /** A sheet of `tables` tables of 12 rows each (title, header, 10 rows, a blank row), with a chart of 20 rows under them. */
  function sheet(tables: number): { ws: Sheet; wb: Book; spans: RowSpan[]; chart: ChartSpec } {
    const wb = newWorkbook(new Date(0));
    const ws = wb.addWorksheet('Vergelijking');
    const spans: RowSpan[] = [];
    for (let t = 0; t < tables; t++) {
      const top = 1 + 13 * t;
      ws.getCell(top, 1).value = `Tabel ${t + 1}`;
      const header = ws.getRow(top + 1);
      ['Configuratie', 'Kans goedkoper dan referentie', 'Contante waarde, 80%'].forEach((text, i) => (header.getCell(i + 1).value = text));
      header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      for (let r = top + 2; r < top + 12; r++) [`gemeente ${r}`, r, r * 2].forEach((value, i) => (ws.getCell(r, i + 1).value = value));
      keepTogether(ws, top, top + 11);
      spans.push({ first: top, last: top + 11 });
    }
    const chartTop = 13 * tables + 1;
    const chart = { kind: 'bar', title: 'x', series: [], valueFormat: '0', anchor: { from: { column: 0, row: chartTop - 1 }, to: { column: 3, row: chartTop + 19 } } } as const;
    ws.getColumn(1).width = 20;
    ws.getColumn(2).width = 12;
    ws.getColumn(3).width = 12;
    return { ws, wb, spans: [...spans, { first: chartTop, last: chartTop + 19 }], chart };
  }

  it('breaks pages only between tables and charts, at a scale that fits the width, with explicit breaks honoured', () => {
    const { ws, wb, spans, chart } = sheet(6);
    layOutForPrint(wb, [{ sheet: 'Vergelijking', specs: [chart] }]);
    const breaks = ws.rowBreaks.map((b) => b.id);
    expect(breaks.length).toBeGreaterThan(0);
    for (const row of breaks) for (const span of spans) expect(row >= span.first && row < span.last).toBe(false);
    expect(ws.pageSetup).toMatchObject({ fitToPage: false, paperSize: 9 });
    expect(ws.pageSetup.printArea).toBe('A$1:C$98');
  });

  it('wraps a header that would be cut, grows its row, and gives every font a typeface', () => {
    const { ws, wb, chart } = sheet(1);
    layOutForPrint(wb, [{ sheet: 'Vergelijking', specs: [chart] }]);
    const header = ws.getRow(2);
    expect(header.getCell(2).alignment?.wrapText).toBe(true);
    expect(header.height).toBeGreaterThanOrEqual(30);
    expect(header.getCell(1).alignment?.wrapText).toBeUndefined();
    expect(header.getCell(2).font?.name).toBe('Calibri');
  });
});

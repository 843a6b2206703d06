import type { Sheet } from '../workbook/sheet-model.js';
import type { WorldFigures, WorldsRow } from '../../engine/index.js';
import type { WorkbookLabels } from '../i18n/workbook-labels.js';
import { writeFormula, writeText, writeValue } from '../workbook/cells.js';
import { address } from '../workbook/layout.js';
import { keepTogether } from '../workbook/print-layout.js';
import { FORMAT, styleHeader, styleSection } from '../workbook/styles.js';

/**
 * "Met en zonder nieuwe doelgroepen" on the comparison sheet (docs/methodology.md#open-closed):
 * per configuration (columns, as in the tables above it) the region's NPV and its difference
 * with the baseline with the inflow streams and without, each followed by the part that comes
 * from the newcomers as a formula (with − without), and a sentence saying what that means.
 * Returns the first row after it.
 */
export function writeWorldsTable(ws: Sheet, top: number, rows: readonly WorldsRow[], labels: WorkbookLabels, baseline: string): number {
  const w = labels.comparison.worlds;
  let row = top;
  styleSection(writeText(ws, row++, 1, w.title));
  const header = ws.getRow(row++);
  header.getCell(1).value = labels.summary.configuration;
  rows.forEach((r, j) => (header.getCell(2 + j).value = r.label));
  styleHeader(header);
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 60;
  const measures: [keyof WorldFigures, { open: string; closed: string; newcomers: string }][] = [['npv', w.npv], ['deltaNpv', w.deltaNpv(baseline)]];
  for (const [measure, texts] of measures) {
    const format = measure === 'npv' ? FORMAT.money : FORMAT.difference;
    writeText(ws, row, 1, texts.open, { indent: 1 });
    writeText(ws, row + 1, 1, texts.closed, { indent: 1 });
    writeText(ws, row + 2, 1, texts.newcomers, { indent: 1, bold: true });
    rows.forEach((r, j) => {
      const column = 2 + j;
      writeValue(ws, row, column, r.open[measure], 'engine', format);
      writeValue(ws, row + 1, column, r.closed[measure], 'engine', format);
      writeFormula(ws, row + 2, column, `${address(column, row)}-${address(column, row + 1)}`, r.newcomers[measure], format);
      ws.getCell(row + 2, column).font = { bold: true };
    });
    row += 4; // a blank row between the two measures
  }
  writeExplanation(ws, row - 1, 1 + rows.length, w.explanation);
  keepTogether(ws, top, row - 1);
  return row;
}

/** Points of height per line of wrapped text, characters per unit of column width (Calibri 11, roughly), and Excel's width of a column not set. */
const LINE_HEIGHT = 15;
const CHARACTERS_PER_WIDTH = 1.1;
const DEFAULT_WIDTH = 9;

/** The explanation under the table, across its columns (whose widths are set), wrapped, in a row tall enough for it. */
function writeExplanation(ws: Sheet, row: number, lastColumn: number, text: string): void {
  const cell = writeText(ws, row, 1, text, { wrap: 1 });
  cell.font = { italic: true };
  ws.mergeCells(row, 1, row, lastColumn);
  const width = Array.from({ length: lastColumn }, (_, i) => ws.getColumn(1 + i).width ?? DEFAULT_WIDTH).reduce((a, b) => a + b, 0);
  ws.getRow(row).height = LINE_HEIGHT * Math.ceil(text.length / (width * CHARACTERS_PER_WIDTH)) + 3;
}

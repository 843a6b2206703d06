import type { Sheet } from '../workbook/sheet-model.js';
import type { ResultDifference, ResultTotals, ScenarioComparison } from '../../engine/index.js';
import type { ScenarioComparisonLabels } from '../i18n/scenario-comparison-labels.js';
import type { WorkbookLabels } from '../i18n/workbook-labels.js';
import { setUpPrinting, writeFormula, writeText, writeValue } from '../workbook/cells.js';
import { address } from '../workbook/layout.js';
import { CHEAPEST_FILL, FORMAT, styleHeader, styleTitle, styleTotal } from '../workbook/styles.js';
import { sideText, type ComparedSides } from './sides.js';

const HEADER_ROW = 6;
/** Columns: label, id, side (A, B, B − A), four money totals, break-even year. */
const SIDE_COLUMN = 3;
const MONEY_COLUMNS = [4, 5, 6, 7] as const;
const BREAK_EVEN_COLUMN = 8;
const MEASURES = ['cumulative', 'npv', 'deltaCumulative', 'deltaNpv'] as const;

export interface ResultsSheetText {
  readonly labels: WorkbookLabels;
  readonly comparison: ScenarioComparisonLabels;
  readonly title: string;
  readonly madeFrom: string;
  readonly footer: string;
}

/**
 * The results sheet: per configuration three rows, A and B (the engine's totals) and B − A
 * (formulas over them), the lowest NPV of each side highlighted.
 */
export function writeResultsSheet(ws: Sheet, comparison: ScenarioComparison, sides: ComparedSides, text: ResultsSheetText): void {
  const { labels: w, comparison: l } = text;
  const baselines = { a: sides.a.projection.region.baseline, b: sides.b.projection.region.baseline };
  styleTitle(writeText(ws, 1, 1, text.title));
  writeText(ws, 2, 1, l.workbook.subtitle(sideText(sides.a), sideText(sides.b)));
  writeText(ws, 3, 1, baselines.a === baselines.b ? l.resultsNote : `${l.resultsNote} ${l.baselinesDiffer(baselines.a, baselines.b)}`);
  writeText(ws, 4, 1, text.madeFrom, { italic: true });
  const header = ws.getRow(HEADER_ROW);
  [w.summary.configuration, w.summary.id, l.columns.scenario, w.summary.cumulative, w.summary.npv, w.summary.deltaCumulative, w.summary.deltaNpv, w.summary.breakEven]
    .forEach((title, i) => (header.getCell(i + 1).value = title));
  styleHeader(header);
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 32;
  let row = HEADER_ROW + 1;
  for (const r of comparison.results) {
    writeText(ws, row, 1, r.label);
    writeText(ws, row, 2, r.configuration);
    writeSide(ws, row, 'A', r.a, r.configuration === baselines.a, text);
    writeSide(ws, row + 1, 'B', r.b, r.configuration === baselines.b, text);
    writeChange(ws, row, r, l);
    if (comparison.cheapest.a === r.configuration) highlight(ws, row);
    if (comparison.cheapest.b === r.configuration) highlight(ws, row + 1);
    row += 3;
  }
  writeText(ws, row + 1, 1, l.workbook.cheapestNote, { italic: true });
  writeText(ws, row + 2, 1, l.workbook.breakEvenChange, { italic: true });
  // the label column holds the longest configuration labels on one line
  [44, 12, 10, 16, 16, 16, 16, 14].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  ws.views = [{ state: 'frozen', xSplit: SIDE_COLUMN, ySplit: HEADER_ROW, topLeftCell: address(SIDE_COLUMN + 1, HEADER_ROW + 1), activeCell: 'A1' }];
  setUpPrinting(ws, text.footer, `1:${HEADER_ROW}`);
}

function writeSide(ws: Sheet, row: number, side: 'A' | 'B', totals: ResultTotals | undefined, isBaseline: boolean, text: ResultsSheetText): void {
  writeText(ws, row, SIDE_COLUMN, side);
  if (totals === undefined) {
    writeText(ws, row, MONEY_COLUMNS[0], `(${text.comparison.notIn(side)})`, { italic: true });
    return;
  }
  // a difference with the baseline is coloured by meaning, a plain amount is not (styles.ts)
  MEASURES.forEach((measure, i) => writeValue(ws, row, MONEY_COLUMNS[i] ?? 0, totals[measure], 'engine', measure.startsWith('delta') ? FORMAT.difference : FORMAT.money));
  const s = text.labels.summary;
  if (totals.breakEvenYear !== null) writeValue(ws, row, BREAK_EVEN_COLUMN, totals.breakEvenYear, 'engine', FORMAT.year);
  else writeText(ws, row, BREAK_EVEN_COLUMN, isBaseline ? s.notApplicable : s.never).alignment = { horizontal: 'right' };
}

/** The B − A row (two rows below A): live formulas over the A and B cells, the engine's difference as cached result. */
function writeChange(ws: Sheet, rowA: number, r: ResultDifference, l: ScenarioComparisonLabels): void {
  const rowB = rowA + 1;
  const row = rowA + 2;
  writeText(ws, row, SIDE_COLUMN, l.change);
  const change = r.change;
  if (change !== undefined) {
    MEASURES.forEach((measure, i) => {
    const column = MONEY_COLUMNS[i] ?? 0;
      writeFormula(ws, row, column, `${address(column, rowB)}-${address(column, rowA)}`, change[measure], FORMAT.costChange);
    });
    const a = address(BREAK_EVEN_COLUMN, rowA);
    const b = address(BREAK_EVEN_COLUMN, rowB);
    writeFormula(ws, row, BREAK_EVEN_COLUMN, `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),${b}-${a},"–")`, change.breakEvenYears ?? '–', FORMAT.yearsChange);
    ws.getCell(row, BREAK_EVEN_COLUMN).alignment = { horizontal: 'right' };
  }
  // after the cells, so that the bold and the rule reach every one of them
  styleTotal(ws.getRow(row));
}

function highlight(ws: Sheet, row: number): void {
  for (let column = 1; column <= SIDE_COLUMN; column++) ws.getCell(row, column).fill = CHEAPEST_FILL;
}

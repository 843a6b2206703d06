import type { Sheet } from '../sheet-model.js';
import { municipalityName } from '../../../engine/index.js';
import { targetName } from '../../../model/uncertainty.js';
import { riskLabelsFor } from '../../i18n/risk-labels.js';
import type { Analyses } from '../../risk/analyses.js';
import { changeText } from '../../risk/terminal.js';
import { formatNumber, formatPercent, roundCents } from '../../number-format.js';
import { Dec } from '../../../model/decimal.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { setUpPrinting, writeFormula, writeText, writeValue } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import { sheetRange, sheetRef } from '../layout.js';
import { FORMAT, styleHeader, styleSection, styleTitle } from '../styles.js';
import { keepTogether } from '../print-layout.js';
import { columnPoints, textRoom, wrappedLines } from '../text-width.js';

/** How many variables the tornado chart shows: the largest swings. */
const CHART_BARS = 15;

/** The sheet's column widths: the assumption, its low and high change, then the figures. */
const WIDTHS = [34, 10, 10, 17, 17, 17, 17, 17, 17] as const;

/**
 * Whether an assumption moves an outcome: a swing that shows as at least a cent. The tables
 * list only those; the others are named in one sentence below them, so that a tornado of many
 * assumptions still prints as one table on one page.
 */
const moves = (swing: number): boolean => Math.abs(swing) >= 0.005;

/**
 * The Gevoeligheid sheet: the tornado of the chosen configuration (the outcome at each
 * assumption's low and high change, computed by soweco-bc; the effects and swings as formulas
 * over them) with a native tornado chart, the swing of every assumption per configuration,
 * and any goal seek.
 */
export function writeSensitivitySheet(ws: Sheet, ctx: WorkbookContext, analyses: Analyses): ChartSpec[] {
  const l = riskLabelsFor(ctx.language);
  const { region } = ctx.projection;
  const tornadoes = analyses.sensitivity?.tornadoes ?? [];
  const chosen = tornadoes[0];
  const label = (id: string) => region.configurations.find((c) => c.id === id)?.label ?? id;
  const baseline = label(region.baseline);
  styleTitle(writeText(ws, 1, 1, `${l.sheets.sensitivity} — ${municipalityName(ctx.projection.scenario, ctx.municipality)}`));
  let row = 3;
  const charts: ChartSpec[] = [];
  if (chosen !== undefined) {
    const measure = chosen.configuration === region.baseline ? l.npvMeasure : l.deltaMeasure(baseline);
    const tableTop = row;
    styleSection(writeText(ws, row++, 1, l.tornadoTitle(label(chosen.configuration), measure)));
    const baseRow = row++;
    writeText(ws, baseRow, 1, l.base(''));
    // the outcome is a difference with the baseline, except for the baseline itself
    const outcome = chosen.configuration === region.baseline ? FORMAT.money : FORMAT.difference;
    writeValue(ws, baseRow, 4, chosen.base, 'engine', outcome);
    const c = l.columns;
    const header = ws.getRow(row);
    [c.variable, c.low, c.high, c.atLow, c.atHigh, l.lowEffect, l.highEffect, c.swing, c.range].forEach((h, i) => (header.getCell(i + 1).value = h));
    styleHeader(header);
    const first = row + 1;
    const moving = chosen.bars.filter((b) => moves(b.swing));
    moving.forEach((b, i) => {
      const r = first + i;
      const kind = b.variable.target.kind;
      writeText(ws, r, 1, l.variable(kind, targetName(b.variable.target)));
      writeText(ws, r, 2, changeText(kind, b.variable.low, ctx.language));
      writeText(ws, r, 3, changeText(kind, b.variable.high, ctx.language));
      writeValue(ws, r, 4, b.atLow, 'engine', outcome);
      writeValue(ws, r, 5, b.atHigh, 'engine', outcome);
      // rounded to cents: an assumption without effect shows 0, not a float's -0
      writeFormula(ws, r, 6, `ROUND(D${r}-$D$${baseRow},2)`, roundCents(b.atLow - chosen.base), FORMAT.difference);
      writeFormula(ws, r, 7, `ROUND(E${r}-$D$${baseRow},2)`, roundCents(b.atHigh - chosen.base), FORMAT.difference);
      writeFormula(ws, r, 8, `ROUND(ABS(E${r}-D${r}),2)`, roundCents(Math.abs(b.atHigh - b.atLow)), FORMAT.money);
      writeText(ws, r, 9, b.variable.range === 'file' ? l.fromFile : l.byDefault);
    });
    const still = chosen.bars.filter((b) => !moves(b.swing)).map((b) => l.variable(b.variable.target.kind, targetName(b.variable.target)));
    const noteEnd = still.length === 0 ? first + moving.length : writeLines(ws, first + moving.length, l.noEffect(still));
    keepTogether(ws, tableTop, noteEnd - 1);
    const shown = Math.min(CHART_BARS, moving.length);
    const sheet = ws.name;
    const anchorRow = noteEnd + 1;
    if (shown > 0) charts.push({
      kind: 'bar',
      title: l.tornadoTitle(label(chosen.configuration), measure),
      valueFormat: FORMAT.money,
      valueAxis: { title: ctx.labels.chartAxis.difference(true) },
      overlap: 100,
      anchor: { from: { column: 0, row: anchorRow }, to: { column: 8, row: anchorRow + 6 + shown } },
      series: ([[6, l.lowEffect, (b: (typeof chosen.bars)[number]) => b.atLow], [7, l.highEffect, (b: (typeof chosen.bars)[number]) => b.atHigh]] as const).map(([column, name, at]) => ({
        name: { ref: sheetRef(sheet, column, first - 1, true), values: [name] },
        categories: { ref: sheetRange(sheet, 1, first, 1, first + shown - 1), values: moving.slice(0, shown).map((b) => l.variable(b.variable.target.kind, targetName(b.variable.target))) },
        values: { ref: sheetRange(sheet, column, first, column, first + shown - 1), values: moving.slice(0, shown).map((b) => at(b) - chosen.base) },
      })),
    });
    row = shown > 0 ? anchorRow + 8 + shown : anchorRow;
  }
  row = writeSwings(ws, tornadoes, row, l);
  for (const solve of analyses.solves ?? []) {
    styleSection(writeText(ws, row++, 1, l.solveTitle));
    const text = solve.result.found
      ? l.solved(solve.parameter, label(solve.configuration), l.measures[solve.measure], formatNumber(solve.value ?? 0, ctx.language), formatPercent(new Dec(solve.result.factor.toFixed(6)), ctx.language))
      : l.notSolved(solve.parameter, label(solve.configuration), l.reasons[solve.result.reason]);
    writeText(ws, row++, 1, text);
    if (solve.result.found && solve.value !== undefined) {
      writeText(ws, row, 1, solve.parameter);
      writeValue(ws, row++, 4, solve.value, 'engine', FORMAT.money);
    }
    row++;
  }
  WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  setUpPrinting(ws, ctx.footer);
  return charts;
}

/** Per configuration, each assumption's swing: which assumptions matter for which choice. */
function writeSwings(ws: Sheet, tornadoes: NonNullable<Analyses['sensitivity']>['tornadoes'], start: number, l: ReturnType<typeof riskLabelsFor>): number {
  if (tornadoes.length === 0) return start;
  let row = start;
  const key = (b: { variable: { target: Parameters<typeof targetName>[0] } }) => `${b.variable.target.kind}:${targetName(b.variable.target)}`;
  // an assumption that moves no configuration's outcome is named below the table, not given a row of zeros
  const anyMoves = (bar: NonNullable<Analyses['sensitivity']>['tornadoes'][number]['bars'][number]) =>
    tornadoes.some((t) => t.bars.some((b) => key(b) === key(bar) && moves(b.swing)));
  const bars = tornadoes[0]?.bars ?? [];
  const moving = bars.filter(anyMoves);
  const still = bars.filter((b) => !anyMoves(b)).map((b) => l.variable(b.variable.target.kind, targetName(b.variable.target)));
  styleSection(writeText(ws, row++, 1, `${l.columns.swing}`));
  const header = ws.getRow(row);
  header.getCell(1).value = l.columns.variable;
  tornadoes.forEach((t, j) => (header.getCell(2 + j).value = t.configuration));
  styleHeader(header);
  row++;
  moving.forEach((bar, i) => {
    writeText(ws, row + i, 1, l.variable(bar.variable.target.kind, targetName(bar.variable.target)));
    tornadoes.forEach((t, j) => {
      const match = t.bars.find((b) => key(b) === key(bar));
      if (match !== undefined) writeValue(ws, row + i, 2 + j, match.swing, 'engine', FORMAT.money);
    });
  });
  row += moving.length;
  const end = still.length === 0 ? row : writeLines(ws, row, l.noSwing(still));
  keepTogether(ws, start, end - 1);
  return end + 2;
}

/** A sentence in column A over as many rows as it needs to stay within the sheet's printed width; the next free row. */
function writeLines(ws: Sheet, start: number, text: string): number {
  const room = textRoom(WIDTHS.reduce((sum, width) => sum + columnPoints(width), 0));
  let row = start;
  for (const line of wrappedLines(text, room)) writeText(ws, row++, 1, line);
  return row;
}

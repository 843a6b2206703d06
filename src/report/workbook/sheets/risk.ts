import type { Sheet } from '../sheet-model.js';
import { CURVE_STEPS, municipalityName, type Percentiles } from '../../../engine/index.js';
import { targetName, type Distribution } from '../../../model/uncertainty.js';
import { riskLabelsFor, type RiskLabels } from '../../i18n/risk-labels.js';
import { changeText } from '../../risk/terminal.js';
import type { RiskReport } from '../../risk/analyses.js';
import { scaledValueAxis } from '../charts/axis.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { setUpPrinting, writeText, writeValue } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import { sheetRange, sheetRef } from '../layout.js';
import { FORMAT, styleHeader, styleSection, styleTitle } from '../styles.js';
import { keepTogether } from '../print-layout.js';

/**
 * The Risico sheet: the Monte Carlo's percentiles of the NPV and of the difference with the
 * baseline, the chance that each configuration is cheaper, the amounts needed at 80% and 90%
 * certainty (for the risk paragraph of a council proposal), the distribution as an S-curve
 * with its native chart, and the distributions that were drawn from.
 */
export function writeRiskSheet(ws: Sheet, ctx: WorkbookContext, risk: RiskReport): ChartSpec[] {
  const l = riskLabelsFor(ctx.language);
  const { region } = ctx.projection;
  const configurations = region.configurations;
  const baseline = configurations.find((c) => c.id === region.baseline)?.label ?? region.baseline;
  const alternatives = configurations.map((c, i) => ({ c, f: risk.figures[i] })).filter(({ c }) => c.id !== region.baseline);
  styleTitle(writeText(ws, 1, 1, `${l.sheets.risk} — ${municipalityName(ctx.projection.scenario, ctx.municipality)}`));
  writeText(ws, 2, 1, l.riskTitle(risk.iterations, risk.seed), { italic: true });
  let row = 4;
  const table = (title: string, headers: readonly string[], rows: readonly (readonly [string, readonly (number | undefined)[], string?])[], numFmt: string) => {
    keepTogether(ws, row, row + 1 + rows.length);
    styleSection(writeText(ws, row++, 1, title));
    const header = ws.getRow(row++);
    headers.forEach((h, i) => (header.getCell(i + 1).value = h));
    styleHeader(header);
    for (const [label, values, note] of rows) {
      writeText(ws, row, 1, label);
      values.forEach((v, i) => v !== undefined && writeValue(ws, row, i + 2, v, 'engine', i === values.length - 1 && note === 'percent' ? FORMAT.rate : numFmt));
      row++;
    }
    row++;
  };
  const r = l.riskColumns;
  const p = (x: Percentiles | undefined) => [x?.p5, x?.p50, x?.p95, x?.mean];
  table(l.npvTable, [r.configuration, r.p5, r.p50, r.p95, r.mean], configurations.map((c, i) => [c.label, p(risk.figures[i]?.npv)] as const), FORMAT.money);
  table(l.deltaTable(baseline), [r.configuration, r.p5, r.p50, r.p95, r.probability], alternatives.map(({ c, f }) => [c.label, [f?.deltaNpv.p5, f?.deltaNpv.p50, f?.deltaNpv.p95, f?.probabilityCheaper], 'percent'] as const), FORMAT.difference);
  writeText(ws, row++, 1, l.certaintyIntro(baseline), { italic: true });
  const k = l.certaintyColumns;
  table(l.certaintyTitle, [k.configuration, k.cumulative80, k.cumulative90, k.npv80, k.npv90],
    alternatives.map(({ c, f }) => [c.label, [f?.deltaCumulative.p80, f?.deltaCumulative.p90, f?.deltaNpv.p80, f?.deltaNpv.p90]] as const), FORMAT.difference);

  keepTogether(ws, row, row + 1 + CURVE_STEPS.length);
  styleSection(writeText(ws, row++, 1, l.curveTitle(baseline)));
  const curveHeader = row++;
  const header = ws.getRow(curveHeader);
  header.getCell(1).value = l.percentile;
  alternatives.forEach(({ c }, j) => (header.getCell(2 + j).value = c.label));
  styleHeader(header);
  const first = row;
  CURVE_STEPS.forEach((step, i) => {
    writeValue(ws, first + i, 1, step, 'engine', FORMAT.integer);
    alternatives.forEach(({ f }, j) => writeValue(ws, first + i, 2 + j, f?.curve[i] ?? null, 'engine', FORMAT.difference));
  });
  const last = first + CURVE_STEPS.length - 1;
  const chart: ChartSpec = {
    kind: 'line',
    title: l.curveTitle(baseline),
    valueFormat: FORMAT.money,
    valueAxis: scaledValueAxis(alternatives.flatMap(({ f }) => f?.curve ?? []), ctx.labels.chartAxis.difference),
    anchor: { from: { column: 2 + alternatives.length, row: curveHeader - 1 }, to: { column: 10 + alternatives.length, row: curveHeader + 20 } },
    series: alternatives.map(({ c, f }, j) => ({
      name: { ref: sheetRef(ws.name, 2 + j, curveHeader, true), values: [c.label] },
      categories: { ref: sheetRange(ws.name, 1, first, 1, last), values: [...CURVE_STEPS] },
      values: { ref: sheetRange(ws.name, 2 + j, first, 2 + j, last), values: [...(f?.curve ?? [])] },
    })),
  };
  row = last + 2;
  styleSection(writeText(ws, row++, 1, l.variables));
  for (const v of risk.variables) {
    writeText(ws, row, 1, l.variable(v.target.kind, targetName(v.target)));
    writeText(ws, row, 2, describe(v.distribution, (x) => changeText(v.target.kind, x, ctx.language), l));
    writeText(ws, row++, 6, `${v.at.file}:${v.at.line ?? ''}`);
  }
  row++;
  l.method.forEach((text) => writeText(ws, row++, 1, text, { italic: true }));
  ws.getColumn(1).width = 44;
  for (let i = 2; i <= 6; i++) ws.getColumn(i).width = 17;
  setUpPrinting(ws, ctx.footer);
  return [chart];
}

/** A distribution in the report's words, each bound a change as the tornado writes it (a percentage, or points for an index). */
function describe(d: Distribution, change: (x: number) => string, l: RiskLabels): string {
  switch (d.kind) {
    case 'uniform':
      return l.distribution.uniform(change(d.low), change(d.high));
    case 'triangular':
      return l.distribution.triangular(change(d.low), change(d.mode), change(d.high));
    case 'normal':
      // the spread is a size, not a change: no sign
      return l.distribution.normal(change(d.mean), change(d.sd).replace(/^\+/, ''), change(d.low), change(d.high));
  }
}

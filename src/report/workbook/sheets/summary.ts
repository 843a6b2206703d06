import type { Sheet } from '../sheet-model.js';
import { municipalityName } from '../../../engine/index.js';
import { scaledValueAxis } from '../charts/axis.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { setUpPrinting, writeFormula, writeText } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import { FIRST_YEAR_COLUMN, LABEL_COLUMN, sheetRange, sheetRef, yearColumn } from '../layout.js';
import { keepTogether } from '../print-layout.js';
import { CHEAPEST_FILL, FORMAT, styleHeader, styleSection, styleTitle } from '../styles.js';
import { resultRowKey, type ConfigurationPlan } from './configuration-rows.js';

const TABLE_HEADER_ROW = 6;
/** Column F of the summary table: the difference in NPV, the bar chart's values. */
const DELTA_NPV_COLUMN = 6;
/** Column H: the verevening, where an organisation settles. */
const VEREVENING_COLUMN = 8;
/** Rows the charts take, side by side under the table. */
const CHART_HEIGHT = 20;

/**
 * The summary sheet: per configuration the cumulative net cost, NPV, the differences with
 * the baseline and the break-even year, all links to the configuration sheets; the lowest
 * NPV highlighted by a live conditional format; the net cost per year on the timeline; and
 * the specs of its two native charts, which the packaging step adds.
 */
export function writeSummarySheet(ws: Sheet, ctx: WorkbookContext, plans: readonly ConfigurationPlan[]): ChartSpec[] {
  const { labels: l, projection } = ctx;
  const { region } = projection;
  const s = l.summary;
  const name = municipalityName(projection.scenario, ctx.municipality);
  const baseline = plans.find((p) => p.configuration.id === region.baseline);
  writeText(ws, 1, LABEL_COLUMN, l.title(name));
  styleTitle(ws.getCell(1, LABEL_COLUMN));
  writeText(ws, 2, LABEL_COLUMN, l.subtitle(region.name, region.horizon.start, region.horizon.end));
  writeText(ws, 3, LABEL_COLUMN, l.baselineIs(baseline?.configuration.label ?? region.baseline));
  writeText(ws, 4, LABEL_COLUMN, l.madeFrom(ctx.version, ctx.date), { italic: true });
  const variant = projection.scenario.variant;
  if (variant !== undefined) writeText(ws, 5, LABEL_COLUMN, l.variantLine(variant.description, variant.overrides), { bold: true });

  const settles = plans.some((p) => p.result.settlementKey !== undefined);
  const columns = [s.configuration, s.id, s.cumulative, s.npv, s.deltaCumulative, s.deltaNpv, s.breakEven, ...(settles ? [s.verevening] : [])];
  const header = ws.getRow(TABLE_HEADER_ROW);
  columns.forEach((title, i) => (header.getCell(i + 1).value = title));
  styleHeader(header);
  header.alignment = { wrapText: true, vertical: 'middle' };
  // three lines where the verevening's longer title needs them
  header.height = settles ? 46 : 32;
  const first = TABLE_HEADER_ROW + 1;
  const last = first + plans.length - 1;
  plans.forEach((plan, i) => {
    const row = first + i;
    const link = (kind: Parameters<typeof resultRowKey>[0]) => sheetRef(plan.sheet, 3, plan.rows.row(resultRowKey(kind)) ?? 0, true);
    const r = plan.result;
    writeText(ws, row, 1, plan.configuration.label);
    writeText(ws, row, 2, plan.configuration.id);
    writeFormula(ws, row, 3, link('net'), r.cumulative, FORMAT.money);
    writeFormula(ws, row, 4, link('npv'), r.npv, FORMAT.money);
    writeFormula(ws, row, 5, link('delta'), r.deltaCumulative, FORMAT.difference);
    writeFormula(ws, row, DELTA_NPV_COLUMN, link('npv-delta'), r.deltaNpv, FORMAT.difference);
    const isBaseline = plan.configuration.id === region.baseline;
    writeFormula(ws, row, 7, link('break-even'), isBaseline ? s.notApplicable : r.breakEvenYear ?? s.never, FORMAT.year);
    ws.getCell(row, 7).alignment = { horizontal: 'right' };
  });
  if (settles) writeVereveningColumn(ws, plans, first);
  ws.addConditionalFormatting({
    ref: `A${first}:${settles ? 'H' : 'G'}${last}`,
    rules: [{ type: 'expression', priority: 1, formulae: [`$D${first}=MIN($D$${first}:$D$${last})`], style: { fill: CHEAPEST_FILL, font: { bold: true } } }],
  });
  writeText(ws, last + 1, LABEL_COLUMN, s.cheapestNote, { italic: true });
  keepTogether(ws, TABLE_HEADER_ROW, last + 1);

  const chartTop = last + 3;
  const annualHeader = chartTop + CHART_HEIGHT + 2;
  const charts = chartSpecs(ctx, plans, { first, last, chartTop, annualHeader });
  writeAnnualTable(ws, ctx, plans, annualHeader);
  ws.getColumn(1).width = 52;
  ws.getColumn(2).width = 13;
  for (let c = 3; c <= Math.max(7, yearColumn(projection.years.length - 1)); c++) ws.getColumn(c).width = c <= 7 ? 17 : 13;
  // the verevening shares its column with the annual table's years below: wide enough for its title
  if (settles) ws.getColumn(VEREVENING_COLUMN).width = 22;
  ws.views = [{ state: 'normal', activeCell: 'A1' }];
  setUpPrinting(ws, ctx.footer);
  // exceljs puts a "$" before each corner: "A$1" becomes the absolute "$A$1"
  ws.pageSetup.printArea = `A$1:${settles ? 'H' : 'G'}$${chartTop + CHART_HEIGHT}`;
  return charts;
}

/** Column H, where an organisation settles: each settled configuration's verevening over the horizon, linked (docs/methodology.md#settlement). */
function writeVereveningColumn(ws: Sheet, plans: readonly ConfigurationPlan[], first: number): void {
  plans.forEach((plan, i) => {
    const row = plan.rows.row(resultRowKey('verevening'));
    if (plan.result.settlementKey === undefined || row === undefined) return;
    writeFormula(ws, first + i, VEREVENING_COLUMN, sheetRef(plan.sheet, 3, row, true), plan.result.verevening.reduce((a, b) => a.plus(b)), FORMAT.money);
  });
}

/** Net cost per configuration per year, on the timeline: the data of the line chart. */
function writeAnnualTable(ws: Sheet, ctx: WorkbookContext, plans: readonly ConfigurationPlan[], headerRow: number): void {
  styleSection(writeText(ws, headerRow - 1, LABEL_COLUMN, ctx.labels.summary.netPerYear));
  const header = ws.getRow(headerRow);
  header.getCell(LABEL_COLUMN).value = ctx.labels.summary.configuration;
  ctx.projection.years.forEach((year, t) => {
    header.getCell(yearColumn(t)).value = year;
    header.getCell(yearColumn(t)).numFmt = FORMAT.year;
  });
  styleHeader(header);
  plans.forEach((plan, i) => {
    const row = headerRow + 1 + i;
    writeText(ws, row, LABEL_COLUMN, plan.configuration.label);
    const netRow = plan.rows.row(resultRowKey('net')) ?? 0;
    plan.result.net.forEach((value, t) => writeFormula(ws, row, yearColumn(t), sheetRef(plan.sheet, yearColumn(t), netRow), value, FORMAT.money));
  });
}

function chartSpecs(
  ctx: WorkbookContext,
  plans: readonly ConfigurationPlan[],
  at: { first: number; last: number; chartTop: number; annualHeader: number },
): ChartSpec[] {
  const { labels: l, projection } = ctx;
  const sheet = ctx.sheets.summary;
  const n = projection.years.length;
  const baseline = plans.find((p) => p.configuration.id === projection.region.baseline)?.configuration.label ?? '';
  const years = { ref: sheetRange(sheet, FIRST_YEAR_COLUMN, at.annualHeader, yearColumn(n - 1), at.annualHeader), values: [...projection.years] };
  const line: ChartSpec = {
    kind: 'line',
    title: l.summary.lineChartTitle,
    valueFormat: FORMAT.money,
    valueAxis: scaledValueAxis(plans.flatMap((p) => p.result.net.map((x) => x.toNumber())), l.chartAxis.euros),
    anchor: { from: { column: 0, row: at.chartTop - 1 }, to: { column: 3, row: at.chartTop - 1 + CHART_HEIGHT } },
    series: plans.map((plan, i) => {
      const row = at.annualHeader + 1 + i;
      return {
        name: { ref: sheetRef(sheet, LABEL_COLUMN, row, true), values: [plan.configuration.label] },
        categories: years,
        values: { ref: sheetRange(sheet, FIRST_YEAR_COLUMN, row, yearColumn(n - 1), row), values: plan.result.net.map((x) => x.toNumber()) },
      };
    }),
  };
  const bar: ChartSpec = {
    kind: 'bar',
    title: l.summary.barChartTitle(baseline),
    valueFormat: FORMAT.money,
    valueAxis: { title: l.chartAxis.differenceBySign },
    colourBySign: true,
    anchor: { from: { column: 3, row: at.chartTop - 1 }, to: { column: 7, row: at.chartTop - 1 + CHART_HEIGHT } },
    series: [{
      name: { ref: sheetRef(sheet, DELTA_NPV_COLUMN, TABLE_HEADER_ROW, true), values: [l.summary.deltaNpv] },
      categories: { ref: sheetRange(sheet, LABEL_COLUMN, at.first, LABEL_COLUMN, at.last), values: plans.map((p) => p.configuration.label) },
      values: { ref: sheetRange(sheet, DELTA_NPV_COLUMN, at.first, DELTA_NPV_COLUMN, at.last), values: plans.map((p) => p.result.deltaNpv.toNumber()) },
    }],
  };
  return [line, bar];
}

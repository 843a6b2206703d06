import type { Sheet } from '../sheet-model.js';
import { resultFor, type Projection } from '../../../engine/index.js';
import { evaluateLabelsFor, type EvaluateLabels } from '../../i18n/evaluate-labels.js';
import type { Language } from '../../i18n/index.js';
import { impliedOutflowText } from '../../evaluate/texts.js';
import type { ConfigurationView, EvaluationView, MeasureView, YearView } from '../../evaluate/view.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { scaledValueAxis } from '../charts/axis.js';
import { setUpPrinting, writeFormula, writeMark, writeText, writeValue } from '../cells.js';
import { address, sheetRange, sheetRef } from '../layout.js';
import { keepTogether } from '../print-layout.js';
import { FORMAT, styleHeader, styleSection, styleTitle, styleTotal } from '../styles.js';

/** Columns of the lines table: year, line, kind, then forecast … rest, then the note. */
const COLUMN = { year: 1, line: 2, kind: 3, forecast: 4, realised: 5, difference: 6, volume: 7, price: 8, rest: 9, note: 10 } as const;
const WIDTHS = [8, 34, 13, 15, 15, 15, 15, 15, 15, 26] as const;
/** Money with cents: the effects add up to the difference to the cent (docs/methodology.md#evaluate). */
const MONEY = FORMAT.moneyCents;
const QUANTITY = '#,##0.00';
const CHART_ROWS = 16;

/** What the sheet needs besides the evaluation: the projection (labels, years, net cost), the language and the page footer. */
export interface EvaluationSheetContext {
  readonly projection: Projection;
  readonly language: Language;
  readonly footer: string;
}

/**
 * The Evaluatie sheet (docs/methodology.md#evaluate): per configuration and year each stated
 * line's forecast (the engine's), realised (an input cell), the difference and the price as
 * formulas (`difference − volume − rest`, so the effects add up whatever is typed), the volume
 * effect as the engine's figure and the rest as a formula of the two amounts; the net cost;
 * a line chart of forecast and realised net cost; and the population.
 */
export function writeEvaluationSheet(ws: Sheet, ctx: EvaluationSheetContext, view: EvaluationView): ChartSpec[] {
  const l = evaluateLabelsFor(ctx.language);
  styleTitle(writeText(ws, 1, 1, l.title(view.name)));
  writeText(ws, 2, 1, l.years(view.years), { italic: true });
  let row = 3;
  for (const line of l.legend) writeText(ws, row++, 1, line, { italic: true });
  if (view.skippedYears.length > 0) writeText(ws, row++, 1, l.skipped(view.skippedYears), { italic: true });
  row++;
  const charts: ChartSpec[] = [];
  for (const c of view.configurations) {
    const { next, netRows } = writeConfigurationTable(ws, row, c, l);
    row = next + 1;
    if (netRows.size > 0) {
      const chart = writeNetChart(ws, row, c, netRows, { ...ctx, view }, l);
      charts.push(chart.spec);
      row = chart.next + 1;
    }
  }
  if (view.population.length > 0) writePopulation(ws, row, view, ctx, l);
  WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  setUpPrinting(ws, ctx.footer);
  return charts;
}

/**
 * One configuration's lines, one table a year (a header, its lines, their sum and the net
 * cost, then an empty row): a year prints on one page, however many years are stated.
 * Returns the next free row and the row of each year's net cost.
 */
function writeConfigurationTable(ws: Sheet, top: number, c: ConfigurationView, l: EvaluateLabels): { next: number; netRows: Map<number, number> } {
  styleSection(writeText(ws, top, 1, l.configuration(c.label, c.id)));
  const k = l.columns;
  let row = top + 1;
  const netRows = new Map<number, number>();
  for (const y of c.years) {
    const first = row;
    const header = ws.getRow(row++);
    [k.year, k.line, l.kindColumn, k.forecast, k.realised, k.difference, k.volume, k.price, k.rest, k.note].forEach((h, i) => (header.getCell(i + 1).value = h));
    styleHeader(header);
    writeValue(ws, row, COLUMN.year, y.year, 'formula', FORMAT.year);
    row = writeYearLines(ws, row, y, l);
    if (y.net !== undefined) {
      writeText(ws, row, COLUMN.line, l.net, { bold: true });
      writeValue(ws, row, COLUMN.forecast, y.net.forecast, 'engine', MONEY);
      writeValue(ws, row, COLUMN.realised, y.net.realised, 'input', MONEY);
      writeFormula(ws, row, COLUMN.difference, `${address(COLUMN.realised, row)}-${address(COLUMN.forecast, row)}`, y.net.difference, MONEY);
      netRows.set(y.year, row);
      row++;
    }
    // the configuration's title stays with its first year
    keepTogether(ws, first === top + 1 ? top : first, row - 1);
    row++;
  }
  return { next: row - 1, netRows };
}

/** A year's stated lines and, with two or more, their sum as the net cost counts them; the next free row. */
function writeYearLines(ws: Sheet, start: number, y: YearView, l: EvaluateLabels): number {
  let row = start;
  const signed: { row: number; sign: '+' | '-' }[] = [];
  for (const line of y.lines) {
    const at = (column: number) => address(column, row);
    writeText(ws, row, COLUMN.line, line.label);
    writeText(ws, row, COLUMN.kind, line.kind === 'cost' ? l.cost : l.revenue);
    writeValue(ws, row, COLUMN.forecast, line.forecast, 'engine', MONEY);
    writeValue(ws, row, COLUMN.realised, line.realised, 'input', MONEY);
    writeFormula(ws, row, COLUMN.difference, `${at(COLUMN.realised)}-${at(COLUMN.forecast)}`, line.difference, MONEY);
    writeValue(ws, row, COLUMN.volume, line.volume, 'engine', MONEY);
    // rest: a line the forecast does not have (new), or one that did not happen (methodology, case 1)
    const [f, r] = [at(COLUMN.forecast), at(COLUMN.realised)];
    writeFormula(ws, row, COLUMN.rest, `IF(AND(${f}=0,${r}<>0),${r},IF(AND(${r}=0,${f}<>0),-${f},0))`, line.rest, MONEY);
    writeFormula(ws, row, COLUMN.price, `${at(COLUMN.difference)}-${at(COLUMN.volume)}-${at(COLUMN.rest)}`, line.price, MONEY);
    if (l.basis[line.basis] !== '') writeText(ws, row, COLUMN.note, l.basis[line.basis]);
    signed.push({ row, sign: line.kind === 'cost' ? '+' : '-' });
    row++;
  }
  const total = y.statedLines;
  if (total === undefined || y.lines.length < 2) return row;
  writeText(ws, row, COLUMN.line, l.statedLines);
  const sum = (column: number) => signed.map((s, i) => `${i === 0 && s.sign === '+' ? '' : s.sign}${address(column, s.row)}`).join('');
  const values = [total.forecast, total.realised, total.difference, total.volume, total.price, total.rest];
  [COLUMN.forecast, COLUMN.realised, COLUMN.difference, COLUMN.volume, COLUMN.price, COLUMN.rest].forEach((column, i) => writeFormula(ws, row, column, sum(column), values[i] ?? null, MONEY));
  styleTotal(ws.getRow(row));
  return row + 1;
}

/** The net cost of every year of the horizon, forecast and (where stated) realised, and its line chart; the next free row. */
function writeNetChart(ws: Sheet, top: number, c: ConfigurationView, netRows: ReadonlyMap<number, number>, ctx: EvaluationSheetContext & { view: EvaluationView }, l: EvaluateLabels): { spec: ChartSpec; next: number } {
  const { projection } = ctx;
  // the forecast net cost of whose figures these are: the municipality's, or the region's sums
  const net = resultFor(projection, c.id, ctx.view.subject)?.net ?? [];
  styleSection(writeText(ws, top, 1, `${l.chartTitle} — ${l.configuration(c.label, c.id)}`));
  const header = ws.getRow(top + 1);
  [l.columns.year, '', '', l.forecastNet, l.realisedNet].forEach((h, i) => (header.getCell(i + 1).value = h));
  styleHeader(header);
  const first = top + 2;
  const realised: number[] = [];
  projection.years.forEach((year, t) => {
    const row = first + t;
    writeValue(ws, row, 1, year, 'formula', FORMAT.year);
    writeValue(ws, row, 4, net[t] ?? null, 'engine', FORMAT.money);
    const netRow = netRows.get(year);
    const stated = c.years.find((y) => y.year === year)?.net?.realised.toNumber();
    // the realised net cost is the input cell of the table above: typing there moves the chart
    if (netRow !== undefined && stated !== undefined) writeFormula(ws, row, 5, address(COLUMN.realised, netRow), stated, FORMAT.money);
    realised.push(stated ?? Number.NaN);
  });
  const last = first + projection.years.length - 1;
  keepTogether(ws, top, last);
  const sheet = ws.name;
  const forecast = net.map((x) => x.toNumber());
  const chartTop = last + 1;
  const spec: ChartSpec = {
    kind: 'line',
    title: `${l.chartTitle} — ${c.label}`,
    valueFormat: FORMAT.money,
    valueAxis: scaledValueAxis([...forecast, ...realised.filter(Number.isFinite)], (zero) => (zero ? l.axis : l.axisFromZero)),
    anchor: { from: { column: 0, row: chartTop }, to: { column: 7, row: chartTop + CHART_ROWS } },
    // the realised years may be few and apart: their points marked, or a lone year would not show
    series: ([[4, l.forecastNet, forecast, false], [5, l.realisedNet, realised, true]] as const).map(([column, name, values, markers]) => ({
      name: { ref: sheetRef(sheet, column, top + 1, true), values: [name] },
      categories: { ref: sheetRange(sheet, 1, first, 1, last), values: [...projection.years] },
      values: { ref: sheetRange(sheet, column, first, column, last), values: [...values] },
      ...(markers ? { markers } : {}),
    })),
  };
  return { spec, next: chartTop + CHART_ROWS + 1 };
}

/** The population per realised year and work form, forecast under the small-cell rule, and the implied outflow. */
function writePopulation(ws: Sheet, top: number, view: EvaluationView, ctx: EvaluationSheetContext, l: EvaluateLabels): void {
  const labels = new Map(ctx.projection.region.workForms.map((f) => [f.id, f.label]));
  styleSection(writeText(ws, top, 1, l.population));
  const k = l.populationColumns;
  const header = ws.getRow(top + 1);
  [k.year, k.workForm, '', k.seForecast, k.seRealised, k.fteForecast, k.fteRealised, k.hcForecast, k.hcRealised].forEach((h, i) => (header.getCell(i + 1).value = h));
  styleHeader(header);
  let row = top + 2;
  const pair = (m: MeasureView, column: number) => {
    if (m.forecast === null) writeMark(ws, row, column, l.hidden);
    else writeValue(ws, row, column, m.forecast, 'engine', QUANTITY);
    if (m.realised === null) writeMark(ws, row, column + 1, l.notStated);
    else writeValue(ws, row, column + 1, m.realised, 'input', QUANTITY);
  };
  for (const y of view.population) {
    writeValue(ws, row, 1, y.year, 'formula', FORMAT.year);
    for (const [f, m] of [...y.byWorkForm, ['', y.total] as const]) {
      writeText(ws, row, 2, f === '' ? l.total : labels.get(f) ?? f, f === '' ? { bold: true } : {});
      pair(m.se, 4);
      pair(m.fte, 6);
      pair(m.headcount, 8);
      row++;
    }
  }
  keepTogether(ws, top, row - 1);
  row++;
  styleSection(writeText(ws, row, 1, l.impliedOutflow));
  const first = row;
  for (const y of view.population) writeText(ws, ++row, 1, impliedOutflowText(y.year, y.impliedOutflow, l, ctx.language));
  keepTogether(ws, first, row);
}

import type { Sheet } from '../sheet-model.js';
import type { PartVolumes, Population, YearVector } from '../../../engine/index.js';
import { ZERO, type Dec } from '../../../model/decimal.js';
import type { ChartSeries, ChartSpec } from '../charts/chart-spec.js';
import { writeText, writeValue } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import { FIRST_YEAR_COLUMN, HEADER_ROW, LABEL_COLUMN, UNIT_COLUMN, sheetRange, sheetRef, yearColumn } from '../layout.js';
import { keepTogether } from '../print-layout.js';
import { FORMAT, styleSection } from '../styles.js';
import { quantityLabel, unitOf, writeSuppressed, writeVolumes } from './population-cells.js';

/** Rows the chart takes. */
const CHART_HEIGHT = 18;
/**
 * The WSW part in blues, the newcomers in warm colours, so that the two read apart in the
 * stacked columns (red and green are left out: they mean a disadvantage and an advantage).
 */
const WSW_COLOURS = ['1F4E79', '2E75B6', '9DC3E6', '5B9BD5', 'BDD7EE', '203864'];
const INFLOW_COLOURS = ['BF8F00', 'FFD966', '7030A0', 'B4A7D6', 'C9A227', 'E2B0FF'];

/** A row of the chart's table: its label, figures and colour. */
interface SeriesRow {
  readonly label: string;
  /** The figure of each year, or undefined where it is not shown (small cells) or there is none. */
  readonly values: readonly (Dec | undefined)[];
  /** Years to mark as not shown (small cells), rather than leave empty. */
  readonly suppressed: (t: number) => boolean;
  readonly colour: string;
}

/**
 * The population by origin, where the municipality has inflow streams
 * (docs/methodology.md#inflow): head count, FTE, SE and year-end head count of the employee
 * file (the WSW) and of each stream, then the average head count per work form, the WSW part
 * and each stream apart, with a stacked column chart of it. The employee file's figures follow
 * the small-cell rule of the totals; the streams' are modelled, not people, and always show
 * (docs/methodology.md#small-cells-inflow). No streams: nothing, and no chart.
 */
export function writeOriginSection(ws: Sheet, ctx: WorkbookContext, population: Population): ChartSpec[] {
  if (population.byStream.size === 0) return [];
  const rows = ctx.populationRows;
  const l = ctx.labels.population.origin;
  const years = ctx.cells.years;
  styleSection(writeText(ws, rows.take(), LABEL_COLUMN, l.title));
  writePart(ws, ctx, l.employeeFile, population.employeeFile, { volumes: (t) => years[t]?.totalShown === true, yearEnd: (t) => years[t]?.yearEndShown === true });
  for (const [id, stream] of population.byStream) writePart(ws, ctx, l.stream(streamLabel(ctx, population, id)), stream, { volumes: () => true, yearEnd: () => true });
  writeText(ws, rows.take(), LABEL_COLUMN, l.note, { italic: true });
  rows.skip();
  return [writeChart(ws, ctx, chartSeriesRows(ctx, population))];
}

/**
 * One part of the population under its own heading: head count, FTE, SE and year-end head
 * count, each row where its rule lets it show; a part is kept on one page.
 */
function writePart(ws: Sheet, ctx: WorkbookContext, part: string, volumes: PartVolumes, shown: { volumes: (t: number) => boolean; yearEnd: (t: number) => boolean }): void {
  const rows = ctx.populationRows;
  const heading = rows.take();
  writeText(ws, heading, LABEL_COLUMN, part, { bold: true });
  for (const quantity of ['headcount', 'fte', 'se'] as const) {
    const row = rows.take();
    writeText(ws, row, LABEL_COLUMN, quantityLabel(ctx, quantity), { indent: 1 });
    writeVolumes(ws, ctx, row, volumes[quantity], unitOf(ctx, quantity), shown.volumes);
  }
  const row = rows.take();
  writeText(ws, row, LABEL_COLUMN, ctx.labels.population.yearEnd, { indent: 1 });
  writeVolumes(ws, ctx, row, volumes.yearEndHeadcount, ctx.labels.population.persons, shown.yearEnd);
  keepTogether(ws, heading, row);
}

/** A stream by its work form's label, with its id where another stream of the municipality has the same work form. */
function streamLabel(ctx: WorkbookContext, population: Population, id: string): string {
  const form = population.byStream.get(id)?.workForm ?? '';
  const label = ctx.projection.region.workForms.find((f) => f.id === form)?.label ?? form;
  const shared = [...population.byStream.values()].filter((s) => s.workForm === form).length > 1;
  return shared ? `${label} (${id})` : label;
}

/**
 * The chart's series: the WSW head count of each work form that has employees (merged into
 * "other work forms" in the years the small-cell rule merges it), then each stream's.
 */
function chartSeriesRows(ctx: WorkbookContext, population: Population): SeriesRow[] {
  const { labels, projection } = ctx;
  const years = ctx.cells.years;
  const wsw = population.employeeFile.byWorkForm;
  const forms = projection.region.workForms.filter((f) => wsw.get(f.id)?.headcount.some((x) => !x.isZero()) === true);
  const series: SeriesRow[] = forms.map((f, i) => {
    const merged = (t: number) => years[t]?.merged.includes(f.id) === true;
    return { label: labels.population.origin.wswForm(f.label), values: figures(wsw.get(f.id)?.headcount ?? [], (t) => !merged(t)), suppressed: merged, colour: colour(WSW_COLOURS, i) };
  });
  if (years.some((y) => y.merged.some((f) => forms.some((x) => x.id === f)))) {
    const values = years.map((y, t) => (y.merged.length > 0 && y.mergedShown ? y.merged.reduce((acc, f) => acc.plus(wsw.get(f)?.headcount[t] ?? ZERO), ZERO) : undefined));
    const suppressed = (t: number) => (years[t]?.merged.length ?? 0) > 0 && years[t]?.mergedShown !== true;
    series.push({ label: labels.population.origin.wswForm(labels.population.otherForms), values, suppressed, colour: colour(WSW_COLOURS, forms.length) });
  }
  [...population.byStream].forEach(([id, stream], i) => {
    series.push({ label: labels.population.origin.stream(streamLabel(ctx, population, id)), values: [...stream.headcount], suppressed: () => false, colour: colour(INFLOW_COLOURS, i) });
  });
  return series;
}

function figures(values: YearVector, shown: (t: number) => boolean): (Dec | undefined)[] {
  return values.map((x, t) => (shown(t) ? x : undefined));
}

function colour(palette: readonly string[], i: number): string {
  return palette[i % palette.length] ?? '000000';
}

/** The chart's table and, under it, the stacked column chart that reads it. */
function writeChart(ws: Sheet, ctx: WorkbookContext, series: readonly SeriesRow[]): ChartSpec {
  const rows = ctx.populationRows;
  const l = ctx.labels.population.origin;
  const sheet = ctx.sheets.population;
  const n = ctx.projection.years.length;
  const first = rows.take();
  styleSection(writeText(ws, first, LABEL_COLUMN, l.chartTable));
  const chartSeries = series.map((s): ChartSeries => {
    const row = rows.take();
    writeText(ws, row, LABEL_COLUMN, s.label, { indent: 1 });
    writeText(ws, row, UNIT_COLUMN, ctx.labels.population.persons);
    s.values.forEach((x, t) => {
      if (x !== undefined) writeValue(ws, row, yearColumn(t), x, 'engine', FORMAT.quantity);
      else if (s.suppressed(t)) writeSuppressed(ws, ctx, row, yearColumn(t));
    });
    return {
      name: { ref: sheetRef(sheet, LABEL_COLUMN, row, true), values: [s.label] },
      categories: { ref: sheetRange(sheet, FIRST_YEAR_COLUMN, HEADER_ROW, yearColumn(n - 1), HEADER_ROW), values: [...ctx.projection.years] },
      values: { ref: sheetRange(sheet, FIRST_YEAR_COLUMN, row, yearColumn(n - 1), row), values: s.values.map((x) => x?.toNumber() ?? NaN) },
      colour: s.colour,
    };
  });
  rows.skip();
  const chartTop = rows.current;
  rows.skip(CHART_HEIGHT + 1);
  // the table and its chart on one page where they fit: the legend reads the table's labels
  keepTogether(ws, first, chartTop + CHART_HEIGHT - 1);
  return {
    kind: 'stackedColumn',
    title: l.chartTitle,
    valueFormat: FORMAT.quantity,
    valueAxis: { title: l.chartAxis },
    anchor: { from: { column: 0, row: chartTop - 1 }, to: { column: yearColumn(n - 1), row: chartTop - 1 + CHART_HEIGHT } },
    series: chartSeries,
  };
}

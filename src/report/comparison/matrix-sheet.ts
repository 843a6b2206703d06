import type { Sheet } from '../workbook/sheet-model.js';
import { ZERO, type Dec } from '../../model/decimal.js';
import { REGION, municipalityName, municipalitySubject, resultFor, type MunicipalityResult, type Projection, type WorldsRow } from '../../engine/index.js';
import type { WorkbookLabels } from '../i18n/workbook-labels.js';
import { scaledValueAxis } from '../workbook/charts/axis.js';
import type { ChartSpec } from '../workbook/charts/chart-spec.js';
import { setUpPrinting, writeFormula, writeText } from '../workbook/cells.js';
import { LABEL_COLUMN, VALUE_COLUMN, address, columnLetter, sheetRange, sheetRef, yearColumn, type RowRegistry } from '../workbook/layout.js';
import { FORMAT, styleHeader, styleSection, styleTitle } from '../workbook/styles.js';
import { keepTogether } from '../workbook/print-layout.js';
import { perYearKey } from './per-year-sheet.js';
import { writeWorldsTable } from './worlds-table.js';

const GAIN_FILL = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' }, fgColor: { argb: 'FFC6EFCE' } } as const;
const LOSS_FILL = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' }, fgColor: { argb: 'FFFFC7CE' } } as const;

type Measure = 'cumulative' | 'npv' | 'delta-npv' | 'delta-cumulative';

/**
 * The comparison sheet: per municipality (rows, the region's total last) and configuration
 * (columns) the cumulative net cost, the NPV and the differences with the baseline, as
 * formulas over the per-year sheet; gains green and losses red; the region's break-even per
 * configuration; with a closed world, the region with and without the new target groups
 * (worlds-table.ts); and the specs of its two native charts.
 */
export function writeMatrixSheet(
  ws: Sheet,
  projection: Projection,
  labels: WorkbookLabels,
  perYear: { sheet: string; rows: RowRegistry },
  header: { madeFrom: string; footer: string },
  worlds?: readonly WorldsRow[],
): ChartSpec[] {
  const { region } = projection;
  const c = labels.comparison;
  const configurations = region.configurations;
  const municipalities = region.municipalityIds;
  const baseline = configurations.find((x) => x.id === region.baseline);
  const name = (id: string) => municipalityName(projection.scenario, id);
  writeText(ws, 1, LABEL_COLUMN, c.title(region.name));
  styleTitle(ws.getCell(1, LABEL_COLUMN));
  writeText(ws, 2, LABEL_COLUMN, c.subtitle(region.horizon.start, region.horizon.end, municipalities.length));
  writeText(ws, 3, LABEL_COLUMN, labels.baselineIs(baseline?.label ?? region.baseline));
  writeText(ws, 4, LABEL_COLUMN, header.madeFrom, { italic: true });
  // as on a municipality's Samenvatting: a variant's report says so on its first page, not only in the notes
  const variant = projection.scenario.variant;
  if (variant !== undefined) writeText(ws, 5, LABEL_COLUMN, labels.variantLine(variant.description, variant.overrides), { bold: true });

  const perYearRow = (key: string) => perYear.rows.row(key) ?? 0;
  const n = projection.years.length;
  const netSpan = (configuration: string, m: string) =>
    sheetRange(perYear.sheet, yearColumn(0), perYearRow(perYearKey.net(configuration, m)), yearColumn(n - 1), perYearRow(perYearKey.net(configuration, m)));
  const discountSpan = sheetRange(perYear.sheet, yearColumn(0), perYearRow(perYearKey.discount), yearColumn(n - 1), perYearRow(perYearKey.discount));
  const result = (configuration: string, m: string): MunicipalityResult | undefined => resultFor(projection, configuration, municipalitySubject(m));
  const tables = new Map<Measure, number>();
  let row = 6;
  const measures: [Measure, string][] = [
    ['cumulative', c.cumulative],
    ['npv', c.npv],
    ['delta-npv', c.deltaNpv(baseline?.label ?? region.baseline)],
    ['delta-cumulative', c.deltaCumulative(baseline?.label ?? region.baseline)],
  ];
  for (const [measure, title] of measures) {
    const tableTop = row;
    styleSection(writeText(ws, row++, LABEL_COLUMN, title));
    const headerRow = ws.getRow(row);
    headerRow.getCell(1).value = labels.summary.configuration;
    configurations.forEach((x, j) => (headerRow.getCell(2 + j).value = x.label));
    styleHeader(headerRow);
    headerRow.alignment = { wrapText: true, vertical: 'middle' };
    headerRow.height = 60;
    tables.set(measure, ++row);
    municipalities.forEach((m, i) => {
      writeText(ws, row + i, 1, name(m), { indent: 1 });
      configurations.forEach((x, j) => {
        const column = 2 + j;
        const r = result(x.id, m);
        const cell = (measureRow: number) => address(column, measureRow + i);
        const baselineColumn = 2 + configurations.findIndex((y) => y.id === region.baseline);
        const formula = {
          cumulative: () => sheetRef(perYear.sheet, VALUE_COLUMN, perYearRow(perYearKey.net(x.id, m)), true),
          npv: () => `SUMPRODUCT(${netSpan(x.id, m)},${discountSpan})`,
          'delta-npv': () => `${cell(tables.get('npv') ?? 0)}-${address(baselineColumn, (tables.get('npv') ?? 0) + i)}`,
          'delta-cumulative': () => `${cell(tables.get('cumulative') ?? 0)}-${address(baselineColumn, (tables.get('cumulative') ?? 0) + i)}`,
        }[measure]();
        writeFormula(ws, row + i, column, formula, valueOf(r, measure), formatOf(measure));
      });
    });
    const total = row + municipalities.length;
    writeText(ws, total, 1, c.region, { bold: true });
    configurations.forEach((x, j) => {
      const column = 2 + j;
      const sum = municipalities.reduce((acc, m) => acc.plus(valueOf(result(x.id, m), measure)), ZERO);
      writeFormula(ws, total, column, `SUM(${address(column, row)}:${address(column, total - 1)})`, sum, formatOf(measure));
      ws.getCell(total, column).font = { bold: true };
    });
    if (measure.startsWith('delta')) {
      const ref = `B${row}:${columnLetter(1 + configurations.length)}${total}`;
      ws.addConditionalFormatting({
        ref,
        rules: [
          { type: 'cellIs', operator: 'lessThan', formulae: ['0'], priority: 1, style: { fill: GAIN_FILL } },
          { type: 'cellIs', operator: 'greaterThan', formulae: ['0'], priority: 2, style: { fill: LOSS_FILL } },
        ],
      });
    }
    keepTogether(ws, tableTop, total);
    row = total + 2;
  }
  writeText(ws, row - 1, 1, c.gainNote, { italic: true });
  row++;
  const breakEvenTop = row;
  styleSection(writeText(ws, row++, 1, c.breakEven));
  configurations.forEach((x) => {
    writeText(ws, row, 1, x.label, { indent: 1 });
    const regional = resultFor(projection, x.id, REGION);
    const value = x.id === region.baseline ? labels.summary.notApplicable : regional?.breakEvenYear ?? labels.summary.never;
    writeFormula(ws, row, 2, sheetRef(perYear.sheet, VALUE_COLUMN, perYearRow(perYearKey.breakEven(x.id)), true), value, FORMAT.year);
    ws.getCell(row, 2).alignment = { horizontal: 'right' };
    row++;
  });
  keepTogether(ws, breakEvenTop, row - 1);
  ws.getColumn(1).width = 34;
  configurations.forEach((_, j) => (ws.getColumn(2 + j).width = 17));
  // after the widths: its explanation takes the height the widths leave it
  if (worlds !== undefined) row = writeWorldsTable(ws, row + 1, worlds, labels, baseline?.label ?? region.baseline);
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 0, activeCell: 'A1' }];
  setUpPrinting(ws, header.footer);
  // the charts under the tables, as wide as they are: each prints on a page of its own, whole
  return chartSpecs(projection, labels, perYear, tables.get('delta-npv') ?? 0, row + 1);
}

/** A difference with the baseline is coloured by meaning; a plain amount is not (styles.ts). */
function formatOf(measure: Measure): string {
  return measure.startsWith('delta') ? FORMAT.difference : FORMAT.money;
}

function valueOf(r: MunicipalityResult | undefined, measure: Measure): Dec {
  if (r === undefined) return ZERO;
  return { cumulative: r.cumulative, npv: r.npv, 'delta-npv': r.deltaNpv, 'delta-cumulative': r.deltaCumulative }[measure];
}

/** Rows of the line chart; the bar chart takes more with more municipalities. */
const LINE_CHART_ROWS = 24;

function chartSpecs(projection: Projection, labels: WorkbookLabels, perYear: { sheet: string; rows: RowRegistry }, deltaNpvRow: number, top: number): ChartSpec[] {
  const { region } = projection;
  const c = labels.comparison;
  const n = projection.years.length;
  const sheet = labels.comparison.sheets.matrix;
  const right = 2 + region.configurations.length;
  const years = { ref: sheetRange(perYear.sheet, yearColumn(0), 4, yearColumn(n - 1), 4), values: [...projection.years] };
  const line: ChartSpec = {
    kind: 'line',
    title: c.lineChartTitle,
    valueFormat: FORMAT.money,
    valueAxis: scaledValueAxis(region.configurations.flatMap((x) => resultFor(projection, x.id, REGION)?.net.map((v) => v.toNumber()) ?? []), labels.chartAxis.euros),
    anchor: { from: { column: 0, row: top - 1 }, to: { column: right - 1, row: top - 1 + LINE_CHART_ROWS } },
    series: region.configurations.map((x) => {
      const row = perYear.rows.row(perYearKey.total(x.id)) ?? 0;
      return {
        name: { ref: sheetRef(perYear.sheet, LABEL_COLUMN, (perYear.rows.row(`header:${x.id}`) ?? 0), true), values: [`${x.label} (${x.id})`] },
        categories: years,
        values: { ref: sheetRange(perYear.sheet, yearColumn(0), row, yearColumn(n - 1), row), values: resultFor(projection, x.id, REGION)?.net.map((v) => v.toNumber()) ?? [] },
      };
    }),
  };
  const municipalities = region.municipalityIds;
  const names = municipalities.map((m) => municipalityName(projection.scenario, m));
  const bar: ChartSpec = {
    kind: 'bar',
    title: c.barChartTitle(region.configurations.find((x) => x.id === region.baseline)?.label ?? region.baseline),
    valueFormat: FORMAT.money,
    valueAxis: { title: labels.chartAxis.difference(true) },
    anchor: { from: { column: 0, row: top + LINE_CHART_ROWS + 1 }, to: { column: right - 1, row: top + LINE_CHART_ROWS + 1 + Math.max(26, 8 + Math.ceil(municipalities.length * 1.6)) } },
    series: region.configurations
      .map((x, j) => ({ x, j }))
      .filter(({ x }) => x.id !== region.baseline)
      .map(({ x, j }) => ({
        name: { ref: sheetRef(sheet, 2 + j, deltaNpvRow - 1, true), values: [x.label] },
        categories: { ref: sheetRange(sheet, 1, deltaNpvRow, 1, deltaNpvRow + municipalities.length - 1), values: names },
        values: {
          ref: sheetRange(sheet, 2 + j, deltaNpvRow, 2 + j, deltaNpvRow + municipalities.length - 1),
          values: municipalities.map((m) => resultFor(projection, x.id, municipalitySubject(m))?.deltaNpv.toNumber() ?? 0),
        },
      })),
  };
  return [line, bar];
}

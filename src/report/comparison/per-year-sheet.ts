import type { Sheet } from '../workbook/sheet-model.js';
import { staysSettled } from '../../engine/results.js';
import { REGION, municipalityName, municipalitySubject, resultFor, type Projection, type RegionalResult } from '../../engine/index.js';
import { sum, type Dec } from '../../model/decimal.js';
import type { WorkbookLabels } from '../i18n/workbook-labels.js';
import { setUpTimelineSheet, writeFormula, writeText, writeValue } from '../workbook/cells.js';
import { HEADER_ROW, LABEL_COLUMN, RowRegistry, VALUE_COLUMN, address, columnLetter, yearColumn } from '../workbook/layout.js';
import { FORMAT, styleSection, styleTotal } from '../workbook/styles.js';
import { breakEvenFormula, writeNotApplicable } from '../workbook/break-even.js';

export const perYearKey = {
  startYear: 'start-year',
  discountRate: 'discount-rate',
  discount: 'discount',
  net: (configuration: string, municipality: string) => `net:${configuration}:${municipality}`,
  total: (configuration: string) => `total:${configuration}`,
  delta: (configuration: string) => `delta:${configuration}`,
  cumulativeDelta: (configuration: string) => `cumulative-delta:${configuration}`,
  settled: (configuration: string) => `settled:${configuration}`,
  breakEven: (configuration: string) => `break-even:${configuration}`,
  costs: (configuration: string) => `costs:${configuration}`,
  revenues: (configuration: string) => `revenues:${configuration}`,
  npv: (configuration: string) => `npv:${configuration}`,
  npvDelta: (configuration: string) => `npv-delta:${configuration}`,
};

/** What the per-year sheet shows of the region per configuration: its net cost and the differences (the comparison), or also its costs, revenues and present values (the region's workbook). */
export type PerYearDetail = 'comparison' | 'region-totals';

/**
 * The per-year sheet of the regional comparison: every municipality's net cost per year
 * under each configuration (values, as the municipalities' workbooks compute them), and the
 * region's totals, differences with the baseline and break-even as formulas over them. With
 * `region-totals` (the region's own workbook), also the region's costs and revenues per year
 * and its present value and that of the difference, as formulas like a municipality's
 * configuration sheet has them.
 */
export function writePerYearSheet(ws: Sheet, projection: Projection, labels: WorkbookLabels, footer: string, detail: PerYearDetail = 'comparison'): RowRegistry {
  const { region } = projection;
  const c = labels.comparison;
  const rows = new RowRegistry();
  const n = projection.years.length;
  const name = (id: string) => municipalityName(projection.scenario, id);
  setUpTimelineSheet(ws, `${c.sheets.perYear} — ${region.name}`, c.subtitle(region.horizon.start, region.horizon.end, region.municipalityIds.length),
    projection.years, { item: labels.columns.item, unit: labels.columns.unit, value: labels.columns.total }, footer);
  const scalar = (key: string, label: string, value: number, numFmt: string) => {
    const row = rows.take(key);
    writeText(ws, row, LABEL_COLUMN, label);
    writeValue(ws, row, VALUE_COLUMN, value, 'input', numFmt);
  };
  scalar(perYearKey.startYear, labels.assumptions.startYear, region.horizon.start, FORMAT.year);
  scalar(perYearKey.discountRate, labels.assumptions.discountRate, region.discountRate.toNumber(), FORMAT.rate);
  const discount = rows.take(perYearKey.discount);
  writeText(ws, discount, LABEL_COLUMN, labels.configuration.discountFactor);
  projection.discountFactors.forEach((df, t) => {
    const col = columnLetter(yearColumn(t));
    writeFormula(ws, discount, yearColumn(t), `1/(1+${labels.names.discountRate})^(${col}$${HEADER_ROW}-${labels.names.startYear}+0.5)`, df, FORMAT.factor);
  });
  rows.skip();
  const span = (row: number) => `${address(yearColumn(0), row)}:${address(yearColumn(n - 1), row)}`;
  // rows first, so that every block can refer to the baseline's total wherever it stands
  for (const { id } of region.configurations) {
    rows.take(`header:${id}`);
    for (const m of region.municipalityIds) rows.take(perYearKey.net(id, m));
    for (const key of blockRows(detail)) rows.take(key(id));
    rows.skip();
  }
  const row = (key: string) => rows.row(key) ?? 0;
  const baselineTotal = row(perYearKey.total(region.baseline));
  for (const configuration of region.configurations) {
    const id = configuration.id;
    const regional = resultFor(projection, id, REGION);
    if (regional === undefined) continue;
    styleSection(writeText(ws, row(`header:${id}`), LABEL_COLUMN, `${configuration.label} (${id})`));
    const first = row(perYearKey.net(id, region.municipalityIds[0] ?? ''));
    const last = row(perYearKey.net(id, region.municipalityIds[region.municipalityIds.length - 1] ?? ''));
    for (const m of region.municipalityIds) {
      const result = resultFor(projection, id, municipalitySubject(m));
      if (result === undefined) continue;
      const netRow = row(perYearKey.net(id, m));
      writeText(ws, netRow, LABEL_COLUMN, name(m), { indent: 1 });
      result.net.forEach((x, t) => writeValue(ws, netRow, yearColumn(t), x, 'engine', FORMAT.money));
      writeFormula(ws, netRow, VALUE_COLUMN, `SUM(${span(netRow)})`, result.cumulative, FORMAT.money);
    }
    const total = row(perYearKey.total(id));
    writeText(ws, total, LABEL_COLUMN, labels.comparison.regionalTotal);
    regional.net.forEach((x, t) => {
      const col = columnLetter(yearColumn(t));
      writeFormula(ws, total, yearColumn(t), `SUM(${col}${first}:${col}${last})`, x, FORMAT.money);
    });
    writeFormula(ws, total, VALUE_COLUMN, `SUM(${span(total)})`, regional.cumulative, FORMAT.money);
    styleTotal(ws.getRow(total));
    const delta = row(perYearKey.delta(id));
    writeText(ws, delta, LABEL_COLUMN, labels.configuration.delta(region.configurations.find((x) => x.id === region.baseline)?.label ?? region.baseline));
    regional.delta.forEach((x, t) => {
      const col = columnLetter(yearColumn(t));
      writeFormula(ws, delta, yearColumn(t), `${col}${total}-${col}${baselineTotal}`, x, FORMAT.difference);
    });
    writeFormula(ws, delta, VALUE_COLUMN, `SUM(${span(delta)})`, regional.deltaCumulative, FORMAT.difference);
    const running = row(perYearKey.cumulativeDelta(id));
    writeText(ws, running, LABEL_COLUMN, labels.configuration.cumulativeDelta);
    regional.runningDelta.forEach((x, t) => {
      const col = columnLetter(yearColumn(t));
      writeFormula(ws, running, yearColumn(t), t === 0 ? `${col}${delta}` : `${columnLetter(yearColumn(t - 1))}${running}+${col}${delta}`, x, FORMAT.difference);
    });
    const settled = row(perYearKey.settled(id));
    writeText(ws, settled, LABEL_COLUMN, labels.configuration.settled);
    const breakEven = row(perYearKey.breakEven(id));
    writeText(ws, breakEven, LABEL_COLUMN, labels.configuration.breakEven);
    if (id === region.baseline) {
      // the baseline has no break-even against itself
      writeNotApplicable(ws, settled, n, labels.summary.notApplicable);
      writeText(ws, breakEven, VALUE_COLUMN, labels.summary.notApplicable);
    } else {
      const lastRunning = address(yearColumn(n - 1), running, true);
      regional.runningDelta.forEach((_, t) => {
        const col = columnLetter(yearColumn(t));
        writeFormula(ws, settled, yearColumn(t), `IF(MAX(${col}${running}:${lastRunning})<=0,1,0)`, staysSettled(regional.runningDelta, t) ? 1 : 0, labels.configuration.settledFormat);
      });
      writeFormula(ws, breakEven, VALUE_COLUMN, breakEvenFormula(n, span(settled), labels.summary.never), regional.breakEvenYear ?? labels.summary.never, FORMAT.year);
    }
    if (detail === 'region-totals') writeRegionTotals(ws, id, regional, labels, { row, span });
  }
  return rows;
}

/** The rows of one configuration's block after its municipalities, in order. */
function blockRows(detail: PerYearDetail): ((configuration: string) => string)[] {
  const k = perYearKey;
  return detail === 'comparison'
    ? [k.total, k.delta, k.cumulativeDelta, k.settled, k.breakEven]
    : [k.total, k.costs, k.revenues, k.npv, k.delta, k.npvDelta, k.cumulativeDelta, k.settled, k.breakEven];
}

/**
 * The region's costs and revenues per year (the engine's sums over the municipalities, each
 * of which the municipality's workbook computes line by line), and the present values of its
 * net cost and of the difference with the baseline as formulas over the rows above.
 */
function writeRegionTotals(
  ws: Sheet,
  id: string,
  regional: RegionalResult,
  labels: WorkbookLabels,
  at: { row: (key: string) => number; span: (row: number) => string },
): void {
  const amounts = (key: string, label: string, values: readonly Dec[], total: Dec) => {
    const row = at.row(key);
    writeText(ws, row, LABEL_COLUMN, label);
    values.forEach((x, t) => writeValue(ws, row, yearColumn(t), x, 'engine', FORMAT.money));
    writeFormula(ws, row, VALUE_COLUMN, `SUM(${at.span(row)})`, total, FORMAT.money);
  };
  // "(regio)": these are not sums of the municipalities' rows above, as the total is
  const ofRegion = (label: string) => `${label} (${labels.comparison.region.toLowerCase()})`;
  amounts(perYearKey.costs(id), ofRegion(labels.configuration.totalCosts), regional.costs, sum(regional.costs));
  amounts(perYearKey.revenues(id), ofRegion(labels.configuration.totalRevenues), regional.revenues, sum(regional.revenues));
  const discounts = at.span(at.row(perYearKey.discount));
  const presentValue = (key: string, label: string, of: string, value: Dec) => {
    const row = at.row(key);
    writeText(ws, row, LABEL_COLUMN, label);
    writeFormula(ws, row, VALUE_COLUMN, `SUMPRODUCT(${at.span(at.row(of))},${discounts})`, value, FORMAT.money);
  };
  presentValue(perYearKey.npv(id), labels.configuration.presentValue, perYearKey.total(id), regional.npv);
  presentValue(perYearKey.npvDelta(id), labels.configuration.presentValueDelta, perYearKey.delta(id), regional.deltaNpv);
}

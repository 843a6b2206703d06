import type { Sheet } from '../workbook/sheet-model.js';
import { municipalityName, municipalitySubject, resultFor, type Projection } from '../../engine/index.js';
import { ZERO, sum, toCents, type Dec } from '../../model/decimal.js';
import type { WorkbookLabels } from '../i18n/workbook-labels.js';
import { setUpPrinting, writeFormula, writeText, writeValue } from '../workbook/cells.js';
import { LABEL_COLUMN, address } from '../workbook/layout.js';
import { FORMAT, styleHeader, styleTitle } from '../workbook/styles.js';

const HEADER_ROW = 4;

/** The configurations in which some organisation settles (docs/methodology.md#settlement). */
export function settledConfigurations(projection: Projection): string[] {
  return projection.region.configurations.filter((c) => c.organisations.some((o) => o.settlement !== undefined)).map((c) => c.id);
}

/** The configurations in which some organisation is supplied by another (docs/methodology.md#fees). */
export function feeConfigurations(projection: Projection): string[] {
  return projection.region.configurations.filter((c) => c.organisations.some((o) => o.supplier !== undefined)).map((c) => c.id);
}

/**
 * "Wie betaalt voor wie": per configuration in which an organisation settles (rows) and
 * municipality (columns), its verevening over the horizon (the engine's figures; positive =
 * pays for others), and the region's sum as a live formula: zero, since settlement only
 * moves money between the members. Where an organisation is supplied by another, a second
 * table gives each municipality's fee flow over the horizon (fees paid − fee revenue,
 * docs/methodology.md#fees), and a third the two together as live formulas: each sums to
 * zero over the region.
 */
export function writeVereveningSheet(ws: Sheet, projection: Projection, labels: WorkbookLabels, footer: string): void {
  const l = labels.comparison.verevening;
  const municipalities = projection.region.municipalityIds;
  writeText(ws, 1, LABEL_COLUMN, l.title(projection.region.name));
  styleTitle(ws.getCell(1, LABEL_COLUMN));
  writeText(ws, 2, LABEL_COLUMN, l.intro(projection.region.horizon.start, projection.region.horizon.end));
  const vereveningRows = writeTable(ws, projection, { header: HEADER_ROW, title: labels.summary.configuration, regionSum: l.regionSum }, settledConfigurations(projection),
    (c, m) => resultFor(projection, c, municipalitySubject(m))?.verevening);
  const fees = feeConfigurations(projection);
  if (fees.length > 0) {
    const header = Math.max(HEADER_ROW + 1 + vereveningRows.size, HEADER_ROW + 1) + 2;
    writeText(ws, header - 1, LABEL_COLUMN, l.feesIntro);
    const feeRows = writeTable(ws, projection, { header, title: l.fees, regionSum: l.regionSum }, fees, (c, m) => {
      const r = resultFor(projection, c, municipalitySubject(m));
      return r?.feesPaid.map((x, t) => x.minus(r.feeRevenue[t] ?? ZERO));
    });
    writeTogether(ws, projection, { header: header + fees.length + 3, title: l.together, regionSum: l.regionSum }, fees, { verevening: vereveningRows, fees: feeRows });
  }
  ws.getColumn(1).width = 40;
  for (let c = 2; c <= 2 + municipalities.length; c++) ws.getColumn(c).width = 16;
  setUpPrinting(ws, footer);
}

interface TableHead {
  readonly header: number;
  readonly title: string;
  readonly regionSum: string;
}

function writeHeader(ws: Sheet, projection: Projection, head: TableHead): number {
  const municipalities = projection.region.municipalityIds;
  const header = ws.getRow(head.header);
  header.getCell(1).value = head.title;
  municipalities.forEach((m, j) => (header.getCell(2 + j).value = municipalityName(projection.scenario, m)));
  const sumColumn = 2 + municipalities.length;
  header.getCell(sumColumn).value = head.regionSum;
  styleHeader(header);
  return sumColumn;
}

/** One table: a row per configuration, the engine's sum over the horizon per municipality, the region's sum as a formula. Returns configuration → row. */
function writeTable(
  ws: Sheet, projection: Projection, head: TableHead, configurations: readonly string[], values: (c: string, m: string) => readonly Dec[] | undefined,
): Map<string, number> {
  const sumColumn = writeHeader(ws, projection, head);
  const rows = new Map<string, number>();
  configurations.forEach((id, i) => {
    const row = head.header + 1 + i;
    rows.set(id, row);
    writeText(ws, row, 1, configurationLabel(projection, id));
    const totals = projection.region.municipalityIds.map((m) => sum([...(values(id, m) ?? [ZERO])]));
    totals.forEach((x, j) => writeValue(ws, row, 2 + j, x, 'engine', FORMAT.money));
    writeRegionSum(ws, row, sumColumn, sum(totals));
  });
  return rows;
}

/** Verevening + fee flow per configuration with fees, as formulas over the two tables above (a configuration that does not settle has a verevening of 0). */
function writeTogether(
  ws: Sheet, projection: Projection, head: TableHead, configurations: readonly string[], rows: { verevening: ReadonlyMap<string, number>; fees: ReadonlyMap<string, number> },
): void {
  const sumColumn = writeHeader(ws, projection, head);
  configurations.forEach((id, i) => {
    const row = head.header + 1 + i;
    writeText(ws, row, 1, configurationLabel(projection, id));
    const values = projection.region.municipalityIds.map((m, j) => {
      const r = resultFor(projection, id, municipalitySubject(m));
      const value = sum([...(r?.verevening ?? [ZERO]), ...(r?.feesPaid ?? [ZERO])]).minus(sum([...(r?.feeRevenue ?? [ZERO])]));
      const v = rows.verevening.get(id);
      const f = rows.fees.get(id);
      const cells = [v, f].flatMap((x) => (x === undefined ? [] : [address(2 + j, x)]));
      writeFormula(ws, row, 2 + j, cells.join('+'), value, FORMAT.money);
      return value;
    });
    writeRegionSum(ws, row, sumColumn, sum(values));
  });
}

/**
 * The region's sum of a row, which is zero: to the cent, so that a spreadsheet's binary sum of
 * the members' exact figures shows 0 and not "-0".
 */
function writeRegionSum(ws: Sheet, row: number, sumColumn: number, value: Dec): void {
  writeFormula(ws, row, sumColumn, `ROUND(SUM(${address(2, row)}:${address(sumColumn - 1, row)}),2)`, toCents(value), FORMAT.money);
}

function configurationLabel(projection: Projection, id: string): string {
  return projection.region.configurations.find((c) => c.id === id)?.label ?? id;
}

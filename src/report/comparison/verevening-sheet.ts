import type ExcelJS from 'exceljs';
import { municipalityName, type Projection } from '../../engine/index.js';
import { ZERO, sum } from '../../model/decimal.js';
import type { WorkbookLabels } from '../i18n/workbook-labels.js';
import { setUpPrinting, writeFormula, writeText, writeValue } from '../workbook/cells.js';
import { LABEL_COLUMN, address } from '../workbook/layout.js';
import { FORMAT, styleHeader, styleTitle } from '../workbook/styles.js';

const HEADER_ROW = 4;

/** The configurations in which some organisation settles (docs/methodology.md#settlement). */
export function settledConfigurations(projection: Projection): string[] {
  return projection.region.configurations.filter((c) => c.organisations.some((o) => o.settlement !== undefined)).map((c) => c.id);
}

/**
 * "Wie betaalt voor wie": per configuration in which an organisation settles (rows) and
 * municipality (columns), its verevening over the horizon (the engine's figures; positive =
 * pays for others), and the region's sum as a live formula: zero, since settlement only
 * moves money between the members.
 */
export function writeVereveningSheet(ws: ExcelJS.Worksheet, projection: Projection, labels: WorkbookLabels, footer: string): void {
  const l = labels.comparison.verevening;
  const municipalities = projection.region.municipalityIds;
  writeText(ws, 1, LABEL_COLUMN, l.title(projection.region.name));
  styleTitle(ws.getCell(1, LABEL_COLUMN));
  writeText(ws, 2, LABEL_COLUMN, l.intro(projection.region.horizon.start, projection.region.horizon.end));
  const header = ws.getRow(HEADER_ROW);
  header.getCell(1).value = labels.summary.configuration;
  municipalities.forEach((m, j) => (header.getCell(2 + j).value = municipalityName(projection.scenario, m)));
  const sumColumn = 2 + municipalities.length;
  header.getCell(sumColumn).value = l.regionSum;
  styleHeader(header);
  settledConfigurations(projection).forEach((id, i) => {
    const row = HEADER_ROW + 1 + i;
    const configuration = projection.region.configurations.find((c) => c.id === id);
    writeText(ws, row, 1, configuration?.label ?? id);
    const totals = municipalities.map((m) => sum(projection.results.get(id)?.get(m)?.verevening ?? [ZERO]));
    totals.forEach((x, j) => writeValue(ws, row, 2 + j, x, 'engine', FORMAT.money));
    writeFormula(ws, row, sumColumn, `SUM(${address(2, row)}:${address(sumColumn - 1, row)})`, sum(totals), FORMAT.money);
  });
  ws.getColumn(1).width = 40;
  for (let c = 2; c <= sumColumn; c++) ws.getColumn(c).width = 16;
  setUpPrinting(ws, footer);
}

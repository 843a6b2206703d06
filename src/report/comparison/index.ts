import { evaluateLabelsFor } from '../i18n/evaluate-labels.js';
import { writeEvaluationSheet } from '../workbook/sheets/evaluation.js';
import { REGION, compareWorlds, type ClosedWorld, type Projection } from '../../engine/index.js';
import { workbookLabelsFor } from '../i18n/workbook-labels.js';
import { warningLines } from '../issue-text.js';
import { estimateLines, estimateSummary } from '../estimates.js';
import { fitCellTexts, pageFooter } from '../workbook/cells.js';
import { finishPackage } from '../workbook/charts/package.js';
import { layOutForPrint } from '../workbook/print-layout.js';
import type { WorkbookOptions } from '../workbook/index.js';
import { VALUE_COLUMN, sheetRef } from '../workbook/layout.js';
import { writeNotesSheet } from '../workbook/sheets/notes.js';
import { newWorkbook, workbookDates } from '../workbook/stamp.js';
import { writeMatrixSheet } from './matrix-sheet.js';
import { perYearKey, writePerYearSheet, type PerYearDetail } from './per-year-sheet.js';
import { feeConfigurations, settledConfigurations, writeVereveningSheet } from './verevening-sheet.js';
import { regionSettles } from '../../model/configuration.js';

/**
 * The regional comparison workbook (`<region file>-vergelijking.xlsx` of `batch`; README,
 * "All council reports of the region"): who gains and who loses under each configuration,
 * the region's totals per year with their differences and break-even as live formulas, and
 * two native charts.
 */
export function buildComparisonWorkbook(projection: Projection, options: RegionalWorkbookOptions): Promise<Buffer> {
  return buildRegionalWorkbook(projection, options, 'comparison');
}

/**
 * The region's workbook (`<region file>.xlsx` of `run` on a region file; README, "run"): the
 * comparison workbook's sheets, whose per-year sheet also holds, per configuration, the
 * region's costs and revenues per year and the present values of its net cost and of the
 * difference with the baseline.
 */
export function buildRegionWorkbook(projection: Projection, options: RegionalWorkbookOptions): Promise<Buffer> {
  return buildRegionalWorkbook(projection, options, 'region-totals');
}

/** The options of a regional workbook: a municipality's, and the closed world of an open run with inflow. */
export interface RegionalWorkbookOptions extends WorkbookOptions {
  /** The figures without the inflow streams (engine/worlds.ts): adds the table "Met en zonder nieuwe doelgroepen". */
  readonly closed?: ClosedWorld | undefined;
}

async function buildRegionalWorkbook(projection: Projection, options: RegionalWorkbookOptions, detail: PerYearDetail): Promise<Buffer> {
  const labels = workbookLabelsFor(options.language);
  const c = labels.comparison;
  const { text: date, stamp } = workbookDates(options.date);
  const footer = pageFooter(c.title(projection.region.name), options.version, date);
  const wb = newWorkbook(stamp);
  const matrix = wb.addWorksheet(c.sheets.matrix, { properties: { tabColor: { argb: 'FF1F4E79' } } });
  const perYear = wb.addWorksheet(c.sheets.perYear);
  if (settledConfigurations(projection).length + feeConfigurations(projection).length > 0) writeVereveningSheet(wb.addWorksheet(c.verevening.sheet), projection, labels, footer);
  const evaluationSheet = options.evaluation === undefined ? undefined : wb.addWorksheet(evaluateLabelsFor(options.language).sheet);
  const notes = wb.addWorksheet(labels.sheets.notes);
  const rows = writePerYearSheet(perYear, projection, labels, footer, detail);
  const cell = (key: string) => sheetRef(c.sheets.perYear, VALUE_COLUMN, rows.row(key) ?? 0, true);
  wb.definedNames.add(cell(perYearKey.startYear), labels.names.startYear);
  wb.definedNames.add(cell(perYearKey.discountRate), labels.names.discountRate);
  const worlds = options.closed === undefined ? undefined : compareWorlds(projection, options.closed, REGION);
  const charts = writeMatrixSheet(matrix, projection, labels, { sheet: c.sheets.perYear, rows }, { madeFrom: labels.madeFrom(options.version, date), footer }, worlds);
  writeNotesSheet(notes, {
    labels,
    reading: [...c.reading, ...(detail === 'comparison' ? [] : [c.regionTotalsReading]), ...(worlds === undefined ? [] : [c.worlds.reading])],
    settles: regionSettles(projection.region),
    warnings: warningLines(projection.warnings, labels.notes.moreWarnings),
    estimates: estimateLines(estimateSummary(projection, projection.region.municipalityIds), labels, options.language),
    inputs: projection.scenario.inputs,
    ...(projection.scenario.variant === undefined ? {} : { variant: projection.scenario.variant }),
    version: options.version,
    date,
    footer,
  });
  const evaluationCharts = evaluationSheet === undefined || options.evaluation === undefined ? [] : writeEvaluationSheet(evaluationSheet, { projection, language: options.language, footer }, options.evaluation);
  const chartSheets = [{ sheet: c.sheets.matrix, specs: charts }, ...(evaluationSheet === undefined ? [] : [{ sheet: evaluationSheet.name, specs: evaluationCharts }])];
  fitCellTexts(wb);
  layOutForPrint(wb, chartSheets);
  return finishPackage(wb, chartSheets, stamp);
}

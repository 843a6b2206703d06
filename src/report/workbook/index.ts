import type { Book } from './sheet-model.js';
import { municipalityName, municipalitySubject, resultFor, type Projection } from '../../engine/index.js';
import type { Language } from '../i18n/index.js';
import type { Analyses } from '../risk/analyses.js';
import { workbookLabelsFor } from '../i18n/workbook-labels.js';
import { warningLines } from '../issue-text.js';
import { estimateLines, estimateSummary } from '../estimates.js';
import { sourceNoteLines } from './source-notes.js';
import { warningsAbout } from '../json.js';
import { finishPackage } from './charts/package.js';
import type { ChartSpec } from './charts/chart-spec.js';
import { assumptionKey, hasInflow, type WorkbookContext } from './context.js';
import { fitCellTexts, pageFooter } from './cells.js';
import { layOutForPrint } from './print-layout.js';
import { RowRegistry, VALUE_COLUMN, sheetRef } from './layout.js';
import { configurationSheetNames } from './sheet-names.js';
import { writeAssumptionsSheet } from './sheets/assumptions.js';
import { planConfigurationSheet, type ConfigurationPlan } from './sheets/configuration-rows.js';
import { writeConfigurationSheet } from './sheets/configuration.js';
import { writeDissolutionSheet } from './sheets/dissolution.js';
import { writeNotesSheet } from './sheets/notes.js';
import { writePopulationSheet } from './sheets/population.js';
import { writeSummarySheet } from './sheets/summary.js';
import { writeRiskSheet } from './sheets/risk.js';
import { writeSensitivitySheet } from './sheets/sensitivity.js';
import { riskLabelsFor } from '../i18n/risk-labels.js';
import { evaluateLabelsFor } from '../i18n/evaluate-labels.js';
import type { EvaluationView } from '../evaluate/view.js';
import { writeEvaluationSheet } from './sheets/evaluation.js';
import { newWorkbook, workbookDates } from './stamp.js';
import { municipalityCells } from './member-rows.js';
import { MIN_CELL_PERSONS } from '../small-cells.js';
import { regionSettles } from '../../model/configuration.js';

export interface WorkbookOptions {
  readonly language: Language;
  /** Sensitivity, Monte Carlo and goal-seek results, for the Gevoeligheid and Risico sheets. */
  readonly analyses?: Analyses;
  readonly version: string;
  /** The report's date, when asked for (SOURCE_DATE_EPOCH); without it the workbook carries none. */
  readonly date?: Date;
  /** The forecast against the realised figures, for the Evaluatie sheet (`evaluate --out`). */
  readonly evaluation?: EvaluationView;
}

/**
 * The council workbook of one municipality (docs/methodology.md, "The workbook"): summary,
 * assumptions, population, one sheet per configuration and notes, with live formulas whose
 * cached results are the engine's figures, and native charts. Returns the xlsx bytes.
 */
export async function buildMunicipalityWorkbook(projection: Projection, municipality: string, options: WorkbookOptions): Promise<Buffer> {
  const { workbook, charts, stamp } = composeMunicipalityWorkbook(projection, municipality, options);
  return finishPackage(workbook, charts, stamp);
}

/** A workbook composed and laid out for print, before it is packaged with its charts. */
export interface ComposedWorkbook {
  readonly workbook: Book;
  readonly charts: { sheet: string; specs: readonly ChartSpec[] }[];
  /** The date inside the package. */
  readonly stamp: Date;
}

/** The sheets of {@link buildMunicipalityWorkbook}, filled and laid out for print: all but the packaging. */
export function composeMunicipalityWorkbook(projection: Projection, municipality: string, options: WorkbookOptions): ComposedWorkbook {
  const labels = workbookLabelsFor(options.language);
  const { region } = projection;
  const configurationSheets = configurationSheetNames(region.configurations.map((c) => c.id));
  const subject = municipalitySubject(municipality);
  const name = municipalityName(projection.scenario, municipality);
  const { text: date, stamp } = workbookDates(options.date);
  const ctx: WorkbookContext = {
    projection,
    municipality,
    language: options.language,
    labels,
    version: options.version,
    date,
    sheets: { ...labels.sheets, configurations: configurationSheets },
    assumptionRows: new RowRegistry(),
    populationRows: new RowRegistry(),
    dissolutionRows: new RowRegistry(),
    cells: municipalityCells(projection, municipality),
    footer: pageFooter(labels.title(name), options.version, date),
  };

  const wb = newWorkbook(stamp);
  // sheets in reading order; filled in the order their rows are needed by the others
  const summary = wb.addWorksheet(labels.sheets.summary, { properties: { tabColor: { argb: 'FF1F4E79' } } });
  const assumptions = wb.addWorksheet(labels.sheets.assumptions);
  const population = wb.addWorksheet(labels.sheets.population);
  const plans: ConfigurationPlan[] = region.configurations.flatMap((c) => {
    const result = resultFor(projection, c.id, subject);
    const sheet = configurationSheets.get(c.id);
    return result === undefined || sheet === undefined ? [] : [planConfigurationSheet(c, sheet, result, ctx.cells)];
  });
  const configurationWorksheets = plans.map((p) => wb.addWorksheet(p.sheet));
  const dissolution = region.dissolution === undefined ? undefined : wb.addWorksheet(labels.sheets.dissolution);
  const analyses = options.analyses;
  const riskLabels = riskLabelsFor(options.language);
  const sensitivitySheet = analyses?.sensitivity === undefined ? undefined : wb.addWorksheet(riskLabels.sheets.sensitivity);
  const riskSheet = analyses?.risk === undefined ? undefined : wb.addWorksheet(riskLabels.sheets.risk);
  const evaluationSheet = options.evaluation === undefined ? undefined : wb.addWorksheet(evaluateLabelsFor(options.language).sheet);
  const notes = wb.addWorksheet(labels.sheets.notes);

  writeAssumptionsSheet(assumptions, ctx);
  const populationCharts = writePopulationSheet(population, ctx);
  if (dissolution !== undefined && region.dissolution !== undefined) writeDissolutionSheet(dissolution, ctx, region.dissolution);
  defineNames(wb, ctx);
  const baseline = plans.find((p) => p.configuration.id === region.baseline) ?? plans[0];
  plans.forEach((plan, i) => {
    const ws = configurationWorksheets[i];
    if (ws !== undefined && baseline !== undefined) writeConfigurationSheet(ws, ctx, plan, baseline);
  });
  const charts = writeSummarySheet(summary, ctx, plans);
  const sensitivityCharts = sensitivitySheet === undefined || analyses === undefined ? [] : writeSensitivitySheet(sensitivitySheet, ctx, analyses);
  const riskCharts = riskSheet === undefined || analyses?.risk === undefined ? [] : writeRiskSheet(riskSheet, ctx, analyses.risk);
  const evaluationCharts = evaluationSheet === undefined || options.evaluation === undefined ? [] : writeEvaluationSheet(evaluationSheet, { projection, language: options.language, footer: ctx.footer }, options.evaluation);
  const inflow = hasInflow(ctx);
  writeNotesSheet(notes, {
    labels: inflow ? { ...labels, notes: { ...labels.notes, engineCell: labels.notes.withInflow.engineCell } } : labels,
    reading: [...(inflow ? labels.notes.withInflow.reading : labels.notes.reading), labels.notes.smallCells(MIN_CELL_PERSONS)],
    settles: regionSettles(projection.region),
    warnings: warningLines(warningsAbout(projection, subject), labels.notes.moreWarnings),
    estimates: estimateLines(estimateSummary(projection, [municipality], options.analyses?.sensitivity?.tornadoes[0]), labels, options.language),
    sources: sourceNoteLines(projection, municipality),
    inputs: projection.scenario.inputs,
    ...(projection.scenario.variant === undefined ? {} : { variant: projection.scenario.variant }),
    version: options.version,
    date,
    footer: ctx.footer,
  });

  const chartSheets = [
    { sheet: labels.sheets.summary, specs: charts },
    // only where the sheet has a chart (inflow streams): a workbook without one stays byte for byte as it was
    ...(populationCharts.length === 0 ? [] : [{ sheet: labels.sheets.population, specs: populationCharts }]),
    ...(sensitivitySheet === undefined ? [] : [{ sheet: sensitivitySheet.name, specs: sensitivityCharts }]),
    ...(riskSheet === undefined ? [] : [{ sheet: riskSheet.name, specs: riskCharts }]),
    ...(evaluationSheet === undefined ? [] : [{ sheet: evaluationSheet.name, specs: evaluationCharts }]),
  ];
  fitCellTexts(wb);
  layOutForPrint(wb, chartSheets);
  return { workbook: wb, charts: chartSheets, stamp };
}

/** Named ranges for the key scalar inputs, so that formulas read like sentences. */
function defineNames(wb: Book, ctx: WorkbookContext): void {
  const cell = (key: string) => sheetRef(ctx.sheets.assumptions, VALUE_COLUMN, ctx.assumptionRows.row(key) ?? 0, true);
  wb.definedNames.add(cell(assumptionKey.startYear), ctx.labels.names.startYear);
  wb.definedNames.add(cell(assumptionKey.discountRate), ctx.labels.names.discountRate);
}

import { scenarioSubject } from '../../engine/index.js';
import { loadScenario } from '../../load/index.js';
import type { Issue } from '../../errors.js';
import { labelsFor, type Language } from '../../report/i18n/index.js';
import { warningsAbout } from '../../report/json.js';
import type { Analyses } from '../../report/risk/analyses.js';
import { riskJson } from '../../report/risk/json.js';
import { renderRisk, renderSolve, renderTornado } from '../../report/risk/terminal.js';
import { planMunicipalityWorkbook, writeMunicipalityWorkbook, type PlannedWorkbook } from '../municipality-workbook.js';
import { reportDate } from '../report-date.js';
import { analysisContext, chosenConfiguration, riskReport, sensitivityReport, solveReport, type AnalysisContext } from '../risk/analyses.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';
import { threadCount } from '../threads.js';

interface CommonOptions {
  readonly out: string;
  readonly outGiven: boolean;
  readonly json?: boolean;
  readonly lang: Language;
  readonly set: readonly string[];
  readonly config?: string;
}

export interface SensitivityOptions extends CommonOptions {
  readonly range: number;
  readonly top: number;
}

export interface RiskOptions extends CommonOptions {
  readonly iterations: number;
  readonly seed: number;
  readonly jobs?: number;
}

export interface SolveOptions extends CommonOptions {
  readonly param: string;
  readonly measure: 'npv' | 'cumulative';
}

/** `soweco-bc sensitivity <file>`: the tornado of a configuration, and a workbook with the Gevoeligheid sheet. */
export async function sensitivityCommand(file: string, options: SensitivityOptions, io: Io): Promise<void> {
  const { ctx, workbook } = loadAndPlan(file, options);
  const configuration = chosenConfiguration(ctx, options.config);
  printWarnings(warningsOf(ctx), io);
  const sensitivity = sensitivityReport(ctx, configuration, options.range);
  await finish(ctx.projection, workbook, { sensitivity }, options, io, () =>
    renderTornado(sensitivity.tornadoes[0] ?? { configuration: '', base: 0, bars: [] }, ctx.projection, options.lang, paintFor(io.stdout, io.env), options.top));
}

/** `soweco-bc risk <file>`: Monte Carlo over the uncertainty in the files, and a workbook with the Risico and Gevoeligheid sheets. */
export async function riskCommand(file: string, options: RiskOptions, io: Io): Promise<void> {
  const { ctx, workbook } = loadAndPlan(file, options);
  const configuration = chosenConfiguration(ctx, options.config);
  printWarnings(warningsOf(ctx), io);
  const risk = await riskReport(ctx, { iterations: options.iterations, seed: options.seed, jobs: threadCount(options.jobs) });
  const sensitivity = sensitivityReport(ctx, configuration, 0.1);
  await finish(ctx.projection, workbook, { risk, sensitivity }, options, io, () => renderRisk(risk, ctx.projection, options.lang, paintFor(io.stdout, io.env)));
}

/** `soweco-bc solve <file> --config <id> --param <name>`: the value at which a configuration breaks even with the baseline. */
export async function solveCommand(file: string, options: SolveOptions, io: Io): Promise<void> {
  const { ctx, workbook } = loadAndPlan(file, options);
  const configuration = chosenConfiguration(ctx, options.config, { notTheBaseline: 'solve' });
  printWarnings(warningsOf(ctx), io);
  const solve = solveReport(ctx, configuration, options.param, options.measure);
  const sensitivity = sensitivityReport(ctx, configuration, 0.1);
  await finish(ctx.projection, workbook, { sensitivity, solves: [solve] }, options, io, () => renderSolve(solve, ctx.projection, options.lang, paintFor(io.stdout, io.env)));
}

/** Loads the scenario and declares the workbook, before any analysis: a refused --out costs no calculation. */
function loadAndPlan(file: string, options: CommonOptions): { ctx: AnalysisContext; workbook: PlannedWorkbook | undefined } {
  const scenario = loadScenario(file, { set: options.set });
  const workbook = planMunicipalityWorkbook(scenario, options);
  return { ctx: analysisContext(scenario), workbook };
}

/** The warnings to print: as run prints them, those about the municipality looked at (all for a region). */
function warningsOf(ctx: AnalysisContext): readonly Issue[] {
  return warningsAbout(ctx.projection, ctx.subject);
}

/** Prints the result (or its JSON) and writes the municipality's workbook with the analyses' sheets. */
async function finish(
  projection: Parameters<typeof renderRisk>[1],
  workbook: PlannedWorkbook | undefined,
  analyses: Analyses,
  options: CommonOptions,
  io: Io,
  render: () => string,
): Promise<void> {
  const written = await writeMunicipalityWorkbook(projection, workbook, options.lang, reportDate(io.env), analyses);
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify(riskJson(projection, scenarioSubject(projection.scenario), analyses), null, 1)}\n`);
    return;
  }
  io.stdout.write(render());
  if (written !== undefined) io.stdout.write(`\n${labelsFor(options.lang).reportWritten(written)}\n`);
}

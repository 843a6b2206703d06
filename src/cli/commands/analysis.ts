import { writeRunWorkbook, type PlannedWorkbook } from '../../app/run-workbook.js';
import { chosenConfiguration, prepareAnalysis, sensitivityReport, solveReport, type AnalysisContext } from '../../app/risk-analyses.js';
import { riskReport } from '../../app/risk-simulation.js';
import { scenarioSubject, type Projection } from '../../engine/index.js';
import { labelsFor } from '../../report/i18n/index.js';
import { warningsAbout } from '../../report/json.js';
import type { Analyses } from '../../report/risk/analyses.js';
import { riskJson } from '../../report/risk/json.js';
import { renderRisk, renderSolve, renderTornado } from '../../report/risk/terminal.js';
import type { CommonOptions, JobsOptions, JsonOptions, LanguageOptions, OutFolderOptions, OutGiven, PopulationOptions, SeedOptions, SetOptions } from '../options.js';
import { reportRequest } from '../report-settings.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';

/** The options `sensitivity`, `risk` and `solve` share. */
export interface AnalysisOptions extends CommonOptions, OutFolderOptions, JsonOptions, LanguageOptions, SetOptions, PopulationOptions {
  /** `--config <id>`: the configuration to look at; by default the cheapest alternative to the baseline. */
  readonly config?: string;
}

/** The options of `sensitivity`. */
export interface SensitivityOptions extends AnalysisOptions {
  readonly range: number;
  readonly top: number;
}

/** The options of `risk`. */
export interface RiskOptions extends AnalysisOptions, JobsOptions, SeedOptions {
  readonly iterations: number;
}

/** The options of `solve`. */
export interface SolveOptions extends AnalysisOptions {
  readonly param: string;
  readonly measure: 'npv' | 'cumulative';
}

/** `soweco-bc sensitivity <file>`: the tornado of a configuration, and a workbook with the Gevoeligheid sheet. */
export async function sensitivityCommand(file: string, options: SensitivityOptions & OutGiven, io: Io): Promise<void> {
  const { ctx, workbook } = prepare('sensitivity', file, options, io);
  const configuration = chosenConfiguration(ctx, options.config);
  printWarnings(warningsAbout(ctx.projection, ctx.subject), io);
  const sensitivity = sensitivityReport(ctx, configuration, options.range);
  await finish(ctx.projection, workbook, { sensitivity }, options, io, () =>
    renderTornado(sensitivity.tornadoes[0] ?? { configuration: '', base: 0, bars: [] }, ctx.projection, options.lang, paintFor(io.stdout, io.env), options.top));
}

/** `soweco-bc risk <file>`: Monte Carlo over the uncertainty in the files, and a workbook with the Risico and Gevoeligheid sheets. */
export async function riskCommand(file: string, options: RiskOptions & OutGiven, io: Io): Promise<void> {
  const { ctx, workbook } = prepare('risk', file, options, io);
  const configuration = chosenConfiguration(ctx, options.config);
  printWarnings(warningsAbout(ctx.projection, ctx.subject), io);
  const risk = await riskReport(ctx, { iterations: options.iterations, seed: options.seed, jobs: options.jobs });
  const sensitivity = sensitivityReport(ctx, configuration, 0.1);
  await finish(ctx.projection, workbook, { risk, sensitivity }, options, io, () => renderRisk(risk, ctx.projection, options.lang, paintFor(io.stdout, io.env)));
}

/** `soweco-bc solve <file> --config <id> --param <name>`: the value at which a configuration breaks even with the baseline. */
export async function solveCommand(file: string, options: SolveOptions & OutGiven, io: Io): Promise<void> {
  const { ctx, workbook } = prepare('solve', file, options, io);
  const configuration = chosenConfiguration(ctx, options.config, { notTheBaseline: 'solve' });
  printWarnings(warningsAbout(ctx.projection, ctx.subject), io);
  const solve = solveReport(ctx, configuration, options.param, options.measure);
  const sensitivity = sensitivityReport(ctx, configuration, 0.1);
  await finish(ctx.projection, workbook, { sensitivity, solves: [solve] }, options, io, () => renderSolve(solve, ctx.projection, options.lang, paintFor(io.stdout, io.env)));
}

/** Loads the scenario and declares the workbook, before any analysis (app/risk-analyses.ts). */
function prepare(command: string, file: string, options: AnalysisOptions & OutGiven, io: Io): { ctx: AnalysisContext; workbook: PlannedWorkbook | undefined } {
  return prepareAnalysis(command, file, { set: options.set, population: options.population }, reportRequest(options, io.env));
}

/** Writes the municipality's workbook with the analyses' sheets (none for a region file), and prints the result (or its JSON). */
async function finish(projection: Projection, workbook: PlannedWorkbook | undefined, analyses: Analyses, options: AnalysisOptions, io: Io, render: () => string): Promise<void> {
  const written = await writeRunWorkbook(projection, workbook, { analyses });
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify(riskJson(projection, scenarioSubject(projection.scenario), analyses), null, 1)}\n`);
    return;
  }
  io.stdout.write(render());
  if (written !== undefined) io.stdout.write(`\n${labelsFor(options.lang).reportWritten(written)}\n`);
}

import { evaluateScenario } from '../../app/evaluate-scenario.js';
import { evaluationDocument } from '../../report/evaluate/json.js';
import { renderEvaluation } from '../../report/evaluate/terminal.js';
import { evaluationView } from '../../report/evaluate/view.js';
import { warningsAbout } from '../../report/json.js';
import { REGION, municipalitySubject } from '../../engine/index.js';
import type { CommonOptions, JsonOptions, LanguageOptions, PopulationOptions, SetOptions } from '../options.js';
import { reportRequest } from '../report-settings.js';
import { writeRunWorkbook } from '../../app/run-workbook.js';
import { labelsFor } from '../../report/i18n/index.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';

/** The options of `evaluate`. */
export interface EvaluateOptions extends CommonOptions, JsonOptions, LanguageOptions, SetOptions, PopulationOptions {
  /** `--config <id>`: compare only this configuration's lines. */
  readonly config?: string;
  /** `--out <dir>`: where to write the municipality's workbook with the Evaluatie sheet; none without it. */
  readonly out?: string;
}

/** The folder a report would go to: only used where --out names one. */
const NO_FOLDER = 'reports';

/**
 * `soweco-bc evaluate <file>`: the forecast held against the realised figures of the
 * municipality (or of every municipality of a region file that states some), per year and
 * line split into volume, price and rest, and the population (docs/methodology.md#evaluate).
 */
export async function evaluateCommand(file: string, options: EvaluateOptions, io: Io): Promise<void> {
  const request = reportRequest({ ...options, out: options.out ?? NO_FOLDER, outGiven: options.out !== undefined }, io.env);
  const { projection, evaluations, workbook } = evaluateScenario(file, { set: options.set, population: options.population }, options.config, request);
  const focus = projection.scenario.focus;
  printWarnings(warningsAbout(projection, focus === undefined ? REGION : municipalitySubject(focus)), io);
  const inCents = evaluations.map((e) => evaluationView(projection, e, 'cents'));
  // the workbook's evaluation: a municipality file's own, or a region file's sums (its municipalities' have their own files)
  const own = inCents.find((v) => (focus === undefined ? v.subject.kind === 'region' : v.subject.kind === 'municipality' && v.subject.id === focus));
  const written = await writeRunWorkbook(projection, workbook, own === undefined ? {} : { evaluation: own });
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify(evaluationDocument(projection, inCents), null, 1)}\n`);
    return;
  }
  io.stdout.write(renderEvaluation(evaluations.map((e) => evaluationView(projection, e, 'euros')), projection, options.lang, paintFor(io.stdout, io.env)));
  if (written !== undefined) io.stdout.write(`\n${labelsFor(options.lang).reportWritten(written)}\n`);
}

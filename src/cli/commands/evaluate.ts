import { evaluateScenario } from '../../app/evaluate-scenario.js';
import { evaluationDocument } from '../../report/evaluate/json.js';
import { renderEvaluation } from '../../report/evaluate/terminal.js';
import { evaluationView } from '../../report/evaluate/view.js';
import { warningsAbout } from '../../report/json.js';
import { REGION, municipalitySubject } from '../../engine/index.js';
import type { CommonOptions, JsonOptions, LanguageOptions, SetOptions } from '../options.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';

/** The options of `evaluate`. */
export interface EvaluateOptions extends CommonOptions, JsonOptions, LanguageOptions, SetOptions {
  /** `--config <id>`: compare only this configuration's lines. */
  readonly config?: string;
}

/**
 * `soweco-bc evaluate <file>`: the forecast held against the realised figures of the
 * municipality (or of every municipality of a region file that states some), per year and
 * line split into volume, price and rest, and the population (docs/methodology.md#evaluate).
 */
export function evaluateCommand(file: string, options: EvaluateOptions, io: Io): void {
  const { projection, evaluations } = evaluateScenario(file, options.set, options.config);
  const focus = projection.scenario.focus;
  printWarnings(warningsAbout(projection, focus === undefined ? REGION : municipalitySubject(focus)), io);
  if (options.json === true) {
    const document = evaluationDocument(projection, evaluations.map((e) => evaluationView(projection, e, 'cents')));
    io.stdout.write(`${JSON.stringify(document, null, 1)}\n`);
    return;
  }
  io.stdout.write(renderEvaluation(evaluations.map((e) => evaluationView(projection, e, 'euros')), projection, options.lang, paintFor(io.stdout, io.env)));
}

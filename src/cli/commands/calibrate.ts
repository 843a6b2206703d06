import { relative, resolve } from 'node:path';
import { calibrate } from '../../app/calibrate.js';
import { extendsPath, plannedVariant, plannedVariantPath } from '../../app/calibration-output.js';
import { InternalError } from '../../errors.js';
import type { OutputFiles } from '../../report/output-files.js';
import type { CalibrationWeights } from '../../engine/calibration/result.js';
import { calibrationJson } from '../../report/calibration/json.js';
import { warningsAbout } from '../../report/json.js';
import { renderCalibration } from '../../report/calibration/terminal.js';
import { calibrationTexts } from '../../report/calibration/texts.js';
import { calibrationVariant } from '../../report/calibration/variant.js';
import type { CommonOptions, JsonOptions, LanguageOptions } from '../options.js';
import { ownCommand, quoted } from '../own-command.js';
import { reportDate } from '../report-date.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';

/** The options of `calibrate`. */
export interface CalibrateOptions extends CommonOptions, JsonOptions, LanguageOptions {
  readonly param: string[];
  readonly bounds: string[];
  readonly weights: CalibrationWeights;
  /** `--config <id>`: only this configuration's realised figures. */
  readonly config?: string;
  readonly out?: string;
  readonly force?: true;
}

/**
 * `soweco-bc calibrate <file> --param NAME…`: fits the factors, writes the scenario variant
 * (atomically; never over an input, nor over an existing file without --force), and prints
 * the fit (or its JSON).
 */
export async function calibrateCommand(file: string, options: CalibrateOptions, io: Io): Promise<void> {
  const out = plannedVariantPath(file, options.out, options.force === true);
  let variant: OutputFiles | undefined;
  const calibration = calibrate({ file, params: options.param, bounds: options.bounds, weights: options.weights, ...(options.config === undefined ? {} : { configuration: options.config }) }, (scenario) => {
    variant = plannedVariant(out, scenario);
  });
  if (variant === undefined) throw new InternalError('calibrate did not plan its variant');
  const run = `${ownCommand(process.cwd())} run ${quoted(relative(process.cwd(), resolve(out)))}`;
  // the date the variant was made: SOURCE_DATE_EPOCH when set (reproducible files), else today
  const date = (reportDate(io.env) ?? new Date()).toISOString().slice(0, 10);
  const text = calibrationVariant(calibration, { extends: extendsPath(out, file), date, command: run }, options.lang);
  variant.write([{ path: out, bytes: new TextEncoder().encode(text) }]);
  printWarnings(warningsAbout(calibration.fitted, calibration.subject), io);
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify(calibrationJson(calibration, out), null, 1)}\n`);
    return;
  }
  io.stdout.write(renderCalibration(calibration, options.lang, paintFor(io.stdout, io.env)));
  io.stdout.write(`\n${calibrationTexts(options.lang).written(out, run)}\n`);
}

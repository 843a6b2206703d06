import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { userError } from '../errors.js';
import type { Scenario } from '../model/scenario.js';
import { OutputFiles } from '../report/output-files.js';
import { calibrationMessages as msg } from './calibration-messages.js';

/** The variant file when `--out` does not name one: next to the input, `<name>-gekalibreerd.yaml`, so that its `extends:` is the input's own name. */
export function defaultVariantPath(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}-gekalibreerd.yaml`);
}

/**
 * The variant file to write, checked before any calculation: a YAML name, and not a file that
 * exists unless `--force` (a variant written earlier is never replaced by surprise).
 */
export function plannedVariantPath(file: string, out: string | undefined, force: boolean): string {
  const path = out ?? defaultVariantPath(file);
  if (!/\.ya?ml$/i.test(path)) throw userError('usage', { file: '--out' }, msg.outNotYaml(path));
  if (!force && existsSync(path)) throw userError('usage', { file: '--out' }, msg.outExists(path), msg.outExistsHint);
  return path;
}

/**
 * The variant as the one output of the run, declared once the scenario is loaded and before
 * the search: a file the scenario was read from is refused even with `--force` (the project's
 * one check of outputs against inputs, by file identity: report/output-files.ts).
 */
export function plannedVariant(path: string, scenario: Scenario): OutputFiles {
  const outputs = new OutputFiles(scenario.inputs.map((i) => i.path), { at: { file: '--out' }, hint: msg.outIsInputHint });
  outputs.plan([path]);
  return outputs;
}

/** The input file as the variant's `extends:` names it: relative to the variant's folder. */
export function extendsPath(variant: string, file: string): string {
  return relative(dirname(resolve(variant)), resolve(file)) || basename(file);
}

import { basename } from 'node:path';
import { rootMeanSquare, yearSpan } from '../../engine/calibration/residuals.js';
import type { Calibration } from '../../engine/calibration/result.js';
import { MAX_TEXT } from '../../load/schema/common.js';
import type { Language } from '../i18n/index.js';
import { formatEuros } from '../number-format.js';
import { variantYaml } from '../variant-yaml.js';
import { calibrationTexts } from './texts.js';

/** Where the variant goes and what it says of itself: the file it extends, as named from the variant's folder, and how to run it. */
export interface CalibrationVariantPlace {
  /** The input file as the variant's `extends:` names it. */
  readonly extends: string;
  /** The day it is made, `2026-11-29`. */
  readonly date: string;
  /** The command that runs it, as typed in the working folder. */
  readonly command: string;
}

/**
 * The scenario variant `calibrate` writes (docs/input-format.md#scenario-variant-file):
 * `extends:` the input, `set:` each fitted factor as `name*=θ`, and a comment naming the
 * realised files, the date and the fit.
 */
export function calibrationVariant(c: Calibration, place: CalibrationVariantPlace, language: Language): string {
  const t = calibrationTexts(language);
  const years = yearSpan(c.figures);
  const rms = rootMeanSquare(c.figures);
  const stating = (id: string) => c.figures.some((f) => f.figure.subject.kind === 'municipality' && f.figure.subject.id === id);
  const region = c.scenario.regionRealised;
  const realised = [
    ...c.scenario.municipalities.filter((m) => stating(m.id)).map((m) => `${m.name} (${m.realised?.linesFile ?? basename(m.realised?.at.file ?? '')})`),
    ...(region !== undefined && c.figures.some((f) => f.figure.subject.kind === 'region') ? [`${c.scenario.region.name} (${region.linesFile ?? basename(region.at.file)})`] : []),
  ].join(', ');
  const fit = t.variantFit(c.figures.length, years, formatEuros(rms.before, language), formatEuros(rms.after, language));
  const set = c.parameters.map((p) => p.override);
  // a description holds at most MAX_TEXT.description characters; the set: list below has every factor whole
  const described = t.description(years, set.join(', '));
  const description = described.length <= MAX_TEXT.description ? described : t.description(years, c.parameters.map((p) => p.name).join(', ')).slice(0, MAX_TEXT.description);
  return variantYaml({ extends: place.extends, description, set }, t.variantComment(basename(place.extends), place.date, realised, fit, place.command));
}

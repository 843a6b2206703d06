import { textTable } from '../text-table.js';
import type { ChalkInstance } from 'chalk';
import { rootMeanSquare, rootMeanSquareByYear, yearSpan } from '../../engine/calibration/residuals.js';
import type { CalibratedParameter, Calibration, FigureFit } from '../../engine/calibration/result.js';
import { municipalityName } from '../../engine/index.js';
import type { Dec } from '../../model/decimal.js';
import type { Language } from '../i18n/index.js';
import { formatEuros, formatFixed, formatNumber, formatSignificant } from '../number-format.js';
import { calibrationTexts, type CalibrationTexts } from './texts.js';

/** `calibrate`'s result on the terminal: the factors, how well they are determined, and the figures before and after. */
export function renderCalibration(c: Calibration, language: Language, paint: ChalkInstance): string {
  const t = calibrationTexts(language);
  const subject = c.subject.kind === 'region' ? c.scenario.region.name : municipalityName(c.scenario, c.subject.id);
  const parts = [
    paint.bold(t.title(subject, c.figures.length, yearSpan(c.figures), t.weights[c.weights])),
    '',
    grid(t.parameterHeader, c.parameters.map((p) => parameterRow(p, language, t)), [1, 2, 4, 5]),
    ...notes(c, language, t),
    '',
    grid(t.figureHeader, c.figures.map((f) => figureRow(f, language)), [3, 4, 5, 6, 7]),
    '',
    t.rmsTitle,
    ...[...rootMeanSquareByYear(c.figures)].map(([year, rms]) => t.rmsYear(year, formatEuros(rms.before, language), formatEuros(rms.after, language))),
    rmsTotal(c, language, t),
  ];
  return `${parts.join('\n')}\n`;
}

function rmsTotal(c: Calibration, language: Language, t: CalibrationTexts): string {
  const rms = rootMeanSquare(c.figures);
  return t.rmsTotal(formatEuros(rms.before, language), formatEuros(rms.after, language));
}

/** The lines under the parameters: why they are not determined, their correlations, a search that did not converge. */
function notes(c: Calibration, language: Language, t: CalibrationTexts): string[] {
  const lines: string[] = [];
  if (c.undetermined === 'too-few-figures') lines.push(t.whyUndetermined['too-few-figures'](c.figures.length, c.parameters.length));
  else if (c.undetermined === 'singular') lines.push(t.whyUndetermined.singular);
  const pairs = c.parameters.flatMap((a, j) => c.parameters.slice(j + 1).map((b, i) => [a.name, b.name, c.correlations[j]?.[j + 1 + i] ?? null] as const));
  const known = pairs.filter(([, , rho]) => rho !== null);
  if (known.length > 0) lines.push(`${t.correlations}: ${known.map(([a, b, rho]) => `${a} ~ ${b} ${formatNumber(rho ?? 0, language)}`).join('; ')}`);
  if (!c.converged) lines.push(t.notConverged(c.iterations));
  return lines.length === 0 ? [] : ['', ...lines];
}

function parameterRow(p: CalibratedParameter, language: Language, t: CalibrationTexts): string[] {
  const factor = (x: number) => formatNumber(x, language, 6);
  const bounds = `${factor(p.bounds.low)}–${factor(p.bounds.high)} (${t.boundsFrom[p.bounds.from]})`;
  const value = (x: Dec | undefined) => (x === undefined ? '–' : parameterValue(x.toNumber(), language));
  return [
    p.name,
    `${factor(p.factor.toNumber())}${p.atBound === undefined ? '' : ` (${t.atBound[p.atBound]})`}`,
    p.standardError === null ? t.undetermined : formatSignificant(p.standardError, language, 2),
    bounds,
    value(p.firstYear?.before),
    value(p.firstYear?.after),
  ];
}

/** A parameter's value: an amount to the cent, a small number (a ratio) to six significant digits. */
function parameterValue(x: number, language: Language): string {
  return Math.abs(x) >= 100 ? formatFixed(x, language, 2) : formatSignificant(x, language, 6);
}

function figureRow(f: FigureFit, language: Language): string[] {
  const euros = (x: Dec) => formatEuros(x, language);
  const { figure } = f;
  return [String(figure.year), figure.configuration, figure.line, euros(figure.realised), euros(f.before), euros(figure.realised.minus(f.before)), euros(f.after), euros(figure.realised.minus(f.after))];
}

/** A table of text, columns padded; the columns in `right` aligned to the right (numbers). */
function grid(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[]): string {
  return textTable(header, rows, (i) => (right.includes(i) ? 'right' : 'left')).join('\n');
}

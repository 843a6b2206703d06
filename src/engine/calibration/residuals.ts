import { ZERO, type Dec } from '../../model/decimal.js';
import type { FigureFit } from './result.js';

/** The root mean square of the differences forecast − realised, in the files and after the fit. */
export interface RootMeanSquare {
  readonly before: Dec;
  readonly after: Dec;
}

/** √(Σ (F − R)² / n) over the figures, in euros and unweighted (the objective's weights only steer the fit). */
export function rootMeanSquare(figures: readonly FigureFit[]): RootMeanSquare {
  const rms = (forecast: (f: FigureFit) => Dec) =>
    figures.length === 0 ? ZERO : figures.reduce((s, f) => s.plus(forecast(f).minus(f.figure.realised).pow(2)), ZERO).div(figures.length).sqrt();
  return { before: rms((f) => f.before), after: rms((f) => f.after) };
}

/** {@link rootMeanSquare} per year, in order. */
export function rootMeanSquareByYear(figures: readonly FigureFit[]): Map<number, RootMeanSquare> {
  const years = [...new Set(figures.map((f) => f.figure.year))].sort((a, b) => a - b);
  return new Map(years.map((year) => [year, rootMeanSquare(figures.filter((f) => f.figure.year === year))]));
}

/** The years of the figures, as `2021–2023` (or `2021`). */
export function yearSpan(figures: readonly FigureFit[]): string {
  const years = figures.map((f) => f.figure.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}


import type { Issue } from '../errors.js';
import { Dec } from './decimal.js';
import type { LineResult } from './line-result.js';
import type { UsedParameter } from './parameter-book.js';

/**
 * The largest figure a year of the calculation may hold: 10^13 euros, the largest amount
 * that Excel's 15 significant digits show to the cent, and some four thousand times the
 * Dutch WSW budget. Beyond it lies a mistake in the input, such as an index rate written as
 * a percentage (25 for 25%) that compounds over the horizon; left alone it grows past what
 * a JSON or Excel number holds, and the reports would show null (docs/methodology.md#figure-limit).
 */
export const MAX_FIGURE = new Dec('1e13');
const MIN_FIGURE = MAX_FIGURE.neg();

/** The first year (index) whose value exceeds MAX_FIGURE in size, if any. */
function firstTooLarge(values: readonly (Dec | undefined)[]): number | undefined {
  const t = values.findIndex((v) => v !== undefined && (v.gt(MAX_FIGURE) || v.lt(MIN_FIGURE)));
  return t < 0 ? undefined : t;
}

function shown(value: Dec | undefined): string {
  return value === undefined ? '?' : value.toExponential(2);
}

/** One issue per parameter that a line used and that grows past MAX_FIGURE within the horizon. */
export function parameterMagnitudeIssues(used: ReadonlyMap<string, ReadonlyMap<string, UsedParameter>>, start: number): Issue[] {
  const seen = new Set<UsedParameter['parameter']>();
  const issues: Issue[] = [];
  for (const { parameter, series } of [...used.values()].flatMap((byName) => [...byName.values()])) {
    const t = firstTooLarge(series.values);
    if (t === undefined || seen.has(parameter)) continue;
    seen.add(parameter);
    issues.push({
      at: parameter.at,
      message: `parameter "${parameter.name}" reaches ${shown(series.values[t])} in ${start + t}: more than the 10^13 that a figure may be`,
      hint: 'check its values and its index: a rate is a fraction, 0.02 for 2%',
    });
  }
  return issues;
}

/** One issue per line (of a model) whose amounts grow past MAX_FIGURE in some year. */
export function lineMagnitudeIssues(lines: Iterable<{ readonly model: string; readonly lines: readonly LineResult[] }>, start: number): Issue[] {
  const issues = new Map<string, Issue>();
  for (const { model, lines: results } of lines) {
    for (const { line, amounts } of results) {
      const t = firstTooLarge(amounts);
      const key = `${model}#${line.id}`;
      if (t === undefined || issues.has(key)) continue;
      issues.set(key, {
        at: line.at,
        message: `line "${line.id}" of model "${model}" comes to ${shown(amounts[t])} in ${start + t}: more than the 10^13 that a figure may be`,
        hint: 'check the amounts, rates and percentages it uses',
      });
    }
  }
  return [...issues.values()];
}

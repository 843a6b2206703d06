import type { Issue, SourceRef } from '../errors.js';
import type { Line } from '../model/line.js';
import type { IndexSeries } from '../model/series.js';
import { Dec } from '../model/decimal.js';
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

/** The exponent of MAX_FIGURE: a finite decimal of a lower exponent is less than it in size. */
const MAX_EXPONENT = MAX_FIGURE.e;

/**
 * Whether a value exceeds MAX_FIGURE in size. Nearly every value's exponent (the place of
 * its first digit) says it does not, without the two comparisons, each of which copies
 * MAX_FIGURE; NaN and ±Infinity, whose exponent is NaN, are compared.
 */
export function exceedsMaxFigure(v: Dec): boolean {
  if (v.e < MAX_EXPONENT) return false;
  return v.gt(MAX_FIGURE) || v.lt(MIN_FIGURE);
}

/** The first year (index) whose value exceeds MAX_FIGURE in size, if any. */
function firstTooLarge(values: readonly (Dec | undefined)[]): number | undefined {
  const t = values.findIndex((v) => v !== undefined && exceedsMaxFigure(v));
  return t < 0 ? undefined : t;
}

function shown(value: Dec | undefined): string {
  return value === undefined ? '?' : value.toExponential(2);
}

type Used = ReadonlyMap<string, ReadonlyMap<string, UsedParameter>>;

/**
 * Where a parameter's too large values were caused: at the override or variant that changed
 * its index, when the parameter itself is as its file has it; else at the parameter.
 */
function causeOf({ parameter }: UsedParameter, indices: ReadonlyMap<string, IndexSeries>): { at: SourceRef; index?: string } {
  const index = parameter.index?.kind === 'series' ? indices.get(parameter.index.id) : undefined;
  return parameter.origin !== 'scenario' && index?.origin === 'scenario' ? { at: index.at, index: index.id } : { at: parameter.at };
}

/** One issue per parameter that a line used and that grows past MAX_FIGURE within the horizon. */
export function parameterMagnitudeIssues(used: Used, indices: ReadonlyMap<string, IndexSeries>, start: number): Issue[] {
  const seen = new Set<UsedParameter['parameter']>();
  const issues: Issue[] = [];
  for (const entry of [...used.values()].flatMap((byName) => [...byName.values()])) {
    const { parameter, series } = entry;
    const t = firstTooLarge(series.values);
    if (t === undefined || seen.has(parameter)) continue;
    seen.add(parameter);
    const cause = causeOf(entry, indices);
    const value = `${shown(series.values[t])} in ${start + t}: more than the 10^13 that a figure may be`;
    issues.push({
      at: cause.at,
      message: cause.index === undefined ? `parameter "${parameter.name}" reaches ${value}` : `index "${cause.index}" as changed here makes parameter "${parameter.name}" reach ${value}`,
      hint: 'check its values and its index: a rate is a fraction, 0.02 for 2%',
    });
  }
  return issues;
}

/**
 * The parameters a line's amount reads, with those of the lines it is a percentage of: the
 * place to blame when one of them was changed by an override or a variant.
 */
function overriddenInput(line: Line, lines: ReadonlyMap<string, Line>, used: Used, indices: ReadonlyMap<string, IndexSeries>, seen = new Set<string>()): SourceRef | undefined {
  if (seen.has(line.id)) return undefined;
  seen.add(line.id);
  const amount = line.amount;
  const rates = amount.kind === 'by_work_form' ? [...amount.byWorkForm.values()] : amount.kind === 'by_year' ? [] : [amount];
  for (const rate of rates) {
    if (rate.kind !== 'parameter') continue;
    for (const byName of used.values()) {
      const entry = byName.get(rate.name);
      if (entry === undefined) continue;
      const cause = causeOf(entry, indices);
      if (entry.parameter.origin === 'scenario' || cause.index !== undefined) return cause.at;
    }
  }
  for (const id of line.of) {
    const of = lines.get(id);
    const found = of === undefined ? undefined : overriddenInput(of, lines, used, indices, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** One issue per line (of a model) whose amounts grow past MAX_FIGURE in some year; at the override that made it so, if one did. */
export function lineMagnitudeIssues(
  lines: Iterable<{ readonly model: string; readonly lines: readonly LineResult[] }>,
  context: { readonly used: Used; readonly indices: ReadonlyMap<string, IndexSeries>; readonly start: number },
): Issue[] {
  const issues = new Map<string, Issue>();
  for (const { model, lines: results } of lines) {
    const byId = new Map(results.map((r) => [r.line.id, r.line]));
    for (const { line, amounts, dissolution } of results) {
      const t = firstTooLarge(amounts);
      // a dissolution item is no line of the model: it is named as the item it is
      const key = dissolution === undefined ? `${model}#${line.id}` : `dissolution#${dissolution.item.id}`;
      if (t === undefined || issues.has(key)) continue;
      const what = dissolution === undefined ? `line "${line.id}" of model "${model}"` : `the share of dissolution item "${dissolution.item.id}"`;
      issues.set(key, {
        at: overriddenInput(line, byId, context.used, context.indices) ?? line.at,
        message: `${what} comes to ${shown(amounts[t])} in ${context.start + t}: more than the 10^13 that a figure may be`,
        hint: 'check the amounts, rates and percentages it uses',
      });
    }
  }
  return [...issues.values()];
}

import type { Issue, SourceRef } from '../errors.js';
import type { Dec } from '../model/decimal.js';
import type { Parameter } from '../model/series.js';
import type { SeriesGap } from './series.js';

/** Where a parameter's value was needed: which model line, in which year range. */
export interface Need {
  readonly model: string;
  readonly line: string;
}

/** The ends of the horizon that a variant or an override moved, and the place that moved each. */
export interface HorizonMoves {
  readonly start?: { readonly year: number; readonly at: SourceRef };
  readonly end?: { readonly year: number; readonly at: SourceRef };
}

/**
 * The issue for a parameter that has no value in a year a line needs (methodology §2, rule 3).
 * When a variant or an override moved the horizon past the years a series of the files
 * covers, that change is the cause: the issue points there.
 */
export function seriesGapIssue(parameter: Parameter, gap: SeriesGap, need: Need, moves: HorizonMoves): Issue {
  const name = parameter.name;
  const neededBy = `line "${need.line}" of model "${need.model}" needs it`;
  if (gap.reason === 'index_year_missing') {
    const message = `index "${gap.index.id}" has no rate for ${gap.year} and no default; parameter "${name}" is indexed with it and ${neededBy}`;
    const ref = parameter.index;
    if (ref?.kind === 'series' && parameter.origin === 'scenario' && ref.at.file !== gap.index.at.file) {
      // an override or variant gave the parameter this index: that is where to change it
      return { at: ref.at, message, hint: `index "${gap.index.id}" does not cover the horizon: give the parameter another index, or give "${gap.index.id}" a default rate` };
    }
    if (moves.end !== undefined && gap.index.origin !== 'scenario') {
      return { at: moves.end.at, message, hint: `the horizon ends in ${moves.end.year} because of this change: end it earlier, or give index "${gap.index.id}" a default rate` };
    }
    return { at: gap.index.at, message, hint: `add "default: <rate>" or a value for ${gap.year} under "values"` };
  }
  const message = `parameter "${name}" has no value for ${gap.year}: its first explicit year is ${gap.firstYear}, and ${neededBy}`;
  if (moves.start !== undefined && parameter.origin !== 'scenario') {
    return { at: moves.start.at, message, hint: `the horizon starts in ${moves.start.year} because of this change: start it in ${gap.firstYear} or later, or give "${name}" a value for ${gap.year} in its file` };
  }
  return { at: parameter.at, message, hint: `add a value for ${gap.year} (or earlier) under "values"` };
}

/** The issue for a parameter read as a volume elasticity whose value in a year the line applies is outside [0, 1] (§4). */
export function elasticityRangeIssue(parameter: Parameter, year: number, value: Dec, need: Need): Issue {
  return {
    at: parameter.at,
    message: `parameter "${parameter.name}" is ${value.toString()} in ${year}, but line "${need.line}" of model "${need.model}" reads it as a volume elasticity, a ratio from 0 to 1`,
    hint: `give "${parameter.name}" values from 0 (the amount stays fixed) to 1 (it follows the SE fully) in every year the line applies`,
  };
}

/** The issue for a parameter read as a volume elasticity whose unit is not `ratio` (a municipality's own series; the loader checks the region's). */
export function elasticityUnitIssue(parameter: Parameter, need: Need): Issue {
  const unit = parameter.unit === undefined ? 'not given' : `"${parameter.unit}"`;
  return {
    at: parameter.at,
    message: `parameter "${parameter.name}" is read as a volume elasticity, a ratio from 0 to 1, by line "${need.line}" of model "${need.model}", but its unit here is ${unit}`,
    hint: `give "${parameter.name}" the line "unit: ratio" here, as in the region file`,
  };
}

/** The warning for people already past their AOW date when the horizon starts (§3). */
export function excludedWarning(at: SourceRef, count: number, start: number): Issue {
  const who = count === 1 ? '1 person reaches' : `${count} people reach`;
  return { at, message: `${who} the AOW age on or before 1 January ${start}: left out of the projection` };
}

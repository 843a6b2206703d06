import type { Issue, SourceRef } from '../errors.js';
import type { SeriesGap } from './series.js';

/** Where a parameter's value was needed: which model line, in which year range. */
export interface Need {
  readonly model: string;
  readonly line: string;
}

/** The issue for a parameter that has no value in a year a line needs (methodology §2, rule 3). */
export function seriesGapIssue(name: string, at: SourceRef, gap: SeriesGap, need: Need): Issue {
  const neededBy = `line "${need.line}" of model "${need.model}" needs it`;
  if (gap.reason === 'index_year_missing') {
    return {
      at: gap.index.at,
      message: `index "${gap.index.id}" has no rate for ${gap.year} and no default; parameter "${name}" is indexed with it and ${neededBy}`,
      hint: `add "default: <rate>" or a value for ${gap.year} under "values"`,
    };
  }
  return {
    at,
    message: `parameter "${name}" has no value for ${gap.year}: its first explicit year is ${gap.firstYear}, and ${neededBy}`,
    hint: `add a value for ${gap.year} (or earlier) under "values"`,
  };
}

/** The warning for people already past their AOW date when the horizon starts (§3). */
export function excludedWarning(at: SourceRef, count: number, start: number): Issue {
  const who = count === 1 ? '1 person reaches' : `${count} people reach`;
  return { at, message: `${who} the AOW age on or before 1 January ${start}: left out of the projection` };
}

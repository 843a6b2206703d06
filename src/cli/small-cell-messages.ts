import { MIN_CELL_PERSONS } from '../report/small-cells.js';
import type { Issue } from '../errors.js';

/**
 * The warning of `run --json` when its document holds small cells: figures of groups of 1 to
 * 4 people, which the council reports keep out (docs/methodology.md#small-cells).
 */
export function smallCellsWarning(): Issue {
  return {
    at: { file: '--json' },
    message: `the JSON holds population figures of groups of fewer than ${MIN_CELL_PERSONS} people (small cells), as the calculation contract (§6) has them`,
    hint: 'use it for checks only and never send it to a council; --protect keeps them out, as the council reports do',
  };
}

/** `--protect` without `--json`: it changes only the JSON document, and the reports are always protected. */
export const PROTECT_WITHOUT_JSON = {
  message: '--protect changes only the JSON document: use it together with --json',
  hint: 'workbooks and summaries always keep small cells out',
} as const;

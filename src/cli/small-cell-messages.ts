import { MIN_CELL_PERSONS } from '../report/small-cells.js';
import type { Issue } from '../errors.js';

/** The warning of `run --json --detail`: the document holds small cells (docs/methodology.md#small-cells). */
export function detailWarning(): Issue {
  return {
    at: { file: '--detail' },
    message: `the JSON holds every population figure, also of groups of fewer than ${MIN_CELL_PERSONS} people (small cells)`,
    hint: 'use it for checks only; never send it to a council (without --detail the document is protected)',
  };
}

/** `--detail` without `--json`: it changes only the JSON document, and the reports are always protected. */
export const DETAIL_WITHOUT_JSON = {
  message: '--detail changes only the JSON document: use it together with --json',
  hint: 'workbooks and summaries always keep small cells out',
} as const;

import { MIN_CELL_PERSONS } from '../report/small-cells.js';
import type { Issue } from '../errors.js';
import { texts } from '../language.js';

const smallCellTexts = texts('small cells', {
  en: {
    warning: (min: number) => `the JSON holds population figures of groups of fewer than ${min} people (small cells), as the calculation contract (§6) has them`,
    warningHint: 'use it for checks only and never send it to a council; --protect keeps them out, as the council reports do',
    protectWithoutJson: '--protect changes only the JSON document: use it together with --json',
    protectWithoutJsonHint: 'workbooks and summaries always keep small cells out',
  },
  nl: {
    warning: (min: number) => `de JSON bevat populatiecijfers van groepen van minder dan ${min} personen (kleine aantallen), zoals het rekencontract (§6) ze heeft`,
    warningHint: 'gebruik hem alleen voor controles en stuur hem nooit naar een raad; --protect laat ze weg, zoals de raadsrapporten doen',
    protectWithoutJson: '--protect verandert alleen het JSON-document: gebruik het samen met --json',
    protectWithoutJsonHint: 'werkmappen en samenvattingen laten kleine aantallen altijd weg',
  },
});

/**
 * The warning of `run --json` when its document holds small cells: figures of groups of 1 to
 * 4 people, which the council reports keep out (docs/methodology.md#small-cells).
 */
export function smallCellsWarning(): Issue {
  return {
    at: { file: '--json' },
    message: smallCellTexts.warning(MIN_CELL_PERSONS),
    hint: smallCellTexts.warningHint,
  };
}

/** `--protect` without `--json`: it changes only the JSON document, and the reports are always protected. */
export const PROTECT_WITHOUT_JSON = {
  get message(): string {
    return smallCellTexts.protectWithoutJson;
  },
  get hint(): string {
    return smallCellTexts.protectWithoutJsonHint;
  },
};

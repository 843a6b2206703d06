import { LANGUAGES } from '../i18n/index.js';
import { evaluateLabelsFor } from '../i18n/evaluate-labels.js';
import { riskLabelsFor } from '../i18n/risk-labels.js';
import { scenarioComparisonLabelsFor } from '../i18n/scenario-comparison-labels.js';
import { workbookLabelsFor } from '../i18n/workbook-labels.js';

/** Excel compares sheet names without regard to case, allows 31 characters, and reserves "History". */
const MAX_SHEET_NAME = 31;
const EXCEL_RESERVED = ['History'];

/**
 * Every sheet name that soweco-bc writes itself, in every workbook and every language
 * (Samenvatting and Summary, Gevoeligheid and Sensitivity, Risico and Risk, Evaluatie and Evaluation, Vergelijking,
 * Uitkomsten, …), lower-cased. A configuration sheet never takes one of them, whatever the
 * language and whichever analysis sheets a command adds, so that its name is the same in
 * every report of the same scenario.
 */
export function fixedSheetNames(): Set<string> {
  const names = LANGUAGES.flatMap((language) => {
    const workbook = workbookLabelsFor(language);
    return [
      ...Object.values(workbook.sheets),
      ...Object.values(workbook.comparison.sheets),
      ...Object.values(riskLabelsFor(language).sheets),
      evaluateLabelsFor(language).sheet,
      ...Object.values(scenarioComparisonLabelsFor(language).workbook.sheets),
    ];
  });
  return new Set([...names, ...EXCEL_RESERVED].map((n) => n.toLowerCase()));
}

/**
 * The sheet of each configuration, by id: the id itself where it is free; else with ` 2`,
 * ` 3`, … (an id equal to a fixed sheet such as `Risico`, or two ids that differ only in
 * case); at most 31 characters, none of `[]:*?/\`, no `'` at either end.
 */
export function configurationSheetNames(ids: readonly string[]): Map<string, string> {
  const taken = fixedSheetNames();
  const sheets = new Map<string, string>();
  for (const id of ids) {
    const name = sheetName(id, taken);
    taken.add(name.toLowerCase());
    sheets.set(id, name);
  }
  return sheets;
}

/** A valid sheet name that is not taken (compared without regard to case): none of `[]:*?/\`, not starting or ending with `'`. */
function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, MAX_SHEET_NAME).replace(/^'+|'+$/g, '') || 'Blad';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_SHEET_NAME - String(n).length - 1)} ${n}`;
  return name;
}

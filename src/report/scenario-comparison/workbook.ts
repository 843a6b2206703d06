import type { Projection, ScenarioComparison, Subject } from '../../engine/index.js';
import type { VariantInfo } from '../../model/scenario.js';
import { scenarioComparisonLabelsFor } from '../i18n/scenario-comparison-labels.js';
import { workbookLabelsFor } from '../i18n/workbook-labels.js';
import { warningLines } from '../issue-text.js';
import { warningsAbout } from '../json.js';
import { estimateLines, estimateSummary } from '../estimates.js';
import { fitCellTexts, pageFooter } from '../workbook/cells.js';
import { finishPackage } from '../workbook/charts/package.js';
import { layOutForPrint } from '../workbook/print-layout.js';
import type { WorkbookOptions } from '../workbook/index.js';
import { writeNotesSheet } from '../workbook/sheets/notes.js';
import { newWorkbook, workbookDates } from '../workbook/stamp.js';
import { writeInputsSheet } from './inputs-sheet.js';
import { writeResultsSheet } from './results-sheet.js';
import { comparisonSubject, type ComparedSides } from './sides.js';

/**
 * The comparison workbook `<a>-vs-<b>.xlsx`: the results of A and B per configuration and
 * the inputs that differ, each with B − A as live formulas over the A and B cells, and the
 * notes with both sides' input files. Deterministic bytes, like every workbook.
 */
export async function buildScenarioComparisonWorkbook(comparison: ScenarioComparison, sides: ComparedSides, options: WorkbookOptions): Promise<Buffer> {
  const w = workbookLabelsFor(options.language);
  const l = scenarioComparisonLabelsFor(options.language);
  const title = l.title(comparisonSubject(comparison.subject, sides, l));
  const { text: date, stamp } = workbookDates(options.date);
  const footer = pageFooter(title, options.version, date);
  const wb = newWorkbook(stamp);
  const results = wb.addWorksheet(l.workbook.sheets.results, { properties: { tabColor: { argb: 'FF1F4E79' } } });
  const inputs = wb.addWorksheet(l.workbook.sheets.inputs);
  const notes = wb.addWorksheet(w.sheets.notes);
  writeResultsSheet(results, comparison, sides, { labels: w, comparison: l, title, madeFrom: w.madeFrom(options.version, date), footer });
  writeInputsSheet(inputs, comparison, sides, { labels: w, comparison: l, title: `${l.inputsHeading} — ${comparisonSubject(comparison.subject, sides, l)}`, footer, language: options.language });
  const prefixed = (side: 'A' | 'B', projection: Projection) => ({
    warnings: sideWarnings(projection, comparison.subject, w.notes.moreWarnings).map((text) => `${side}: ${text}`),
    inputs: projection.scenario.inputs.map((input) => ({ ...input, path: `${side}: ${input.path}` })),
    estimates: estimateLines(estimateSummary(projection, subjectMunicipalities(projection, comparison.subject)), w, options.language).map((text) => `${side}: ${text}`),
  });
  const a = prefixed('A', sides.a.projection);
  const b = prefixed('B', sides.b.projection);
  const variant = variantOf(sides);
  writeNotesSheet(notes, {
    ...(variant === undefined ? {} : { variant }),
    labels: { ...w, notes: { ...w.notes, engineCell: l.workbook.engineCell } },
    reading: l.workbook.reading,
    warnings: [...new Set([...a.warnings, ...b.warnings])],
    estimates: [...a.estimates, ...b.estimates],
    inputs: [...a.inputs, ...b.inputs],
    version: options.version,
    date,
    footer,
  });
  fitCellTexts(wb);
  layOutForPrint(wb, []);
  // no charts: finishPackage only zips with one fixed date, for byte-identical output
  return finishPackage(wb, [], stamp);
}

/** Both sides' variants as one, each line marked with its side; undefined when neither is a variant. */
function variantOf(sides: ComparedSides): VariantInfo | undefined {
  const [a, b] = [sides.a.projection.scenario.variant, sides.b.projection.scenario.variant];
  if (a === undefined && b === undefined) return undefined;
  const marked = (side: 'A' | 'B', v: VariantInfo | undefined, lines: (v: VariantInfo) => readonly string[]) => (v === undefined ? [] : lines(v).map((x) => `${side}: ${x}`));
  const descriptions = [...marked('A', a, (v) => (v.description === undefined ? [] : [v.description])), ...marked('B', b, (v) => (v.description === undefined ? [] : [v.description]))];
  return {
    files: [...marked('A', a, (v) => v.files), ...marked('B', b, (v) => v.files)],
    overrides: [...marked('A', a, (v) => v.overrides), ...marked('B', b, (v) => v.overrides)],
    ...(descriptions.length === 0 ? {} : { description: descriptions.join('; ') }),
  };
}

/** The municipalities a comparison is about: its one municipality, or every one of the region. */
function subjectMunicipalities(projection: Projection, subject: Subject): readonly string[] {
  return subject.kind === 'municipality' ? [subject.id] : projection.region.municipalityIds;
}

function sideWarnings(projection: Projection, subject: Subject, more: (count: number) => string): string[] {
  return warningLines(warningsAbout(projection, subject), more);
}

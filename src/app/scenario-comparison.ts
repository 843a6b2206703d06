import { compareProjections, project, scenarioSubject, type ScenarioComparison, type Subject } from '../engine/index.js';
import { userError } from '../errors.js';
import { RecordingSource, loadScenario } from '../load/index.js';
import { comparisonReportName } from '../model/report-names.js';
import type { PopulationWorld } from '../model/population-world.js';
import type { Scenario } from '../model/scenario.js';
import type { ComparedSides } from '../report/scenario-comparison/sides.js';
import { planReports, reportStamp, reportWanted, type PlannedReports, type ReportRequest, type ReportSettings } from './report-outputs.js';
import { checkRunReportNames, fileStem } from './run-report-names.js';
import { appMessages } from './app-messages.js';

/** Two scenarios ready to compare: both projected, what they are about, and the workbook to write (if any). */
export interface PreparedComparison {
  readonly sides: ComparedSides;
  /** The municipality both files are about, or the region when both are region files. */
  readonly subject: Subject;
  readonly workbook: (PlannedReports<readonly [string]> & { readonly settings: ReportSettings }) | undefined;
}

/**
 * `compare a b`: loads both scenarios, checks that they are about the same municipality (or
 * region), declares the workbook `<a>-vs-<b>.xlsx` (before any calculation) and projects both.
 */
export function prepareComparison(fileA: string, fileB: string, population: PopulationWorld, request: ReportRequest): PreparedComparison {
  // one source for both sides: a file they share (the region file, say) is read once, so both see one version of it
  const source = new RecordingSource();
  // both sides in the one world chosen: what differs between them is then their files alone
  const scenarioA = loadScenario(fileA, { source, population });
  const scenarioB = loadScenario(fileB, { source, population });
  const subject = comparedSubject(scenarioA, scenarioB, fileA, fileB);
  const inputs = [...scenarioA.inputs, ...scenarioB.inputs].map((i) => i.path);
  const name = comparisonReportName(fileStem(fileA), fileStem(fileB));
  if (reportWanted(request)) checkRunReportNames(fileA, scenarioA, [name], { language: request.settings.language, keeps: undefined });
  const workbook = reportWanted(request) ? { ...planReports(inputs, request.settings.out, [name]), settings: request.settings } : undefined;
  const sides: ComparedSides = { a: { file: fileA, projection: project(scenarioA) }, b: { file: fileB, projection: project(scenarioB) } };
  return { sides, subject, workbook };
}

/** How b differs from a: the inputs the calculation uses, and the results per configuration. */
export function compareScenarios(prepared: PreparedComparison): ScenarioComparison {
  return compareProjections(prepared.sides.a.projection, prepared.sides.b.projection, prepared.subject);
}

/** Writes the planned workbook of a comparison and returns its path; nothing if none was planned. */
export async function writeComparisonWorkbook(prepared: PreparedComparison, comparison: ScenarioComparison): Promise<string | undefined> {
  const { workbook } = prepared;
  if (workbook === undefined) return undefined;
  const { buildScenarioComparisonWorkbook } = await import('../report/scenario-comparison/workbook.js');
  const bytes = await buildScenarioComparisonWorkbook(comparison, prepared.sides, reportStamp(workbook.settings));
  const [path] = workbook.paths;
  workbook.outputs.write([{ path, bytes }]);
  return path;
}

/**
 * The municipality both files are about, or the region when both are region files. Two
 * different municipalities, regions or kinds of file have no common figures to compare.
 */
function comparedSubject(a: Scenario, b: Scenario, fileA: string, fileB: string): Subject {
  const what = (s: Scenario) => (s.focus === undefined ? appMessages.wholeRegion(s.region.id) : appMessages.municipality(s.focus, s.region.id));
  if (a.region.id === b.region.id && a.focus === b.focus) return scenarioSubject(a);
  throw userError(
    'usage',
    { file: fileB },
    appMessages.notComparable(fileA, what(a), fileB, what(b)),
    appMessages.notComparableHint,
  );
}

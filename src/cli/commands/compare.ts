import { basename, extname, join } from 'node:path';
import { compareProjections, project, scenarioSubject, type Subject } from '../../engine/index.js';
import { userError } from '../../errors.js';
import { RecordingSource, loadScenario } from '../../load/index.js';
import { comparisonReportName } from '../../model/report-names.js';
import type { Scenario } from '../../model/scenario.js';
import type { Language } from '../../report/i18n/index.js';
import { scenarioComparisonLabelsFor } from '../../report/i18n/scenario-comparison-labels.js';
import { scenarioComparisonDocument } from '../../report/scenario-comparison/json.js';
import type { ComparedSides } from '../../report/scenario-comparison/sides.js';
import { renderScenarioComparison } from '../../report/scenario-comparison/terminal.js';
import { warningsAbout } from '../../report/json.js';
import { OutputFiles } from '../../report/output-files.js';
import { reportDate } from '../report-date.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';
import { packageVersion } from '../version.js';

export interface CompareOptions {
  readonly out: string;
  /** Whether --out was given: with --json, the workbook is written only when it was. */
  readonly outGiven: boolean;
  readonly json?: boolean;
  readonly lang: Language;
}

/**
 * `soweco-bc compare <a> <b>`: load and project both scenarios, and print (or write as
 * JSON and a workbook) how b differs from a in its inputs and its results, for the
 * municipality both name or for the region both describe.
 */
export async function compareCommand(fileA: string, fileB: string, options: CompareOptions, io: Io): Promise<void> {
  const date = reportDate(io.env);
  // one source for both sides: a file they share (the region file, say) is read once, so both see one version of it
  const source = new RecordingSource();
  const scenarioA = loadScenario(fileA, { source });
  const scenarioB = loadScenario(fileB, { source });
  const subject = comparedSubject(scenarioA, scenarioB, fileA, fileB);
  const workbook = options.json !== true || options.outGiven ? join(options.out, comparisonReportName(stem(fileA), stem(fileB))) : undefined;
  const outputs = OutputFiles.forOutFolder([...scenarioA.inputs, ...scenarioB.inputs].map((i) => i.path), options.out);
  if (workbook !== undefined) outputs.plan([workbook]);
  const sides: ComparedSides = { a: { file: fileA, projection: project(scenarioA) }, b: { file: fileB, projection: project(scenarioB) } };
  const warnings = [sides.a, sides.b].flatMap(({ projection }) => warningsAbout(projection, subject));
  printWarnings(warnings, io);
  const comparison = compareProjections(sides.a.projection, sides.b.projection, subject);
  if (workbook !== undefined) {
    const { buildScenarioComparisonWorkbook } = await import('../../report/scenario-comparison/workbook.js');
    const bytes = await buildScenarioComparisonWorkbook(comparison, sides, { language: options.lang, version: packageVersion(), ...(date === undefined ? {} : { date }) });
    outputs.write([{ path: workbook, bytes }]);
  }
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify(scenarioComparisonDocument(comparison, sides), null, 1)}\n`);
    return;
  }
  io.stdout.write(renderScenarioComparison(comparison, sides, options.lang, paintFor(io.stdout, io.env)));
  if (workbook !== undefined) io.stdout.write(`\n${scenarioComparisonLabelsFor(options.lang).report}: ${workbook}\n`);
}

/**
 * The municipality both files are about, or the region when both are region files. Two
 * different municipalities, regions or kinds of file have no common figures to compare.
 */
function comparedSubject(a: Scenario, b: Scenario, fileA: string, fileB: string): Subject {
  const what = (s: Scenario) => (s.focus === undefined ? `the whole region ${s.region.id} (a region file)` : `municipality ${s.focus} (region ${s.region.id})`);
  if (a.region.id === b.region.id && a.focus === b.focus) return scenarioSubject(a);
  throw userError(
    'usage',
    { file: fileB },
    `${fileA} is about ${what(a)}, ${fileB} about ${what(b)}; compare sets two scenarios of the same municipality (or region) side by side`,
    'name two files of the same municipality, such as a scenario and a variant of it, or two region files of the same region',
  );
}

/** A file's name without its folder and extension: `scenarios/almelo.yaml` → `almelo`. */
function stem(file: string): string {
  return basename(file, extname(file));
}

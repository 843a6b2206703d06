import { compareScenarios, prepareComparison, writeComparisonWorkbook } from '../../app/scenario-comparison.js';
import { scenarioComparisonLabelsFor } from '../../report/i18n/scenario-comparison-labels.js';
import { scenarioComparisonDocument } from '../../report/scenario-comparison/json.js';
import { renderScenarioComparison } from '../../report/scenario-comparison/terminal.js';
import { warningsAbout } from '../../report/json.js';
import type { CommonOptions, JsonOptions, LanguageOptions, OutFolderOptions, OutGiven, PopulationOptions } from '../options.js';
import { reportRequest } from '../report-settings.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';

/** The options of `compare`. */
export interface CompareOptions extends CommonOptions, OutFolderOptions, JsonOptions, LanguageOptions, PopulationOptions {}

/**
 * `soweco-bc compare <a> <b>`: load and project both scenarios, and print (or write as
 * JSON and a workbook) how b differs from a in its inputs and its results, for the
 * municipality both name or for the region both describe.
 */
export async function compareCommand(fileA: string, fileB: string, options: CompareOptions & OutGiven, io: Io): Promise<void> {
  const prepared = prepareComparison(fileA, fileB, options.population, reportRequest(options, io.env));
  const { sides, subject } = prepared;
  printWarnings([sides.a, sides.b].flatMap(({ projection }) => warningsAbout(projection, subject)), io);
  const comparison = compareScenarios(prepared);
  const written = await writeComparisonWorkbook(prepared, comparison);
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify(scenarioComparisonDocument(comparison, sides), null, 1)}\n`);
    return;
  }
  io.stdout.write(renderScenarioComparison(comparison, sides, options.lang, paintFor(io.stdout, io.env)));
  if (written !== undefined) io.stdout.write(`\n${scenarioComparisonLabelsFor(options.lang).report}: ${written}\n`);
}

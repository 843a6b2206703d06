import { runScenario } from '../../app/run-scenario.js';
import { writeRunWorkbook } from '../../app/run-workbook.js';
import { scenarioSubject } from '../../engine/index.js';
import { userError } from '../../errors.js';
import { labelsFor } from '../../report/i18n/index.js';
import { holdsSmallCells, municipalityDocument, regionDocument, warningsAbout } from '../../report/json.js';
import { renderSummary } from '../../report/terminal-summary.js';
import type { CommonOptions, JsonOptions, LanguageOptions, OutFolderOptions, OutGiven, PopulationOptions, SetOptions } from '../options.js';
import { reportRequest } from '../report-settings.js';
import { PROTECT_WITHOUT_JSON, smallCellsWarning } from '../small-cell-messages.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';

/** The options of `run`. */
export interface RunOptions extends CommonOptions, OutFolderOptions, JsonOptions, LanguageOptions, SetOptions, PopulationOptions {
  /** `--protect`: the JSON document without small cells, as the council reports (docs/methodology.md#small-cells). */
  readonly protect?: true;
}

/**
 * `soweco-bc run <file>`: load, project, write the workbook (the municipality's, or the
 * region's for a region file: `<file>.xlsx`), and print the summary (or the §6 JSON document).
 */
export async function runCommand(file: string, options: RunOptions & OutGiven, io: Io): Promise<void> {
  const protect = options.protect === true;
  if (protect && options.json !== true) throw userError('usage', { file: '--protect' }, PROTECT_WITHOUT_JSON.message, PROTECT_WITHOUT_JSON.hint);
  const { projection, closed, workbook } = runScenario(file, { set: options.set, population: options.population }, reportRequest(options, io.env));
  const subject = scenarioSubject(projection.scenario);
  // the §6 document is the calculation contract, with every figure: it says so when some are small cells
  const warnSmallCells = options.json === true && !protect && holdsSmallCells(projection, subject);
  printWarnings([...warningsAbout(projection, subject), ...(warnSmallCells ? [smallCellsWarning()] : [])], io);
  const written = await writeRunWorkbook(projection, workbook, { closed });
  if (options.json === true) {
    const cells = protect ? 'protected' : 'detail';
    const document = subject.kind === 'region' ? regionDocument(projection, cells, closed) : municipalityDocument(projection, subject.id, cells, closed);
    io.stdout.write(`${JSON.stringify(document, null, 1)}\n`);
    return;
  }
  io.stdout.write(renderSummary(projection, subject, options.lang, paintFor(io.stdout, io.env), closed));
  if (written !== undefined) io.stdout.write(`\n${labelsFor(options.lang).reportWritten(written)}\n`);
}

import { project, scenarioSubject } from '../../engine/index.js';
import { userError } from '../../errors.js';
import { loadScenario } from '../../load/index.js';
import { labelsFor, type Language } from '../../report/i18n/index.js';
import { holdsSmallCells, municipalityDocument, regionDocument, warningsAbout } from '../../report/json.js';
import { renderSummary } from '../../report/terminal-summary.js';
import { planMunicipalityWorkbook, writeMunicipalityWorkbook } from '../municipality-workbook.js';
import { reportDate } from '../report-date.js';
import { PROTECT_WITHOUT_JSON, smallCellsWarning } from '../small-cell-messages.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';

export interface RunOptions {
  readonly out: string;
  /** Whether --out was given: with --json, reports are written only when it was. */
  readonly outGiven: boolean;
  readonly json?: boolean;
  readonly lang: Language;
  /** `--set path=value` overrides, in order. */
  readonly set?: readonly string[];
  /** `--protect`: the JSON document without small cells, as the council reports (docs/methodology.md#small-cells). */
  readonly protect?: boolean;
}

/**
 * `soweco-bc run <file>`: load, project, write the municipality's workbook, and print the
 * summary (or the §6 JSON document).
 */
export async function runCommand(file: string, options: RunOptions, io: Io): Promise<void> {
  const protect = options.protect === true;
  if (protect && options.json !== true) throw userError('usage', { file: '--protect' }, PROTECT_WITHOUT_JSON.message, PROTECT_WITHOUT_JSON.hint);
  const date = reportDate(io.env);
  const scenario = loadScenario(file, { set: options.set ?? [] });
  const workbook = planMunicipalityWorkbook(scenario, options);
  const projection = project(scenario);
  const subject = scenarioSubject(scenario);
  // the §6 document is the calculation contract, with every figure: it says so when some are small cells
  const warnSmallCells = options.json === true && !protect && holdsSmallCells(projection, subject);
  printWarnings([...warningsAbout(projection, subject), ...(warnSmallCells ? [smallCellsWarning()] : [])], io);
  const written = await writeMunicipalityWorkbook(projection, workbook, options.lang, date);
  if (options.json === true) {
    const cells = protect ? 'protected' : 'detail';
    const document = subject.kind === 'region' ? regionDocument(projection, cells) : municipalityDocument(projection, subject.id, cells);
    io.stdout.write(`${JSON.stringify(document, null, 1)}\n`);
    return;
  }
  io.stdout.write(renderSummary(projection, subject, options.lang, paintFor(io.stdout, io.env)));
  if (written !== undefined) io.stdout.write(`\n${labelsFor(options.lang).reportWritten(written)}\n`);
}

import { project } from '../../engine/index.js';
import { loadScenario } from '../../load/index.js';
import type { Language } from '../../report/i18n/index.js';
import { municipalityDocument, regionDocument, warningsAbout } from '../../report/json.js';
import { renderSummary } from '../../report/terminal-summary.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';

export interface RunOptions {
  readonly out?: string;
  readonly json?: boolean;
  readonly lang: Language;
}

/** `soweco-bc run <file>`: load, project, and print the summary (or the §6 JSON document). */
export async function runCommand(file: string, options: RunOptions, io: Io): Promise<void> {
  const scenario = loadScenario(file);
  const projection = project(scenario);
  const focus = scenario.focus;
  printWarnings(focus === undefined ? projection.warnings : warningsAbout(projection, focus), io);
  if (options.json === true) {
    const document = focus === undefined ? regionDocument(projection) : municipalityDocument(projection, focus);
    io.stdout.write(`${JSON.stringify(document, null, 1)}\n`);
    return;
  }
  io.stdout.write(renderSummary(projection, focus, options.lang, paintFor(io.stdout, io.env)));
}

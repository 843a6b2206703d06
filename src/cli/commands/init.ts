import { resolve } from 'node:path';
import { project, scenarioSubject } from '../../engine/index.js';
import { UserError } from '../../errors.js';
import { loadScenario } from '../../load/index.js';
import type { Scenario } from '../../model/scenario.js';
import { renderSummary } from '../../report/terminal-summary.js';
import { OutputFiles } from '../../report/output-files.js';
import { askNewMunicipality } from '../init/wizard.js';
import { inquirerPrompter, requireTerminal } from '../interactive.js';
import { paintFor, printUserError, type Io } from '../terminal.js';

/** `soweco-bc init [dir]`: a new municipality file (and its cohort CSV) for an existing region, by answering questions. */
export async function initCommand(dir: string, io: Io): Promise<void> {
  requireTerminal(io, 'init', 'without a terminal, copy a municipality file such as scenarios/almelo.yaml and edit it (README: input files)');
  const { files, municipalityFile, region, inputs } = await askNewMunicipality(dir, await inquirerPrompter(io));
  // init adds the municipality to the region file, the one input it may replace (after asking); any other is refused
  const outputs = new OutputFiles(inputs.filter((path) => resolve(path) !== resolve(region)), { at: { file: 'init' }, hint: 'choose another id for the new municipality' });
  outputs.plan(files.map((f) => f.path));
  // all or nothing: a full disk leaves the region file as it was and adds none of the new files
  outputs.write(files.map((f) => ({ path: f.path, bytes: Buffer.from(f.text, 'utf8') })));
  const paint = paintFor(io.stdout, io.env);
  io.stdout.write(`${paint.green('Written:')} ${files.map((f) => f.path).join(', ')}\n\n`);
  try {
    const scenario = loadScenario(municipalityFile);
    io.stdout.write(renderSummary(project(scenario), scenarioSubject(scenario), 'nl', paint));
    const own = ownFiguresElsewhere(scenario);
    if (own.length > 0) {
      io.stdout.write(paint.yellow(`\nThe other municipalities give their own values for ${own.join(', ')}; ${scenario.focus ?? 'the new one'} uses the region's for now.\n` +
        `Add them under parameters: in ${municipalityFile} (docs/extending.md) before you trust its figures.\n`));
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr.write('The files are written, but the region does not run yet:\n');
    printUserError(error, io);
    throw new UserError(error.kind, []);
  }
}

/** Parameters that most other municipalities of the region set for themselves (their own overhead, say): the new one probably should too. */
function ownFiguresElsewhere(scenario: Scenario): string[] {
  const others = scenario.municipalities.filter((m) => m.id !== scenario.focus);
  const names = [...new Set(others.flatMap((m) => [...m.parameters.keys()]))];
  return names.filter((n) => others.filter((m) => m.parameters.has(n)).length * 2 > others.length);
}

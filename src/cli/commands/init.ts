import { resolve } from 'node:path';
import { project, scenarioSubject } from '../../engine/index.js';
import { UserError } from '../../errors.js';
import { loadScenario } from '../../load/index.js';
import type { Scenario } from '../../model/scenario.js';
import { renderSummary } from '../../report/terminal-summary.js';
import { OutputFiles } from '../../report/output-files.js';
import { initTexts } from '../init/texts.js';
import { askNewMunicipality } from '../init/wizard.js';
import { inquirerPrompter, requireTerminal } from '../interactive.js';
import type { CommonOptions, LanguageOptions } from '../options.js';
import { paintFor, printUserError, type Io } from '../terminal.js';

/** The options of `init`. */
export type InitOptions = CommonOptions & LanguageOptions;

/** `soweco-bc init [dir]`: a new municipality file (and its cohort CSV) for an existing region, by answering questions. */
export async function initCommand(dir: string, options: InitOptions, io: Io): Promise<void> {
  const t = initTexts(options.lang);
  requireTerminal(io, { file: 'init' }, t.needsTerminal, t.needsTerminalHint);
  const paint = paintFor(io.stdout, io.env);
  const write = (text: string) => io.stdout.write(text);
  const planned = await askNewMunicipality(dir, { prompter: await inquirerPrompter(io, options.lang), write, t, language: options.lang, paint });
  if (planned === undefined) {
    write(`${t.nothingWritten}\n`);
    return;
  }
  const { files, municipalityFile, region, inputs } = planned;
  // init adds the municipality to the region file, the one input it may replace (after asking); any other is refused
  const outputs = new OutputFiles(inputs.filter((path) => resolve(path) !== resolve(region)), { at: { file: 'init' }, hint: t.otherIdHint });
  outputs.plan(files.map((f) => f.path));
  // all or nothing: a full disk leaves the region file as it was and adds none of the new files
  outputs.write(files.map((f) => ({ path: f.path, bytes: Buffer.from(f.text, 'utf8') })));
  write(`${paint.green(t.written)} ${files.map((f) => f.path).join(', ')}\n\n`);
  try {
    const scenario = loadScenario(municipalityFile);
    write(renderSummary(project(scenario), scenarioSubject(scenario), options.lang, paint));
    const own = ownFiguresElsewhere(scenario);
    if (own.length > 0) write(paint.yellow(t.ownFigures(own.join(', '), scenario.municipalities.find((m) => m.id === scenario.focus)?.name ?? t.newOne, municipalityFile)));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr.write(t.notRunning);
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

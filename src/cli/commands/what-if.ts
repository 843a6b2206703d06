import { existsSync } from 'node:fs';
import { userError } from '../../errors.js';
import { loadScenario } from '../../load/index.js';
import { OutputFiles } from '../../report/output-files.js';
import { inquirerPrompter, requireTerminal } from '../interactive.js';
import type { CommonOptions, LanguageOptions } from '../options.js';
import { ownCommand, quoted } from '../own-command.js';
import { paintFor, type Io } from '../terminal.js';
import { whatIfSession } from '../what-if/session.js';
import { whatIfTexts } from '../what-if/texts.js';

/** The options of `what-if`. */
export type WhatIfOptions = CommonOptions & LanguageOptions;

/** `soweco-bc what-if <municipality.yaml>`: try changes to the assumptions interactively, and save them as a variant. */
export async function whatIfCommand(file: string, options: WhatIfOptions, io: Io): Promise<void> {
  const t = whatIfTexts(options.lang);
  const command = ownCommand(process.cwd());
  requireTerminal(io, { file: 'what-if' }, t.needsTerminal, t.needsTerminalHint(`${command} run ${quoted(file)}`));
  const scenario = loadScenario(file);
  const municipality = scenario.focus;
  if (municipality === undefined) throw userError('usage', { file }, t.needsMunicipality);
  const inputs = scenario.inputs.map((i) => i.path);
  const chosen = { at: { file: 'what-if' }, hint: t.otherNameHint };
  const check = new OutputFiles(inputs, chosen);
  await whatIfSession({
    file,
    scenario,
    municipality,
    prompter: await inquirerPrompter(io, options.lang),
    write: (text) => io.stdout.write(text),
    // each save is a write of its own: a variant may be saved again after more changes
    save: (path, text) => {
      const outputs = new OutputFiles(inputs, chosen);
      outputs.plan([path]);
      outputs.write([{ path, bytes: Buffer.from(text, 'utf8') }]);
    },
    exists: existsSync,
    problemWith: (path) => check.problemWith(path),
    language: options.lang,
    t,
    paint: paintFor(io.stdout, io.env),
    cwd: process.cwd(),
    command,
  });
}

import { existsSync } from 'node:fs';
import { userError } from '../../errors.js';
import { loadScenario } from '../../load/index.js';
import { OutputFiles } from '../../report/output-files.js';
import { inquirerPrompter, requireTerminal } from '../interactive.js';
import type { CommonOptions, LanguageOptions } from '../options.js';
import { paintFor, type Io } from '../terminal.js';
import { whatIfSession } from '../what-if/session.js';

/** The options of `what-if`. */
export type WhatIfOptions = CommonOptions & LanguageOptions;

/** `soweco-bc what-if <municipality.yaml>`: try changes to the assumptions interactively, and save them as a variant. */
export async function whatIfCommand(file: string, options: WhatIfOptions, io: Io): Promise<void> {
  requireTerminal(io, 'what-if', `without a terminal, try a change with: soweco-bc run ${file} --set name=value (repeatable)`);
  const scenario = loadScenario(file);
  const municipality = scenario.focus;
  if (municipality === undefined) throw userError('usage', { file }, 'what-if needs a municipality file (or a variant of one), not a region file');
  const inputs = scenario.inputs.map((i) => i.path);
  const chosen = { at: { file: 'what-if' }, hint: 'save the variant under another name' };
  const check = new OutputFiles(inputs, chosen);
  await whatIfSession({
    file,
    scenario,
    municipality,
    prompter: await inquirerPrompter(io),
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
    paint: paintFor(io.stdout, io.env),
  });
}

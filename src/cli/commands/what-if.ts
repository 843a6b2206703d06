import { existsSync } from 'node:fs';
import { userError } from '../../errors.js';
import { loadScenario } from '../../load/index.js';
import type { Language } from '../../report/i18n/index.js';
import { writeFileAtomic } from '../../report/write-atomic.js';
import { inquirerPrompter, requireTerminal } from '../interactive.js';
import { paintFor, type Io } from '../terminal.js';
import { whatIfSession } from '../what-if/session.js';

/** `soweco-bc what-if <municipality.yaml>`: try changes to the assumptions interactively, and save them as a variant. */
export async function whatIfCommand(file: string, options: { lang: Language }, io: Io): Promise<void> {
  requireTerminal(io, 'what-if', `without a terminal, try a change with: soweco-bc run ${file} --set name=value (repeatable)`);
  const scenario = loadScenario(file);
  const municipality = scenario.focus;
  if (municipality === undefined) throw userError('usage', { file }, 'what-if needs a municipality file (or a variant of one), not a region file');
  await whatIfSession({
    file,
    scenario,
    municipality,
    prompter: await inquirerPrompter(io),
    write: (text) => io.stdout.write(text),
    save: (path, text) => writeFileAtomic(path, Buffer.from(text, 'utf8')),
    exists: existsSync,
    language: options.lang,
    paint: paintFor(io.stdout, io.env),
  });
}

import { userError } from '../errors.js';
import { terminalMessages } from './cli-messages.js';
import type { Io } from './terminal.js';

/** A choice in a list prompt. */
export interface Choice<T> {
  readonly name: string;
  readonly value: T;
  readonly description?: string;
  readonly disabled?: boolean | string;
}

/**
 * The questions an interactive command asks. The commands depend on this, not on a prompt
 * library, so that their dialogue can be tested with scripted answers as well as in a real
 * terminal.
 */
export interface Prompter {
  select<T>(question: { message: string; choices: readonly (Choice<T> | { separator: string })[]; default?: T }): Promise<T>;
  search<T>(question: { message: string; source: (term: string) => readonly (Choice<T> | { separator: string })[] }): Promise<T>;
  input(question: { message: string; default?: string; validate?: (answer: string) => true | string }): Promise<string>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
}

/**
 * Interactive commands need a terminal: a prompt library hangs on an open pipe and swallows
 * piped answers. Without one, a usage error names the way to do it without
 * questions.
 */
export function requireTerminal(io: Io, command: string, instead: string): void {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false';
  if (io.stdin.isTTY === true && io.stdout.isTTY === true && !ci) return;
  throw userError('usage', { file: command }, terminalMessages.needsTerminal(command), instead);
}

/** The prompts of @inquirer/prompts, loaded only when an interactive command runs; they draw on stderr, so stdout stays for results. */
export async function inquirerPrompter(io: Io): Promise<Prompter> {
  const prompts = await import('@inquirer/prompts');
  const context = { input: io.stdin, output: io.stderr } as Parameters<typeof prompts.input>[1];
  const list = <T>(choices: readonly (Choice<T> | { separator: string })[]) =>
    choices.map((c) => ('separator' in c ? new prompts.Separator(c.separator) : { ...c }));
  return {
    select: (q) => prompts.select({ message: q.message, choices: list(q.choices), pageSize: 15, ...(q.default === undefined ? {} : { default: q.default }) }, context),
    search: (q) => prompts.search({ message: q.message, source: (term) => list(q.source(term ?? '')), pageSize: 15 }, context),
    input: (q) => prompts.input({ message: q.message, ...(q.default === undefined ? {} : { default: q.default }), ...(q.validate === undefined ? {} : { validate: q.validate }) }, context),
    confirm: (q) => prompts.confirm({ message: q.message, ...(q.default === undefined ? {} : { default: q.default }) }, context),
  };
}

import { basename, dirname, extname, join, relative } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { project, type Projection } from '../../engine/index.js';
import { InternalError, UserError } from '../../errors.js';
import { MAX_TEXT, applyOverrides } from '../../load/index.js';
import type { Scenario } from '../../model/scenario.js';
import type { Language } from '../../report/i18n/index.js';
import { variantYaml } from '../../report/variant-yaml.js';
import { renderEffectTable } from '../../report/what-if-table.js';
import { unfitCharacter } from '../../text-characters.js';
import type { Prompter } from '../interactive.js';
import { assumptionChoices, overridesFor, parseAnswer, questionFor, type Assumption } from './assumptions.js';

/** One change the officer made: what it is called and the overrides that make it. */
interface Change {
  readonly label: string;
  readonly sets: readonly string[];
}

export interface SessionContext {
  /** The scenario file the session started from, as the user named it. */
  readonly file: string;
  readonly scenario: Scenario;
  readonly municipality: string;
  readonly prompter: Prompter;
  readonly write: (text: string) => void;
  readonly save: (path: string, text: string) => void;
  readonly exists: (path: string) => boolean;
  /** Why a file may not be saved at `path` (it is an input of the scenario), if it may not. */
  readonly problemWith: (path: string) => string | undefined;
  readonly language: Language;
  readonly paint: ChalkInstance;
}

type Action = 'change' | 'undo' | 'show' | 'save' | 'quit';

/**
 * The what-if loop: pick an assumption, give a new value or a percentage, and see at once
 * what it does to every configuration compared with the saved scenario; undo; save the
 * changes as a variant file that `run` accepts. Returns the file saved, if any.
 */
export async function whatIfSession(ctx: SessionContext): Promise<string | undefined> {
  const { prompter, scenario, municipality } = ctx;
  const saved = project(scenario);
  const changes: Change[] = [];
  let current: Tried = { scenario, projection: saved };
  let savedAs: string | undefined;
  ctx.write(`${ctx.paint.bold(`What if … for ${municipality}`)} (${ctx.file}): changes are tried on a copy; the files stay as they are.\n`);
  for (;;) {
    const action = await prompter.select<Action>({
      message: changes.length === 0 ? 'What now?' : `What now? (${changes.length} change${changes.length === 1 ? '' : 's'})`,
      choices: [
        { name: 'Change an assumption', value: 'change' },
        { name: 'Undo the last change', value: 'undo', disabled: changes.length === 0 ? 'nothing to undo' : false },
        { name: 'Show the changes and their effect', value: 'show', disabled: changes.length === 0 ? 'no changes yet' : false },
        { name: 'Save as a scenario variant', value: 'save', disabled: changes.length === 0 ? 'no changes yet' : false },
        { name: 'Quit', value: 'quit' },
      ],
    });
    if (action === 'quit') {
      if (changes.length === 0 || savedAs !== undefined || (await prompter.confirm({ message: 'Quit without saving the changes?', default: false }))) return savedAs;
      continue;
    }
    if (action === 'save') {
      savedAs = await saveVariant(ctx, changes);
      continue;
    }
    if (action === 'undo') {
      changes.pop();
      current = triedOrBug(scenario, changes);
    }
    if (action === 'change') {
      const asked = await askChange(ctx, current, changes);
      if (asked === undefined) continue;
      changes.push(asked.change);
      current = asked.tried;
      savedAs = undefined;
    }
    if (action === 'show') ctx.write(changes.map((c, i) => `${i + 1}. ${c.label}`).join('\n') + '\n');
    ctx.write(renderEffectTable(saved, current.projection, municipality, ctx.language, ctx.paint));
  }
}

/** A scenario with changes applied, and its projection. */
interface Tried {
  readonly scenario: Scenario;
  readonly projection: Projection;
}

/**
 * The scenario with the changes applied and projected, held to the rules of the files (a
 * horizon of at most 100 years, figures below 10^13, …); the first problem, as the prompt
 * shows it, if they break one.
 */
function tryChanges(scenario: Scenario, changes: readonly Change[]): Tried | string {
  try {
    const next = applyOverrides(scenario, changes.flatMap((c) => c.sets.map((text) => ({ text, at: { file: 'what-if', path: c.label } }))));
    return { scenario: next, projection: project(next) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const first = error.issues[0];
    if (first === undefined) return error.message;
    return first.hint === undefined ? first.message : `${first.message} (${first.hint})`;
  }
}

/** Changes that were tried before (undo): they passed the rules then, so a problem now is a bug. */
function triedOrBug(scenario: Scenario, changes: readonly Change[]): Tried {
  const tried = tryChanges(scenario, changes);
  if (typeof tried === 'string') throw new InternalError(`changes that were accepted before are refused now: ${tried}`);
  return tried;
}

async function askChange(ctx: SessionContext, current: Tried, changes: readonly Change[]): Promise<{ change: Change; tried: Tried } | undefined> {
  const { scenario, projection } = current;
  const assumption = await ctx.prompter.search<Assumption | 'back'>({
    message: 'Which assumption? (type to search)',
    source: (term) => [...assumptionChoices(scenario, projection, ctx.municipality, term), { separator: '' }, { name: '← back', value: 'back' }],
  });
  if (assumption === 'back') return undefined;
  const question = questionFor(assumption, scenario);
  const name = assumption.kind === 'parameter' ? assumption.name : assumption.kind === 'index' ? assumption.id : assumption.kind.replace('_', ' ');
  let accepted: { change: Change; tried: Tried } | undefined;
  await ctx.prompter.input({
    message: question.message,
    validate: (answer) => {
      const parsed = parseAnswer(answer, question.allowPercent);
      if (typeof parsed === 'string') return parsed;
      const sets = overridesFor(assumption, parsed, scenario, ctx.municipality);
      if (typeof sets === 'string') return sets;
      const change = { label: `${name} → ${answer.trim()}`, sets };
      const tried = tryChanges(ctx.scenario, [...changes, change]);
      if (typeof tried === 'string') return tried;
      accepted = { change, tried };
      return true;
    },
  });
  return accepted;
}

async function saveVariant(ctx: SessionContext, changes: readonly Change[]): Promise<string | undefined> {
  const suggestion = join(dirname(ctx.file), `${basename(ctx.file, extname(ctx.file))}-variant.yaml`);
  const path = await ctx.prompter.input({
    message: 'Save the variant as:',
    default: suggestion,
    validate: (answer) => (!/\.ya?ml$/.test(answer.trim()) ? 'the file name must end in .yaml' : unfitText(answer.trim()) ?? ctx.problemWith(answer.trim()) ?? true),
  });
  const file = path.trim();
  if (ctx.exists(file) && !(await ctx.prompter.confirm({ message: `${file} exists. Replace it?`, default: false }))) return undefined;
  // the saved file must load again: its description is held to the limits of a description
  const description = await ctx.prompter.input({
    message: 'Describe the variant in a few words:',
    default: shortened(changes.map((c) => c.label).join('; '), MAX_TEXT.description),
    validate: (answer) => (answer.trim().length > MAX_TEXT.description ? `at most ${MAX_TEXT.description} characters` : unfitText(answer) ?? true),
  });
  const text = variantYaml(
    { extends: relative(dirname(file), ctx.file) || basename(ctx.file), description: description.trim(), set: changes.flatMap((c) => c.sets) },
    `# Scenario variant of ${basename(ctx.file)}, made with soweco-bc what-if. Run it with: soweco-bc run ${file}\n`,
  );
  ctx.save(file, text);
  ctx.write(`${ctx.paint.green('Saved')} ${file}. Run it with: soweco-bc run ${file}\n`);
  return file;
}

/** Why a typed text cannot be saved in a file, if it cannot (a control character). */
function unfitText(text: string): string | undefined {
  const unfit = unfitCharacter(text);
  return unfit === undefined ? undefined : `remove ${unfit.code}: a file cannot hold it`;
}

/** `text`, cut with "…" to at most `max` characters. */
function shortened(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

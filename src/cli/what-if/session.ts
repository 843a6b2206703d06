import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { project, type Projection } from '../../engine/index.js';
import { InternalError, UserError } from '../../errors.js';
import { MAX_TEXT, applyOverrides } from '../../load/index.js';
import type { Scenario } from '../../model/scenario.js';
import type { Language } from '../../report/i18n/index.js';
import { variantYaml } from '../../report/variant-yaml.js';
import { renderBaselineTable, renderEffectTable } from '../../report/what-if-table.js';
import { unfitCharacter } from '../../text-characters.js';
import type { Prompter } from '../interactive.js';
import { quoted } from '../own-command.js';
import { assumptionChoices, overridesFor, parseAnswer, questionFor, valueOf, type Assumption } from './assumptions.js';
import type { WhatIfTexts } from './texts.js';

/** One change the officer made: what it is called, the overrides that make it, and the assumption's value before and after it. */
interface Change {
  readonly label: string;
  readonly sets: readonly string[];
  readonly name: string;
  readonly before: string;
  readonly after: string;
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
  readonly t: WhatIfTexts;
  readonly paint: ChalkInstance;
  /** The working folder, to name the saved variant relative to it. */
  readonly cwd: string;
  /** How the user starts this program there (own-command.ts): `npx soweco-bc`, say. */
  readonly command: string;
}

type Action = 'change' | 'undo' | 'show' | 'save' | 'quit';

/**
 * The what-if loop: pick an assumption, give a new value or a percentage, and see at once
 * what it does to every configuration compared with the saved scenario; undo; save the
 * changes as a variant file that `run` accepts. Returns the file saved, if any.
 */
export async function whatIfSession(ctx: SessionContext): Promise<string | undefined> {
  const { prompter, scenario, municipality, t } = ctx;
  const saved = project(scenario);
  const changes: Change[] = [];
  let current: Tried = { scenario, projection: saved };
  let savedAs: string | undefined;
  const name = scenario.municipalities.find((m) => m.id === municipality)?.name ?? municipality;
  ctx.write(`${ctx.paint.bold(t.title(name, ctx.file))}${t.intro}\n\n${t.baseline}\n`);
  // the starting point, so that the first change's effect can be read against it
  ctx.write(renderBaselineTable(saved, municipality, ctx.language, ctx.paint));
  for (;;) {
    const none = changes.length === 0;
    const action = await prompter.select<Action>({
      message: t.whatNow(changes.length),
      choices: [
        { name: t.actions.change, value: 'change' },
        { name: t.actions.undo, value: 'undo', disabled: none ? t.nothingToUndo : false },
        { name: t.actions.show, value: 'show', disabled: none ? t.noChanges : false },
        { name: t.actions.save, value: 'save', disabled: none ? t.noChanges : false },
        { name: t.actions.quit, value: 'quit' },
      ],
    });
    if (action === 'quit') {
      if (none || savedAs !== undefined || (await prompter.confirm({ message: t.quitUnsaved, default: false }))) return savedAs;
      continue;
    }
    if (action === 'save') {
      savedAs = await saveVariant(ctx, changes);
      continue;
    }
    if (action === 'undo') {
      const undone = changes.pop();
      current = triedOrBug(scenario, changes);
      // named, so that the officer knows which of several changes went, and what holds again
      if (undone !== undefined) ctx.write(`${t.undone(undone.name, undone.after, undone.before)}\n`);
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
function tryChanges(scenario: Scenario, changes: readonly Pick<Change, 'label' | 'sets'>[]): Tried | string {
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
    message: ctx.t.whichAssumption,
    source: (term) => [...assumptionChoices(scenario, projection, ctx.municipality, term, ctx.t, ctx.language), { separator: '' }, { name: ctx.t.back, value: 'back' }],
  });
  if (assumption === 'back') return undefined;
  const question = questionFor(assumption, scenario, ctx.t);
  const name = assumption.kind === 'parameter' ? assumption.name : assumption.kind === 'index' ? assumption.id : assumption.kind === 'discount_rate' ? 'discount_rate' : ctx.t.horizonEnd;
  const value = (s: Scenario) => valueOf(assumption, s, ctx.municipality, ctx.t, ctx.language);
  let accepted: { change: Change; tried: Tried } | undefined;
  await ctx.prompter.input({
    message: question.message,
    validate: (answer) => {
      const parsed = parseAnswer(answer, question.allowPercent, ctx.t);
      if (typeof parsed === 'string') return parsed;
      const sets = overridesFor(assumption, parsed, scenario, ctx.municipality, ctx.t);
      if (typeof sets === 'string') return sets;
      const label = `${name} → ${answer.trim()}`;
      const tried = tryChanges(ctx.scenario, [...changes, { label, sets }]);
      if (typeof tried === 'string') return tried;
      accepted = { change: { label, sets, name, before: value(scenario), after: value(tried.scenario) }, tried };
      return true;
    },
  });
  return accepted;
}

async function saveVariant(ctx: SessionContext, changes: readonly Change[]): Promise<string | undefined> {
  const { t } = ctx;
  const suggestion = join(dirname(ctx.file), `${basename(ctx.file, extname(ctx.file))}-variant.yaml`);
  const path = await ctx.prompter.input({
    message: t.saveAs,
    default: suggestion,
    validate: (answer) => (!/\.ya?ml$/.test(answer.trim()) ? t.yamlName : unfitText(answer.trim(), t) ?? ctx.problemWith(answer.trim()) ?? true),
  });
  const file = path.trim();
  if (ctx.exists(file) && !(await ctx.prompter.confirm({ message: t.replace(file), default: false }))) return undefined;
  // the saved file must load again: its description is held to the limits of a description
  const description = await ctx.prompter.input({
    message: t.describe,
    default: shortened(changes.map((c) => c.label).join('; '), MAX_TEXT.description),
    validate: (answer) => (answer.trim().length > MAX_TEXT.description ? t.tooLong(MAX_TEXT.description) : unfitText(answer, t) ?? true),
  });
  // a command that works as typed in the folder the officer works in
  const run = `${ctx.command} run ${quoted(relative(ctx.cwd, resolve(ctx.cwd, file)))}`;
  const text = variantYaml(
    { extends: relative(dirname(file), ctx.file) || basename(ctx.file), description: description.trim(), set: changes.flatMap((c) => c.sets) },
    t.fileComment(basename(ctx.file), run),
  );
  ctx.save(file, text);
  ctx.write(`${ctx.paint.green(t.saved)} ${file}. ${t.runWith(run)}\n`);
  return file;
}

/** Why a typed text cannot be saved in a file, if it cannot (a control character). */
function unfitText(text: string, t: WhatIfTexts): string | undefined {
  const unfit = unfitCharacter(text);
  return unfit === undefined ? undefined : t.unfit(unfit.code);
}

/** `text`, cut with "…" to at most `max` characters. */
function shortened(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

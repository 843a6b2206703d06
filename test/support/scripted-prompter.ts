import type { Choice, Prompter } from '../../src/cli/interactive.js';

/** What to answer: a typed text, a choice by (part of) its name, a yes/no, or the question's default. */
export type Answer = { readonly type: string } | { readonly pick: string } | { readonly yes: boolean; readonly meanwhile?: () => void } | 'default';

/** One scripted step: the question must contain `question`, and gets `answer`. */
export type Step = readonly [question: string, answer: Answer];

/** A question as it was asked, with the choices it offered and its default's name. */
export interface Asked {
  readonly message: string;
  readonly choices: readonly string[];
  readonly default?: string;
}

/**
 * A {@link Prompter} that answers from a script, in order, the way a person at the terminal
 * would: an answer the question's check refuses is kept in {@link refusals} and the next step
 * answers the same question again. A question the script does not expect fails the test.
 */
export class ScriptedPrompter implements Prompter {
  readonly asked: Asked[] = [];
  readonly refusals: string[] = [];
  private next = 0;

  constructor(private readonly steps: readonly Step[]) {}

  /** Whether every step was used. */
  get done(): boolean {
    return this.next === this.steps.length;
  }

  private step(message: string): Answer {
    const step = this.steps[this.next];
    if (step === undefined) throw new Error(`unexpected question: ${message}`);
    if (!message.includes(step[0])) throw new Error(`expected a question with "${step[0]}", got: ${message}`);
    this.next += 1;
    return step[1];
  }

  select<T>(q: { message: string; choices: readonly (Choice<T> | { separator: string })[]; default?: T }): Promise<T> {
    const choices = q.choices.filter((c): c is Choice<T> => !('separator' in c));
    const byDefault = choices.find((c) => c.value === q.default);
    this.asked.push({ message: q.message, choices: choices.map((c) => c.name), ...(byDefault === undefined ? {} : { default: byDefault.name }) });
    const answer = this.step(q.message);
    const chosen = answer === 'default' ? (byDefault ?? choices.find((c) => c.disabled === undefined || c.disabled === false)) : 'pick' in answer ? choices.find((c) => c.name.includes(answer.pick)) : undefined;
    if (chosen === undefined) throw new Error(`no choice for ${JSON.stringify(answer)} in: ${choices.map((c) => c.name).join(' | ')}`);
    return Promise.resolve(chosen.value);
  }

  search<T>(): Promise<T> {
    throw new Error('the script has no search');
  }

  async input(q: { message: string; default?: string; validate?: (answer: string) => true | string }): Promise<string> {
    this.asked.push({ message: q.message, choices: [], ...(q.default === undefined ? {} : { default: q.default }) });
    for (;;) {
      const answer = this.step(q.message);
      const text = answer === 'default' ? (q.default ?? '') : 'type' in answer ? answer.type : '';
      const verdict = q.validate?.(text) ?? true;
      if (verdict === true) return Promise.resolve(text);
      this.refusals.push(verdict);
    }
  }

  confirm(q: { message: string; default?: boolean }): Promise<boolean> {
    this.asked.push({ message: q.message, choices: [], ...(q.default === undefined ? {} : { default: String(q.default) }) });
    const answer = this.step(q.message);
    if (typeof answer === 'object' && 'meanwhile' in answer) answer.meanwhile?.(); // what happens while the question waits
    return Promise.resolve(answer === 'default' ? (q.default ?? false) : 'yes' in answer ? answer.yes : false);
  }
}

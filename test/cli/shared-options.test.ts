import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { debugRequested } from '../../src/cli/options.js';
import { ROOT, runCliEnglish } from '../support/cli.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { TINY } from '../support/testdir.js';

// Issue 11: the options several commands share (--debug, --lang, --out, --set, --json, --jobs,
// --seed) are declared once, in src/cli/options.ts, and --debug still works wherever it
// stands, also for an internal error raised while commander is still parsing.

/** Node started with a module that breaks a built-in first: a stand-in for a bug in soweco-bc, at a chosen moment. */
function withBug(breakage: string): NodeJS.ProcessEnv {
  return { NODE_OPTIONS: `--import=data:text/javascript,${breakage}` };
}

/** `path()`, the parser of every file argument, is the first to call trim: the bug strikes while commander parses. */
const BUG_WHILE_PARSING = withBug("String.prototype.trim=function(){throw(Error('planted'))}");

/** `run --json` prints its document with JSON.stringify, after the parsing: the bug strikes inside the command. */
const BUG_IN_COMMAND = withBug("JSON.stringify=function(){throw(Error('planted'))}");

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('--debug works wherever it stands on the command line', () => {
  it('is read from every place after the command, also after the arguments or after --', () => {
    expect(debugRequested(['run', '--debug', 'x.yaml'])).toBe(true);
    expect(debugRequested(['run', 'x.yaml', '--json', '--debug'])).toBe(true);
    expect(debugRequested(['run', 'x.yaml', '--', '--debug'])).toBe(true);
    expect(debugRequested(['run', 'x.yaml', '--debugging'])).toBe(false);
    expect(debugRequested(['run', 'x.yaml'])).toBe(false);
  });

  it('shows the stack of an internal error raised while commander parses, before or after the argument (the real CLI)', () => {
    for (const args of [['run', '--debug', 'x.yaml'], ['run', 'x.yaml', '--debug']]) {
      const result = runCliEnglish(args, { env: BUG_WHILE_PARSING });
      expect(result.code, result.stderr).toBe(70);
      expect(result.stderr).toContain('internal error: this is a bug in soweco-bc');
      expect(result.stderr).toMatch(/^Error: planted$/m);
      expect(result.stderr).toMatch(STACK_LINE);
    }
  }, 60_000);

  it('shows the stack of an internal error in a command only with --debug; without it, the message alone', () => {
    const file = join(TINY, 'noord.yaml');
    const debug = runCliEnglish(['run', file, '--debug', '--json'], { env: BUG_IN_COMMAND });
    expect(debug.code, debug.stderr).toBe(70);
    expect(debug.stderr).toMatch(STACK_LINE);
    const plain = runCliEnglish(['run', file, '--json'], { env: BUG_IN_COMMAND });
    expect(plain.code, plain.stderr).toBe(70);
    expect(plain.stderr).toContain('\n  planted\n');
    expect(plain.stderr).not.toMatch(STACK_LINE);
  }, 60_000);

  it('is an option of every command but the hidden generate, and not of the program itself', async () => {
    const commands = ['run', 'validate', 'batch', 'schema', 'compare', 'sensitivity', 'risk', 'solve', 'what-if', 'init'];
    for (const command of commands) {
      const help = await runInProcessEnglish([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout.match(/^ {2}--debug {2,}show stack traces of internal errors$/gm), command).toHaveLength(1);
    }
    expect((await runInProcessEnglish(['generate', '--help'])).stdout).not.toContain('--debug');
    const before = await runInProcessEnglish(['--debug', 'validate', join(TINY, 'regio.yaml')]);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain("unknown option '--debug'");
  });
});

describe('shared options are declared once', () => {
  it('--lang is the same option, nl or en, in every command that writes reports', async () => {
    for (const command of ['run', 'batch', 'compare', 'sensitivity', 'risk', 'solve', 'what-if', 'init']) {
      const help = await runInProcessEnglish([command, '--help']);
      // the default is the language chosen as the command line starts: here English, from the locale
      expect(help.stdout, command).toMatch(/^ {2}--lang <lang> {2,}language of everything written:[^]*?\(choices:\s+"nl",\s+"en",\s+default:\s+"en"\)$/m);
    }
    const wrong = await runInProcessEnglish(['risk', join(TINY, 'noord.yaml'), '--lang', 'de']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("option '--lang <lang>' argument 'de' is invalid. Allowed choices are nl, en.");
  });

  it('no option of the command line is declared in two places (src/cli)', () => {
    const declaration = /(?:\.option|\.requiredOption|new Option)\(\s*'([^']+)'/g;
    const flags = sourceFiles('src/cli').flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(declaration)].map((m) => m[1] ?? ''));
    expect(flags).toEqual(expect.arrayContaining(['--lang <lang>', '--out <dir>', '--set <path=value>', '--json', '--jobs <n>', '--seed <n>']));
    expect(flags.filter((flag, i) => flags.indexOf(flag) !== i)).toEqual([]);
    const debugLiterals = sourceFiles('src').filter((f) => readFileSync(join(ROOT, f), 'utf8').includes("'--debug'"));
    expect(debugLiterals).toEqual(['src/cli/options.ts']);
  });
});

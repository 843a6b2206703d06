import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliEnglish } from '../support/cli.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { KEY, Terminal } from '../support/pty.js';
import { tinyCopy } from '../support/testdir.js';

// Issue 10, item 7: a variant or a --set is held to the rules of the files, checked on the
// final scenario; a problem an override causes is reported at the override (--set #N: exit 2;
// a line of a variant: exit 1).

/** `run <file> --json` in a copy of the tiny example with these files added. */
async function run(files: Record<string, string>, file: string, ...args: string[]) {
  const dir = tinyCopy(files);
  return runInProcessEnglish(['run', join(dir, file), '--json', ...args]);
}

/** The first line of the first error, and whether more follow. */
function firstError(stderr: string): string {
  return stderr.split('\n')[0] ?? '';
}

describe('the horizon and the baseline are checked after every override', () => {
  it('--set horizon.end=2200 is refused at the flag: a horizon of 180 years is longer than 100', async () => {
    const result = await run({}, 'noord.yaml', '--set', 'horizon.end=2200');
    expect(result.code, result.stderr).toBe(2);
    expect(firstError(result.stderr)).toBe('error: --set #1  horizon.end');
    expect(result.stderr).toContain('a horizon of 180 years is longer than 100');
    expect(result.stdout).toBe('');
  });

  it('a variant\'s set: horizon.end=2200 is refused at its line, as an input error', async () => {
    const result = await run({ 'variant.yaml': 'extends: noord.yaml\nset:\n  - horizon.end=2200\n' }, 'variant.yaml');
    expect(result.code, result.stderr).toBe(1);
    expect(firstError(result.stderr)).toMatch(/variant\.yaml:3:5 {2}horizon\.end$/);
    expect(result.stderr).toContain('a horizon of 180 years is longer than 100');
  });

  it('a variant\'s horizon: of 180 years is refused at its line', async () => {
    const result = await run({ 'variant.yaml': 'extends: noord.yaml\nhorizon: { start: 2021, end: 2200 }\n' }, 'variant.yaml');
    expect(result.code, result.stderr).toBe(1);
    expect(firstError(result.stderr)).toMatch(/variant\.yaml:2:1 {2}horizon$/);
    expect(result.stderr).toContain('a horizon of 180 years is longer than 100');
  });

  it('a region file\'s horizon of 180 years is still refused at its line', async () => {
    const dir = tinyCopy();
    const long = await run({ 'regio.yaml': readFileSync(join(dir, 'regio.yaml'), 'utf8').replace('end: 2030', 'end: 2200') }, 'noord.yaml');
    expect(long.code).toBe(1);
    expect(firstError(long.stderr)).toMatch(/regio\.yaml:4:1 {2}horizon$/);
  });

  it('a --set that a later --set makes right again is accepted: the final horizon counts', async () => {
    const result = await run({}, 'noord.yaml', '--set', 'horizon.end=2200', '--set', 'horizon.end=2030');
    expect(result.code, result.stderr).toBe(0);
  });

  it('--set horizon.end before the start is refused at the flag', async () => {
    const result = await run({}, 'noord.yaml', '--set', 'horizon.end=2000');
    expect(result.code).toBe(2);
    expect(firstError(result.stderr)).toBe('error: --set #1  horizon.end');
    expect(result.stderr).toContain('the horizon ends (2000) before it starts (2021)');
  });

  it('--set baseline with an unknown configuration is refused at the flag, with a suggestion', async () => {
    const result = await run({}, 'noord.yaml', '--set', 'discount_rate=0.02', '--set', 'baseline=grr');
    expect(result.code).toBe(2);
    expect(firstError(result.stderr)).toBe('error: --set #2  baseline');
    expect(result.stderr).toContain('unknown configuration "grr"; did you mean "gr"?');
  });

  it('a variant\'s baseline that is not a configuration is refused at its line', async () => {
    const result = await run({ 'variant.yaml': 'extends: noord.yaml\nbaseline: samen3\n' }, 'variant.yaml');
    expect(result.code).toBe(1);
    expect(firstError(result.stderr)).toMatch(/variant\.yaml:2:11 {2}baseline$/);
    expect(result.stderr).toContain('unknown configuration "samen3"; did you mean "samen2"?');
  });
});

describe('birth dates are checked against the final horizon', () => {
  it('--set horizon.start=1960 is refused at the flag: people are born after it (no birth date shown)', async () => {
    const result = await run({}, 'noord.yaml', '--set', 'horizon.start=1960');
    expect(result.code, result.stderr).toBe(2);
    expect(firstError(result.stderr)).toBe('error: --set #1  horizon.start');
    expect(result.stderr).toMatch(/\d+ people in \S*data\/noord\.csv are born on or after 1 January 1960/);
    expect(result.stderr).not.toMatch(/19[5-9]\d-\d\d-\d\d/);
    expect(result.stdout).toBe('');
  });

  it('a variant that starts the horizon in 1960 is refused at its horizon', async () => {
    const result = await run({ 'variant.yaml': 'extends: noord.yaml\nhorizon: { start: 1960, end: 2000 }\n' }, 'variant.yaml');
    expect(result.code).toBe(1);
    expect(firstError(result.stderr)).toMatch(/variant\.yaml:2:19 {2}horizon\.start$/);
    expect(result.stderr).toContain('born on or after 1 January 1960');
  });

  it('a start that leaves parameters without a value blames the --set, once, not every parameter in the files', async () => {
    const result = await run({}, 'noord.yaml', '--set', 'horizon.start=2010');
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr.match(/^error:/gm)).toHaveLength(1);
    expect(firstError(result.stderr)).toBe('error: --set #1  horizon.start');
    expect(result.stderr).toContain('has no value for 2010: its first explicit year is 2021');
    expect(result.stderr).toContain('the horizon starts in 2010 because of this change');
  });

  it('the region file itself still points at the CSV line of a birth after its start', async () => {
    const dir = tinyCopy();
    const csv = readFileSync(join(dir, 'data/noord.csv'), 'utf8').replace('N003,1989-07-02', 'N003,2022-07-02');
    const result = await run({ 'data/noord.csv': csv }, 'noord.yaml');
    expect(result.code).toBe(1);
    expect(firstError(result.stderr)).toMatch(/data\/noord\.csv:5 {2}column birth_date$/);
  });
});

describe('what-if holds its answers to the same rules, and the session goes on', () => {
  it('a horizon end of 2200 is refused at the prompt with the reason; 2028 is then accepted', async () => {
    const t = Terminal.startEnglish(['what-if', 'noord.yaml', '--lang', 'en'], tinyCopy());
    await t.answer('What now?', '');
    await t.waitFor('Which assumption?');
    await t.choose('horizon', '❯ horizon end =');
    await t.answer('New last year of the horizon', '2200');
    await t.waitFor('a horizon of 180 years is longer than 100');
    t.type(KEY.clearLine);
    await t.answer('', '2028');
    await t.waitFor(/samen2[^\n]*\n/);
    await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}${KEY.down}`);
    await t.answer('Quit without saving', 'y');
    expect(await t.exit()).toBe(0);
  });

  it('an index rate of 9999 (a percentage typed as a number) is refused at the prompt, not a crash', async () => {
    const t = Terminal.startEnglish(['what-if', 'noord.yaml', '--lang', 'en'], tinyCopy());
    await t.answer('What now?', '');
    await t.waitFor('Which assumption?');
    await t.choose('loonindex', '❯ loon =');
    await t.answer('New yearly rate of loon', '9999');
    await t.waitFor('more than the 10^13 that a figure may be');
    t.type(KEY.clearLine);
    await t.answer('', '3%');
    await t.waitFor(/samen2[^\n]*\n/);
    await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}${KEY.down}`);
    await t.answer('Quit without saving', 'y');
    expect(await t.exit()).toBe(0);
  });
});

describe('the real CLI', () => {
  it('exits with 2 for a --set that breaks a rule of the files', () => {
    const dir = tinyCopy();
    const result = runCliEnglish(['run', 'noord.yaml', '--json', '--set', 'horizon.end=2200'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --set #1 {2}horizon\.end\n {2}a horizon of 180 years is longer than 100/);
  });
});

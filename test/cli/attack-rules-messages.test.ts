import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliEnglish } from '../support/cli.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { KEY, Terminal } from '../support/pty.js';
import { introduceWest } from '../support/dialogues.js';
import { TINY, testDir, tinyCopy } from '../support/testdir.js';

// Issue 10, item 20: smaller messages that said the wrong thing.

const region = readFileSync(join(TINY, 'regio.yaml'), 'utf8');
const WORK_FORMS = 'work_forms:\n  beschut_binnen: { label: Beschut binnen }\n  detachering: { label: Detachering }';

async function run(files: Record<string, string>, file = 'noord.yaml', ...args: string[]) {
  return runInProcessEnglish(['run', join(tinyCopy(files), file), '--json', ...args]);
}

describe('a chain of variants: too long is not a cycle', () => {
  it('11 variants on top of each other are "longer than 10", not "a circle"', async () => {
    const files: Record<string, string> = { 'v1.yaml': 'extends: noord.yaml\n' };
    for (let i = 2; i <= 11; i++) files[`v${i}.yaml`] = `extends: v${i - 1}.yaml\n`;
    const result = await run(files, 'v11.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('this chain of variants is longer than 10');
    expect(result.stderr).not.toMatch(/circle|cycle/);
  });

  it('10 variants on top of each other are fine', async () => {
    const files: Record<string, string> = { 'v1.yaml': 'extends: noord.yaml\n' };
    for (let i = 2; i <= 10; i++) files[`v${i}.yaml`] = `extends: v${i - 1}.yaml\n`;
    const result = await run(files, 'v10.yaml');
    expect(result.code, result.stderr).toBe(0);
  });

  it('a real cycle is called a cycle, at the extends that closes it', async () => {
    const result = await run({ 'a.yaml': 'extends: b.yaml\n', 'b.yaml': 'extends: a.yaml\n' }, 'a.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: \S*b\.yaml:1:10 {2}extends\n {2}"extends" goes round in a cycle: \S*a\.yaml is already one of the 2 variant files in this chain/);
  });
});

describe('YAML tags are refused by name, at the tag', () => {
  it.each([
    ['!!set { beschut_binnen, detachering }', '!!set (a set)'],
    ['!!omap [ { beschut_binnen: { label: B } } ]', '!!omap (an ordered map)'],
    ['!!pairs [ { beschut_binnen: { label: B } } ]', '!!pairs (a list of pairs)'],
    ['!!binary aGVsbG8=', '!!binary (binary data)'],
    ['!!timestamp 2021-01-01', '!!timestamp (a timestamp)'],
    ['!foo { beschut_binnen: { label: B } }', '!foo'],
  ])('work_forms: %s', async (value, named) => {
    const result = await run({ 'regio.yaml': region.replace(WORK_FORMS, `work_forms: ${value}`) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: \S*regio\.yaml:8:13 {2}work_forms\n/);
    expect(result.stderr).toContain(`the YAML tag ${named} is not supported`);
    expect(result.stderr).not.toContain('expected a map, got a map');
  });

  it('!!float before a number is refused too (YAML 1.2 leaves it unresolved, as text)', async () => {
    const result = await run({ 'regio.yaml': region.replace('discount_rate: 0.03', 'discount_rate: !!float 0.03') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: \S*regio\.yaml:5:16 {2}discount_rate\n {2}the YAML tag !!float is not supported/);
  });
});

describe('solve, sensitivity and risk with the baseline as --config', () => {
  it('solve --config <baseline> is a usage error that names the others, before any warning (the real CLI)', () => {
    const result = runCliEnglish(['solve', 'noord.yaml', '--config', 'gr', '--param', 'overhead_gr', '--json'], { cwd: tinyCopy() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --config\n {2}"gr" is the baseline: solve compares a configuration with the baseline/);
    expect(result.stderr).toContain('hint: choose one of: eigen, samen2');
    expect(result.stdout).toBe('');
  });

  it('solve in a region with the baseline as its only configuration says so', async () => {
    const only = region.replace(/\n {2}eigen: \{ label: Ieder zelf[^\n]*\n {2}samen2:\n(?: {4}[^\n]*\n)+/, '\n');
    expect(only).not.toContain('samen2');
    const result = await runInProcessEnglish(['solve', join(tinyCopy({ 'regio.yaml': only }), 'noord.yaml'), '--param', 'overhead_gr', '--json']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('the only configuration is the baseline "gr": solve needs another one to compare with it');
  });

  it('sensitivity --config <baseline> is the tornado of the baseline\'s own present value', async () => {
    const dir = tinyCopy();
    const result = await runInProcessEnglish(['sensitivity', join(dir, 'noord.yaml'), '--config', 'gr', '--lang', 'en', '--out', testDir()]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Sensitivity of Huidige GR: NPV\nBase: €4,009,560/);
  });
});

describe('an empty path is a usage error for every command that takes a file', () => {
  it.each([
    [['run', '']], [['validate', '']], [['batch', '']], [['compare', '', 'noord.yaml']], [['compare', 'noord.yaml', '']],
    [['sensitivity', '']], [['risk', '']], [['solve', '', '--param', 'x']], [['what-if', '']], [['init', '']],
    [['run', 'noord.yaml', '--out', '']], [['batch', 'regio.yaml', '--out', '']], [['schema', '--out', '']], [['risk', 'noord.yaml', '--out', ' ']],
  ])('%j', async (args) => {
    const result = await runInProcessEnglish(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a path, got an empty text');
  });

  it('run \'\' through the real CLI', () => {
    const result = runCliEnglish(['run', ''], { cwd: tinyCopy() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("error: command-argument value '' is invalid for argument 'file'. expected a path, got an empty text\n(run soweco-bc --help for usage)\n");
  });

  it('init asks again for an empty CSV path, and for a folder, instead of crashing', async () => {
    const dir = tinyCopy();
    const t = Terminal.startEnglish(['init', '.'], dir);
    await introduceWest(t);
    await t.answer('Employees:', KEY.down);
    await t.answer('Path of the CSV', '');
    await t.waitFor('give the path of the CSV file');
    await t.answer('', 'data');
    await t.waitFor('is a folder, not a file');
    t.type(KEY.ctrlC);
    expect(await t.exit()).toBe(130);
  });
});

describe('every problem a --set causes points at the --set', () => {
  it('--set loon.default=9999 blames --set #1 with exit 2, not the region file (the real CLI)', () => {
    const result = runCliEnglish(['run', 'noord.yaml', '--json', '--set', 'loon.default=9999'], { cwd: tinyCopy() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --set #1 {2}loon\n {2}index "loon" as changed here makes parameter "loonkosten_per_fte" reach 3\.60e\+16 in 2028/);
    expect(result.stderr).not.toContain('regio.yaml');
  });

  it('a percentage that makes a line too large blames the --set', async () => {
    const result = await run({}, 'noord.yaml', '--set', 'risico_opslag=100000000');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --set #1 {2}risico_opslag\n {2}line "risico" of model "eigen" comes to/);
  });

  it('an index given by --set that does not cover the horizon blames the --set', async () => {
    const withCao = region.replace('  prijs: { description: Prijsindex, default: 0.015 }', '  prijs: { description: Prijsindex, default: 0.015 }\n  cao: { values: { 2022: 0.02 } }');
    const result = await run({ 'regio.yaml': withCao }, 'noord.yaml', '--set', 'tw_beschut.index=cao');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --set #1 {2}tw_beschut\.index\n {2}index "cao" has no rate for 2023 and no default/);
  });

  it('the same index in a variant\'s set: blames the variant\'s line, with exit 1', async () => {
    const withCao = region.replace('  prijs: { description: Prijsindex, default: 0.015 }', '  prijs: { description: Prijsindex, default: 0.015 }\n  cao: { values: { 2022: 0.02 } }');
    const result = await run({ 'regio.yaml': withCao, 'variant.yaml': 'extends: noord.yaml\nset: [tw_beschut.index=cao]\n' }, 'variant.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: \S*variant\.yaml:2:7 {2}tw_beschut\.index\n/);
  });
});

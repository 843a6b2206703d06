import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliEnglish } from '../support/cli.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { TINY, tinyCopy } from '../support/testdir.js';

// Issue 10, item 9: an amount written for a year that the projection never uses (a one-off
// for 2012 when the horizon starts in 2021) no longer drops out silently: a year outside
// 1900–2200 is refused, any other unused amount is warned about, also when a variant or a
// --set moves the horizon.

const region = readFileSync(join(TINY, 'regio.yaml'), 'utf8');

function regionWith(from: string, to: string): Record<string, string> {
  if (!region.includes(from)) throw new Error(`the tiny region has no "${from}"`);
  return { 'regio.yaml': region.replace(from, to) };
}

const ONE_OFF = 'amount: { 2021: 120000, 2022: 60000 }';

interface Json {
  readonly warnings: readonly string[];
  readonly configurations: Record<string, { readonly npv: number }>;
}

async function run(files: Record<string, string>, file = 'noord.yaml', ...args: string[]) {
  const dir = tinyCopy(files);
  return runInProcessEnglish(['run', join(dir, file), '--json', ...args]);
}

describe('one-off amounts outside the horizon', () => {
  it('the typos 2012 and 2202 (for 2021 and 2022) no longer drop €180,000 silently: 2202 is refused', async () => {
    const result = await run(regionWith(ONE_OFF, 'amount: { 2012: 120000, 2202: 60000 }'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: \S*regio\.yaml:62:\d+ {2}models\.eigen\.lines\[6\]\.amount\.2202\n {2}expected a year from 1900 to 2200 as the key, got 2202/m);
  });

  it('2012 is a warning that names the year and the horizon, in the JSON too', async () => {
    const result = await run(regionWith(ONE_OFF, 'amount: { 2012: 120000, 2022: 60000 }'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^warning: \S*regio\.yaml:62:9 {2}models\.eigen\.lines\[6\]\n {2}line "frictie" of model "eigen" has one-off amounts for 2012 that are never used: the horizon runs from 2021 to 2030/m);
    const json = JSON.parse(result.stdout) as Json;
    expect(json.warnings.some((w) => w.includes('one-off amounts for 2012'))).toBe(true);
  });

  it('a one-off in a year the line does not apply in is named with the line\'s years', async () => {
    const result = await run(regionWith(ONE_OFF, 'amount: { 2021: 120000, 2022: 60000 }, years: { from: 2022 }'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('one-off amounts for 2021 that are never used: the horizon runs from 2021 to 2030, and the line applies from 2022 to 2030');
  });

  it('a --set that moves the horizon past a one-off warns, and says where the horizon was set', async () => {
    const result = await run({}, 'noord.yaml', '--set', 'horizon.start=2022');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('line "frictie" of model "eigen" has one-off amounts for 2021 that are never used: the horizon runs from 2022 to 2030 (as set at --set #1)');
  });

  it('a variant that moves the horizon warns the same way, at the amount, naming the variant\'s line', async () => {
    const result = await run({ 'variant.yaml': 'extends: noord.yaml\nhorizon: { start: 2023, end: 2030 }\n' }, 'variant.yaml');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/one-off amounts for 2021 and 2022 that are never used: the horizon runs from 2023 to 2030 \(as set at \S*variant\.yaml:2:1\)/);
  });
});

describe('parameter values and index rates that are never used', () => {
  it('a value after the horizon, and one before the start that a later value replaces, are warned about', async () => {
    const result = await run(regionWith('regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', 'regie_gemeente: { unit: EUR, values: { 2012: 1, 2019: 40000, 2040: 5 } }'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^warning: \S*regio\.yaml:36:3 {2}parameters\.regie_gemeente\n {2}parameter "regie_gemeente" has values for 2012 and 2040 that are never used/m);
    expect(result.stderr).toContain('before the start only the last value up to 2021 counts (here 2019)');
  });

  it('a value before the start that the index carries forward is used: no warning', async () => {
    const result = await run(regionWith('overhead_gr: { unit: EUR, values: { 2021: 900000 }', 'overhead_gr: { unit: EUR, values: { 2019: 870000 }'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('never used');
  });

  it('an index rate for a year after the horizon is warned about', async () => {
    const result = await run(regionWith('values: { 2023: 0.10 } }', 'values: { 2023: 0.10, 2032: 0.5 } }'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('index "loon" has a rate for 2032 that is never used: the horizon runs from 2021 to 2030');
  });

  it('a --set of a value after the horizon is warned about at the flag, also in a municipality\'s run', async () => {
    const result = await run({}, 'noord.yaml', '--set', 'regie_gemeente.values.2040=1');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^warning: --set #1 {2}regie_gemeente\n {2}parameter "regie_gemeente" has a value for 2040 that is never used/m);
    expect((JSON.parse(result.stdout) as Json).warnings.some((w) => w.startsWith('--set #1'))).toBe(true);
  });

  it('a year outside 1900–2200 is refused: in a values map, and in a --set', async () => {
    const file = await run(regionWith('regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', 'regie_gemeente: { unit: EUR, values: { 2021: 40000, 2202: 1 } }'));
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('expected a year from 1900 to 2200 as the key');
    const set = await run({}, 'noord.yaml', '--set', 'regie_gemeente.values.1021=1');
    expect(set.code).toBe(2);
    expect(set.stderr).toMatch(/^error: --set #1 {2}regie_gemeente\.values\.1021\n {2}expected a year from 1900 to 2200, got 1021/);
  });
});

describe('lines outside the horizon', () => {
  it('a line that applies only after the horizon is warned about', async () => {
    const result = await run(regionWith('amount: risico_opslag, years: { to: 2025 } }', 'amount: risico_opslag, years: { from: 2035 } }'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('line "risico" of model "eigen" applies from 2035 to …, never within the horizon: the horizon runs from 2021 to 2030');
  });
});

describe('the real CLI', () => {
  it('validate lists the warning and counts it', () => {
    const dir = tinyCopy(regionWith(ONE_OFF, 'amount: { 2012: 120000, 2022: 60000 }'));
    const result = runCliEnglish(['validate', 'regio.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('has one-off amounts for 2012 that are never used');
    expect(result.stdout).toContain('3 warning(s)');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/language.js';
import { readTypedNumber } from '../../src/typed-number.js';
import { runCliEnglish } from '../support/cli.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { KEY, Terminal } from '../support/pty.js';
import { changeSubsidy, placeWestAsNow } from '../support/dialogues.js';
import { tinyCopy } from '../support/testdir.js';

beforeEach(() => useLanguage('en')); // readTypedNumber is called here directly: its messages in English, as the runs'

// Issue 10, item 8: a number a Dutch user types is never misread. One rule (typed-number.ts)
// reads --set, the numeric options and the answers of what-if and init; amounts written
// `900.000` in the YAML files are refused too.

interface Json {
  readonly configurations: Record<string, { readonly npv: number }>;
}

async function run(dir: string, ...args: string[]) {
  return runInProcessEnglish(['run', join(dir, 'noord.yaml'), '--json', ...args]);
}

describe('the rule cannot misread a number', () => {
  it('a number formatted in Dutch or English is read as itself or refused, never as another number', () => {
    const amounts = fc.integer({ min: 0, max: 10_000_000_00 }).map((cents) => cents / 100);
    fc.assert(fc.property(amounts, fc.constantFrom('nl-NL', 'en-GB', 'de-DE'), fc.boolean(), (amount, locale, grouping) => {
      const text = amount.toLocaleString(locale, { useGrouping: grouping, maximumFractionDigits: 2 });
      const read = readTypedNumber(text);
      if (read.ok) expect(Number(read.text), text).toBe(amount);
    }));
  });

  it.each([
    ['900.000', false], ['1.250', false], ['1,250', false], ['1.250.000', false], ['1.250,50', false], ['1,250.50', false],
    ['1 250', false], ['€ 900000', false], ['1e3', false], ['0x10', false], ['Infinity', false], ['2.500%', false],
    ['0.025', '0.025'], ['0,025', '0.025'], ['2,5', '2.5'], ['-0', '0'], ['10.0', '10.0'], ['+5', '5'], ['.5', '0.5'], ['1000.000', '1000.000'],
  ] as const)('%s', (typed, expected) => {
    const read = readTypedNumber(typed, { percent: true });
    expect(read.ok ? read.text : false).toBe(expected);
  });
});

describe('--set reads numbers by the rule', () => {
  it('--set overhead_gr=900.000 is refused as ambiguous at the flag, naming 900000 and 900', async () => {
    const result = await run(tinyCopy(), '--set', 'overhead_gr=900.000');
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('error: --set #1  overhead_gr');
    expect(result.stderr).toContain('"900.000" can be read two ways: 900000 (with a thousands separator) or 900 (with a decimal point)');
    expect(result.stderr).toContain('hint: write 900000 or 900');
    expect(result.stdout).toBe('');
  });

  it('--set overhead_gr=1.250.000 says to write 1250000', async () => {
    const result = await run(tinyCopy(), '--set', 'overhead_gr=1.250.000');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"1.250.000" has a thousands separator');
    expect(result.stderr).toContain('hint: write 1250000');
  });

  it.each(['1,250', '€900000', '1 250 000'])('--set regie_gemeente=%s is refused', async (typed) => {
    const result = await run(tinyCopy(), '--set', `regie_gemeente=${typed}`);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --set #1 {2}regie_gemeente\n/);
  });

  it('0,025, 2,5% and 0.025 are the same discount rate', async () => {
    const dir = tinyCopy();
    const results = [];
    for (const typed of ['0,025', '2,5%', '0.025']) results.push(await run(dir, '--set', `discount_rate=${typed}`)); // one at a time: runInProcess changes the working directory
    const npvs = results.map((r) => (JSON.parse(r.stdout) as Json).configurations);
    expect(npvs[0]).toEqual(npvs[2]);
    expect(npvs[1]).toEqual(npvs[2]);
    const other = JSON.parse((await run(dir)).stdout) as Json;
    expect(other.configurations).not.toEqual(npvs[2]);
  });

  it('an ambiguous index rate is refused, not taken for an index name', async () => {
    const result = await run(tinyCopy(), '--set', 'loonkosten_per_fte.index=1,250');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('can be read two ways');
  });
});

describe('the numeric options read numbers by the rule', () => {
  it.each([
    ['risk', '--iterations', '1.000'],
    ['risk', '--seed', '1.234'],
    ['sensitivity', '--top', '1,000'],
    ['sensitivity', '--range', '10.000%'],
  ])('%s %s %s is a usage error that names both readings', async (command, option, value) => {
    const dir = tinyCopy();
    const result = await runInProcessEnglish([command, join(dir, 'noord.yaml'), '--json', option, value]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('can be read two ways');
  });

  it('--range 0,1 and 10% are a tenth', async () => {
    const dir = tinyCopy();
    const comma = await runInProcessEnglish(['sensitivity', join(dir, 'noord.yaml'), '--json', '--range', '0,1']);
    const percent = await runInProcessEnglish(['sensitivity', join(dir, 'noord.yaml'), '--json', '--range', '10%']);
    expect(comma.code, comma.stderr).toBe(0);
    expect(comma.stdout).toBe(percent.stdout);
  });
});

describe('amounts written 900.000 in the YAML files', () => {
  it('a parameter value in euros written 900.000 is refused at its place (YAML would read 900)', async () => {
    const dir = tinyCopy();
    const region = readFileSync(join(dir, 'regio.yaml'), 'utf8').replace('overhead_gr: { unit: EUR, values: { 2021: 900000 }', 'overhead_gr: { unit: EUR, values: { 2021: 900.000 }');
    const result = await run(tinyCopy({ 'regio.yaml': region }));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/regio\.yaml:33:\d+ {2}parameters\.overhead_gr\.values\.2021\n {2}"900\.000" can be read two ways/);
  });

  it('a one-off amount written 120.000 is refused', async () => {
    const region = readFileSync(join(tinyCopy(), 'regio.yaml'), 'utf8').replace('amount: { 2021: 120000, 2022: 60000 }', 'amount: { 2021: 120.000, 2022: 60000 }');
    const result = await run(tinyCopy({ 'regio.yaml': region }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('models.eigen.lines[6].amount.2021');
  });

  it('inhabitants written 60.000 are refused', async () => {
    const noord = readFileSync(join(tinyCopy(), 'noord.yaml'), 'utf8').replace('inhabitants: 60000', 'inhabitants: 60.000');
    const result = await run(tinyCopy({ 'noord.yaml': noord }));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/noord\.yaml:2:\d+ {2}municipality\.inhabitants\n {2}"60\.000" can be read two ways: 60000/);
  });

  it('a ratio with three decimals (1.125) is a fraction, and accepted', async () => {
    const region = readFileSync(join(tinyCopy(), 'regio.yaml'), 'utf8').replace('risico_opslag: { unit: ratio, values: { 2021: 0.05 } }', 'risico_opslag: { unit: ratio, values: { 2021: 1.125 } }');
    const result = await run(tinyCopy({ 'regio.yaml': region }));
    expect(result.code, result.stderr).toBe(0);
  });

  it('text where an amount belongs ("40.000", 0,03) names the number to write', async () => {
    const region = readFileSync(join(tinyCopy(), 'regio.yaml'), 'utf8')
      .replace('regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', 'regie_gemeente: { unit: EUR, values: { 2021: "40.000" } }')
      .replace('discount_rate: 0.03', 'discount_rate: 0,03');
    const result = await run(tinyCopy({ 'regio.yaml': region }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('hint: write 40000 or 40');
    expect(result.stderr).toContain('hint: write 0.03: a number in YAML has a decimal point');
  });
});

describe('what-if and init read answers by the rule', () => {
  it('what-if refuses 26.000 for an amount, naming both readings, then takes -3%', async () => {
    const t = Terminal.startEnglish(['what-if', 'noord.yaml', '--lang', 'en'], tinyCopy());
    await changeSubsidy(t, '26.000');
    await t.waitFor('"26.000" can be read two ways: 26000 (with a thousands separator)'); // the prompt wraps at 80 columns
    t.type(KEY.clearLine);
    await t.answer('', '-3%');
    const effect = await t.waitFor(/samen2[^\n]*\n/);
    expect(effect).toMatch(/gr +€4,197,795 +\+€188,235/);
    await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}${KEY.down}`);
    await t.answer('Quit without saving', 'y');
    expect(await t.exit()).toBe(0);
  });

  it('init refuses 12.000 inhabitants as ambiguous, then takes 12000', async () => {
    const dir = tinyCopy();
    const t = Terminal.startEnglish(['init', '.'], dir);
    await t.answer('Id of the new municipality', 'west');
    await t.answer('Name:', '');
    await t.answer('CBS code', '');
    await t.answer('Inhabitants:', '12.000');
    await t.waitFor('"12.000" can be read two ways: 12000 (with a thousands separator)'); // the prompt wraps at 80 columns
    t.type(KEY.clearLine);
    await t.answer('', '12000');
    await t.answer('Employees:', '');
    await t.answer('How many SW employees in Beschut binnen?', `${KEY.clearLine}6`);
    await t.answer('How many SW employees in Detachering?', `${KEY.clearLine}4`);
    await t.answer('average age', `${KEY.clearLine}50`);
    await t.answer('part-time factor', `${KEY.clearLine}0,85`);
    await t.answer('Add west.yaml to the municipalities', '');
    await placeWestAsNow(t);
    await t.waitFor('Written:');
    expect(await t.exit()).toBe(0);
    expect(readFileSync(join(dir, 'west.yaml'), 'utf8')).toMatch(/inhabitants: 12000\b/);
    const run = runCliEnglish(['run', 'west.yaml', '--json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
  });
});

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliEnglish } from '../support/cli.js';
import { KEY, Terminal } from '../support/pty.js';
import { changeSubsidy, describeCohorts, placeWestAsNow } from '../support/dialogues.js';
import { TINY, tinyCopy } from '../support/testdir.js';

describe('what-if, through a terminal', () => {
  it('changes an assumption, shows the effect, saves a variant that run accepts', async () => {
    const dir = tinyCopy();
    const t = Terminal.startEnglish(['what-if', 'noord.yaml', '--lang', 'en'], dir);
    await changeSubsidy(t, '-3%');
    const effect = await t.waitFor(/samen2[^\n]*\n/);
    expect(effect).toMatch(/gr +€4,197,795 +\+€188,235/); // NPV of gr for noord, expected-noord.json 4,009,560 + 3% of its subsidy
    await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}`);
    await t.answer('Save the variant as', '');
    await t.answer('Describe the variant', '');
    await t.waitFor('Saved noord-variant.yaml');
    await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}${KEY.down}`);
    expect(await t.exit()).toBe(0);

    const variant = readFileSync(join(dir, 'noord-variant.yaml'), 'utf8');
    expect(variant).toContain('extends: noord.yaml');
    const viaVariant = JSON.parse(runCliEnglish(['run', 'noord-variant.yaml', '--json'], { cwd: dir }).stdout) as { configurations: Record<string, { npv: number }> };
    const viaSet = JSON.parse(runCliEnglish(['run', 'noord.yaml', '--json', '--set', 'rijksbijdrage_per_se=25220'], { cwd: dir }).stdout) as typeof viaVariant;
    expect(viaVariant.configurations).toEqual(viaSet.configurations);
  });

  it('undo takes the last change back', async () => {
    const t = Terminal.startEnglish(['what-if', 'noord.yaml', '--lang', 'en'], tinyCopy());
    await t.answer('What now?', '');
    await t.waitFor('Which assumption?');
    await t.choose('discount', '❯ discount_rate =');
    await t.answer('New discount rate', '10%');
    await t.waitFor(/gr +€[\d,]+ +-€[\d,]+/);
    await t.answer('What now? (1 change)', KEY.down);
    const after = await t.waitFor(/samen2[^\n]*\n/);
    expect(after).toMatch(/gr +€4,009,560 +€0/);
    await t.answer('What now?', `${KEY.down}${KEY.down}${KEY.down}${KEY.down}`);
    expect(await t.exit()).toBe(0);
  });

  it('without a terminal, it refuses with exit code 2 and names the way without questions', () => {
    const result = runCli(['what-if', join(TINY, 'noord.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('what-if stelt vragen en heeft een terminal nodig'); // Dutch by default
    expect(result.stderr).toContain('--set naam=waarde');
  });
});

describe('init, through a terminal', () => {
  it('asks for a new municipality, checks each answer, writes its files and adds it to the region', async () => {
    const dir = tinyCopy();
    const t = Terminal.startEnglish(['init', '.'], dir);
    await t.answer('Id of the new municipality', 'noord');
    await t.waitFor('noord is already in the region');
    t.type(KEY.clearLine);
    await t.answer('', 'west');
    await t.answer('Name:', '');
    await t.answer('CBS code', 'GM9904');
    await t.answer('Inhabitants:', '12000');
    await describeCohorts(t);
    await t.answer('Add west.yaml to the municipalities', '');
    await placeWestAsNow(t);
    await t.waitFor('Written:');
    expect(await t.exit()).toBe(0);
    expect(readFileSync(join(dir, 'regio.yaml'), 'utf8')).toContain('west.yaml');
    const run = runCliEnglish(['run', 'west.yaml', '--json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { population: { headcount: number[] } };
    expect(json.population.headcount[0]).toBeGreaterThan(9); // 10 people, few leaving in the first year
  });

  it('Ctrl-C at a question leaves no files and exits with 130', async () => {
    const dir = tinyCopy();
    const before = readdirSync(dir).sort();
    const t = Terminal.startEnglish(['init', '.'], dir);
    await t.waitFor('Id of the new municipality');
    t.type(KEY.ctrlC);
    expect(await t.exit()).toBe(130);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(join(dir, 'data', 'west-cohorten.csv'))).toBe(false);
  });
});

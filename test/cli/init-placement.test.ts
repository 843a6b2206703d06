import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { initTexts } from '../../src/cli/init/texts.js';
import { askNewMunicipality, type NewMunicipality } from '../../src/cli/init/wizard.js';
import { decimalFromNumber } from '../../src/model/decimal.js';
import { formatEuros } from '../../src/report/number-format.js';
import { runCli } from '../support/cli.js';
import { runInProcess } from '../support/in-process.js';
import { Terminal } from '../support/pty.js';
import { ScriptedPrompter, type Step } from '../support/scripted-prompter.js';
import { testDir, tinyCopy } from '../support/testdir.js';

// init must not change the other municipalities' results without a word (issue 13, item 16):
// it asks where the newcomer goes in each configuration (the current place by default), shows
// what that does to every other municipality's difference with the baseline, and writes only
// after a yes. A CBS code or a name the region has is refused at its question.

const SETTLEMENT = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));

/** The answers up to "Add west.yaml …?": west, 12,000 inhabitants, 6 + 4 people aged 50 at 0.85 fte. */
const WEST: Step[] = [
  ['Id of the new municipality', { type: 'west' }],
  ['Name:', 'default'],
  ['CBS code', { type: '' }],
  ['Inhabitants:', { type: '12000' }],
  ['Employees:', 'default'],
  ['Beschut binnen', { type: '6' }],
  ['Detachering', { type: '4' }],
  ['average age', { type: '50' }],
  ['part-time factor', { type: '0.85' }],
  ['Add west.yaml', { yes: true }],
];

/** Runs init's questions in this process with scripted answers; what it shows, and the files it would write. */
async function init(dir: string, steps: readonly Step[]): Promise<{ prompter: ScriptedPrompter; shown: string; planned: NewMunicipality | undefined }> {
  const prompter = new ScriptedPrompter(steps);
  let shown = '';
  const planned = await askNewMunicipality(dir, { prompter, write: (text) => (shown += text), t: initTexts('en'), language: 'en', paint: new Chalk({ level: 0 }) });
  expect(prompter.done).toBe(true);
  return { prompter, shown, planned };
}

/** Writes what init planned, as the command does after the yes. */
function write(planned: NewMunicipality | undefined): void {
  if (planned === undefined) throw new Error('init planned nothing');
  for (const f of planned.files) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.text);
  }
}

/** Each configuration's difference in NPV with the baseline for a municipality, from `run --json`. */
async function deltas(dir: string, municipality: string): Promise<Record<string, number>> {
  const result = await runInProcess(['run', `${municipality}.yaml`, '--json'], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  const json = JSON.parse(result.stdout) as { configurations: Record<string, { delta_npv: number }> };
  return Object.fromEntries(Object.entries(json.configurations).map(([id, c]) => [id, c.delta_npv]));
}

/** The effect table's rows as shown: "Noord  samen2  €1  €2  +€1" → [name, configuration, before, after, change]. */
function effectRows(shown: string): string[][] {
  return shown.split('\n').filter((l) => /^(Noord|Oost|Zuid) /.test(l)).map((l) => l.split(/ {2,}/).map((c) => c.trim()));
}

const euros = (x: number) => formatEuros(decimalFromNumber(x), 'en');

describe('init: where the new municipality goes, asked per configuration', () => {
  it('asks each configuration that offers a choice, with the current place as the default, and says where it goes in one that does not', async () => {
    const { prompter, shown } = await init(tinyCopy(), [...WEST, ['configuration gr', 'default'], ['configuration samen2', 'default'], ['Write these files?', { yes: false }]]);
    const gr = prompter.asked.find((q) => q.message.includes('configuration gr'));
    expect(gr?.default).toBe('together with Noord, Oost, Zuid in gr (as now)'); // members: all
    expect(gr?.choices).toContain('alone, in an organisation of its own (model eigen: Ieder zelf)');
    const samen2 = prompter.asked.find((q) => q.message.includes('configuration samen2'));
    expect(samen2?.choices).toEqual(['together with Noord, Oost in samen', 'alone (model eigen, like the municipalities outside a shared organisation) (as now)']);
    expect(samen2?.default).toContain('(as now)');
    expect(prompter.asked.some((q) => q.message.includes('configuration eigen'))).toBe(false);
    expect(shown).toContain('In configuration eigen, West goes alone (model eigen');
  });

  it('shows, before writing, each other municipality\'s difference with the baseline before and after: the figures run gives before and after', async () => {
    const dir = tinyCopy();
    const before = { noord: await deltas(dir, 'noord'), oost: await deltas(dir, 'oost'), zuid: await deltas(dir, 'zuid') };
    // outside the GR, in samen with Noord and Oost: Noord's and Oost's samen2 move, the rest stays
    const { shown, planned } = await init(dir, [...WEST, ['configuration gr', { pick: 'model eigen' }], ['configuration samen2', { pick: 'together with Noord, Oost' }], ['Write these files?', { yes: true }]]);
    expect(shown).toContain("What West changes in the others' results");
    write(planned);
    const after = { noord: await deltas(dir, 'noord'), oost: await deltas(dir, 'oost'), zuid: await deltas(dir, 'zuid') };
    const rows = effectRows(shown);
    // each difference that moves is shown, and the ones not shown did not move
    const moved = Object.entries(before).flatMap(([id, d]) => Object.keys(d).filter((c) => c !== 'gr' && d[c] !== after[id as keyof typeof after][c]).map((c) => `${id} ${c}`));
    expect(rows.map((r) => `${(r[0] ?? '').toLowerCase()} ${r[1]}`)).toEqual(moved);
    expect(moved).toEqual(['noord samen2', 'oost samen2']);
    expect(shown).toContain('The other 4 differences stay the same.');
    for (const [name, configuration, was, now, change] of rows) {
      const id = (name ?? '').toLowerCase() as keyof typeof before;
      const b = before[id][configuration ?? ''] ?? NaN;
      const a = after[id][configuration ?? ''] ?? NaN;
      expect([was, now], `${id} ${configuration}`).toEqual([euros(b), euros(a)]);
      expect(change).toBe(`${a - b > 0 ? '+' : ''}${euros(a - b)}`);
    }
  }, 120_000);

  it('placing the newcomer alone everywhere writes an explicit list where `all` stood, and leaves every other result as it was', async () => {
    const dir = tinyCopy();
    const before = await deltas(dir, 'noord');
    const { shown, planned } = await init(dir, [...WEST, ['configuration gr', { pick: 'model eigen' }], ['configuration samen2', 'default'], ['Write these files?', 'default']]);
    expect(shown).toContain("West changes nothing in the other municipalities' results.");
    write(planned);
    const region = readFileSync(join(dir, 'regio.yaml'), 'utf8');
    expect(region).toContain('gr: { label: Huidige GR, organisations: [ { model: gr, members: [noord, oost, zuid] }, { model: eigen, members: [west] } ] }');
    expect(await deltas(dir, 'noord')).toEqual(before);
    expect((await deltas(dir, 'west')).gr).toBe(0);
  }, 120_000);

  it('joining an organisation with a fixed key asks for the share and scales the others\' shares so that the key stays 1', async () => {
    const dir = testDir();
    cpSync(SETTLEMENT, dir, { recursive: true });
    const { prompter, planned } = await init(dir, [...WEST, ['configuration gr', 'default'], ['Share of West in the fixed key of soweco', { type: '1.5' }], ['Share of West', { type: '0.1' }], ['configuration samen2', 'default'], ['Write these files?', { yes: true }]]);
    expect(prompter.refusals).toEqual(['expected a number from 0 to 1, such as 0.08']);
    expect(prompter.asked.find((q) => q.message.includes('Share of West'))?.default).toBe('0.1071'); // 12,000 of 112,000 inhabitants
    write(planned);
    expect(readFileSync(join(dir, 'regio.yaml'), 'utf8')).toContain('key: { fixed: { noord: 0.495, oost: 0.27, zuid: 0.135, west: 0.1 } }');
    expect(runCli(['run', 'west.yaml', '--json'], { cwd: dir }).code).toBe(0);
  }, 120_000);

  it('refuses to write when the region file was edited while the effect table was read', async () => {
    const dir = tinyCopy();
    const edit = () => appendFileSync(join(dir, 'regio.yaml'), "# a colleague's edit\n");
    const asked = init(dir, [...WEST, ['configuration gr', 'default'], ['configuration samen2', 'default'], ['Write these files?', { yes: true, meanwhile: edit }]]);
    await expect(asked).rejects.toThrow('regio.yaml changed while init was asking its questions: nothing was written');
  });

  it('refuses a CBS code and a name that another municipality of the region has', async () => {
    const { prompter } = await init(tinyCopy(), [
      ['Id of the new municipality', { type: 'west' }],
      ['Name:', { type: 'noord' }],
      ['Name:', { type: 'West' }],
      ['CBS code', { type: 'GM9902' }],
      ['CBS code', { type: 'GM9904' }],
      ['Inhabitants:', { type: '12000' }],
      ['Employees:', 'default'],
      ['Beschut binnen', { type: '6' }],
      ['Detachering', { type: '4' }],
      ['average age', { type: '50' }],
      ['part-time factor', { type: '0.85' }],
      ['Add west.yaml', { yes: false }],
    ]);
    expect(prompter.refusals).toEqual([
      'Noord is already the name of a municipality of the region (noord): choose another name',
      'GM9902 is already the CBS code of Oost: each municipality has its own code',
    ]);
  });
});

describe('init through a terminal', () => {
  it('refuses a CBS code the region has (in Dutch by default), shows the effect table, and writes nothing when the user says no', async () => {
    const dir = tinyCopy();
    const before = readdirSync(dir).sort();
    const t = Terminal.start(['init', '.'], dir);
    await t.answer('Id van de nieuwe gemeente', 'west');
    await t.answer('Naam:', '');
    await t.answer('CBS-code', 'GM9901');
    await t.waitFor('GM9901 is al de CBS-code van Noord');
    await t.answer('', '\u0015GM9904');
    await t.answer('Inwoners:', '12000');
    await t.answer('Medewerkers:', '');
    await t.answer('Beschut binnen?', '\u00156');
    await t.answer('Detachering?', '\u00154');
    await t.answer('gemiddelde leeftijd', '\u001550');
    await t.answer('deeltijdfactor', '\u00150,85');
    await t.answer('west.yaml toevoegen', '');
    await t.answer('Waar komt West in configuratie gr', '');
    await t.answer('Waar komt West in configuratie samen2', '');
    const table = await t.waitFor('Deze bestanden schrijven?');
    expect(table).toMatch(/Noord +eigen +-?€ [\d.]+ +-?€ [\d.]+ +[+-]?€ [\d.]+/);
    expect(table).toContain('Te schrijven: data/west-cohorten.csv, west.yaml, regio.yaml');
    await t.answer('', 'n');
    await t.waitFor('Er is niets geschreven.');
    expect(await t.exit()).toBe(0);
    // the prompt library's own words are Dutch too
    expect(t.screen).toContain('↑↓ kiezen • ⏎ bevestigen');
    expect(t.screen).toMatch(/Deze bestanden schrijven\? \((J\/n|j\/N)\)/);
    expect(t.screen).toContain('✔ Deze bestanden schrijven? Nee');
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(join(dir, 'data', 'west-cohorten.csv'))).toBe(false);
  }, 120_000);
});

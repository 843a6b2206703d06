import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workFormFinder, workFormKey } from '../../src/load/work-form-names.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { TINY, tinyCopy } from '../support/testdir.js';
import { edit } from '../cli/bad-input-cases.js';

// Dutch input where a person types: numbers with a decimal comma, work forms by their label,
// a change in percent on --set; and a number that can be read two ways refused, saying why.

/** The figures of a run (not its inputs' hashes or overrides, which name how it was written). */
async function project(args: readonly string[], files: Record<string, string> = {}): Promise<unknown> {
  const result = await runInProcess(['run', 'noord.yaml', '--json', ...args], { cwd: tinyCopy(files) });
  expect(result.code, result.stderr).toBe(0);
  const { population, configurations } = JSON.parse(result.stdout) as { population: unknown; configurations: unknown };
  return { population, configurations };
}

const NOORD_CSV = readFileSync(join(TINY, 'data/noord.csv'), 'utf8');

describe('work forms as a person writes them', () => {
  it('one rule: capitals, spaces, hyphens and underscores do not matter', () => {
    expect(workFormKey(' Beschut binnen ')).toBe('beschut_binnen');
    expect(workFormKey('BESCHUT-BINNEN')).toBe('beschut_binnen');
    expect(workFormKey('Groepsdetachering')).toBe('groepsdetachering');
  });

  it('a label or an id in other capitals finds the id; what is none of them finds nothing', () => {
    const find = workFormFinder([{ id: 'beschut_binnen', label: 'Beschut binnen' }, { id: 'groepsdetachering', label: 'Detachering in een groep' }]);
    expect(find('Beschut binnen')).toBe('beschut_binnen');
    expect(find('Groepsdetachering')).toBe('groepsdetachering');
    expect(find('detachering in een groep')).toBe('groepsdetachering');
    expect(find('beschut')).toBeUndefined();
  });

  it('two work forms the rule cannot tell apart are found only as written exactly', () => {
    const find = workFormFinder([{ id: 'a_b', label: 'A b' }, { id: 'a-b', label: 'A-b' }]);
    expect(find('a-b')).toBe('a-b');
    expect(find('A B')).toBeUndefined();
  });

  it('an employee CSV with labels in the work_form column gives the same projection as with ids', async () => {
    const written = NOORD_CSV.replaceAll('beschut_binnen', 'Beschut binnen').replaceAll(',detachering', ', DETACHERING ');
    expect(written).not.toBe(NOORD_CSV);
    const labels = await project([], { 'data/noord.csv': written });
    expect(labels).toEqual(await project([]));
  });
});

describe('--set takes a change in percent, as what-if does', () => {
  it('name=-3% is every year of the parameter times 0.97, like name*=0.97', async () => {
    expect(await project(['--set', 'regie_gemeente=-3%'])).toEqual(await project(['--set', 'regie_gemeente*=0.97']));
    expect(await project(['--set', 'regie_gemeente=-3%'])).not.toEqual(await project([]));
  });

  it('a percentage of one year is refused: it would change the whole series', async () => {
    const result = await runInProcess(['run', 'noord.yaml', '--json', '--set', 'regie_gemeente.values.2022=-3%'], { cwd: tinyCopy() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"-3%" is een verandering in procenten, die de hele reeks verandert, niet één jaar');
  });
});

describe('numbers with a thousands separator are refused, saying why', () => {
  it('inhabitants: 32.500 in YAML (32.5 to YAML) names both readings and says to write no separator', async () => {
    const dir = tinyCopy(edit('noord.yaml', ['inhabitants: 60000', 'inhabitants: 32.500']));
    const result = await runInProcess(['validate', 'noord.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^fout: noord\.yaml:2:\d+ {2}municipality\.inhabitants$/m);
    expect(result.stderr).toContain('"32.500" is op twee manieren te lezen: 32500 (met een scheidingsteken voor duizendtallen) of 32.5 (met een decimale punt)');
    expect(result.stderr).toContain('tip: schrijf 32500 of 32.5: een getal wordt geschreven zonder scheidingstekens voor duizendtallen');
    const english = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: dir });
    expect(english.stderr).toContain('"32.500" can be read two ways: 32500 (with a thousands separator) or 32.5 (with a decimal point)');
  });

  it('inhabitants: 32.000 is refused the same way, not read as 32', async () => {
    const dir = tinyCopy(edit('noord.yaml', ['inhabitants: 60000', 'inhabitants: 32.000']));
    const result = await runInProcess(['validate', 'noord.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"32.000" is op twee manieren te lezen');
  });

  it('a --set value with a thousands point is refused with the reason; with a decimal comma it is read', async () => {
    const refused = await runInProcess(['run', 'noord.yaml', '--json', '--set', 'regie_gemeente=40.000'], { cwd: tinyCopy() });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('zonder scheidingstekens voor duizendtallen');
    expect(await project(['--set', 'regie_gemeente=40000,5'])).toEqual(await project(['--set', 'regie_gemeente=40000.5']));
  });

  it('an option\'s number by the same rule: --iterations 1.000 is refused with both readings, in Dutch', async () => {
    const result = await runInProcess(['risk', 'noord.yaml', '--iterations', '1.000'], { cwd: tinyCopy() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("fout: optie '--iterations <n>': waarde '1.000' is ongeldig. \"1.000\" is op twee manieren te lezen: 1000");
    expect(result.stderr).toContain('schrijf 1000 of 1: een getal wordt geschreven zonder scheidingstekens voor duizendtallen');
  });

  it('a decimal comma in a CSV with ";" as delimiter is read as in the English file', async () => {
    const dutch = 'id;birth_date;fte;work_form\nN1;31-10-1960;0,9;Beschut binnen\nN2;01-03-1970;0,5;Detachering\n';
    const english = 'id,birth_date,fte,work_form\nN1,1960-10-31,0.9,beschut_binnen\nN2,1970-03-01,0.5,detachering\n';
    expect(await project([], { 'data/noord.csv': dutch })).toEqual(await project([], { 'data/noord.csv': english }));
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCliEnglish } from '../support/cli.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { testDir, tinyCopy } from '../support/testdir.js';

// Issue 10, item 14: a configuration id equal to a sheet that soweco-bc writes itself
// (Risico, gevoeligheid, risk, Samenvatting, toelichting, …, in either language, in any case)
// or to another configuration's id but for case crashed with "Worksheet name already
// exists" (exit 70). Configuration sheets now never take a fixed sheet's name.

const organisations = 'organisations: [ { model: eigen, members: each } ]';
const VARIANT = [
  'extends: noord.yaml',
  'configurations:',
  ...['risk', 'Risico', 'gevoeligheid', 'Samenvatting', 'toelichting', 'Eigen', 'History', 'Summary'].map((id) => `  ${id}: { ${organisations} }`),
  '',
].join('\n');

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}

function expectUniqueValidNames(names: readonly string[]): void {
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/);
}

describe('configuration ids that equal a fixed sheet name', () => {
  it.each([
    ['risk', 'nl'], ['risk', 'en'], ['sensitivity', 'nl'], ['sensitivity', 'en'],
  ] as const)('%s --lang %s writes a workbook with a sheet for every configuration, none taking a fixed name', async (command, lang) => {
    const dir = tinyCopy({ 'variant.yaml': VARIANT });
    const out = testDir();
    const extra = command === 'risk' ? ['--iterations', '200', '--jobs', '1'] : [];
    const result = await runInProcessEnglish([command, join(dir, 'variant.yaml'), '--out', out, '--lang', lang, '--config', 'Risico', ...extra]);
    expect(result.code, result.stderr).toBe(0);
    const names = await sheetNames(join(out, 'variant.xlsx')); // named after the file run
    expectUniqueValidNames(names);
    const fixed = lang === 'nl' ? ['Samenvatting', 'Aannames', 'Personeel', 'Gevoeligheid', 'Toelichting'] : ['Summary', 'Assumptions', 'Population', 'Sensitivity', 'Notes'];
    for (const sheet of fixed) expect(names).toContain(sheet);
    expect(names).toEqual(expect.arrayContaining(['risk 2', 'Risico 2', 'gevoeligheid 2', 'Samenvatting 2', 'toelichting 2', 'eigen', 'Eigen 2', 'History 2', 'Summary 2']));
  });

  it('the same scenario gives the same configuration sheets in run, in both languages', async () => {
    const dir = tinyCopy({ 'variant.yaml': VARIANT });
    const [nl, en] = [testDir(), testDir()];
    expect((await runInProcessEnglish(['run', join(dir, 'variant.yaml'), '--out', nl])).code).toBe(0);
    expect((await runInProcessEnglish(['run', join(dir, 'variant.yaml'), '--out', en, '--lang', 'en'])).code).toBe(0);
    const configurationSheets = async (file: string) => (await sheetNames(file)).slice(3, -1);
    expect(await configurationSheets(join(nl, 'variant.xlsx'))).toEqual(await configurationSheets(join(en, 'variant.xlsx')));
  });

  it('batch of a region variant with such ids writes every report (the real CLI)', () => {
    const dir = tinyCopy({ 'variant.yaml': VARIANT.replace('extends: noord.yaml', 'extends: regio.yaml') });
    const out = testDir();
    const result = runCliEnglish(['batch', 'variant.yaml', '--out', out, '--jobs', '1'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.xlsx')).sort()).toEqual(['noord.xlsx', 'oost.xlsx', 'variant-vergelijking.xlsx', 'zuid.xlsx']);
  });
});

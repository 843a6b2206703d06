import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { testDir, tinyCopy } from '../support/testdir.js';

// Issue 13, item 10: running a variant (a file with `extends:`) wrote the base's report,
// reports/almelo.xlsx, over the one of the scenario itself. Every report is now named after
// the file run (its name without folder and extension); batch keeps the municipalities'
// names and names the region's reports after the region file run. A name that another run
// gives its own report (a municipality's, another file's) or that Windows cannot hold is
// refused before anything is calculated. In this process (support/in-process.ts).

const VARIANT = 'extends: noord.yaml\ndescription: Hogere rente\nset: [ "discount_rate=0.05" ]\n';
const REGION_VARIANT = 'extends: regio.yaml\nset: [ "discount_rate=0.05" ]\n';

describe('a report is named after the file run', () => {
  it('run of a variant writes <variant>.xlsx and leaves the base\'s report as it was (the reproduction)', async () => {
    const dir = tinyCopy({ 'noord-rente.yaml': VARIANT });
    const out = testDir();
    expect((await runInProcess(['run', 'noord.yaml', '--out', out], { cwd: dir })).code).toBe(0);
    const base = readFileSync(join(out, 'noord.xlsx'));
    const result = await runInProcess(['run', 'noord-rente.yaml', '--out', out], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Rapport: ${join(out, 'noord-rente.xlsx')}`);
    expect(readdirSync(out).sort()).toEqual(['noord-rente.xlsx', 'noord.xlsx']);
    expect(readFileSync(join(out, 'noord.xlsx')).equals(base)).toBe(true);
    expect(readFileSync(join(out, 'noord-rente.xlsx')).equals(base)).toBe(false);
  }, 60_000);

  it('sensitivity of a variant too (risk and solve write the same workbook)', async () => {
    const dir = tinyCopy({ 'noord-rente.yaml': VARIANT });
    const out = testDir();
    const result = await runInProcess(['sensitivity', 'noord-rente.yaml', '--out', out, '--lang', 'en'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['noord-rente.xlsx']);
  }, 60_000);

  it('a municipality file named otherwise than its id names the report after the file', async () => {
    const dir = tinyCopy();
    renameSync(join(dir, 'noord.yaml'), join(dir, 'gemeente noord é.yml'));
    writeFileSync(join(dir, 'regio.yaml'), readFileSync(join(dir, 'regio.yaml'), 'utf8').replace('[ noord.yaml,', '[ "gemeente noord é.yml",'));
    const out = testDir();
    const result = await runInProcess(['run', 'gemeente noord é.yml', '--out', out], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['gemeente noord é.xlsx']);
  }, 60_000);

  it('batch of a region variant: the municipalities\' reports by their ids, the region\'s after the variant', async () => {
    const dir = tinyCopy({ 'regio-rente.yaml': REGION_VARIANT });
    const out = testDir();
    const result = await runInProcess(['batch', 'regio-rente.yaml', '--out', out], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'noord-samenvatting.docx', 'noord-samenvatting.md', 'noord.xlsx', 'oost-samenvatting.docx', 'oost-samenvatting.md', 'oost.xlsx',
      'regio-rente-samenvatting.docx', 'regio-rente-samenvatting.md', 'regio-rente-vergelijking.xlsx', 'zuid-samenvatting.docx', 'zuid-samenvatting.md', 'zuid.xlsx',
    ]);
  }, 60_000);

  it('batch of a municipality\'s own file names the region\'s reports after its region file', async () => {
    const out = testDir();
    const result = await runInProcess(['batch', 'noord.yaml', '--out', out], { cwd: tinyCopy() });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('regio'))).toEqual(['regio-samenvatting.docx', 'regio-samenvatting.md', 'regio-vergelijking.xlsx']);
  }, 60_000);
});

describe('a name that is another run\'s report, or no file name on Windows, is refused before any work', () => {
  async function expectRefused(dir: string, args: readonly string[], message: string): Promise<void> {
    const result = await runInProcess([...args, '--out', 'uit'], { cwd: dir });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`fout: ${args[1] ?? ''}\n`);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('tip: geef het bestand een eigen naam');
    expect(result.stdout).toBe('');
    expect(existsSync(join(dir, 'uit'))).toBe(false);
  }

  it('a variant named after another municipality would write that municipality\'s workbook', async () => {
    const dir = tinyCopy({ 'varianten/zuid.yaml': VARIANT.replace('noord.yaml', '../noord.yaml') });
    await expectRefused(dir, ['run', 'varianten/zuid.yaml'], 'varianten/zuid.yaml zou zuid.xlsx schrijven, de naam van het rapport van gemeente "zuid"');
  }, 60_000);

  it('a variant with its base\'s name (in another folder) would write the base\'s report', async () => {
    const dir = tinyCopy({ 'varianten/Noord.yaml': VARIANT.replace('noord.yaml', '../noord.yaml') });
    await expectRefused(dir, ['run', 'varianten/Noord.yaml'], 'varianten/Noord.yaml zou Noord.xlsx schrijven, de naam van het rapport van gemeente "noord"');
  }, 60_000);

  it('a region file named like a municipality\'s id (in other capitals), in run and in batch', async () => {
    const dir = tinyCopy();
    writeFileSync(join(dir, 'oost.yaml'), readFileSync(join(dir, 'oost.yaml'), 'utf8').replace('id: oost,', 'id: Regio,'));
    writeFileSync(join(dir, 'regio.yaml'), readFileSync(join(dir, 'regio.yaml'), 'utf8').replace('[noord, oost]', '[noord, Regio]'));
    await expectRefused(dir, ['run', 'regio.yaml'], 'regio.yaml zou regio.xlsx schrijven, de naam van het rapport van gemeente "Regio"');
    await expectRefused(dir, ['batch', 'regio.yaml'], 'regio.yaml zou regio-samenvatting.md schrijven, de naam van het rapport van gemeente "Regio"');
  }, 60_000);

  it('a file whose report Windows cannot hold (a device name), in English with --lang en', async () => {
    const dir = tinyCopy({ 'con.yaml': VARIANT });
    const result = await runInProcess(['run', 'con.yaml', '--out', 'uit', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: con.yaml\n');
    expect(result.stderr).toContain('reports are named after the file run: con.yaml would write con.xlsx, which is not a possible file name on Windows (CON is reserved for a device)');
    expect(result.stderr).toContain('hint: give the file a name of its own');
    expect(existsSync(join(dir, 'uit'))).toBe(false);
  }, 60_000);

  it('compare too: Windows reserves a device name with any extension (aux.rente-vs-noord.xlsx)', async () => {
    const dir = tinyCopy({ 'aux.rente.yaml': VARIANT });
    await expectRefused(dir, ['compare', 'aux.rente.yaml', 'noord.yaml'], 'aux.rente.yaml zou aux.rente-vs-noord.xlsx schrijven, en dat kan op Windows geen bestandsnaam zijn (AUX is daar een apparaat)');
  }, 60_000);

  it('names that only look like these are fine: a region variant con.yaml writes con-vergelijking.xlsx', async () => {
    const dir = tinyCopy({ 'con.yaml': REGION_VARIANT });
    const out = testDir();
    const result = await runInProcess(['batch', 'con.yaml', '--out', out], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['con-samenvatting.md', 'con-vergelijking.xlsx']));
  }, 60_000);
});

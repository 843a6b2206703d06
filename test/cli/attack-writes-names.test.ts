import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/errors.js';
import { OutputFiles } from '../../src/report/output-files.js';
import { ROOT } from '../support/cli.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { KEY, Terminal } from '../support/pty.js';
import { shows } from '../support/terminal-text.js';
import { TINY, testDir, tinyCopy } from '../support/testdir.js';

// Issue 10, item 3: a batch's reports overwrote each other (a region id equal to a
// municipality id: "8 files written", 7 there). Ids name report files, so ids whose reports
// would be one file, or whose file names no file system (Windows) accepts, are refused as
// input errors at the id; and the writer itself refuses to write one path twice in a run.
// In this process (support/in-process.ts), except for init, which needs a terminal.

/** The tiny example with municipality ids (and the region id) replaced. */
function withIds(ids: { noord?: string; oost?: string; zuid?: string; region?: string }): string {
  const dir = tinyCopy();
  for (const m of ['noord', 'oost', 'zuid'] as const) {
    const id = ids[m];
    if (id === undefined) continue;
    writeFileSync(join(dir, `${m}.yaml`), readFileSync(join(TINY, `${m}.yaml`), 'utf8').replace(`id: ${m},`, `id: ${JSON.stringify(id)},`));
    // configurations name municipalities by id
    writeFileSync(join(dir, 'regio.yaml'), readFileSync(join(dir, 'regio.yaml'), 'utf8').replace(`[noord, oost]`, (ids.noord === undefined ? '[noord' : `[${JSON.stringify(ids.noord)}`) + (ids.oost === undefined ? ', oost]' : `, ${JSON.stringify(ids.oost)}]`)));
  }
  if (ids.region !== undefined) writeFileSync(join(dir, 'regio.yaml'), readFileSync(join(dir, 'regio.yaml'), 'utf8').replace('region: { id: tiny,', `region: { id: ${JSON.stringify(ids.region)},`));
  return dir;
}

async function expectRefusedAt(dir: string, place: string, message: string): Promise<void> {
  for (const command of [['batch', 'regio.yaml', '--out', 'uit'], ['validate', 'regio.yaml'], ['run', 'noord.yaml', '--out', 'uit']]) {
    const result = await runInProcessEnglish(command, { cwd: dir });
    expect(result.code, `${command[0]}: ${result.stderr}`).toBe(1);
    expect(result.stderr).toContain(`error: ${place}`);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  }
  expect(existsSync(join(dir, 'uit'))).toBe(false); // nothing written
}

describe('ids whose reports would be one file are refused at the id', () => {
  it('a municipality with the region\'s id (the reproduction: its summary was replaced by the region\'s)', async () => {
    await expectRefusedAt(withIds({ oost: 'tiny' }), 'oost.yaml:2:21  municipality.id', 'the reports of municipality "tiny" and of region "tiny" (regio.yaml:3) would be one file: tiny-samenvatting.md');
  });

  it('a municipality called <region>-vergelijking', async () => {
    await expectRefusedAt(withIds({ oost: 'tiny-vergelijking' }), 'oost.yaml:2:21  municipality.id', 'would be one file: tiny-vergelijking.xlsx');
  });

  it('ids that differ only in capitals (one file on Windows and macOS)', async () => {
    await expectRefusedAt(withIds({ zuid: 'Noord' }), 'zuid.yaml:2:21  municipality.id', 'municipality "Noord" differs from municipality "noord" (noord.yaml:2) only in capitals: Noord.xlsx and noord.xlsx are one file on Windows and macOS');
    await expectRefusedAt(withIds({ oost: 'TINY' }), 'oost.yaml:2:21  municipality.id', 'municipality "TINY" differs from region "tiny" (regio.yaml:3) only in capitals');
  });
});

describe('ids that cannot be file names are refused at the id', () => {
  it('names Windows reserves for devices', async () => {
    for (const id of ['nul', 'CON', 'com1', 'Lpt9', 'aux']) {
      await expectRefusedAt(withIds({ zuid: id }), 'zuid.yaml:2:21  municipality.id', `municipality "${id}" cannot name a report: ${id}.xlsx is not a possible file name on Windows (${id.toUpperCase()} is reserved for a device)`);
    }
  });

  it('an id too long for a file name (refused by the limit on ids, 64 characters)', async () => {
    const result = await runInProcessEnglish(['batch', 'regio.yaml', '--out', 'uit'], { cwd: withIds({ zuid: `z${'u'.repeat(250)}` }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: zuid.yaml:2:21  municipality.id');
  });

  it('path separators, "..", dots and spaces were never ids', async () => {
    for (const id of ['../noord', 'a/b', 'a\\\\b', '.verborgen', 'zuid.', 'zu id', '..']) {
      const result = await runInProcessEnglish(['batch', 'regio.yaml', '--out', 'uit'], { cwd: withIds({ zuid: id }) });
      expect(result.code, id).toBe(1);
      expect(result.stderr).toContain('expected an id: a letter, then letters, digits, _ or -');
    }
  });

  it('ids that only look like these are fine: every report is written, as many files as the batch says', async () => {
    const dir = withIds({ noord: 'Noordkant', oost: 'console', zuid: 'nul-west', region: 'con' });
    const result = await runInProcessEnglish(['batch', 'regio.yaml', '--out', 'uit', '--lang', 'en'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('12 files written to uit');
    expect(readdirSync(join(dir, 'uit')).sort()).toEqual([
      'Noordkant-samenvatting.docx', 'Noordkant-samenvatting.md', 'Noordkant.xlsx', 'console-samenvatting.docx', 'console-samenvatting.md', 'console.xlsx',
      'nul-west-samenvatting.docx', 'nul-west-samenvatting.md', 'nul-west.xlsx', 'regio-samenvatting.docx', 'regio-samenvatting.md', 'regio-vergelijking.xlsx',
    ]); // the region's reports are named after the region file run (regio.yaml), not its id
  });
});

describe('init asks for an id again when its reports could not be written', () => {
  it('refuses a reserved name and the region\'s id at the question', async () => {
    const t = Terminal.startEnglish(['init', '.'], tinyCopy());
    await t.answer('Id of the new municipality', 'nul');
    await shows(t, 'NUL is reserved for a device');
    await t.answer('', `${KEY.clearLine}tiny`);
    await shows(t, 'would be one file: tiny-samenvatting.md');
    t.type(KEY.ctrlC);
    expect(await t.exit()).toBe(130);
  });
});

describe('the writer never writes one file twice in a run (a guard for every command)', () => {
  it('two outputs that are one file are a bug, whatever their letter case', () => {
    const dir = testDir();
    const outputs = new OutputFiles([], { at: { file: '--out' }, hint: '' });
    expect(() => outputs.plan([join(dir, 'noord.xlsx'), join(dir, 'x', '..', 'Noord.xlsx')])).toThrow(InternalError);
  });

  it('a file written without being declared, or a second time, is a bug, and the second write does not happen', () => {
    const dir = testDir();
    const outputs = new OutputFiles([], { at: { file: '--out' }, hint: '' });
    expect(() => outputs.write([{ path: join(dir, 'a.md'), bytes: Buffer.from('a') }])).toThrow(InternalError);
    outputs.plan([join(dir, 'b.md')]);
    outputs.write([{ path: join(dir, 'b.md'), bytes: Buffer.from('first') }]);
    expect(() => outputs.write([{ path: join(dir, 'B.md'), bytes: Buffer.from('second') }])).toThrow(InternalError);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('first');
    expect(readdirSync(dir)).toEqual(['b.md']);
  });

  it('every command writes through it: only output-files.ts uses the atomic writer', () => {
    const users = (dir: string): string[] => readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? users(join(dir, e.name)) : e.name.endsWith('.ts') && /write-atomic\.js'/.test(readFileSync(join(ROOT, dir, e.name), 'utf8')) ? [join(dir, e.name)] : []);
    expect(users('src')).toEqual(['src/report/output-files.ts']);
  });
});

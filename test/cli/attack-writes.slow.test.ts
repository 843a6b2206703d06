import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, CLI_TIMEOUT, ENGLISH, type CliResult, runCliEnglish } from '../support/cli.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { faultsEnv } from '../support/fs-faults.js';
import { KEY, Terminal } from '../support/pty.js';
import { changeSubsidy, describeCohorts, introduceWest, placeWestAsNow } from '../support/dialogues.js';
import { fillDisk, mountSmallDisk, unmountSmallDisk } from '../support/small-disk.js';
import { testDir, tinyCopy } from '../support/testdir.js';

// Issue 10, item 1: a short write on a nearly full disk must never replace a report with a
// truncated file and exit 0. Every command that writes is run on a "disk" that is full or
// nearly so: it must exit 3, say so, leave the old file byte for byte, and leave no temporary
// file. Twice: with an injected file system (runs everywhere) and on a real small tmpfs
// (only as root).

const VARIANT = 'extends: noord.yaml\ndescription: hogere rente\nset: [discount_rate=0.05]\n';

/** Every entry of a folder, by name, with its bytes (a folder as no bytes); the disk's filler left out. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir, { withFileTypes: true }).filter((e) => e.name !== '.filler').map((e) => [e.name, e.isFile() ? readFileSync(join(dir, e.name)) : Buffer.alloc(0)]));
}

function expectDiskFull(result: CliResult, file: string): void {
  expect(result.code, result.stderr).toBe(3);
  expect(result.stderr).toContain(`cannot write ${file}: the disk is full`);
  expect(result.stderr).toContain('the old file, if there was one, is unchanged');
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stdout).not.toContain('Rapport');
}

function expectUnchanged(dir: string, before: Map<string, Buffer>): void {
  const after = snapshot(dir);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort()); // no temporary file left, nothing new
  for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
}

/** The commands that write, each with a first run that makes the old files and a second that must fail. */
function writers(out: string): { name: string; first: string[]; again: string[]; file: string }[] {
  return [
    { name: 'run', first: ['run', 'noord.yaml', '--out', out], again: ['run', 'noord.yaml', '--out', out, '--lang', 'en'], file: join(out, 'noord.xlsx') },
    { name: 'batch', first: ['batch', 'regio.yaml', '--out', out], again: ['batch', 'regio.yaml', '--out', out, '--lang', 'en'], file: join(out, 'noord.xlsx') },
    { name: 'schema --out', first: ['schema', '--out', join(out, 'schema.json')], again: ['schema', '--out', join(out, 'schema.json')], file: join(out, 'schema.json') },
    { name: 'compare', first: ['compare', 'noord.yaml', 'noord-rente.yaml', '--out', out], again: ['compare', 'noord.yaml', 'noord-rente.yaml', '--out', out, '--lang', 'en'], file: join(out, 'noord-vs-noord-rente.xlsx') },
    { name: 'sensitivity', first: ['sensitivity', 'noord.yaml', '--out', out], again: ['sensitivity', 'noord.yaml', '--out', out, '--lang', 'en'], file: join(out, 'noord.xlsx') },
  ];
}

describe('a full disk: exit 3 and the old files as they were (injected file system)', () => {
  const dir = tinyCopy({ 'noord-rente.yaml': VARIANT });
  for (const writer of writers('uit')) {
    it(`${writer.name}: a write cut short by a full disk`, async () => {
      const out = join(dir, 'uit');
      expect((await runInProcessEnglish(writer.first, { cwd: dir })).code).toBe(0);
      const before = snapshot(out);
      const result = runCliEnglish(writer.again, { cwd: dir, env: faultsEnv({ diskFree: 4000 }) });
      if (writer.name === 'batch') {
        expect(result.code, result.stderr).toBe(3);
        expect(result.stderr).toContain('the disk is full');
      } else {
        expectDiskFull(result, writer.file);
      }
      expectUnchanged(out, before);
    });
  }

  it('writes that each take only part of the bytes still give the whole file', async () => {
    const whole = await runInProcessEnglish(['run', 'noord.yaml', '--out', 'heel'], { cwd: dir });
    const parts = runCliEnglish(['run', 'noord.yaml', '--out', 'delen'], { cwd: dir, env: faultsEnv({ writeChunk: 1000 }) });
    expect([whole.code, parts.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'delen', 'noord.xlsx')).equals(readFileSync(join(dir, 'heel', 'noord.xlsx')))).toBe(true);
  });

  it('what-if: saving a variant on a full disk leaves the old variant', async () => {
    const work = tinyCopy({ 'noord-variant.yaml': VARIANT });
    const before = snapshot(work);
    const t = Terminal.startEnglish(['what-if', 'noord.yaml', '--lang', 'en'], work, faultsEnv({ diskFree: 0 }));
    await changeAndSave(t);
    expect(await t.exit()).toBe(3);
    expect(t.screen).toContain('cannot write noord-variant.yaml: the disk is full');
    expectUnchanged(work, before);
  });

  it('init: a full disk leaves the region file and writes none of the new files', async () => {
    const work = tinyCopy();
    const before = { top: snapshot(work), data: snapshot(join(work, 'data')) };
    const t = Terminal.startEnglish(['init', '.'], work, faultsEnv({ diskFree: 0 }));
    await answerInit(t);
    expect(await t.exit()).toBe(3);
    expect(t.screen).toContain('the disk is full');
    expectUnchanged(work, before.top);
    expectUnchanged(join(work, 'data'), before.data);
  });
});

/** Runs the real CLI with its standard output redirected to `file`, as `soweco-bc … > file` does. */
function runToFile(args: readonly string[], cwd: string, file: string, env: NodeJS.ProcessEnv = {}): { code: number; stderr: string } {
  const fd = openSync(file, 'w');
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...ENGLISH, NO_COLOR: '1', ...env }, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: CLI_TIMEOUT });
    if (result.error !== undefined) throw new Error(`soweco-bc ${args.join(' ')} did not finish: ${result.error.message}`);
    return { code: result.status ?? -1, stderr: result.stderr };
  } finally {
    closeSync(fd);
  }
}

describe('standard output redirected to a file on a full disk: exit 3, never a cut-off document with exit 0', () => {
  const dir = tinyCopy();
  let whole = '';
  beforeAll(() => {
    whole = runCliEnglish(['run', 'noord.yaml', '--json'], { cwd: dir }).stdout;
    expect(whole.length).toBeGreaterThan(4000);
  });

  it('run --json > file, the disk full after 4,000 bytes', () => {
    const file = join(testDir(), 'noord.json');
    const result = runToFile(['run', 'noord.yaml', '--json'], dir, file, faultsEnv({ stdoutFree: 4000 }));
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toContain('error: stdout\n  cannot write the output: the disk is full');
    expect(readFileSync(file, 'utf8').length).toBeLessThan(whole.length);
  });

  it('writes that each take only part of the bytes still give the whole document', () => {
    const file = join(testDir(), 'noord.json');
    const result = runToFile(['run', 'noord.yaml', '--json'], dir, file, faultsEnv({ stdoutFree: 1e9, writeChunk: 100 }));
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });
});

describe('a full disk: exit 3 and the old files as they were (a real tmpfs of 1 MB, as root)', () => {
  let disk: string | undefined;
  beforeAll(() => {
    disk = mountSmallDisk(1024);
  });
  afterAll(() => unmountSmallDisk(disk));

  it('run on a disk with 24 KB free: exit 3, and the 40 KB workbook stays a workbook (the reproduction of the issue)', async (ctx) => {
    if (disk === undefined) return ctx.skip();
    const dir = tinyCopy();
    const out = join(disk, 'run');
    expect((await runInProcessEnglish(['run', 'noord.yaml', '--out', out], { cwd: dir })).code).toBe(0);
    const before = snapshot(out);
    expect(before.get('noord.xlsx')?.length).toBeGreaterThan(30_000);
    const free = fillDisk(disk, 24 * 1024);
    try {
      expectDiskFull(runCliEnglish(['run', 'noord.yaml', '--out', out, '--lang', 'en'], { cwd: dir }), join(out, 'noord.xlsx'));
    } finally {
      free();
    }
    expectUnchanged(out, before);
    expect(before.get('noord.xlsx')?.subarray(0, 2).toString()).toBe('PK');
  });

  it('batch, schema --out, compare and sensitivity on a disk with 8 KB free: exit 3, old files unchanged', async (ctx) => {
    if (disk === undefined) return ctx.skip();
    const dir = tinyCopy({ 'noord-rente.yaml': VARIANT });
    const root = disk;
    for (const writer of writers(join(root, 'alle')).filter((w) => w.name !== 'run')) {
      expect((await runInProcessEnglish(writer.first, { cwd: dir })).code, writer.name).toBe(0);
      const before = snapshot(join(root, 'alle'));
      const free = fillDisk(root, 8 * 1024); // less than each file: the write is cut short, then fails
      let result: CliResult;
      try {
        result = await runInProcessEnglish(writer.again, { cwd: dir });
      } finally {
        free();
      }
      expect(result.code, `${writer.name}: ${result.stderr}`).toBe(3);
      expect(result.stderr, writer.name).toContain('the disk is full');
      expectUnchanged(join(root, 'alle'), before);
    }
  });

  it('schema > file on a disk with 8 KB free: exit 3 (Node alone would cut the file off and exit 0)', (ctx) => {
    if (disk === undefined) return ctx.skip();
    const free = fillDisk(disk, 8 * 1024);
    try {
      const result = runToFile(['schema'], tinyCopy(), join(disk, 'schema.json'));
      expect(result.code, result.stderr).toBe(3);
      expect(result.stderr).toContain('cannot write the output: the disk is full');
    } finally {
      free();
    }
  });

  it('what-if and init on a full disk: exit 3, old files unchanged', async (ctx) => {
    if (disk === undefined) return ctx.skip();
    // the scenario lives on the small disk, so that the variant and init's files are written there
    const work = join(disk, 'tiny');
    cpSync(tinyCopy({ 'noord-variant.yaml': VARIANT }), work, { recursive: true });
    const before = { top: snapshot(work), data: snapshot(join(work, 'data')) };
    const free = fillDisk(disk, 0);
    try {
      const w = Terminal.startEnglish(['what-if', 'noord.yaml', '--lang', 'en'], work);
      await changeAndSave(w);
      expect(await w.exit()).toBe(3);
      expect(w.screen).toContain('cannot write noord-variant.yaml: the disk is full');
      const i = Terminal.startEnglish(['init', '.'], work);
      await answerInit(i);
      expect(await i.exit()).toBe(3);
      expect(i.screen).toContain('the disk is full');
    } finally {
      free();
    }
    expectUnchanged(work, before.top);
    expectUnchanged(join(work, 'data'), before.data);
  });
});

/** In what-if: one change, then save over noord-variant.yaml (which exists). */
async function changeAndSave(t: Terminal): Promise<void> {
  await changeSubsidy(t, '-3%');
  await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}`);
  await t.answer('Save the variant as', '');
  await t.answer('Replace it?', 'y');
  await t.answer('Describe the variant', '');
}

/** In init: a new municipality west, described by a few questions, added to the region. */
async function answerInit(t: Terminal): Promise<void> {
  await introduceWest(t);
  await describeCohorts(t);
  await t.answer('Add west.yaml to the municipalities', '');
  await placeWestAsNow(t);
}

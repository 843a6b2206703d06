import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import type { Book } from '../../src/report/workbook/sheet-model.js';
import { exceljsPartsNow } from '../support/exceljs-parts.js';
import { runInProcess } from '../support/in-process.js';
import { ROOT } from '../support/cli.js';
import { testDir } from '../support/testdir.js';

/*
 * The oracle of the workbook writer (book-parts.ts, sheet-model.ts): every kind of workbook
 * the commands write is written twice in one process, once as the program writes it and
 * once with exceljs's own document model and writer in its place (the way every workbook
 * was written before), and the two packages must hold the same parts, byte for byte: every
 * value, formula, style, print setting and chart.
 */

const mode = vi.hoisted(() => ({ exceljs: false, pending: [] as Promise<unknown>[] }));

vi.mock('../../src/report/workbook/stamp.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/report/workbook/stamp.js')>();
  const exceljsWorkbook = (stamp: Date): Book => {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'soweco-bc';
    wb.lastModifiedBy = 'soweco-bc';
    wb.created = stamp;
    wb.modified = stamp;
    wb.calcProperties.fullCalcOnLoad = true;
    return wb as unknown as Book;
  };
  return { ...original, newWorkbook: (stamp: Date) => (mode.exceljs ? exceljsWorkbook(stamp) : original.newWorkbook(stamp)) };
});

vi.mock('../../src/report/workbook/book-parts.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/report/workbook/book-parts.js')>();
  return {
    ...original,
    bookParts: (book: Book) => {
      if (!mode.exceljs) return original.bookParts(book);
      const { parts, done } = exceljsPartsNow(book as unknown as ExcelJS.Workbook);
      mode.pending.push(done);
      return parts;
    },
  };
});

/** Every file of a package, as text. */
async function partsOf(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return new Map(await Promise.all(files.map(async (f) => [f.name, await f.async('string')] as const)));
}

/** The workbooks a command writes into a fresh folder (the folder is its last argument). */
async function workbooksOf(args: readonly string[], cwd: string | undefined, exceljs: boolean): Promise<Map<string, Map<string, string>>> {
  mode.exceljs = exceljs;
  const out = testDir();
  try {
    const result = await runInProcess([...args, '--out', out], cwd === undefined ? {} : { cwd });
    expect(result.code, result.stderr).toBe(0);
    // the exceljs writer did write them
    expect(mode.pending.length > 0).toBe(exceljs);
    await Promise.all(mode.pending.splice(0));
  } finally {
    mode.exceljs = false;
  }
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.xlsx')).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, await partsOf(join(out, f))] as const)));
}

const fixture = (name: string) => join(ROOT, 'test/fixtures', name);

const CASES: { name: string; args: string[]; cwd?: string }[] = [
  { name: 'a municipality (run)', args: ['run', 'noord.yaml'], cwd: fixture('tiny') },
  { name: 'a municipality in English', args: ['--lang', 'en', 'run', 'zuid.yaml'], cwd: fixture('tiny') },
  { name: 'the region with its comparison (run on the region)', args: ['run', 'regio.yaml'], cwd: fixture('tiny') },
  { name: 'a region that dissolves', args: ['run', 'regio.yaml'], cwd: fixture('tiny-dissolution') },
  { name: 'a region that settles (verevening)', args: ['run', 'regio.yaml'], cwd: fixture('tiny-settlement') },
  { name: 'a region with fees', args: ['run', 'regio.yaml'], cwd: fixture('tiny-fees') },
  { name: 'the evaluation against realised figures', args: ['evaluate', 'noord.yaml'], cwd: fixture('tiny-realised') },
  { name: 'the sensitivity sheet', args: ['sensitivity', 'noord.yaml'], cwd: fixture('tiny') },
  { name: 'the risk and sensitivity sheets', args: ['risk', 'noord.yaml', '--iterations', '200'], cwd: fixture('tiny') },
  { name: 'two scenarios compared', args: ['compare', 'noord.yaml', join(fixture('tiny-fees'), 'noord.yaml')], cwd: fixture('tiny') },
  { name: 'almelo, with inflow streams', args: ['run', join(ROOT, 'scenarios/almelo.yaml')] },
];

describe('the workbook writer against exceljs (the oracle)', () => {
  for (const c of CASES) {
    it(`writes ${c.name} part for part as exceljs does`, async () => {
      const ours = await workbooksOf(c.args, c.cwd, false);
      const theirs = await workbooksOf(c.args, c.cwd, true);
      expect(ours.size).toBeGreaterThan(0);
      expect([...ours.keys()]).toEqual([...theirs.keys()]);
      for (const [file, parts] of theirs) {
        const mine = ours.get(file);
        expect([...(mine?.keys() ?? [])].sort(), file).toEqual([...parts.keys()].sort());
        for (const [path, text] of parts) expect(mine?.get(path), `${file}: ${path}`).toBe(text);
      }
    }, 60_000);
  }
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import type { Book } from '../../src/report/workbook/sheet-model.js';
import { exceljsPartsNow } from '../support/exceljs-parts.js';
import { runInProcess } from '../support/in-process.js';
import { ROOT } from '../support/cli.js';
import { TINY, testDir, tinyCopy } from '../support/testdir.js';

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

/** The tiny region with an inflow stream in Noord's and Oost's files: its comparison has the table with and without them (merged cells). */
function withStreams(): string {
  const stream = (file: string, text: string) => `${readFileSync(join(TINY, file), 'utf8')}inflow:\n  - ${text}\n`;
  return tinyCopy({
    'noord.yaml': stream('noord.yaml', '{ id: nieuw, work_form: beschut_binnen, people: { 2021: 12, 2022: 6 }, entry_month: 7, age_at_entry: { 30: 0.5, 66: 0.5 }, fte: 0.8, outflow_rate: 0.08 }'),
    'oost.yaml': stream('oost.yaml', '{ id: lks, work_form: detachering, target_headcount: { 2021: 4, 2025: 10 }, age_at_entry: 35, fte: 1 }'),
  });
}

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
  { name: 'a region with inflow streams, shown with and without them', args: ['run', 'regio.yaml'], cwd: withStreams() },
  { name: 'almelo, with inflow streams', args: ['run', join(ROOT, 'scenarios/almelo.yaml')] },
];

describe('the workbook writer against exceljs (the oracle)', () => {
  for (const c of CASES) {
    it(`writes ${c.name} part for part as exceljs does`, async () => {
      if (c.name.includes('with and without')) {
        const merged = [...(await workbooksOf(c.args, c.cwd, false)).values()].flatMap((parts) => [...parts.values()]).some((xml) => xml.includes('<mergeCells'));
        expect(merged, 'the case writes merged cells').toBe(true);
      }
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

describe('the workbook writer against exceljs, for what the reports rarely write', () => {
  it('writes booleans, texts with spaces and control characters, formulas of every result, row styles, merges and views as exceljs does', async () => {
    const { bookParts } = await import('../../src/report/workbook/book-parts.js');
    const { newWorkbook } = await import('../../src/report/workbook/stamp.js');
    const fill = (wb: Book) => {
      const ws = wb.addWorksheet("Blad 'een' x", { properties: { tabColor: { argb: 'FF1F4E79' } } });
      ws.getCell(1, 1).value = ' met spatie';
      ws.getCell(1, 2).value = 'a\u0001b<&>"\'';
      ws.getCell(1, 3).value = true;
      ws.getCell(2, 1).value = { formula: 'A1=A1', result: false };
      ws.getCell(2, 2).value = { formula: 'B1&"x"', result: '' };
      ws.getCell(2, 3).value = { formula: 'C1*2' };
      ws.getCell(2, 4).value = { formula: 'D1', result: 0 };
      ws.getCell(2, 4).alignment = { indent: 2, horizontal: 'right', vertical: 'middle' };
      const row = ws.getRow(3);
      row.getCell(1).value = -0.5;
      row.font = { bold: true, size: 9, name: 'Arial' };
      row.border = { top: { style: 'thin', color: { argb: 'FF000000' } } };
      row.getCell(3).value = 7;
      ws.mergeCells(4, 1, 5, 3);
      ws.getCell(4, 1).value = 'samen';
      ws.getColumn(2).width = 9;
      ws.getColumn(3).width = 20;
      ws.getColumn(4).width = 20;
      ws.views = [{ state: 'normal' }];
      const other = wb.addWorksheet('Tweede');
      other.getCell(1, 1).value = 1;
      other.getRow(2).height = 30;
      other.getCell(2, 2).value = 'x';
      other.views = [{ state: 'frozen', ySplit: 1 }];
      wb.definedNames.add("'Blad ''een'' x'!$C$1", 'waar');
      return wb;
    };
    const ours = bookParts(fill(newWorkbook(new Date(Date.UTC(2024, 1, 29)))));
    const exceljs = new ExcelJS.Workbook();
    exceljs.creator = 'soweco-bc';
    exceljs.lastModifiedBy = 'soweco-bc';
    exceljs.created = new Date(Date.UTC(2024, 1, 29));
    exceljs.modified = exceljs.created;
    exceljs.calcProperties.fullCalcOnLoad = true;
    const theirs = exceljsPartsNow(fill(exceljs as unknown as Book) as unknown as ExcelJS.Workbook);
    await theirs.done;
    expect([...ours.keys()].sort()).toEqual([...theirs.parts.keys()].sort());
    for (const [path, text] of theirs.parts) expect(ours.get(path), path).toBe(text);
    expect(ours.get('xl/worksheets/sheet1.xml')).toContain('<mergeCells count="1">');
  });
});

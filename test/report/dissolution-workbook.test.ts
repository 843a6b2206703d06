import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formulaMismatches } from '../support/formula-evaluator.js';
import { runInProcess } from '../support/in-process.js';
import { testDir } from '../support/testdir.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/tiny-dissolution', import.meta.url));

async function workbookOf(municipality: string, language?: string): Promise<{ path: string; wb: ExcelJS.Workbook }> {
  const dir = testDir();
  cpSync(FIXTURE, dir, { recursive: true });
  const result = await runInProcess(['run', `${municipality}.yaml`, '--out', 'out', ...(language === undefined ? [] : ['--lang', language])], { cwd: dir });
  expect(result.code).toBe(0);
  const path = join(dir, 'out', `${municipality}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { path, wb };
}

/** The first row whose label (column A) is `label`. */
function rowLabelled(ws: ExcelJS.Worksheet | undefined, label: string): number {
  for (let r = 1; r < 300; r++) if (String(ws?.getRow(r).getCell(1).value) === label) return r;
  return -1;
}

describe('the workbook shows the dissolution balance', () => {
  it('a sheet "Ontvlechting" with the key, the items and this municipality\'s share as live formulas (key × item)', async () => {
    const { path, wb } = await workbookOf('oost');
    const ws = wb.getWorksheet('Ontvlechting');
    expect(ws).toBeDefined();
    const key = rowLabelled(ws, 'Oost');
    expect(ws?.getRow(key).getCell(3).value).toBe(0.3);
    const item = rowLabelled(ws, 'Sociaal plan');
    expect(ws?.getRow(item).getCell(2).value).toBe('kosten');
    expect(ws?.getRow(item).getCell(5).value).toBe(100000);
    // the short source label; the full text is in the Toelichting
    expect(ws?.getRow(item).getCell(14).value).toBe('Schatting');
    expect(ws?.getRow(item + 1).getCell(1).value).toBe('aandeel Oost');
    // 2023 (column F): 33,333.33 × 0.3, cached at the engine's exact share
    expect(ws?.getRow(item + 1).getCell(6).value).toEqual({ formula: `F${item}*$C$${key}`, result: 9999.999 });
    const vastgoed = rowLabelled(ws, 'Boekwaarde min opbrengst vastgoed');
    expect(String(ws?.getRow(vastgoed).getCell(14).value)).toContain('alleen in: eigen');
    const { formulas, mismatches } = await formulaMismatches(path);
    expect(formulas).toBeGreaterThan(500);
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('each configuration sheet it applies to shows the items as lines that read the share, and the baseline shows none', async () => {
    const { wb } = await workbookOf('noord');
    const eigen = wb.getWorksheet('eigen');
    const row = rowLabelled(eigen, 'Eigen vermogen');
    expect(eigen?.getRow(row).getCell(2).value).toBe('opbrengst');
    const share = rowLabelled(wb.getWorksheet('Ontvlechting'), 'Eigen vermogen') + 1;
    expect(eigen?.getRow(row).getCell(5).value).toEqual({ formula: `'Ontvlechting'!E${share}`, result: 100000 });
    expect(rowLabelled(eigen, 'Boekwaarde min opbrengst vastgoed')).toBeGreaterThan(0);
    const samen2 = wb.getWorksheet('samen2');
    expect(rowLabelled(samen2, 'Eigen vermogen')).toBeGreaterThan(0);
    expect(rowLabelled(samen2, 'Boekwaarde min opbrengst vastgoed')).toBe(-1);
    expect(rowLabelled(wb.getWorksheet('gr'), 'Eigen vermogen')).toBe(-1);
    // not listed among the assumptions: its amounts are on the dissolution sheet
    expect(rowLabelled(wb.getWorksheet('Aannames'), 'eigen: Eigen vermogen')).toBe(-1);
  }, 120_000);

  it('in English the sheet is "Dissolution"', async () => {
    const { wb } = await workbookOf('zuid', 'en');
    expect(wb.getWorksheet('Dissolution')).toBeDefined();
    expect(wb.getWorksheet('Ontvlechting')).toBeUndefined();
  }, 120_000);

  it('a region without a dissolution has no such sheet', async () => {
    const dir = testDir();
    cpSync(fileURLToPath(new URL('../fixtures/tiny', import.meta.url)), dir, { recursive: true });
    expect((await runInProcess(['run', 'noord.yaml', '--out', 'out'], { cwd: dir })).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out', 'noord.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Ontvlechting');
  }, 120_000);
});

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formulaMismatches } from '../support/formula-evaluator.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { TINY, testDir, tinyCopy } from '../support/testdir.js';

// Issue 15, item 2: `evaluate --out` writes the municipality's workbook with an Evaluatie sheet
// (docs/methodology.md#evaluate): realised amounts as input cells, the difference, price and
// rest as formulas that recalculate to the reported figures, and a chart of the net cost.

const NOORD = fileURLToPath(new URL('../fixtures/tiny-realised/noord.yaml', import.meta.url));

async function workbook(english = false): Promise<{ file: string; wb: ExcelJS.Workbook; stdout: string }> {
  const out = testDir();
  const r = await (english ? runInProcessEnglish : runInProcess)(['evaluate', NOORD, '--out', out]);
  expect(r.code).toBe(0);
  const file = join(out, 'noord.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { file, wb, stdout: r.stdout };
}

const rowOf = (ws: ExcelJS.Worksheet, column: number, text: string | number, after = 1) => {
  for (let r = after; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(column).value === text) return r;
  throw new Error(`no row "${text}"`);
};
// exceljs reads a cached result of 0 as none: the file holds <v>0</v>
const cached = (cell: ExcelJS.Cell) => (typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value ? cell.value.result ?? 0 : cell.value);

describe('the Evaluatie sheet', () => {
  it('holds each stated line with live formulas whose results are the figures of evaluate, and a chart of the net cost', async () => {
    const { file, wb, stdout } = await workbook();
    expect(stdout).toContain('Rapport:');
    const ws = wb.getWorksheet('Evaluatie');
    if (ws === undefined) throw new Error('no Evaluatie sheet');
    const r = rowOf(ws, 2, 'Loonkosten');
    expect([4, 5, 6, 7, 8, 9].map((c) => cached(ws.getRow(r).getCell(c)))).toEqual([965100.11, 980000, 14899.89, 899.89, 14000, 0]);
    expect(ws.getRow(r).getCell(6).value).toMatchObject({ formula: `E${r}-D${r}` });
    expect(ws.getRow(r).getCell(8).value).toMatchObject({ formula: `F${r}-G${r}-I${r}` });
    // the realised amount is an input: a number the reader may change, not a formula
    expect(ws.getRow(r).getCell(5).value).toBe(980000);
    const begeleiding = rowOf(ws, 2, 'Begeleiding');
    expect(cached(ws.getRow(begeleiding).getCell(9))).toBe(-53743.78);
    const stated = rowOf(ws, 2, 'opgegeven regels (kosten − opbrengsten)');
    expect(cached(ws.getRow(stated).getCell(6))).toBe(-38274.5);
    // every formula recalculates to its cached result
    const { formulas, mismatches } = await formulaMismatches(file);
    expect(mismatches).toEqual([]);
    expect(formulas).toBeGreaterThan(40);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const charts = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map((n) => zip.file(n)?.async('string') ?? ''));
    expect(charts.some((xml) => xml.includes('Evaluatie') && xml.includes('<c:lineChart>'))).toBe(true);
  }, 60_000);

  it('speaks English with --lang en', async () => {
    const { wb } = await workbook(true);
    const ws = wb.getWorksheet('Evaluation');
    if (ws === undefined) throw new Error('no Evaluation sheet');
    expect(ws.getRow(1).getCell(1).value).toBe('Evaluation of Noord: forecast against realised');
    const total = rowOf(ws, 2, 'total');
    expect(ws.getRow(total).getCell(4).value).toBeCloseTo(33.822128632, 8);
  }, 60_000);

  it('shows the mark, not the forecast, where the small-cell rule hides a population figure', async () => {
    // Zuid: three of its five people of beschut binnen reach the AOW age in 2025
    const dir = tinyCopy({
      'zuid.yaml': `${readFileSync(join(TINY, 'zuid.yaml'), 'utf8')}realised:\n  population: data/zuid-realisatie.csv\n`,
      'data/zuid-realisatie.csv': 'jaar;werkvorm;aantal\n2026;beschut_binnen;2\n2026;detachering;5\n',
    });
    const r = await runInProcess(['evaluate', join(dir, 'zuid.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out', 'zuid.xlsx'));
    const ws = wb.getWorksheet('Evaluatie');
    if (ws === undefined) throw new Error('no Evaluatie sheet');
    const row = ws.getRow(rowOf(ws, 2, 'Beschut binnen'));
    expect([4, 6, 8, 9].map((c) => row.getCell(c).value)).toEqual(['x', 'x', 'x', 2]);
  }, 60_000);

  it('a configuration named like the sheet keeps its own sheet: the Evaluatie sheet is one of the fixed names', async () => {
    const dir = testDir();
    cpSync(join(NOORD, '..'), dir, { recursive: true });
    const region = readFileSync(join(dir, 'regio.yaml'), 'utf8');
    writeFileSync(join(dir, 'regio.yaml'), region.replace('  eigen: { label: Ieder zelf', '  evaluatie: { label: Ieder zelf'));
    const lines = readFileSync(join(dir, 'data', 'noord-realisatie.csv'), 'utf8');
    writeFileSync(join(dir, 'data', 'noord-realisatie.csv'), lines.replaceAll(';eigen;', ';evaluatie;'));
    const r = await runInProcess(['evaluate', 'noord.yaml', '--out', 'out'], { cwd: dir });
    expect(r.stderr).not.toContain('fout:');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out', 'noord.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['evaluatie 2', 'Evaluatie']));
  }, 60_000);

  it('a region file without figures of its own writes no workbook: its municipalities\' sheets are theirs', async () => {
    const dir = testDir();
    cpSync(join(NOORD, '..'), dir, { recursive: true });
    const region = readFileSync(join(dir, 'regio.yaml'), 'utf8');
    writeFileSync(join(dir, 'regio.yaml'), region.replace(/\nrealised:\n( {2}.*\n)+/, '\n'));
    const r = await runInProcess(['evaluate', join(dir, 'regio.yaml'), '--out', testDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('evaluate op een regiobestand schrijft geen werkmap');
  }, 60_000);

  it('a region file with figures of its own writes the region\'s workbook with the Evaluatie sheet of its sums', async () => {
    const out = testDir();
    const r = await runInProcess(['evaluate', join(NOORD, '..', 'regio.yaml'), '--out', out]);
    expect(r.stderr).not.toContain('fout:');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'regio.xlsx'));
    const ws = wb.getWorksheet('Evaluatie');
    if (ws === undefined) throw new Error('no Evaluatie sheet');
    expect(ws.getCell(1, 1).value).toBe('Evaluatie Kleine regio: prognose tegenover realisatie');
    // the chart's table: the region's forecast net cost of 2021 (the sum over the municipalities), and the realised one from the table
    const chartRow = rowOf(ws, 1, 2021, rowOf(ws, 1, 'Netto kosten: prognose en realisatie — Huidige GR (gr)'));
    const forecast = ws.getCell(chartRow, 4).value;
    expect(typeof forecast === 'number' && Math.round(forecast * 100)).toBe(59803694);
    expect((ws.getCell(chartRow, 5).value as { result?: number }).result).toBe(640000);
  }, 60_000);
});

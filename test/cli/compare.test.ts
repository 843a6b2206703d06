import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { TINY, tinyCopy } from '../support/testdir.js';

/** Scenario B: the tiny example with wages of 34,000 written for 2024 (A indexes 2023's 33,660 by 2%: 34,333.20). */
function variantDir(): string {
  const region = readFileSync(join(TINY, 'regio.yaml'), 'utf8');
  const edited = region.replace('values: { 2021: 30000, 2025: 36000 }', 'values: { 2021: 30000, 2024: 34000, 2025: 36000 }');
  expect(edited).not.toBe(region);
  return tinyCopy({ 'regio.yaml': edited });
}

interface Totals { cumulative: number; npv: number; delta_npv: number }
interface Document {
  municipality: string | null;
  inputs: { parameters: { name: string; years: { year: number; a: number; b: number; difference: number }[] }[]; discount_rate: unknown };
  results: Record<string, { a: Totals; b: Totals; difference: Totals }>;
  cheapest: { a: string; b: string };
}

describe('soweco-bc compare', () => {
  let a: string;
  let b: string;
  let document: Document;
  beforeAll(async () => {
    a = tinyCopy();
    b = variantDir();
    const result = await runInProcess(['compare', 'noord.yaml', join(b, 'noord.yaml'), '--json'], { cwd: a });
    expect(result.code, result.stderr).toBe(0);
    document = JSON.parse(result.stdout) as Document;
  });

  it('--json prints one JSON document: the changed parameter in 2024 only, and b − a of every result', async () => {
    expect(document.municipality).toBe('noord');
    expect(document.inputs.discount_rate).toBeNull();
    expect(document.inputs.parameters).toEqual([expect.objectContaining({ name: 'loonkosten_per_fte', years: [{ year: 2024, a: 34333.2, b: 34000, difference: -333.2 }] })]);
    for (const r of Object.values(document.results)) {
      expect(r.difference.npv).toBeCloseTo(r.b.npv - r.a.npv, 1);
      expect(r.difference.cumulative).toBeCloseTo(r.b.cumulative - r.a.cumulative, 1);
    }
    expect(document.results.gr?.difference.npv).toBeLessThan(0); // lower wages in 2024: cheaper
    expect(document.cheapest).toEqual({ a: 'samen2', b: 'samen2' });
  });

  it('--json writes no workbook unless --out is given', async () => {
    expect(existsSync(join(a, 'reports'))).toBe(false);
  });

  it('the terminal names the changed parameter, its year and values, and the change in NPV', async () => {
    const result = await runInProcess(['compare', 'noord.yaml', join(b, 'noord.yaml'), '--lang', 'en', '--out', 'uit'], { cwd: a });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/loonkosten_per_fte +EUR\/FTE +2024 +€34,333 +€34,000 +-€333/);
    const npvChange = Math.round(document.results.gr?.difference.npv ?? 0);
    expect(result.stdout).toContain(`-€${Math.abs(npvChange).toLocaleString('en-GB')}`);
    expect(result.stdout).toContain(`Report: ${join('uit', 'noord-vs-noord.xlsx')}`);
  });

  it('speaks Dutch by default', async () => {
    const result = await runInProcess(['compare', 'noord.yaml', 'noord.yaml', '--out', 'zelfde'], { cwd: a });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Geen verschillen in de invoer');
    expect(result.stdout).toContain('Contante waarde');
  });

  it('writes <a>-vs-<b>.xlsx whose B − A cells are formulas over the A and B cells, caching the engine\'s differences', async () => {
    expect((await runInProcess(['compare', 'noord.yaml', join(b, 'noord.yaml'), '--out', 'werkmap'], { cwd: a })).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(a, 'werkmap', 'noord-vs-noord.xlsx'));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Uitkomsten', 'Invoer', 'Toelichting']);

    const inputs = wb.getWorksheet('Invoer');
    // the side in a column of its own (B), so that a long label cannot hide it
    expect(inputs?.getRow(4).getCell(2).value).toBe('Scenario');
    let change: ExcelJS.Row | undefined;
    inputs?.eachRow((row) => {
      if (String(row.getCell(1).value).includes('loonkosten_per_fte') && row.getCell(2).value === 'B − A') change ??= row;
    });
    expect(change).toBeDefined();
    const y2024 = change?.getCell(4 + 3); // years from column D: 2021 in D, 2024 in G
    expect(y2024?.formula).toBe(`G${(change?.number ?? 0) - 1}-G${(change?.number ?? 0) - 2}`);
    expect(Number(y2024?.result)).toBeCloseTo(-333.2, 9);
    expect(change?.getCell(8).formula).toBe(`H${(change?.number ?? 0) - 1}-H${(change?.number ?? 0) - 2}`); // 2025: equal, zero
    expect(change?.getCell(8).result).toBe(0);

    const results = wb.getWorksheet('Uitkomsten');
    let checked = 0;
    results?.eachRow((row) => {
      if (row.getCell(3).value !== 'B − A') return;
      const id = String(results.getRow(row.number - 2).getCell(2).value);
      const npv = row.getCell(5);
      expect(npv.formula).toBe(`E${row.number - 1}-E${row.number - 2}`);
      expect(Number(npv.result)).toBeCloseTo(document.results[id]?.difference.npv ?? NaN, 2);
      expect(row.getCell(4).formula).toBe(`D${row.number - 1}-D${row.number - 2}`);
      checked++;
    });
    expect(checked).toBe(3);
  });

  it('writes byte-identical workbooks on two runs', async () => {
    const bytes = async (out: string) => {
      expect((await runInProcess(['compare', 'noord.yaml', join(b, 'noord.yaml'), '--out', out], { cwd: a })).code).toBe(0);
      return readFileSync(join(a, out, 'noord-vs-noord.xlsx'));
    };
    expect((await bytes('een')).equals(await bytes('twee'))).toBe(true);
  });

  it('compares a variant with the file it extends, the variant\'s description naming side B', async () => {
    const dir = tinyCopy({
      'noord-krimp.yaml': 'extends: noord.yaml\ndescription: minder rijksbijdrage\nparameters:\n  rijksbijdrage_per_se: { unit: EUR/SE, values: { 2021: 26000, 2025: 25000 }, index: prijs }\n',
    });
    const json = await runInProcess(['compare', 'noord.yaml', 'noord-krimp.yaml', '--json'], { cwd: dir });
    expect(json.code, json.stderr).toBe(0);
    const variant = JSON.parse(json.stdout) as Document & { b: { variant: { description: string } } };
    expect(variant.b.variant.description).toBe('minder rijksbijdrage');
    expect(variant.inputs.parameters.map((p) => [p.name, p.years.map((y) => y.year)])).toEqual([['rijksbijdrage_per_se', [2025, 2026, 2027, 2028, 2029, 2030]]]);
    const terminal = await runInProcess(['compare', 'noord.yaml', 'noord-krimp.yaml'], { cwd: dir });
    expect(terminal.stdout).toContain('B: noord-krimp.yaml (minder rijksbijdrage)');
    expect(existsSync(join(dir, 'reports', 'noord-vs-noord-krimp.xlsx'))).toBe(true);
  });

  it('two region files compare the regional totals', async () => {
    const result = await runInProcess(['compare', 'regio.yaml', join(b, 'regio.yaml'), '--json'], { cwd: a });
    expect(result.code, result.stderr).toBe(0);
    const region = JSON.parse(result.stdout) as Document;
    expect(region.municipality).toBeNull();
    expect(region.inputs.parameters.map((p) => p.name)).toEqual(['loonkosten_per_fte']);
  });

  it('two different municipalities, or a municipality and a region, are a usage error: exit 2, nothing on stdout, no workbook', async () => {
    for (const [x, y] of [['oost.yaml', join(b, 'noord.yaml')], ['regio.yaml', 'noord.yaml']] as const) {
      const result = await runInProcessEnglish(['compare', x, y, '--out', 'fout'], { cwd: a });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('same municipality');
      expect(existsSync(join(a, 'fout'))).toBe(false);
    }
  });
});

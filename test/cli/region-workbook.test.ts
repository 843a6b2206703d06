import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formulaMismatches, plainValue } from '../support/formula-evaluator.js';
import { runInProcess } from '../support/in-process.js';
import { testDir, tinyCopy } from '../support/testdir.js';

// Issue 13, item 9: `run <region>.yaml` printed the region's figures but wrote no workbook
// and ignored --out. It now writes the region's workbook, <region file>.xlsx: the regional
// comparison's sheets, whose per-year sheet also holds, per configuration, the region's
// costs, revenues, present value and difference in present value. In this process
// (support/in-process.ts): the process boundary is not what is tested.

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));

/** The region's totals of one configuration in the `--json` document (methodology §6). */
interface RegionTotals {
  readonly label: string;
  readonly net: number[];
  readonly cumulative: number;
  readonly npv: number;
  readonly delta: number[];
  readonly delta_cumulative: number;
  readonly delta_npv: number;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A configuration's block of the per-year sheet (under `header`, one of `headers`): its rows by their label in column A, each with its cells from column C (total) on. */
function block(ws: ExcelJS.Worksheet, header: string, headers: ReadonlySet<string>): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  let inside = false;
  ws.eachRow((row) => {
    const label = String(plainValue(row.getCell(1).value) ?? '');
    if (headers.has(label)) inside = label === header;
    else if (inside && label !== '') {
      const values: number[] = [];
      for (let c = 3; c <= row.cellCount; c++) values.push(Number(plainValue(row.getCell(c).result ?? row.getCell(c).value)));
      rows.set(label, values);
    }
  });
  return rows;
}

/** Within a cent: the JSON document rounds to cents, the workbook holds the engine's figures. */
function expectCents(actual: number | undefined, expected: number, what: string): void {
  expect(Math.abs((actual ?? Number.NaN) - expected), `${what}: ${actual} ≠ ${expected}`).toBeLessThanOrEqual(0.006);
}

describe('run <region file> writes the region\'s workbook', () => {
  it('regio.yaml --out: regio.xlsx (and nothing else), whose per-year sheet holds the --json region totals', async () => {
    const dir = tinyCopy();
    const out = testDir();
    const result = await runInProcess(['run', 'regio.yaml', '--out', out], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Rapport: ${join(out, 'regio.xlsx')}`);
    expect(readdirSync(out)).toEqual(['regio.xlsx']); // no temporary file left behind
    expect(existsSync(join(dir, 'reports'))).toBe(false); // --out was honoured

    const json = await runInProcess(['run', 'regio.yaml', '--json'], { cwd: dir });
    const document = JSON.parse(json.stdout) as { years: number[]; configurations: Record<string, RegionTotals> };
    const wb = await open(join(out, 'regio.xlsx'));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Vergelijking', 'Per jaar', 'Toelichting']);
    const perYear = wb.getWorksheet('Per jaar');
    if (perYear === undefined) throw new Error('no Per jaar sheet');
    const configurations = Object.entries(document.configurations);
    expect(configurations.length).toBeGreaterThan(1);
    const headers = new Set(configurations.map(([id, totals]) => `${totals.label} (${id})`));
    for (const [id, totals] of configurations) {
      const rows = block(perYear, `${totals.label} (${id})`, headers);
      const [net, costs, revenues, npv, delta, deltaNpv] = ['Regio totaal', 'Totaal kosten (regio)', 'Totaal opbrengsten (regio)', 'Contante waarde', `Verschil met ${document.configurations.gr?.label ?? ''}`, 'Contante waarde verschil']
        .map((label) => rows.get(label) ?? []);
      expectCents(net?.[0], totals.cumulative, `${id} cumulative`);
      totals.net.forEach((x, t) => expectCents(net?.[t + 1], x, `${id} net ${document.years[t]}`));
      totals.net.forEach((x, t) => expectCents((costs?.[t + 1] ?? 0) - (revenues?.[t + 1] ?? 0), x, `${id} costs − revenues ${document.years[t]}`));
      expectCents(npv?.[0], totals.npv, `${id} npv`);
      expectCents(delta?.[0], totals.delta_cumulative, `${id} delta`);
      totals.delta.forEach((x, t) => expectCents(delta?.[t + 1], x, `${id} delta ${document.years[t]}`));
      expectCents(deltaNpv?.[0], totals.delta_npv, `${id} delta npv`);
    }
  }, 60_000);

  it('its figures are live formulas: recalculated, every one gives the figure it holds', async () => {
    const out = testDir();
    expect((await runInProcess(['run', 'regio.yaml', '--out', out], { cwd: tinyCopy() })).code).toBe(0);
    const { formulas, mismatches } = await formulaMismatches(join(out, 'regio.xlsx'));
    expect(mismatches).toEqual([]);
    expect(formulas).toBeGreaterThan(150);
    const perYear = (await open(join(out, 'regio.xlsx'))).getWorksheet('Per jaar');
    const npvCells: string[] = [];
    perYear?.eachRow((row) => {
      if (row.getCell(1).value === 'Contante waarde') npvCells.push(String(row.getCell(3).formula));
    });
    expect(npvCells.length).toBeGreaterThan(1);
    for (const formula of npvCells) expect(formula).toMatch(/^SUMPRODUCT\(D\d+:M\d+,D\d+:M\d+\)$/);
  }, 60_000);

  it('carries the notes with the hash of every input, as the other workbooks do', async () => {
    const dir = tinyCopy();
    const out = testDir();
    expect((await runInProcess(['run', 'regio.yaml', '--out', out], { cwd: dir })).code).toBe(0);
    const notes: string[] = [];
    (await open(join(out, 'regio.xlsx'))).getWorksheet('Toelichting')?.eachRow((row) => row.eachCell((cell) => notes.push(String(plainValue(cell.value)))));
    const text = notes.join('\n');
    for (const file of ['regio.yaml', 'noord.yaml', 'data/noord.csv']) expect(text).toContain(createHash('sha256').update(readFileSync(join(dir, file))).digest('hex'));
    expect(text).toContain('Per jaar toont per configuratie ook de totale kosten en opbrengsten van de regio');
  }, 60_000);

  it('--lang en: the same workbook in English', async () => {
    const out = testDir();
    const result = await runInProcess(['run', 'regio.yaml', '--out', out, '--lang', 'en'], { cwd: tinyCopy() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Report: ${join(out, 'regio.xlsx')}`);
    const wb = await open(join(out, 'regio.xlsx'));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Comparison', 'Per year', 'Notes']);
    const labels = new Set<string>();
    wb.getWorksheet('Per year')?.eachRow((row) => labels.add(String(row.getCell(1).value)));
    for (const label of ['Total costs (region)', 'Total revenues (region)', 'Region total', 'Present value']) expect(labels).toContain(label);
    expect(labels).not.toContain('Totaal kosten (regio)');
  }, 60_000);

  it('--json: the document only, and the workbook only when --out is given, as for a municipality', async () => {
    const dir = tinyCopy();
    const plain = await runInProcess(['run', 'regio.yaml', '--json'], { cwd: dir });
    expect(plain.code, plain.stderr).toBe(0);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
    const out = testDir();
    const written = await runInProcess(['run', 'regio.yaml', '--json', '--out', out], { cwd: dir });
    expect(written.code, written.stderr).toBe(0);
    expect(JSON.parse(written.stdout)).toEqual(JSON.parse(plain.stdout)); // nothing but the document on stdout
    expect(readdirSync(out)).toEqual(['regio.xlsx']);
  }, 60_000);

  it('without --out: reports/<region file>.xlsx, next to the municipalities\' reports of run', async () => {
    const dir = tinyCopy();
    expect((await runInProcess(['run', 'regio.yaml'], { cwd: dir })).code).toBe(0);
    expect((await runInProcess(['run', 'noord.yaml'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['noord.xlsx', 'regio.xlsx']);
  }, 60_000);

  it('of a region variant: named after the variant, whose first sheet says it is one (as a municipality\'s Samenvatting does)', async () => {
    const dir = tinyCopy({ 'regio-rente.yaml': 'extends: regio.yaml\ndescription: Hogere rente\nset: [ "discount_rate=0.05" ]\n' });
    const out = testDir();
    expect((await runInProcess(['run', 'regio.yaml', '--out', out], { cwd: dir })).code).toBe(0);
    const result = await runInProcess(['run', 'regio-rente.yaml', '--out', out], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['regio-rente.xlsx', 'regio.xlsx']);
    const first = async (file: string) => (await open(join(out, file))).getWorksheet('Vergelijking')?.getCell('A5').value;
    expect(await first('regio-rente.xlsx')).toBe('Variant: Hogere rente (1 aanpassing; zie Toelichting).');
    expect(await first('regio.xlsx')).toBeNull();
  }, 60_000);

  it('where an organisation settles, it holds "Wie betaalt voor wie" too', async () => {
    const out = testDir();
    const result = await runInProcess(['run', join(SETTLED, 'regio.yaml'), '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect((await open(join(out, 'regio.xlsx'))).worksheets.map((ws) => ws.name)).toEqual(['Vergelijking', 'Per jaar', 'Wie betaalt voor wie', 'Toelichting']);
  }, 60_000);
});

describe('the analyses on a region file write no workbook, and say so rather than ignore --out', () => {
  it('sensitivity regio.yaml --out: a usage error at --out, nothing calculated or written', async () => {
    const dir = tinyCopy();
    const result = await runInProcess(['sensitivity', 'regio.yaml', '--out', 'uit'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('fout: --out uit');
    expect(result.stderr).toContain('sensitivity op een regiobestand schrijft geen werkmap');
    expect(result.stderr).toContain('tip: draai het op een gemeentebestand voor de werkmap');
    expect(result.stdout).toBe('');
    expect(existsSync(join(dir, 'uit'))).toBe(false);
    const english = await runInProcess(['solve', 'regio.yaml', '--param', 'rijksbijdrage_per_se', '--config', 'samen2', '--out', 'uit', '--lang', 'en'], { cwd: dir });
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('solve on a region file writes no workbook');
  }, 60_000);

  it('without --out the region\'s tornado is printed and nothing is written', async () => {
    const dir = tinyCopy();
    const result = await runInProcess(['sensitivity', 'regio.yaml'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toBe('');
    expect(existsSync(join(dir, 'reports'))).toBe(false);
  }, 60_000);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { ZERO, type Dec } from '../../src/model/decimal.js';
import { buildComparisonWorkbook } from '../../src/report/comparison/index.js';
import { runCli } from '../support/cli.js';
import { formulaMismatches } from '../support/formula-evaluator.js';
import { tinyCopy } from '../support/testdir.js';

// Fee flows between organisations (docs/methodology.md#fees) in --json and in the regional
// comparison's "Wie betaalt voor wie".

const FEES = fileURLToPath(new URL('../fixtures/tiny-fees', import.meta.url));

interface ConfigurationDocument { fees_paid: number[]; fee_revenue: number[]; lines: Record<string, { driver: string; buyer?: string; amounts: number[] }> }

describe('fee flows in the reports', () => {
  it('--json gives fees_paid and fee_revenue per municipality and configuration, and the fee revenue lines', () => {
    const result = runCli(['run', join(FEES, 'regio.yaml'), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout) as { by_municipality: Record<string, { configurations: Record<string, ConfigurationDocument> }> };
    const levering = (m: string) => doc.by_municipality[m]?.configurations.levering as ConfigurationDocument;
    const zuid = levering('zuid');
    expect(zuid.fees_paid[0]).toBeGreaterThan(1000);
    expect(zuid.fee_revenue.every((x) => x === 0)).toBe(true);
    expect(levering('noord').lines['fee.zuid']).toMatchObject({ driver: 'fee', buyer: 'zuid' });
    zuid.fees_paid.forEach((paid, t) => {
      const received = (levering('noord').fee_revenue[t] ?? NaN) + (levering('oost').fee_revenue[t] ?? NaN);
      expect(Math.abs(received - paid)).toBeLessThanOrEqual(0.011); // each figure rounded to cents on its own (§6)
    });
    // a configuration without supplier has no fee flows
    for (const m of ['noord', 'oost', 'zuid']) expect(doc.by_municipality[m]?.configurations.gr?.fees_paid.every((x) => x === 0)).toBe(true);
  }, 60_000);

  it('"Wie betaalt voor wie" has the fee flows per municipality, and verevening + fees, each summing to zero over the region', async () => {
    const projection = project(loadScenario(join(FEES, 'regio.yaml')));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildComparisonWorkbook(projection, { language: 'nl', version: 'test' })) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Wie betaalt voor wie');
    expect(sheet).toBeDefined();
    // no configuration of tiny-fees settles: the verevening table is empty; the fees follow two rows below
    expect(sheet?.getRow(7).getCell(1).value).toBe('Dienstverlening (betaald − ontvangen)');
    expect(sheet?.getRow(8).getCell(1).value).toBe('Zuid koopt in bij Noord en Oost');
    const r = projection.results.get('levering');
    const total = (v: readonly Dec[] | undefined) => (v ?? []).reduce((a, b) => a.plus(b), ZERO);
    const flow = (m: string) => total(r?.get(m)?.feesPaid).minus(total(r?.get(m)?.feeRevenue));
    expect(sheet?.getRow(8).getCell(4).value).toBeCloseTo(flow('zuid').toNumber(), 6);
    expect(sheet?.getRow(8).getCell(2).value).toBeCloseTo(flow('noord').toNumber(), 6);
    expect(flow('zuid').gt(1000)).toBe(true);
    expect(sheet?.getRow(8).getCell(5).value).toMatchObject({ formula: 'ROUND(SUM(B8:D8),2)' });
    expect(sheet?.getRow(11).getCell(1).value).toBe('Verevening + dienstverlening');
    expect(sheet?.getRow(12).getCell(2).value).toMatchObject({ formula: 'B8' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await wb.xlsx.writeBuffer());
    expect((await formulaMismatches(book)).mismatches).toEqual([]);
  }, 60_000);

  it('with a supplier that settles, verevening + fees reads both tables, and sums to zero over the region', async () => {
    const regio = readFileSync(join(FEES, 'regio.yaml'), 'utf8').replace(
      '{ id: samen, model: samen, members: [noord, oost] }',
      '{ id: samen, model: samen, members: [noord, oost], settlement: { pooled: all, key: { fixed: { noord: 0.5, oost: 0.5 } } } }',
    );
    expect(regio).toContain('fixed: { noord: 0.5');
    const dir = tinyCopy({ 'regio.yaml': regio });
    const projection = project(loadScenario(join(dir, 'regio.yaml')));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildComparisonWorkbook(projection, { language: 'en', version: 'test' })) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Who pays for whom');
    // verevening: header 4, levering in row 5; fees: header 8, row 9; together: header 12, row 13
    expect(sheet?.getRow(5).getCell(1).value).toBe('Zuid koopt in bij Noord en Oost');
    expect(sheet?.getRow(8).getCell(1).value).toBe('Service fees (paid − received)');
    expect(sheet?.getRow(13).getCell(2).value).toMatchObject({ formula: 'B5+B9' });
    const r = projection.results.get('levering')?.get('noord');
    const total = (v: readonly Dec[] | undefined) => (v ?? []).reduce((a, b) => a.plus(b), ZERO);
    const expected = total(r?.verevening).plus(total(r?.feesPaid)).minus(total(r?.feeRevenue));
    expect(total(r?.verevening).abs().gt(1000)).toBe(true);
    expect((sheet?.getRow(13).getCell(2).value as { result?: number }).result).toBeCloseTo(expected.toNumber(), 6);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await wb.xlsx.writeBuffer());
    expect((await formulaMismatches(book)).mismatches).toEqual([]);
  }, 60_000);
});

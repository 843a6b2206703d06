import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { buildComparisonWorkbook } from '../../src/report/comparison/index.js';
import { formulaMismatches } from '../support/formula-evaluator.js';
import { TINY } from '../support/testdir.js';

// The regional comparison's "Wie betaalt voor wie" (docs/methodology.md#settlement).

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));

async function comparison(file: string) {
  const projection = project(loadScenario(file));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildComparisonWorkbook(projection, { language: 'nl', version: 'test' })) as unknown as ArrayBuffer);
  return { projection, wb };
}

describe('who pays for whom, in the regional comparison', () => {
  it('lists each settled configuration\'s verevening per municipality, summing to zero over the region', async () => {
    const { projection, wb } = await comparison(join(SETTLED, 'regio.yaml'));
    const sheet = wb.getWorksheet('Wie betaalt voor wie');
    expect(sheet).toBeDefined();
    expect([5, 6].map((r) => sheet?.getRow(r).getCell(1).value)).toEqual(['Huidige GR', 'Noord en Oost samen']);
    expect(sheet?.getRow(7).getCell(1).value ?? null).toBeNull();
    const noordGr = projection.results.get('gr')?.get('noord')?.verevening.reduce((a, b) => a.plus(b));
    expect(sheet?.getRow(5).getCell(2).value).toBeCloseTo(noordGr?.toNumber() ?? NaN, 6);
    expect(sheet?.getRow(6).getCell(4).value).toBe(0); // zuid is not in the settled organisation of samen2
    expect(sheet?.getRow(5).getCell(5).value).toMatchObject({ formula: 'ROUND(SUM(B5:D5),2)' });
    // a cached result of 0 is not stored (exceljs): the formula evaluator below recalculates it
    expect(Math.abs((sheet?.getRow(5).getCell(5).value as { result?: number }).result ?? 0)).toBeLessThan(1e-6);
    const buffer = await wb.xlsx.writeBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    expect((await formulaMismatches(book)).mismatches).toEqual([]);
  }, 60_000);

  it('has no such sheet without settlement', async () => {
    const { wb } = await comparison(join(TINY, 'regio.yaml'));
    expect(wb.getWorksheet('Wie betaalt voor wie')).toBeUndefined();
  }, 60_000);
});

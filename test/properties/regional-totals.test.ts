import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { buildComparisonWorkbook } from '../../src/report/comparison/index.js';
import { regionDocument } from '../../src/report/json.js';
import { generatedRegion } from './generated-region.js';

interface Totals { net: number[]; cumulative: number }
interface RegionJson { configurations: Record<string, Totals>; by_municipality: Record<string, { configurations: Record<string, Totals> }> }

describe('§5 regional totals are the sums of the municipalities', () => {
  it('in the batch JSON: the region\'s net cost per year and cumulative equal the sums of its municipalities (to the rounding of cents)', () => {
    fc.assert(
      fc.property(generatedRegion(), (s) => {
        const document = JSON.parse(JSON.stringify(regionDocument(project(s), 'protected'))) as RegionJson;
        const municipalities = Object.values(document.by_municipality);
        // each rounded amount is off by at most half a cent
        const tolerance = 0.005 * (municipalities.length + 1) + 1e-9;
        for (const [id, regional] of Object.entries(document.configurations)) {
          regional.net.forEach((total, t) => {
            const sum = municipalities.reduce((acc, m) => acc + (m.configurations[id]?.net[t] ?? NaN), 0);
            expect(Math.abs(total - sum)).toBeLessThanOrEqual(tolerance);
          });
          const cumulative = municipalities.reduce((acc, m) => acc + (m.configurations[id]?.cumulative ?? NaN), 0);
          expect(Math.abs(regional.cumulative - cumulative)).toBeLessThanOrEqual(tolerance);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
  });

  it('in the comparison workbook: every regional total row holds the sum of the municipality rows above it', async () => {
    await fc.assert(
      fc.asyncProperty(generatedRegion(), async (s) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await buildComparisonWorkbook(project(s), { language: 'nl', version: 'test' })) as unknown as ArrayBuffer);
        const sheet = wb.getWorksheet('Per jaar');
        let checked = 0;
        sheet?.eachRow((row) => {
          const formula = row.getCell(4).formula;
          const match = typeof formula === 'string' ? /^SUM\(D(\d+):D(\d+)\)$/.exec(formula) : null;
          if (match === null) return;
          for (let c = 4; c < 4 + s.region.horizon.end - s.region.horizon.start + 1; c++) {
            let sum = 0;
            for (let k = Number(match[1]); k <= Number(match[2]); k++) sum += Number(sheet.getRow(k).getCell(c).value);
            expect(Number(row.getCell(c).result)).toBeCloseTo(sum, 6);
          }
          checked++;
        });
        expect(checked).toBe(s.region.configurations.length);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 15) },
    );
  });
});

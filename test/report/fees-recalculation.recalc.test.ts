import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { hasLibreOffice, recalculationMismatches } from '../support/recalc.js';
import { testDir } from '../support/testdir.js';

// LibreOffice recalculates the workbooks of a region with a supplier (docs/methodology.md#fees):
// a supplier member's (fixed lines over its buyers' SE, fee revenue lines), a buyer's, and the
// regional comparison, to the engine's figures (as test/report/recalculation.recalc.test.ts does for
// the other workbooks). CI sets SOWECO_REQUIRE_LIBREOFFICE=1; elsewhere, without it, skipped.

const FEES = fileURLToPath(new URL('../fixtures/tiny-fees', import.meta.url));
const run = hasLibreOffice() || process.env.SOWECO_REQUIRE_LIBREOFFICE === '1' ? describe : describe.skip;

run('LibreOffice and the workbooks of a region with fees', () => {
  it('recalculates every formula of noord\'s and zuid\'s workbooks and of the regional comparison to the cached value', async () => {
    const out = testDir();
    const batch = runCli(['batch', join(FEES, 'regio.yaml'), '--out', out, '--jobs', '1']);
    expect(batch.code, batch.stderr).toBe(0);
    const [workbook, buyer, comparison] = await recalculationMismatches([join(out, 'noord.xlsx'), join(out, 'zuid.xlsx'), join(out, 'regio-vergelijking.xlsx')]);
    expect(workbook?.formulas).toBeGreaterThan(900);
    expect(workbook?.mismatches.slice(0, 5)).toEqual([]);
    expect(buyer?.mismatches.slice(0, 5)).toEqual([]);
    expect(comparison?.formulas).toBeGreaterThan(20);
    expect(comparison?.mismatches.slice(0, 5)).toEqual([]);
  }, 180_000);
});

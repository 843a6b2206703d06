import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { hasLibreOffice, recalculationMismatches } from '../support/recalc.js';
import { testDir } from '../support/testdir.js';

// LibreOffice recalculates the settlement rows of a workbook and the regional comparison's
// "Wie betaalt voor wie" to the engine's figures (as test/report/recalculation.recalc.test.ts does
// for the other workbooks). CI sets SOWECO_REQUIRE_LIBREOFFICE=1; elsewhere, without it, skipped.

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));
const run = hasLibreOffice() || process.env.SOWECO_REQUIRE_LIBREOFFICE === '1' ? describe : describe.skip;

run('LibreOffice and the workbooks of a settled region', () => {
  it('recalculates every formula of noord\'s workbook and of the regional comparison to the cached value', async () => {
    const out = testDir();
    const batch = runCli(['batch', join(SETTLED, 'regio.yaml'), '--out', out, '--jobs', '1']);
    expect(batch.code, batch.stderr).toBe(0);
    const [workbook, comparison] = await recalculationMismatches([join(out, 'noord.xlsx'), join(out, 'regio-vergelijking.xlsx')]);
    expect(workbook?.formulas).toBeGreaterThan(900);
    expect(workbook?.mismatches.slice(0, 5)).toEqual([]);
    expect(comparison?.formulas).toBeGreaterThan(20);
    expect(comparison?.mismatches.slice(0, 5)).toEqual([]);
  }, 180_000);
});

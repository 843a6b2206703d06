import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { hasLibreOffice, recalculationMismatches } from '../support/recalc.js';
import { TINY, tinyCopy } from '../support/testdir.js';

// CI installs LibreOffice and sets SOWECO_REQUIRE_LIBREOFFICE=1; elsewhere, without it, these are skipped.
const required = process.env.SOWECO_REQUIRE_LIBREOFFICE === '1';
const run = hasLibreOffice() || required ? describe.concurrent : describe.skip;

run('LibreOffice recalculates every formula of the workbooks to the engine\'s cached value', () => {
  const out = mkdtempSync(join(tmpdir(), 'soweco-bc-recalc-'));
  const cases = [
    ['almelo (the Soweco region)', join(ROOT, 'scenarios/almelo.yaml'), 'almelo'],
    ['noord (tiny example)', join(TINY, 'noord.yaml'), 'noord'],
    ['oost (tiny example)', join(TINY, 'oost.yaml'), 'oost'],
    ['zuid (tiny example)', join(TINY, 'zuid.yaml'), 'zuid'],
  ] as const;
  it('almelo with the Gevoeligheid and Risico sheets of risk', async () => {
    const result = runCli(['risk', join(ROOT, 'scenarios/almelo.yaml'), '--iterations', '1000', '--out', join(out, 'risk')]);
    expect(result.code, result.stderr).toBe(0);
    const { formulas, mismatches } = await recalculationMismatches(join(out, 'risk', 'almelo.xlsx'));
    expect(formulas).toBeGreaterThan(100);
    expect(mismatches.slice(0, 5)).toEqual([]);
  }, 120_000);

  it('the regional comparison of the Soweco region', async () => {
    const result = runCli(['batch', join(ROOT, 'scenarios/regio-soweco.yaml'), '--out', join(out, 'batch')]);
    expect(result.code, result.stderr).toBe(0);
    const { formulas, mismatches } = await recalculationMismatches(join(out, 'batch', 'soweco-vergelijking.xlsx'));
    expect(formulas).toBeGreaterThan(100);
    expect(mismatches.slice(0, 5)).toEqual([]);
  }, 120_000);

  it('the comparison of two scenarios (tiny example and a variant of it)', async () => {
    const region = readFileSync(join(TINY, 'regio.yaml'), 'utf8')
      .replace('discount_rate: 0.03', 'discount_rate: 0.035')
      .replace('end: 2030', 'end: 2032')
      .replace('values: { 2021: 30000, 2025: 36000 }', 'values: { 2021: 30000, 2024: 34000, 2025: 36000 }')
      .replace('configurations:\n', 'configurations:\n  samen3: { label: Alle drie samen, organisations: [ { model: samen, members: all } ] }\n');
    const variant = tinyCopy({ 'regio.yaml': region });
    const result = runCli(['compare', join(TINY, 'noord.yaml'), join(variant, 'noord.yaml'), '--out', join(out, 'compare')]);
    expect(result.code, result.stderr).toBe(0);
    const { formulas, mismatches } = await recalculationMismatches(join(out, 'compare', 'noord-vs-noord.xlsx'));
    expect(formulas).toBeGreaterThan(20);
    expect(mismatches.slice(0, 5)).toEqual([]);
  }, 120_000);

  for (const [name, file, id] of cases) {
    it(name, async () => {
      const result = runCli(['run', file, '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      const { formulas, mismatches } = await recalculationMismatches(join(out, `${id}.xlsx`));
      expect(formulas).toBeGreaterThan(100);
      expect(mismatches.slice(0, 5)).toEqual([]);
    }, 120_000);
  }
});

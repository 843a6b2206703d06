import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, type CliResult } from '../support/cli.js';
import { hasLibreOffice, recalculationMismatches } from '../support/recalc.js';
import { everyKindRegion } from '../support/every-kind-region.js';
import { smallCellsRegion } from '../support/small-cells-region.js';
import { TINY, testDir, tinyCopy } from '../support/testdir.js';

// CI installs LibreOffice and sets SOWECO_REQUIRE_LIBREOFFICE=1; elsewhere, without it, these are skipped.
const required = process.env.SOWECO_REQUIRE_LIBREOFFICE === '1';
const run = hasLibreOffice() || required ? describe : describe.skip;

run('LibreOffice recalculates every formula of the workbooks to the engine\'s cached value', () => {
  const out = testDir();
  const variantRegion = readFileSync(join(TINY, 'regio.yaml'), 'utf8')
    .replace('discount_rate: 0.03', 'discount_rate: 0.035')
    .replace('end: 2030', 'end: 2032')
    .replace('values: { 2021: 30000, 2025: 36000 }', 'values: { 2021: 30000, 2024: 34000, 2025: 36000 }')
    .replace('configurations:\n', 'configurations:\n  samen3: { label: Alle drie samen, organisations: [ { model: samen, members: all } ] }\n');
  /** Each workbook: the run that writes it, the file, and at least how many formulas it must hold. */
  const cases = [
    { name: 'almelo with the Gevoeligheid and Risico sheets of risk', args: ['risk', join(ROOT, 'scenarios/almelo.yaml'), '--iterations', '1000', '--out', join(out, 'risk')], file: join(out, 'risk', 'almelo.xlsx'), formulas: 100 },
    { name: 'the region\'s workbook of the Soweco region (run on the region file)', args: ['run', join(ROOT, 'scenarios/regio-soweco.yaml'), '--out', join(out, 'region')], file: join(out, 'region', 'regio-soweco.xlsx'), formulas: 150 },
    { name: 'the regional comparison of the Soweco region', args: ['batch', join(ROOT, 'scenarios/regio-soweco.yaml'), '--out', join(out, 'batch')], file: join(out, 'batch', 'regio-soweco-vergelijking.xlsx'), formulas: 100 },
    { name: 'the comparison of two scenarios (tiny example and a variant of it)', args: ['compare', join(TINY, 'noord.yaml'), join(tinyCopy({ 'regio.yaml': variantRegion }), 'noord.yaml'), '--out', join(out, 'compare')], file: join(out, 'compare', 'noord-vs-noord.xlsx'), formulas: 20 },
    ...(['almelo (the Soweco region)', 'noord (tiny example)', 'oost (tiny example)', 'zuid (tiny example)'] as const).map((name) => {
      const id = name.split(' ')[0] ?? '';
      const file = id === 'almelo' ? join(ROOT, 'scenarios/almelo.yaml') : join(TINY, `${id}.yaml`);
      return { name, args: ['run', file, '--out', join(out, 'run')], file: join(out, 'run', `${id}.xlsx`), formulas: 100 };
    }),
    { name: 'noord with a line of every kind, numbers written in the lines and years ranges', args: ['run', join(everyKindRegion(), 'noord.yaml'), '--out', join(out, 'every-kind')], file: join(out, 'every-kind', 'noord.xlsx'), formulas: 100 },
    { name: 'oost with a work form of one person (small cells)', args: ['run', join(smallCellsRegion(), 'oost.yaml'), '--out', join(out, 'small-cells')], file: join(out, 'small-cells', 'oost.xlsx'), formulas: 100 },
  ];
  // every workbook is made first, then LibreOffice recalculates them all in one start
  let results: Awaited<ReturnType<typeof recalculationMismatches>> = [];
  const runs = new Map<string, CliResult>();
  beforeAll(async () => {
    for (const c of cases) runs.set(c.name, runCli(c.args));
    const written = cases.filter((c) => runs.get(c.name)?.code === 0);
    const checked = await recalculationMismatches(written.map((c) => c.file));
    results = cases.map((c) => checked[written.indexOf(c)] ?? { formulas: 0, mismatches: [] });
  });

  cases.forEach((c, i) => {
    it(c.name, () => {
      const run = runs.get(c.name);
      expect(run?.code, run?.stderr).toBe(0);
      expect(results[i]?.formulas).toBeGreaterThan(c.formulas);
      expect(results[i]?.mismatches.slice(0, 5)).toEqual([]);
    });
  });
});

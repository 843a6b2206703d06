import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { convertWithLibreOffice } from '../support/recalc.js';
import { testDir } from '../support/testdir.js';
import { checkPrint } from './print-check.js';

/*
 * `npm run check:print` (README, "Printing"; run by .ci/run after `npm test`): builds every
 * kind of workbook, prints each to PDF with LibreOffice and checks that no table or chart is
 * split over pages and no header text is cut (print-check.ts). SOWECO_PRINT_FILES (paths
 * separated by the path delimiter ":") checks those workbooks instead.
 */

const scenario = (file: string) => join(ROOT, 'scenarios', file);

/** Every kind of workbook, each built by the command a user runs, in the folder `out`; returns the xlsx files. */
function buildEveryKind(out: string): string[] {
  const run = (args: string[], folder: string) => {
    const dir = join(out, folder);
    mkdirSync(dir, { recursive: true });
    const result = runCli([...args, '--out', dir], { cwd: out });
    if (result.code !== 0) throw new Error(`soweco-bc ${args.join(' ')} failed: ${result.stderr}`);
    return readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((f) => join(dir, f));
  };
  // a small variant of Almelo for compare: a different rijksbijdrage and discount rate
  writeFileSync(join(out, 'almelo-krimp.yaml'), `extends: ${JSON.stringify(scenario('almelo.yaml'))}\ndescription: Rijksbijdrage 3% lager\nset:\n  - rijksbijdrage_per_se*=0.97\n  - discount_rate=0.03\n`);
  return [
    ...run(['run', scenario('almelo.yaml')], 'municipality'),
    // the region's own workbook, where `run <region>.yaml` writes one
    ...run(['run', scenario('regio-soweco.yaml')], 'region'),
    ...run(['batch', scenario('regio-soweco.yaml')], 'batch').filter((f) => f.endsWith('-vergelijking.xlsx')),
    ...run(['sensitivity', scenario('almelo.yaml')], 'sensitivity'),
    // the realised configuration's long id heads the first column of the swings table
    ...run(['sensitivity', scenario('almelo.yaml'), '--config', 'gerealiseerd'], 'sensitivity-realised'),
    ...run(['risk', scenario('almelo.yaml'), '--iterations', '500'], 'risk'),
    ...run(['compare', scenario('almelo.yaml'), join(out, 'almelo-krimp.yaml')], 'compare'),
    // the Evaluatie sheet, on the worked example's invented realised figures (docs/methodology.md#evaluate)
    ...run(['evaluate', join(ROOT, 'test', 'fixtures', 'tiny-realised', 'noord.yaml')], 'evaluate'),
  ];
}

describe('every workbook prints whole', () => {
  const given = process.env.SOWECO_PRINT_FILES;
  const out = testDir();
  const files = given === undefined || given === '' ? buildEveryKind(out) : given.split(':').map((f) => resolve(f));
  const { outputs, cleanUp } = convertWithLibreOffice(files, 'pdf');
  files.forEach((file, i) => {
    it(`${file}: no table or chart split over pages, no header cut`, async () => {
      const problems = await checkPrint(file, outputs[i] ?? '');
      expect(problems).toEqual([]);
    });
  });
  it('cleans up', () => {
    cleanUp();
    rmSync(out, { recursive: true, force: true });
  });
});

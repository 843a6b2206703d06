import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { testDir, tinyCopy } from '../support/testdir.js';

const ALMELO = join(ROOT, 'scenarios/almelo.yaml');

interface RiskJson {
  risk: { iterations: number; configurations: Record<string, { delta_npv: { p5: number; p50: number; p90: number; p95: number }; probability_cheaper: number }> };
  sensitivity: { configuration: string; variables: { name: string; swing: number }[] }[];
}

// In this process (support/in-process.ts) with one thread; with more, as a process (the
// threads load the built files).
describe('soweco-bc risk, sensitivity and solve', () => {
  it('risk: the same seed gives the same figures, also with another number of threads', async () => {
    const args = ['risk', ALMELO, '--json', '--iterations', '1000', '--seed', '7'];
    const one = await runInProcess([...args, '--jobs', '1']);
    const two = runCli([...args, '--jobs', '2']);
    expect(one.code, one.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const document = JSON.parse(one.stdout) as RiskJson;
    expect(document.risk.iterations).toBe(1000);
    const samen4 = document.risk.configurations.samen4;
    expect(samen4?.delta_npv.p5).toBeLessThan(samen4?.delta_npv.p50 ?? NaN);
    expect(samen4?.delta_npv.p50).toBeLessThan(samen4?.delta_npv.p95 ?? NaN);
    expect(samen4?.probability_cheaper).toBeGreaterThan(0);
    expect(samen4?.probability_cheaper).toBeLessThan(1);
    expect((await runInProcess([...args.slice(0, -1), '8', '--jobs', '1'])).stdout).not.toBe(one.stdout);
  });

  it('risk writes the workbook with a Risico and a Gevoeligheid sheet, each with a native chart', async () => {
    const out = testDir();
    const result = await runInProcess(['risk', ALMELO, '--iterations', '2000', '--jobs', '1', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Benodigd bedrag bij 80% en 90% zekerheid');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'almelo.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Gevoeligheid', 'Risico']));
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await import('node:fs').then((fs) => fs.readFileSync(join(out, 'almelo.xlsx'))));
    // the workbook's own two charts, Personeel's head count per work form (Almelo has inflow streams), the tornado and the risk curve
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(5);
  });

  it('sensitivity prints a tornado, largest swing first', async () => {
    const result = await runInProcess(['sensitivity', ALMELO, '--json', '--config', 'samen4']);
    expect(result.code, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout) as RiskJson;
    expect(document.sensitivity[0]?.configuration).toBe('samen4');
    const swings = document.sensitivity[0]?.variables.map((v) => v.swing) ?? [];
    expect(swings.length).toBeGreaterThan(10);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('solve finds how high the MO overhead may be, checked with the exact engine', async () => {
    const result = await runInProcess(['solve', ALMELO, '--config', 'mo', '--param', 'overhead_mo', '--lang', 'en']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/costs as much as the baseline \(NPV\) at overhead_mo = €[\d,]+ in the first year/);
    expect(result.stdout).toMatch(/Checked with the exact calculation: difference -?€0\b/);
  });

  it('an unknown configuration or parameter is a usage error with a suggestion', async () => {
    const result = await runInProcessEnglish(['solve', ALMELO, '--config', 'mo', '--param', 'overhead_m']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean "overhead_mo"');
    expect((await runInProcessEnglish(['sensitivity', ALMELO, '--config', 'samen'])).stderr).toContain('did you mean "samen4"');
  });

  it('on the tiny example without an uncertainty section, risk draws nothing and every percentile is the exact result', async () => {
    const result = await runInProcess(['risk', 'noord.yaml', '--json', '--iterations', '100', '--jobs', '1'], { cwd: tinyCopy() });
    const document = JSON.parse(result.stdout) as RiskJson;
    const samen2 = document.risk.configurations.samen2;
    expect(samen2?.delta_npv.p5).toBeCloseTo(-877689.9, 0); // expected-noord.json: delta_npv of samen2
    expect(samen2?.delta_npv.p95).toBeCloseTo(-877689.9, 0);
    expect(samen2?.probability_cheaper).toBe(1);
  });
});

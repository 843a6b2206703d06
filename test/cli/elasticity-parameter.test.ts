import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { KEY, Terminal } from '../support/pty.js';
import { formulaMismatches } from '../support/formula-evaluator.js';
import { hasLibreOffice, recalculationMismatches } from '../support/recalc.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { TINY, tinyCopy } from '../support/testdir.js';

const TIMEOUT = 120_000;
const ORIGINAL = readFileSync(join(TINY, 'regio.yaml'), 'utf8');
const NUMBER_LINE = 'amount: overhead_gr, volume_elasticity: 0.3 }';
const PARAMETER_ANCHOR = '  risico_opslag: { unit: ratio, values: { 2021: 0.05 } }';

/**
 * The tiny region with the GR's overhead elasticity as the parameter gr_volume_elasticiteit
 * (`definition` is its YAML map), and optionally other edits of the region file.
 */
function regionText(definition = '{ unit: ratio, source: Schatting, values: { 2021: 0.3 } }', edits: readonly [string, string][] = []): string {
  let text = ORIGINAL
    .replace(PARAMETER_ANCHOR, `${PARAMETER_ANCHOR}\n  gr_volume_elasticiteit: ${definition}`)
    .replace(NUMBER_LINE, 'amount: overhead_gr, volume_elasticity: gr_volume_elasticiteit }');
  expect(text).toContain('volume_elasticity: gr_volume_elasticiteit }');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

/** The figures of a `run --json`: per configuration its net, NPV and lines (no file paths or warnings). */
function figures(stdout: string): unknown {
  const configurations = JSON.parse(stdout).configurations as Record<string, { net: number[]; npv: number; lines: unknown }>;
  return Object.fromEntries(Object.entries(configurations).map(([id, c]) => [id, { net: c.net, npv: c.npv, lines: c.lines }]));
}

async function runJson(dir: string, ...args: string[]): Promise<string> {
  const result = await runInProcess(['run', 'noord.yaml', '--json', ...args], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

/** The line number (1-based) of the first line of the region file holding `text`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('volume_elasticity as a parameter (methodology §4)', () => {
  it('gives exactly the figures of the same number written in the line', async () => {
    const asNumber = await runJson(tinyCopy());
    const asParameter = await runJson(tinyCopy({ 'regio.yaml': regionText() }));
    expect(figures(asParameter)).toEqual(figures(asNumber));
  }, TIMEOUT);

  it('is varied by --set: 0.5 gives the figures of the number 0.5 in the line, and other figures than 0.3', async () => {
    const dir = tinyCopy({ 'regio.yaml': regionText() });
    const set = await runJson(dir, '--set', 'gr_volume_elasticiteit=0.5');
    const written = await runJson(tinyCopy({ 'regio.yaml': ORIGINAL.replace(NUMBER_LINE, 'amount: overhead_gr, volume_elasticity: 0.5 }') }));
    expect(figures(set)).toEqual(figures(written));
    expect(figures(set)).not.toEqual(figures(await runJson(dir)));
  }, TIMEOUT);

  it('may differ per year: e(t) changes the overhead from the year it changes, not before', async () => {
    const flat = JSON.parse(await runJson(tinyCopy({ 'regio.yaml': regionText() }))).configurations.gr.lines.overhead.amounts as number[];
    const stepped = JSON.parse(await runJson(tinyCopy({ 'regio.yaml': regionText('{ unit: ratio, values: { 2021: 0.3, 2026: 0.9 } }') }))).configurations.gr.lines.overhead.amounts as number[];
    // horizon 2021–2030: 2021–2025 read 0.3 in both; from 2026 the overhead follows the shrinking SE more
    expect(stepped.slice(0, 5)).toEqual(flat.slice(0, 5));
    stepped.slice(5).forEach((x, i) => expect(x).toBeLessThan(flat[5 + i] ?? 0));
  }, TIMEOUT);

  it('is an assumption of the tornado, with a swing', async () => {
    const result = await runInProcess(['sensitivity', 'noord.yaml', '--json', '--config', 'eigen'], { cwd: tinyCopy({ 'regio.yaml': regionText() }) });
    expect(result.code, result.stderr).toBe(0);
    const variables = JSON.parse(result.stdout).sensitivity[0].variables as { name: string; swing: number }[];
    const elasticity = variables.find((v) => v.name === 'gr_volume_elasticiteit');
    expect(elasticity?.swing).toBeGreaterThan(1000);
  }, TIMEOUT);

  it('is drawn by the Monte Carlo when the uncertainty section names it', async () => {
    const uncertainty = '\nuncertainty:\n  parameters:\n    gr_volume_elasticiteit: { distribution: uniform, low: -0.5, high: 0.5, source: Schatting }\n';
    // 300 draws take one thread (risk-simulation.ts), so that the run needs no worker and can run in this process
    const spread = async (text: string) => {
      const result = await runInProcess(['risk', 'noord.yaml', '--json', '--iterations', '300'], { cwd: tinyCopy({ 'regio.yaml': text }) });
      expect(result.code, result.stderr).toBe(0);
      const npv = JSON.parse(result.stdout).risk.configurations.gr.npv as { p5: number; p95: number };
      return npv.p95 - npv.p5;
    };
    // nothing else is uncertain in the tiny region: without the section the GR's NPV does not move
    expect(await spread(regionText())).toBe(0);
    expect(await spread(`${regionText()}${uncertainty}`)).toBeGreaterThan(1000);
  }, TIMEOUT);

  it('is offered by what-if, which refuses a value above 1 at the question and takes 0.5 as --set does', async () => {
    const dir = tinyCopy({ 'regio.yaml': regionText() });
    const viaSet = JSON.parse(await runJson(dir, '--set', 'gr_volume_elasticiteit=0.5')) as { configurations: Record<string, { npv: number }> };
    const npv = viaSet.configurations.gr?.npv ?? NaN;
    const t = Terminal.start(['what-if', 'noord.yaml', '--lang', 'en'], dir);
    await t.answer('What now?', '');
    await t.waitFor('Which assumption?');
    await t.choose('gr_volume', '❯ gr_volume_elasticiteit = 30');
    await t.answer('New value of', '1.5');
    await t.waitFor('reads it as a volume elasticity, a ratio from 0 to 1');
    t.type(KEY.clearLine);
    t.type('0.5');
    t.type(KEY.enter);
    const effect = await t.waitFor(/samen2[^\n]*\n/);
    expect(effect).toMatch(new RegExp(`gr +€${Math.round(npv).toLocaleString('en')} `));
    await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}${KEY.down}`);
    await t.answer('Quit without saving', 'y');
    expect(await t.exit()).toBe(0);
  }, TIMEOUT);

  it('can be solved for, within 0 to 1: a break-even outside that range is reported as such', async () => {
    const solve = async (config: string) => {
      const result = await runInProcess(['solve', 'noord.yaml', '--json', '--config', config, '--param', 'gr_volume_elasticiteit'], { cwd: tinyCopy({ 'regio.yaml': regionText() }) });
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout).solve[0] as { found: boolean; reason?: string; value?: number; verified_difference?: number };
    };
    const within = await solve('eigen');
    expect(within.found).toBe(true);
    expect(within.value).toBeGreaterThan(0.3);
    expect(within.value).toBeLessThan(1);
    expect(Math.abs(within.verified_difference ?? NaN)).toBeLessThan(1);
    // Noord and Oost together stay cheaper than the GR unless the GR's elasticity exceeded 1
    expect(await solve('samen2')).toMatchObject({ found: false, reason: 'out-of-range' });
  }, TIMEOUT);

  it('is listed with its value and source among the assumptions of the council summary', async () => {
    const dir = tinyCopy({ 'regio.yaml': regionText() });
    const run = await runInProcess(['batch', 'regio.yaml', '--out', 'out'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'noord-samenvatting.md'), 'utf8')).toMatch(/\*\*gr\\_volume\\_elasticiteit\*\*: 30% \(Schatting\)/);
  }, TIMEOUT);

  it('is among the inputs that compare shows as changed', async () => {
    const a = tinyCopy({ 'regio.yaml': regionText() });
    const b = tinyCopy({ 'regio.yaml': regionText('{ unit: ratio, source: Schatting, values: { 2021: 0.5 } }') });
    const result = await runInProcess(['compare', join(a, 'noord.yaml'), join(b, 'noord.yaml'), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const changed = JSON.parse(result.stdout).inputs.parameters as { name: string; years: { a: number; b: number }[] }[];
    expect(changed.map((p) => p.name)).toEqual(['gr_volume_elasticiteit']);
    expect(changed[0]?.years[0]).toMatchObject({ a: 0.3, b: 0.5 });
  }, TIMEOUT);

  it('is a parameter on the Aannames sheet, read by the factor row, and the workbook recalculates to the engine\'s figures', async () => {
    const dir = tinyCopy({ 'regio.yaml': regionText('{ unit: ratio, description: Volume-elasticiteit GR, values: { 2021: 0.3, 2026: 0.9 } }') });
    const run = await runInProcess(['run', 'noord.yaml', '--out', 'out'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const workbook = join(dir, 'out', 'noord.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(workbook);
    const assumptions = wb.worksheets.find((s) => s.name === 'Aannames');
    let row = 0;
    assumptions?.eachRow((r, i) => {
      if (String(r.getCell(1).value).includes('(gr_volume_elasticiteit)')) row = i;
    });
    expect(row).toBeGreaterThan(0);
    const formulas: string[] = [];
    wb.getWorksheet('gr')?.eachRow((r) => r.eachCell((c) => {
      if (typeof c.value === 'object' && c.value !== null && 'formula' in c.value) formulas.push(String(c.value.formula));
    }));
    expect(formulas.some((f) => f.includes(`'Aannames'!D${row}`) || f.includes(`Aannames!D${row}`))).toBe(true);
    const { mismatches } = await formulaMismatches(workbook, { relative: 1e-9, absolute: 1e-6 });
    expect(mismatches).toEqual([]);
    // CI has LibreOffice (SOWECO_REQUIRE_LIBREOFFICE=1); it recalculates the same workbook
    if (hasLibreOffice() || process.env.SOWECO_REQUIRE_LIBREOFFICE === '1') {
      const [recalculated] = await recalculationMismatches([workbook]);
      expect(recalculated?.formulas).toBeGreaterThan(100);
      expect(recalculated?.mismatches.slice(0, 5)).toEqual([]);
    }
  }, TIMEOUT);

  it('is not read outside the line\'s years: a series that starts with the line leaves no gap, in the figures or the workbook', async () => {
    const text = regionText('{ unit: ratio, values: { 2026: 0.3 } }', [['volume_elasticity: gr_volume_elasticiteit }', 'volume_elasticity: gr_volume_elasticiteit, years: { from: 2026 } }']]);
    const dir = tinyCopy({ 'regio.yaml': text });
    const amounts = JSON.parse(await runJson(dir)).configurations.gr.lines.overhead.amounts as number[];
    expect(amounts.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    amounts.slice(5).forEach((x) => expect(x).toBeGreaterThan(0));
    const run = await runInProcess(['run', 'noord.yaml', '--out', 'out'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const { mismatches } = await formulaMismatches(join(dir, 'out', 'noord.xlsx'), { relative: 1e-9, absolute: 1e-6 });
    expect(mismatches).toEqual([]);
  }, TIMEOUT);
});

describe('volume_elasticity: bad input', () => {
  it('refuses a parameter value above 1 in a year the line applies, at the parameter, naming the year', async () => {
    const text = regionText('{ unit: ratio, values: { 2021: 0.3, 2026: 1.4 } }');
    const result = await runInProcessEnglish(['run', 'noord.yaml', '--json'], { cwd: tinyCopy({ 'regio.yaml': text }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`regio.yaml:${lineOf(text, 'gr_volume_elasticiteit:')}:3`);
    expect(result.stderr).toContain('parameter "gr_volume_elasticiteit" is 1.4 in 2026, but line "overhead" of model "gr" reads it as a volume elasticity, a ratio from 0 to 1');
    expect(result.stderr).toMatch(/hint: give "gr_volume_elasticiteit" values from 0/);
    expect(result.stdout).toBe('');
  }, TIMEOUT);

  it('accepts such a value in years the line does not apply', async () => {
    const text = regionText('{ unit: ratio, values: { 2021: 0.3, 2026: 1.4 } }', [['volume_elasticity: gr_volume_elasticiteit }', 'volume_elasticity: gr_volume_elasticiteit, years: { to: 2025 } }']]);
    const amounts = JSON.parse(await runJson(tinyCopy({ 'regio.yaml': text }))).configurations.gr.lines.overhead.amounts as number[];
    expect(amounts.slice(5)).toEqual([0, 0, 0, 0, 0]);
  }, TIMEOUT);

  it('refuses a value above 1 given by --set, at the --set', async () => {
    const result = await runInProcessEnglish(['run', 'noord.yaml', '--json', '--set', 'gr_volume_elasticiteit=1.2'], { cwd: tinyCopy({ 'regio.yaml': regionText() }) });
    // a mistake on the command line is a usage error
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: --set #1  gr_volume_elasticiteit\n  parameter "gr_volume_elasticiteit" is 1.2 in 2021');
  }, TIMEOUT);

  it('holds a municipality\'s own series to the same rules, at that series', async () => {
    const region = ORIGINAL
      .replace(PARAMETER_ANCHOR, `${PARAMETER_ANCHOR}\n  eigen_volume_elasticiteit: { unit: ratio, values: { 2021: 0.5 } }`)
      .replace('amount: overhead_eigen, volume_elasticity: 0.5 }', 'amount: overhead_eigen, volume_elasticity: eigen_volume_elasticiteit }');
    expect(region).toContain('volume_elasticity: eigen_volume_elasticiteit }');
    const noord = readFileSync(join(TINY, 'noord.yaml'), 'utf8');
    const own = (definition: string) => runInProcessEnglish(['run', 'noord.yaml', '--json'], { cwd: tinyCopy({ 'regio.yaml': region, 'noord.yaml': `${noord}  eigen_volume_elasticiteit: ${definition}\n` }) });
    // the model "eigen" runs alone per municipality: its lines read the municipality's own series
    const unit = await own('{ unit: EUR, values: { 2021: 0.4 } }');
    expect(unit.code).toBe(1);
    expect(unit.stderr).toContain('noord.yaml:6:3  parameters.eigen_volume_elasticiteit\n  parameter "eigen_volume_elasticiteit" is read as a volume elasticity, a ratio from 0 to 1, by line "overhead" of model "eigen", but its unit here is "EUR"');
    const range = await own('{ unit: ratio, values: { 2021: 1.4 } }');
    expect(range.code).toBe(1);
    expect(range.stderr).toContain('noord.yaml:6:3  parameters.eigen_volume_elasticiteit\n  parameter "eigen_volume_elasticiteit" is 1.4 in 2021');
    expect((await own('{ unit: ratio, values: { 2021: 0.4 } }')).code).toBe(0);
  }, TIMEOUT);

  it('refuses an unknown parameter, with a did-you-mean', async () => {
    const text = regionText(undefined, [['volume_elasticity: gr_volume_elasticiteit }', 'volume_elasticity: gr_volume_elasticitet }']]);
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: tinyCopy({ 'regio.yaml': text }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`regio.yaml:${lineOf(text, 'gr_volume_elasticitet')}:`);
    expect(result.stderr).toContain('unknown parameter "gr_volume_elasticitet"; did you mean "gr_volume_elasticiteit"?');
  }, TIMEOUT);

  it('refuses a parameter without unit ratio', async () => {
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: tinyCopy({ 'regio.yaml': regionText('{ unit: EUR, values: { 2021: 0.3 } }') }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('parameter "gr_volume_elasticiteit" is used as a volume elasticity, a ratio from 0 to 1, but its unit is "EUR"');
    expect(result.stderr).toContain('hint: give "gr_volume_elasticiteit" the line "unit: ratio" under "parameters"');
  }, TIMEOUT);

  it('still refuses a number outside 0 to 1', async () => {
    const text = ORIGINAL.replace(NUMBER_LINE, 'amount: overhead_gr, volume_elasticity: 1.5 }');
    const result = await runInProcess(['validate', 'noord.yaml'], { cwd: tinyCopy({ 'regio.yaml': text }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`regio.yaml:${lineOf(text, 'volume_elasticity: 1.5')}:`);
    expect(result.stderr).toContain('volume_elasticity');
  }, TIMEOUT);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { municipalitySubject, project, resultFor, type Projection } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { sourceText } from '../../src/load/series.js';
import { ZERO, type Dec } from '../../src/model/decimal.js';
import { estimateSummary } from '../../src/report/estimates.js';
import { isEstimate, sourceLabel } from '../../src/report/source-label.js';
import { buildMunicipalityWorkbook } from '../../src/report/workbook/index.js';
import { ROOT } from '../support/cli.js';
import { runInProcess } from '../support/in-process.js';
import { TINY, testDir, tinyCopy } from '../support/testdir.js';

// Issue 13, item 7: the Toelichting says how many inputs are estimates and which weigh most,
// instead of "Geen waarschuwingen" over figures that are mostly estimates.

/** The tiny region with sources: two estimates (by the rule of sourceLabel) and one published figure. */
function tinyWithSources(): string {
  const region = readFileSync(join(TINY, 'regio.yaml'), 'utf8')
    .replace('overhead_gr: { unit: EUR, values: { 2021: 900000 }, index: prijs }', 'overhead_gr: { unit: EUR, values: { 2021: 900000 }, index: prijs, source: "Schatting (verzonnen)" }')
    .replace('regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', 'regie_gemeente: { unit: EUR, values: { 2021: 40000 }, source: "Aanname: een halve fte" }')
    .replace('rijksbijdrage_per_se: { unit: EUR/SE, values: { 2021: 26000 }, index: prijs }', 'rijksbijdrage_per_se: { unit: EUR/SE, values: { 2021: 26000 }, index: prijs, source: "Meicirculaire 2021" }');
  return join(tinyCopy({ 'regio.yaml': region }), 'noord.yaml');
}

/** The present value of a line of noord in a configuration, as it bears it. */
function linePv(projection: Projection, configuration: string, line: string): Dec {
  const lr = resultFor(projection, configuration, municipalitySubject('noord'))?.lines.find((l) => l.line.id === line);
  return (lr?.amounts ?? []).reduce((acc, x, t) => acc.plus(x.times(projection.discountFactors[t] ?? ZERO)), ZERO);
}

async function notesOf(file: string, municipality: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildMunicipalityWorkbook(project(loadScenario(file)), municipality, { language: 'nl', version: 'test' })) as unknown as ArrayBuffer);
  const texts: string[] = [];
  wb.getWorksheet('Toelichting')?.eachRow((row) => texts.push(String(row.getCell(1).value)));
  return texts;
}

describe('the notes say how far the figures rest on estimates (issue 13, item 7)', () => {
  it('counts the estimates by the rule of sourceLabel', () => {
    for (const source of ['Schatting (laag)', 'Aanname: x', 'Estimate', 'Meicirculaire 2021', undefined]) {
      expect(isEstimate(source)).toBe(['Schatting', 'Aanname'].includes(sourceLabel(source, 'nl')));
    }
  });

  it('labels a structured source by its title (docs/input-format.md)', () => {
    const text = sourceText({ title: 'Begroting Soweco 2021, p. 14', href: 'https://example.org/begroting.pdf', checked: '2021-03-01' });
    expect(sourceLabel(text, 'nl')).toBe('Begroting Soweco 2021, p. 14');
    expect(isEstimate(text)).toBe(false);
  });

  it('weighs an estimate by its share of the difference in present value with the baseline', () => {
    const projection = project(loadScenario(tinyWithSources()));
    const summary = estimateSummary(projection, ['noord']);
    expect(summary.estimates).toBe(2);
    // every parameter and index noord's lines read; all but the three above without a source
    expect(summary.inputs).toBeGreaterThan(5);
    expect(summary.withoutSource).toBe(summary.inputs - 3);
    expect(summary.by).toBe('share');
    // the GR's overhead is only in the baseline: all of it is a difference; the regie only in "eigen"
    const gr = linePv(projection, 'gr', 'overhead');
    const regie = linePv(projection, 'eigen', 'regie');
    expect(summary.weightiest.map((e) => [e.figure, e.weight.toFixed(2)])).toEqual(
      [['overhead_gr', gr.toFixed(2)], ['regie_gemeente', regie.toFixed(2)]].sort((a, b) => Number(b[1]) - Number(a[1])),
    );
  });

  it('says so in the Toelichting of the shipped Almelo, and no bare "Geen waarschuwingen"', async () => {
    const notes = await notesOf(join(ROOT, 'scenarios/almelo.yaml'), 'almelo');
    const count = notes.map((t) => /^(\d+) van de (\d+) aannames/.exec(t)).find((m) => m !== null);
    expect(count).toBeDefined();
    expect(Number(count?.[1])).toBeGreaterThan(Number(count?.[2]) / 2);
    const weightiest = notes.find((t) => t.startsWith('Het zwaarst wegen'));
    expect(weightiest).toMatch(/€ \d{1,3}(\.\d{3})+\)/);
    expect(notes).not.toContain('Geen waarschuwingen.');
    expect(notes).toContain('Geen andere waarschuwingen.');
  });

  it('says it for both sides of a comparison of scenarios', async () => {
    const file = tinyWithSources();
    const out = testDir();
    const result = await runInProcess(['compare', file, file, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'noord-vs-noord.xlsx'));
    const notes: string[] = [];
    wb.getWorksheet('Toelichting')?.eachRow((row) => notes.push(String(row.getCell(1).value)));
    expect(notes.filter((t) => /^[AB]: 2 van de \d+ aannames/.test(t)).map((t) => t.slice(0, 2))).toEqual(['A:', 'B:']);
  });

  it('keeps "Geen waarschuwingen" where nothing is an estimate and every input has a source', async () => {
    const region = readFileSync(join(TINY, 'regio.yaml'), 'utf8').replace(/^( {2}\w+: \{ unit: .*) \}$/gm, '$1, source: "Jaarrekening 2020" }').replace(/(default: [\d.]+)/g, '$1, source: "CBS"');
    const own = readFileSync(join(TINY, 'noord.yaml'), 'utf8').replace('index: prijs }', 'index: prijs, source: "Begroting 2021" }');
    const file = join(tinyCopy({ 'regio.yaml': region, 'noord.yaml': own }), 'noord.yaml');
    const projection = project(loadScenario(file));
    expect(estimateSummary(projection, ['noord']).withoutSource).toBe(0);
    const notes = await notesOf(file, 'noord');
    expect(notes.some((t) => /aannames/.test(t) && /schattingen/.test(t))).toBe(false);
  });
});

import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/app/calibrate.js';
import { project } from '../../src/engine/index.js';
import { regionForecastLines } from '../../src/engine/evaluate-region.js';
import { loadScenario } from '../../src/load/index.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { testDir, tinyCopy } from '../support/testdir.js';

// Issue 15: realised figures of the region as a whole, in the region file (docs/input-format.md#realised).

const FIXTURE = fileURLToPath(new URL('../fixtures/tiny-realised', import.meta.url));
const FEES = fileURLToPath(new URL('../fixtures/tiny-fees', import.meta.url));

interface RegionDoc {
  municipalities: { municipality: string }[];
  region_evaluation?: { name: string; municipality?: string; configurations: { configuration: string; years: { year: number; lines: { line: string; volume: number; price: number }[]; net?: { difference: number } }[] }[]; population: { year: number }[] };
}

/** A region copy whose region file states `rows` (a lines CSV) as its own realised figures. */
function regionStating(from: string, rows: string): string {
  const dir = testDir();
  cpSync(from, dir, { recursive: true });
  writeFileSync(join(dir, 'data', 'regio-eigen.csv'), rows);
  const region = readFileSync(join(dir, 'regio.yaml'), 'utf8').replace(/\nrealised:\n( {2}.*\n)+/, '\n');
  writeFileSync(join(dir, 'regio.yaml'), `${region}\nrealised:\n  lines: data/regio-eigen.csv\n`);
  return join(dir, 'regio.yaml');
}

describe('evaluate on a region file whose region states figures of its own', () => {
  it('--json gives the region\'s evaluation next to its municipalities\'', async () => {
    const r = await runInProcess(['evaluate', join(FIXTURE, 'regio.yaml'), '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as RegionDoc;
    expect(doc.municipalities.map((m) => m.municipality)).toEqual(['noord']);
    const region = doc.region_evaluation;
    expect(region?.name).toBe('Kleine regio');
    expect(region?.municipality).toBeUndefined();
    const y2021 = region?.configurations[0]?.years[0];
    expect(y2021?.lines.find((l) => l.line === 'loonkosten')).toMatchObject({ volume: 1598.51, price: 21000 });
    expect(y2021?.net?.difference).toBe(41963.06);
    expect(region?.population.map((p) => p.year)).toEqual([2021, 2022]);
  });

  it('the terminal shows the region\'s table under its name, in English too', async () => {
    const r = await runInProcessEnglish(['evaluate', join(FIXTURE, 'regio.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Evaluation of Kleine regio: forecast against realised/);
  });

  it('a region file with figures of its own only is enough: its municipalities need state none', async () => {
    const file = regionStating(fileURLToPath(new URL('../fixtures/tiny', import.meta.url)), 'year,configuration,line,amount\n2021,gr,net,600000\n');
    const r = await runInProcess(['evaluate', file, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as RegionDoc;
    expect(doc.municipalities).toEqual([]);
    expect(doc.region_evaluation?.configurations[0]?.years[0]?.net?.difference).toBeGreaterThan(0);
  });
});

describe('bad realised figures of the region', () => {
  it('a fee line is no line of the region\'s sums: exit 1 at file:line:col, saying why', async () => {
    // in "levering" Zuid pays Noord and Oost's organisation a fee: a line of Noord's and Oost's results, not of the region's sums
    const file = regionStating(FEES, 'year,configuration,line,amount\n2021,levering,fee.zuid,100\n');
    const r = await runInProcessEnglish(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/regio-eigen\.csv:2:\d+\s+column line/);
    expect(r.stderr).toContain('the region\'s sums have no such line (a fee between organisations nets out in them)');
  });

  it('a year outside the horizon and an unknown configuration: each at its cell', async () => {
    const file = regionStating(fileURLToPath(new URL('../fixtures/tiny', import.meta.url)), 'year,configuration,line,amount\n2019,gr,net,1\n2021,gx,net,1\n');
    const r = await runInProcessEnglish(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/regio-eigen\.csv:2:1\s+column year/);
    expect(r.stderr).toContain('year 2019 lies outside the horizon 2021–2030');
    expect(r.stderr).toMatch(/regio-eigen\.csv:3:6\s+column configuration/);
    expect(r.stderr).toContain('did you mean "gr"');
  });
});

describe('calibrate against the region\'s own figures', () => {
  it('figures made by the model with a known factor give that factor back (within 1e-6 relative)', () => {
    const dir = tinyCopy();
    const truth = project(loadScenario(join(dir, 'regio.yaml'), { set: ['loonkosten_per_fte*=1.07'] }));
    const lines = regionForecastLines(truth, 'gr');
    const rows = ['year,configuration,line,amount'];
    for (const year of [2021, 2022, 2023]) {
      const t = year - 2021;
      rows.push(`${year},gr,loonkosten,${lines?.lines.find((l) => l.line.id === 'loonkosten')?.forecast(t).toFixed(10)}`);
      rows.push(`${year},gr,net,${lines?.net[t]?.toFixed(10)}`);
    }
    appendFileSync(join(dir, 'data', 'regio-realisatie.csv'), `${rows.join('\n')}\n`);
    appendFileSync(join(dir, 'regio.yaml'), '\nrealised:\n  lines: data/regio-realisatie.csv\n');
    const c = calibrate({ file: join(dir, 'regio.yaml'), params: ['loonkosten_per_fte'], bounds: [], weights: 'euros' });
    expect(c.figures.every((f) => f.figure.subject.kind === 'region')).toBe(true);
    expect(c.figures).toHaveLength(6);
    const fitted = c.parameters.find((p) => p.name === 'loonkosten_per_fte')?.factor.toNumber() ?? Number.NaN;
    expect(Math.abs(fitted / 1.07 - 1)).toBeLessThan(1e-6);
  });
});

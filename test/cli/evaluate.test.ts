import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { TINY, testDir, tinyCopy } from '../support/testdir.js';

// Issue 15, item 2: `soweco-bc evaluate`, the forecast against the realised figures
// (docs/methodology.md#evaluate), on the invented figures of test/fixtures/tiny-realised.

const FIXTURE = fileURLToPath(new URL('../fixtures/tiny-realised', import.meta.url));
const NOORD = join(FIXTURE, 'noord.yaml');

interface Split { forecast: number; realised: number; difference: number; volume: number; price: number; rest: number }
interface LineDoc extends Split { line: string; basis: string }
interface Measure { forecast: number | null; realised: number | null; difference: number | null }
interface PopulationDoc { year: number; by_work_form: Record<string, Record<string, Measure>>; total: Record<string, Measure>; implied_outflow: { factor: number | null; reason?: string } }
interface MunicipalityDoc {
  municipality: string;
  configurations: { configuration: string; years: { year: number; lines: LineDoc[]; stated_lines?: Split; net?: { difference: number } }[] }[];
  population: PopulationDoc[];
}
interface EvaluationDoc { municipalities: MunicipalityDoc[] }

const cents = (x: number) => Math.round(x * 100);

describe('soweco-bc evaluate', () => {
  it('prints the evaluation in Dutch: lines with their effects, the stated lines, net, population and implied outflow', async () => {
    const cwd = testDir();
    const r = await runInProcess(['evaluate', NOORD], { cwd });
    // without --out no workbook, not even in reports/
    expect(readdirSync(cwd)).toEqual([]);
    expect(r.stderr).not.toMatch(/fout/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Evaluatie Noord: prognose tegenover realisatie');
    expect(r.stdout).toMatch(/Loonkosten\s+€ 965\.100\s+€ 980\.000\s+€ 14\.900\s+€ 900\s+€ 14\.000\s+€ 0/);
    expect(r.stdout).toMatch(/Begeleiding\s+€ 53\.744\s+€ 0\s+-€ 53\.744\s+€ 0\s+€ 0\s+-€ 53\.744\s+niet gerealiseerd/);
    expect(r.stdout).toMatch(/netto kosten\s+€ 340\.672\s+€ 345\.000\s+€ 4\.328/);
    expect(r.stdout).toMatch(/Frictiekosten\s+€ 0\s+€ 15\.000\s+€ 15\.000\s+€ 0\s+€ 0\s+€ 15\.000\s+nieuw/);
    expect(r.stdout).toMatch(/2021: factor \d,\d{6} \(onder 50 jaar/);
  }, 60_000);

  it('prints it in English with --lang en', async () => {
    const r = await runInProcessEnglish(['evaluate', NOORD]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Evaluation of Noord: forecast against realised');
    expect(r.stdout).toMatch(/Rijksbijdrage\s+€841,471\s+€850,000\s+€8,529\s+€0\s+€8,529\s+€0\s+no realised volume/);
    expect(r.stdout).toContain('did not happen');
  }, 60_000);

  it('--json: the figures to the cent, and in every line the effects add up to the difference to the cent', async () => {
    const r = await runInProcess(['evaluate', NOORD, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as EvaluationDoc;
    expect(doc.municipalities.map((m) => m.municipality)).toEqual(['noord']);
    const gr = doc.municipalities[0]?.configurations.find((c) => c.configuration === 'gr');
    const loon = gr?.years[0]?.lines.find((l) => l.line === 'loonkosten');
    expect(loon).toMatchObject({ forecast: 965100.11, realised: 980000, difference: 14899.89, volume: 899.89, price: 14000, rest: 0, basis: 'volume' });
    expect(gr?.years[0]?.net?.difference).toBe(4327.54);
    const splits = doc.municipalities.flatMap((m) => m.configurations.flatMap((c) => c.years.flatMap((y) => [...y.lines, ...(y.stated_lines ? [y.stated_lines] : [])])));
    expect(splits.length).toBeGreaterThan(8);
    for (const s of splits) expect(cents(s.volume) + cents(s.price) + cents(s.rest)).toBe(cents(s.difference));
    const p2022 = doc.municipalities[0]?.population.find((p) => p.year === 2022);
    expect(p2022?.by_work_form.detachering?.se).toEqual({ forecast: expect.any(Number) as number, realised: null, difference: null });
    expect(p2022?.implied_outflow.factor).toEqual(expect.any(Number));
  }, 60_000);

  it('--config compares one configuration; a region file evaluates every municipality that states figures', async () => {
    const one = JSON.parse((await runInProcess(['evaluate', NOORD, '--json', '--config', 'eigen'])).stdout) as EvaluationDoc;
    expect(one.municipalities[0]?.configurations.map((c) => c.configuration)).toEqual(['eigen']);
    const region = JSON.parse((await runInProcess(['evaluate', join(FIXTURE, 'regio.yaml'), '--json'])).stdout) as EvaluationDoc;
    expect(region.municipalities.map((m) => m.municipality)).toEqual(['noord']);
  }, 60_000);

  it('skips the realised years a shorter horizon leaves out, and says so', async () => {
    const r = await runInProcess(['evaluate', NOORD, '--json', '--set', 'horizon.end=2022']);
    expect(r.code).toBe(0);
    const doc = (JSON.parse(r.stdout) as EvaluationDoc & { municipalities: { years: number[]; skipped_years: number[] }[] }).municipalities[0];
    expect([doc?.years, doc?.skipped_years]).toEqual([[2021, 2022], [2023]]);
    expect(doc?.configurations.map((c) => [c.configuration, c.years.map((y) => y.year)])).toEqual([['gr', [2021, 2022]], ['eigen', [2021]]]);
    const text = await runInProcess(['evaluate', NOORD, '--set', 'horizon.end=2022']);
    expect(text.stdout).toContain('Buiten de horizon, niet vergeleken: 2023');
  }, 60_000);

  it('refuses a file without realised figures (exit 1) and a --config of no use (exit 2), with a hint', async () => {
    const none = await runInProcess(['evaluate', join(TINY, 'noord.yaml')]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('deze gemeente geeft geen gerealiseerde cijfers');
    expect(none.stderr).toContain('docs/input-format.md, "realised"');
    const region = await runInProcessEnglish(['evaluate', join(TINY, 'regio.yaml')]);
    expect(region.code).toBe(1);
    expect(region.stderr).toContain('neither the region nor any of its municipalities states realised figures');
    const unknown = await runInProcess(['evaluate', NOORD, '--config', 'eigenn']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('bedoelde u "eigen"?');
    const unstated = await runInProcessEnglish(['evaluate', NOORD, '--config', 'samen2']);
    expect(unstated.code).toBe(2);
    expect(unstated.stderr).toContain('the realised figures name no line of configuration "samen2"');
    expect(unstated.stderr).toContain('the realised lines name: gr, eigen');
  }, 60_000);

  it('shows no forecast population figure the small-cell rule hides, nor an implied outflow of a small group', async () => {
    // Zuid: 5 people in each work form; three of beschut binnen reach the AOW age in 2025, leaving 2
    const zuid = readFileSync(join(TINY, 'zuid.yaml'), 'utf8');
    const dir = tinyCopy({
      'zuid.yaml': `${zuid}realised:\n  population: data/zuid-realisatie.csv\n`,
      'data/zuid-realisatie.csv': 'jaar;werkvorm;aantal\n2026;beschut_binnen;2\n2026;detachering;5\n2027;beschut_binnen;2\n',
    });
    const r = await runInProcess(['evaluate', join(dir, 'zuid.yaml'), '--json']);
    expect(r.code).toBe(0);
    const [y2026, y2027] = (JSON.parse(r.stdout) as EvaluationDoc).municipalities[0]?.population ?? [];
    expect(y2026?.by_work_form.beschut_binnen?.headcount).toEqual({ forecast: null, realised: 2, difference: null });
    // secondary suppression: the other form would give the small one back from the total
    expect(y2026?.by_work_form.detachering?.headcount?.forecast).toBeNull();
    expect(y2026?.total.headcount?.forecast).toEqual(expect.any(Number));
    expect(y2027?.implied_outflow).toEqual({ factor: null, reason: 'small_cell' });
    const text = await runInProcess(['evaluate', join(dir, 'zuid.yaml')]);
    expect(text.stdout).toMatch(/Beschut binnen\s+x\s+–\s+x\s+–\s+x\s+2,00/);
  }, 60_000);

  it('through the real command line: the JSON document alone on stdout', () => {
    const r = runCli(['evaluate', NOORD, '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as EvaluationDoc).municipalities).toHaveLength(1);
  }, 150_000);
});

describe('soweco-bc evaluate --population closed', () => {
  it('holds the forecast without the inflow streams against the realised figures: the evaluation of the files without inflow', async () => {
    const open = testDir();
    cpSync(FIXTURE, open, { recursive: true });
    const plain = testDir();
    cpSync(FIXTURE, plain, { recursive: true });
    const stream = '{ id: nieuw, work_form: beschut_binnen, people: { 2021: 12, 2022: 6 }, entry_month: 7, age_at_entry: 30, fte: 0.8 }';
    writeFileSync(join(open, 'noord.yaml'), `${readFileSync(NOORD, 'utf8')}inflow:\n  - ${stream}\n`);
    const evaluation = async (dir: string, extra: string[]) => {
      const r = await runInProcess(['evaluate', join(dir, 'noord.yaml'), '--json', ...extra]);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as EvaluationDoc).municipalities;
    };
    const closed = await evaluation(open, ['--population', 'closed']);
    expect(closed).toEqual(await evaluation(plain, []));
    expect(await evaluation(open, [])).not.toEqual(closed);
  }, 60_000);
});

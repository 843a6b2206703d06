import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { formulaMismatches, plainValue } from '../support/formula-evaluator.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { TINY, testDir, tinyCopy } from '../support/testdir.js';

// Issue 14, item 4: `--population open|closed` (docs/methodology.md#open-closed). Closed is
// the scenario as if no municipality file declared `inflow`; an open run of a scenario with
// inflow shows the closed world next to it (terminal, --json, the regional workbook); a
// scenario without inflow gives the very output it always gave. In this process where the
// process boundary is not what is tested.

const NOORD = readFileSync(join(TINY, 'noord.yaml'), 'utf8');
const OOST = readFileSync(join(TINY, 'oost.yaml'), 'utf8');
const STREAM = '{ id: nieuw, work_form: beschut_binnen, people: { 2021: 12, 2022: 6 }, entry_month: 7, age_at_entry: { 30: 0.5, 66: 0.5 }, fte: 0.8, outflow_rate: 0.08 }';
const OTHER = '{ id: lks, work_form: detachering, target_headcount: { 2021: 4, 2025: 10 }, age_at_entry: 35, fte: 1 }';
const withStream = (yaml: string, stream: string) => `${yaml}inflow:\n  - ${stream}\n`;

/** The tiny region with a stream in Noord's and in Oost's file. */
const streams = () => tinyCopy({ 'noord.yaml': withStream(NOORD, STREAM), 'oost.yaml': withStream(OOST, OTHER) });

interface Totals { readonly npv: number; readonly delta_npv: number }
interface ClosedFigures extends Totals { readonly from_inflow: Totals }
interface Document {
  readonly configurations: Record<string, Totals>;
  readonly by_municipality?: Record<string, Document>;
  readonly closed_population?: Record<string, ClosedFigures>;
  readonly variant?: { readonly overrides: readonly string[] };
}

async function json(args: readonly string[], cwd: string): Promise<Document> {
  const result = await runInProcess([...args, '--json'], { cwd });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Document;
}

/** A document without what says where it came from (the files' hashes, the changes made): what is left are its figures. */
function figures(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(figures);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'inputs' && k !== 'variant').map(([k, v]) => [k, figures(v)]));
}

const cents = (x: number) => Math.round(x * 100);

describe('--population closed', () => {
  it('gives the figures of the same files without `inflow:`, to the cent, for the region and a municipality', async () => {
    const dir = streams();
    const plain = tinyCopy();
    for (const file of ['regio.yaml', 'noord.yaml']) {
      const closed = await json(['run', file, '--population', 'closed'], dir);
      expect(figures(closed), file).toEqual(figures(await json(['run', file], plain)));
      expect(closed.variant?.overrides, `${file}: the report says the newcomers were left out`).toEqual(['--population closed']);
      expect(figures(closed), file).not.toEqual(figures(await json(['run', file], dir)));
    }
  }, 60_000);

  it('of a scenario without inflow changes nothing: the same bytes on stdout, no variant line', async () => {
    const plain = tinyCopy();
    for (const args of [['run', 'regio.yaml', '--json'], ['run', 'zuid.yaml', '--json'], ['run', 'regio.yaml'], ['run', 'noord.yaml']]) {
      const open = await runInProcess(args, { cwd: plain });
      const closed = await runInProcess([...args, '--population', 'closed'], { cwd: plain });
      expect([closed.code, closed.stdout], args.join(' ')).toEqual([0, open.stdout]);
      expect(open.stdout).not.toMatch(/closed_population|nieuwe doelgroepen|--population/);
    }
  }, 60_000);

  it('carries to sensitivity and compare: their figures are those of the files without `inflow:`', async () => {
    const dir = streams();
    const plain = tinyCopy();
    const sensitivity = (cwd: string, extra: string[]) => json(['sensitivity', 'noord.yaml', ...extra], cwd);
    expect(figures(await sensitivity(dir, ['--population', 'closed']))).toEqual(figures(await sensitivity(plain, [])));
    const compare = (cwd: string, extra: string[]) => json(['compare', 'noord.yaml', 'noord.yaml', ...extra], cwd);
    expect(figures(await compare(dir, ['--population', 'closed']))).toEqual(figures(await compare(plain, [])));
  }, 60_000);
});

describe('an open run of a scenario with inflow shows the closed world next to it', () => {
  it('--json: closed_population per configuration, for the region and each municipality; from_inflow = open − closed to the cent', async () => {
    const dir = streams();
    const open = await json(['run', 'regio.yaml'], dir);
    const closed = await json(['run', 'regio.yaml', '--population', 'closed'], dir);
    expect(closed.closed_population).toBeUndefined();
    const check = (o: Document, c: Document, what: string) => {
      expect(Object.keys(o.closed_population ?? {}), what).toEqual(Object.keys(o.configurations));
      for (const [id, x] of Object.entries(o.closed_population ?? {})) {
        const inOpen = o.configurations[id]!;
        const inClosed = c.configurations[id]!;
        expect([x.npv, x.delta_npv], `${what} ${id}`).toEqual([inClosed.npv, inClosed.delta_npv]);
        expect([cents(x.from_inflow.npv), cents(x.from_inflow.delta_npv)], `${what} ${id}`).toEqual([cents(inOpen.npv) - cents(x.npv), cents(inOpen.delta_npv) - cents(x.delta_npv)]);
      }
    };
    check(open, closed, 'region');
    for (const m of ['noord', 'oost', 'zuid']) check(open.by_municipality![m]!, closed.by_municipality![m]!, m);
    // Zuid has no stream of its own, yet in the GR its share of the organisation's cost moves with the others' newcomers
    expect(open.by_municipality!['zuid']!.closed_population!['gr']!.from_inflow.npv).toBeLessThan(0);
    expect(open.by_municipality!['zuid']!.closed_population!['eigen']!.from_inflow.npv).toBe(0);
  }, 60_000);

  it('the terminal: a block per configuration but the baseline, Δ NPV with, without and the part from the newcomers, in Dutch and English', async () => {
    const dir = streams();
    const document = await json(['run', 'noord.yaml'], dir);
    const nl = await runInProcess(['run', 'noord.yaml', '--out', testDir()], { cwd: dir });
    expect(nl.code, nl.stderr).toBe(0);
    const block = nl.stdout.slice(nl.stdout.indexOf('Met en zonder nieuwe doelgroepen'));
    expect(block).toMatch(/^Met en zonder nieuwe doelgroepen: Δ contante waarde met Huidige GR\n\s+Configuratie\s+met\s+zonder\s+deel nieuwe doelgroepen\n/);
    const euros = (x: number) => `${x < 0 ? '-' : ''}€ ${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(Math.abs(Math.round(x)))}`;
    for (const id of ['eigen', 'samen2']) {
      const x = document.closed_population![id]!;
      const row = new RegExp(`^\\s+${id}\\s+${escape(euros(document.configurations[id]!.delta_npv))}\\s+${escape(euros(x.delta_npv))}\\s+${escape(euros(x.from_inflow.delta_npv))}$`, 'm');
      expect(block).toMatch(row);
    }
    expect(block).not.toMatch(/^\s+gr\s/m); // the baseline differs from itself by nothing, in both worlds
    const en = await runInProcessEnglish(['run', 'noord.yaml', '--out', testDir()], { cwd: dir });
    expect(en.stdout).toContain('With and without new target groups: Δ NPV with Huidige GR');
    expect(en.stdout).toMatch(/Configuration\s+with\s+without\s+part from new target groups/);
  }, 60_000);

  it('the region\'s workbook: the table on the comparison sheet, its part a live formula, with − without', async () => {
    const dir = streams();
    const out = testDir();
    const document = await json(['run', 'regio.yaml'], dir);
    expect((await runInProcess(['run', 'regio.yaml', '--out', out], { cwd: dir })).code).toBe(0);
    const file = join(out, 'regio.xlsx');
    expect((await formulaMismatches(file)).mismatches).toEqual([]);
    const rows = await worldsRows(file);
    const ids = Object.keys(document.configurations);
    const column = (label: string, nth = 0) => rows.filter((r) => r.label === label)[nth]?.values ?? [];
    const byId = (pick: (x: ClosedFigures, o: Totals) => number) => ids.map((id) => pick(document.closed_population![id]!, document.configurations[id]!));
    // the workbook holds the engine's figures, the JSON them rounded to cents (and the part as the difference of those): within a cent
    const sameCents = (cells: number[], json: number[], what: string) => cells.forEach((x, i) => expect(Math.abs(cents(x) - cents(json[i]!)), `${what} ${ids[i]}: ${x} ≠ ${json[i]}`).toBeLessThanOrEqual(1));
    const expected = [
      ['Contante waarde, met nieuwe doelgroepen', 0, byId((_, o) => o.npv)],
      ['Contante waarde, zonder nieuwe doelgroepen', 0, byId((x) => x.npv)],
      ['Deel van de nieuwe doelgroepen', 0, byId((x) => x.from_inflow.npv)],
      ['Verschil met Huidige GR, met nieuwe doelgroepen', 0, byId((_, o) => o.delta_npv)],
      ['Verschil met Huidige GR, zonder nieuwe doelgroepen', 0, byId((x) => x.delta_npv)],
      ['Deel van de nieuwe doelgroepen', 1, byId((x) => x.from_inflow.delta_npv)],
    ] as const;
    for (const [label, nth, json] of expected) {
      expect(column(label, nth), label).toHaveLength(ids.length);
      sameCents(column(label, nth), [...json], label);
    }
    const part = rows.find((r) => r.label === 'Deel van de nieuwe doelgroepen');
    expect(part?.formula).toBe(`B${(part?.row ?? 0) - 2}-B${(part?.row ?? 0) - 1}`);
  }, 60_000);

  it('batch: the regional comparison holds the table, and --json the closed_population', async () => {
    const dir = streams();
    const out = testDir();
    const document = await json(['batch', 'regio.yaml', '--out', out, '--no-docx', '--jobs', '1'], dir);
    expect(Object.keys(document.closed_population ?? {})).toEqual(Object.keys(document.configurations));
    const rows = await worldsRows(join(out, 'regio-vergelijking.xlsx'));
    expect(rows.filter((r) => r.label === 'Deel van de nieuwe doelgroepen')).toHaveLength(2);
  }, 60_000);

  it('not where there is no inflow: the comparison sheet has no such table', async () => {
    const out = testDir();
    expect((await runInProcess(['run', 'regio.yaml', '--out', out], { cwd: tinyCopy() })).code).toBe(0);
    expect(await worldsRows(join(out, 'regio.xlsx'))).toEqual([]);
  }, 60_000);
});

describe('a value --population does not know', () => {
  it('is a usage error (exit 2) that names the value expected and the nearest, through the real CLI', () => {
    const result = runCli(['run', join(TINY, 'noord.yaml'), '--population', 'clsoed', '--out', testDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("fout: optie '--population <world>': waarde 'clsoed' is ongeldig. verwacht open (met de instroom) of closed (alleen de WSW-medewerkers); bedoelde u \"closed\"?");
    expect(result.stdout).toBe('');
  }, 60_000);

  it('in English, on every command that takes it; no guess for a word far from both', async () => {
    for (const command of [['run', 'noord.yaml'], ['compare', 'noord.yaml', 'zuid.yaml'], ['sensitivity', 'noord.yaml'], ['risk', 'noord.yaml'], ['solve', 'noord.yaml', '--param', 'x'], ['batch', 'regio.yaml']]) {
      const result = await runInProcessEnglish([...command, '--population', 'Open'], { cwd: tinyCopy() });
      expect([result.code, result.stderr], command[0]).toEqual([2, expect.stringContaining("error: option '--population <world>' argument 'Open' is invalid. expected open (with the inflow streams) or closed (the WSW employees alone); did you mean \"open\"?")]);
    }
    const far = await runInProcessEnglish(['run', 'noord.yaml', '--population', 'wsw'], { cwd: tinyCopy() });
    expect([far.code, far.stderr.includes('did you mean')]).toEqual([2, false]);
  }, 60_000);

  it('validate and what-if do not take it (they compute no business case to compare)', async () => {
    for (const command of [['validate', 'noord.yaml'], ['what-if', 'noord.yaml']]) {
      const result = await runInProcessEnglish([...command, '--population', 'closed'], { cwd: tinyCopy() });
      expect([result.code, result.stderr], command[0]).toEqual([2, expect.stringContaining("unknown option '--population'")]);
    }
  }, 60_000);
});

/** The rows of the comparison sheet's table "Met en zonder nieuwe doelgroepen": their label, row, first formula and figures. */
async function worldsRows(file: string): Promise<{ label: string; row: number; formula: string | undefined; values: number[] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Vergelijking');
  if (ws === undefined) throw new Error('no Vergelijking sheet');
  const rows: { label: string; row: number; formula: string | undefined; values: number[] }[] = [];
  let inside = false;
  ws.eachRow((row, n) => {
    const label = String(plainValue(row.getCell(1).value) ?? '');
    if (label.startsWith('Met en zonder nieuwe doelgroepen')) inside = true;
    else if (inside && (typeof row.getCell(2).value === 'number' || row.getCell(2).formula !== undefined)) {
      const values: number[] = [];
      // exceljs reads a formula's cached result 0 (the baseline's difference) as none
      for (let c = 2; c <= row.cellCount; c++) values.push(Number(plainValue(row.getCell(c).value) ?? 0));
      rows.push({ label, row: n, formula: row.getCell(2).formula ?? undefined, values });
    } else if (inside && label.startsWith('Zonder nieuwe doelgroepen')) inside = false;
  });
  return rows;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

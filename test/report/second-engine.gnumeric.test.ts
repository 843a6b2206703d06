import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { sameValue, type Value } from '../support/formula-evaluator.js';
import { cellValues, hasGnumeric, recalculateWithGnumeric } from '../support/gnumeric.js';
import { formulaCells } from '../support/recalc.js';
import { TINY, testDir } from '../support/testdir.js';

// `npm run check:gnumeric` (in CI after `npm test`): a second spreadsheet engine, Gnumeric,
// recalculates the Almelo workbook and the tiny region's workbooks (issue 13, item 8). Every
// formula must give the engine's cached figure, and the summaries the figures of the JSON
// output. It installs nothing: without `ssconvert` (Debian package gnumeric) it is skipped,
// unless SOWECO_REQUIRE_GNUMERIC=1 (CI installs it) makes that a failure.

const required = process.env.SOWECO_REQUIRE_GNUMERIC === '1';
const run = hasGnumeric() || required ? describe : describe.skip;

/** Gnumeric writes 15 significant digits, like LibreOffice. */
const TOLERANCE = { relative: 1e-9, absolute: 1e-9 };
/** The JSON output rounds money to cents. */
const CENTS = { relative: 0, absolute: 0.005 + 1e-9 };

interface ConfigurationFigures {
  readonly cumulative: number;
  readonly npv: number;
  readonly delta_cumulative: number;
  readonly delta_npv: number;
  readonly break_even_year: number | null;
}

interface Workbook {
  readonly name: string;
  readonly file: string;
  /** The JSON figures its summary shows, per configuration, and its summary sheet. */
  readonly figures: Readonly<Record<string, ConfigurationFigures>>;
  readonly kind: 'municipality' | 'region';
}

function json<T>(stdout: string): T {
  return JSON.parse(stdout) as T;
}

run('Gnumeric recalculates the workbooks to the engine\'s figures', () => {
  const out = testDir();
  const books: Workbook[] = [];
  let recalculated = new Map<string, Map<string, Value>>();
  beforeAll(async () => {
    const almelo = runCli(['run', join(ROOT, 'scenarios/almelo.yaml'), '--json', '--out', join(out, 'almelo')]);
    expect(almelo.code, almelo.stderr).toBe(0);
    books.push({ name: 'almelo', file: join(out, 'almelo', 'almelo.xlsx'), kind: 'municipality', figures: json<{ configurations: Record<string, ConfigurationFigures> }>(almelo.stdout).configurations });
    const tiny = runCli(['batch', join(TINY, 'regio.yaml'), '--json', '--out', join(out, 'tiny')]);
    expect(tiny.code, tiny.stderr).toBe(0);
    const region = json<{ configurations: Record<string, ConfigurationFigures>; by_municipality: Record<string, { configurations: Record<string, ConfigurationFigures> }> }>(tiny.stdout);
    for (const [m, result] of Object.entries(region.by_municipality)) books.push({ name: m, file: join(out, 'tiny', `${m}.xlsx`), kind: 'municipality', figures: result.configurations });
    books.push({ name: 'tiny (regional comparison)', file: join(out, 'tiny', 'regio-vergelijking.xlsx'), kind: 'region', figures: region.configurations });
    const { outputs, cleanUp } = recalculateWithGnumeric(books.map((b) => b.file));
    try {
      recalculated = new Map(await Promise.all(books.map(async (b, i) => [b.name, await cellValues(outputs[i] ?? '')] as const)));
    } finally {
      cleanUp();
    }
  }, 600_000);

  it('gives every formula cell of every workbook its cached value (the engine\'s figure)', async () => {
    expect(books.length).toBe(5);
    for (const book of books) {
      const values = recalculated.get(book.name);
      const cells = await formulaCells(book.file);
      expect(cells.length, book.name).toBeGreaterThan(50);
      const mismatches = cells
        .map((c) => ({ cell: `${c.sheet}!${c.address}`, formula: c.formula, cached: c.value, gnumeric: values?.get(`${c.sheet}!${c.address}`) ?? null }))
        .filter((c) => !sameValue(emptyAsNull(c.cached), emptyAsNull(c.gnumeric), TOLERANCE));
      expect(mismatches.slice(0, 5), book.name).toEqual([]);
    }
  });

  it('shows the JSON output\'s cumulative, NPV, differences and break-even year on each municipality\'s summary', () => {
    for (const book of books.filter((b) => b.kind === 'municipality')) {
      const values = recalculated.get(book.name) ?? new Map<string, Value>();
      const ids = Object.keys(book.figures);
      for (let row = 7; row < 7 + ids.length; row++) {
        const id = values.get(`Samenvatting!B${row}`);
        const f = book.figures[String(id)];
        expect(f, `${book.name} row ${row}`).toBeDefined();
        if (f === undefined) continue;
        const cell = (column: string) => values.get(`Samenvatting!${column}${row}`) ?? null;
        expect([cell('C'), cell('D'), cell('E'), cell('F')].map((v, i) => sameValue(v, [f.cumulative, f.npv, f.delta_cumulative, f.delta_npv][i] ?? null, CENTS)), `${book.name} ${String(id)}`).toEqual([true, true, true, true]);
        if (f.break_even_year !== null) expect(cell('G'), `${book.name} ${String(id)} break-even`).toBe(f.break_even_year);
        else expect(['nooit', 'n.v.t.']).toContain(cell('G'));
      }
    }
  });

  it('shows the region\'s figures and break-even years on the regional comparison', () => {
    const book = books.find((b) => b.kind === 'region');
    const values = recalculated.get(book?.name ?? '') ?? new Map<string, Value>();
    const figures = Object.values(book?.figures ?? {});
    // the four tables' "Regio" rows, in the order cumulative, NPV, difference in NPV, cumulative difference
    const regionRows = [...values.entries()].filter(([key, v]) => key.startsWith('Vergelijking!A') && v === 'Regio').map(([key]) => key.slice('Vergelijking!A'.length));
    expect(regionRows.length).toBe(4);
    const measures: (keyof ConfigurationFigures)[] = ['cumulative', 'npv', 'delta_npv', 'delta_cumulative'];
    regionRows.forEach((row, i) => {
      figures.forEach((f, j) => {
        const column = String.fromCharCode('B'.charCodeAt(0) + j);
        expect(sameValue(values.get(`Vergelijking!${column}${row}`) ?? null, f[measures[i] ?? 'npv'], CENTS), `${measures[i]} ${column}${row}`).toBe(true);
      });
    });
    const breakEvens = figures.map((f) => f.break_even_year).filter((y): y is number => y !== null);
    const shown = [...values.entries()].filter(([key]) => key.startsWith('Vergelijking!B')).map(([, v]) => v);
    for (const year of breakEvens) expect(shown).toContain(year);
  });
});

/** An empty text result and an empty cell are the same to a reader. */
function emptyAsNull(v: Value): Value {
  return v === '' ? null : v;
}

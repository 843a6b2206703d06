import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import type { Population, Projection } from '../../src/engine/index.js';
import type { Scenario } from '../../src/model/scenario.js';
import { municipalityDocument } from '../../src/report/json.js';
import { MIN_CELL_PERSONS, partition, populationCells, type Part } from '../../src/report/small-cells.js';
import { buildMunicipalityWorkbook } from '../../src/report/workbook/index.js';
import { generatedRegion } from '../properties/generated-region.js';

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };

/** Breakdowns with many small parts: most people counts a rule has to deal with lie around the threshold. */
const breakdown = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), { maxLength: 8 })
  .map((counts): Part[] => counts.map((persons, i) => ({ id: `f${i}`, persons })));

const personsIn = (parts: readonly Part[], ids: readonly string[]) => parts.filter((p) => ids.includes(p.id)).reduce((acc, p) => acc + p.persons, 0);
const small = (persons: number) => persons > 0 && persons < MIN_CELL_PERSONS;

describe('the small-cell rule: which parts of a breakdown are shown (src/report/small-cells.ts)', () => {
  it('the threshold is 5 persons', () => {
    expect(MIN_CELL_PERSONS).toBe(5);
  });

  it('shows no part of 1 to 4 people, and no "other" group of 1 to 4 people', () => {
    fc.assert(
      fc.property(breakdown, (parts) => {
        const p = partition(parts);
        for (const id of p.shown) expect(small(personsIn(parts, [id]))).toBe(false);
        if (p.mergedShown) expect(personsIn(parts, p.merged)).toBeGreaterThanOrEqual(MIN_CELL_PERSONS);
      }),
      runs,
    );
  });

  it('no merged part can be recomputed as total − shown parts: that difference is "other", which is either shown (≥ 5 people, at least two parts) or holds everyone (the total is then small too)', () => {
    fc.assert(
      fc.property(breakdown, (parts) => {
        const p = partition(parts);
        const total = personsIn(parts, parts.map((x) => x.id));
        const difference = total - personsIn(parts, p.shown);
        expect(difference).toBe(personsIn(parts, p.merged));
        if (p.merged.length === 0) return;
        if (p.mergedShown) {
          expect(p.merged.filter((id) => personsIn(parts, [id]) > 0).length).toBeGreaterThanOrEqual(2);
        } else {
          expect(p.shown.every((id) => personsIn(parts, [id]) === 0)).toBe(true);
          expect(small(total)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('keeps every part exactly once, in the given order', () => {
    fc.assert(
      fc.property(breakdown, (parts) => {
        const p = partition(parts);
        expect([...p.shown, ...p.merged].sort()).toEqual(parts.map((x) => x.id).sort());
        const order = (ids: readonly string[]) => ids.map((id) => parts.findIndex((x) => x.id === id));
        expect(order(p.shown)).toEqual([...order(p.shown)].sort((a, b) => a - b));
        expect(order(p.merged)).toEqual([...order(p.merged)].sort((a, b) => a - b));
      }),
      runs,
    );
  });

  it('changes nothing where every part holds nobody or at least 5 people', () => {
    fc.assert(
      fc.property(breakdown, (parts) => {
        const large = parts.map((x) => ({ ...x, persons: x.persons === 0 ? 0 : x.persons + MIN_CELL_PERSONS }));
        expect(partition(large)).toEqual({ shown: large.map((x) => x.id), merged: [], mergedShown: false });
      }),
      runs,
    );
  });

  it('merges a larger part only to protect a small one: the smallest, the last of equals', () => {
    const parts = (...counts: number[]) => counts.map((persons, i) => ({ id: 'ABCD'[i] ?? '', persons }));
    expect(partition(parts(100, 2, 50))).toEqual({ shown: ['A'], merged: ['B', 'C'], mergedShown: true });
    expect(partition(parts(7, 2, 3))).toEqual({ shown: ['A'], merged: ['B', 'C'], mergedShown: true });
    expect(partition(parts(6, 6, 1))).toEqual({ shown: ['A'], merged: ['B', 'C'], mergedShown: true });
    expect(partition(parts(3, 3))).toEqual({ shown: [], merged: ['A', 'B'], mergedShown: true });
    expect(partition(parts(2, 0, 1))).toEqual({ shown: ['B'], merged: ['A', 'C'], mergedShown: false });
    expect(partition(parts(9, 0))).toEqual({ shown: ['A', 'B'], merged: [], mergedShown: false });
  });
});

describe('the rule applied to a municipality\'s projected population', () => {
  it('counts the people behind a year\'s figures: who works at least one month of it, and who works through December', () => {
    const population = {
      persons: { working: [12, 9, 3], atYearEnd: [9, 3, 0] },
      personsByWorkForm: new Map([['a', [8, 6, 2]], ['b', [4, 3, 1]]]),
    } as unknown as Population;
    const cells = populationCells(population, ['a', 'b']);
    expect(cells.years.map((y) => [y.shown, y.merged, y.mergedShown, y.totalShown, y.yearEndShown])).toEqual([
      [[], ['a', 'b'], true, true, true],
      [[], ['a', 'b'], true, true, false],
      [[], ['a', 'b'], false, false, true],
    ]);
    expect(cells.hasMerged).toBe(true);
  });
});

interface PopulationJson {
  fte: (number | null)[];
  se: (number | null)[];
  headcount: (number | null)[];
  year_end_headcount: (number | null)[];
  by_work_form: Record<string, Record<'fte' | 'se' | 'headcount', (number | null)[]>>;
  other_work_forms?: Record<'fte' | 'se' | 'headcount', (number | null)[]>;
}
interface DocumentJson {
  population: PopulationJson;
  configurations: Record<string, { net_per_se: (number | null)[] }>;
  small_cells: { protected: boolean; min_persons: number };
}

function documents(p: Projection, m: string): { shown: DocumentJson; detail: DocumentJson } {
  const json = (cells: 'protected' | 'detail') => JSON.parse(JSON.stringify(municipalityDocument(p, m, cells))) as DocumentJson;
  return { shown: json('protected'), detail: json('detail') };
}

const QUANTITIES = ['fte', 'se', 'headcount'] as const;
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('the protected JSON document (run --json, batch --json) over generated regions', () => {
  it('shows no population figure made of 1 to 4 people, and hides no figure that total − shown would give back', () => {
    fc.assert(
      fc.property(generatedRegion(), (s) => {
        const p = project(s);
        for (const m of s.region.municipalityIds) {
          const population = p.populations.get(m);
          const { shown } = documents(p, m);
          expect(shown.small_cells).toEqual({ protected: true, min_persons: MIN_CELL_PERSONS });
          p.years.forEach((_, t) => {
            const working = population?.persons.working[t] ?? 0;
            for (const q of QUANTITIES) {
              expect(shown.population[q][t] !== null).toBe(!small(working));
              for (const [form, figures] of Object.entries(shown.population.by_work_form)) {
                if (figures[q][t] !== null) expect(small(population?.personsByWorkForm.get(form)?.[t] ?? 0)).toBe(false);
              }
              const total = shown.population[q][t];
              const other = shown.population.other_work_forms?.[q][t];
              if (total === null || total === undefined) continue;
              // the total is the shown forms plus "other", which is never one hidden form's figure
              const visible = Object.values(shown.population.by_work_form).reduce((acc, f) => acc + (f[q][t] ?? 0), 0);
              expect(other).not.toBeNull();
              expect(close(total, visible + (other ?? NaN))).toBe(true);
              const hidden = Object.entries(shown.population.by_work_form).filter(([form, f]) => f[q][t] === null && (population?.personsByWorkForm.get(form)?.[t] ?? 0) > 0);
              expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
            }
            expect(shown.population.year_end_headcount[t] !== null).toBe(!small(population?.persons.atYearEnd[t] ?? 0));
            for (const c of Object.values(shown.configurations)) {
              if (small(working)) expect(c.net_per_se[t]).toBeNull();
            }
          });
        }
      }),
      runs,
    );
  }, 60_000);

  it('leaves every figure as it is where it is shown: the totals and the calculation are unchanged', () => {
    fc.assert(
      fc.property(generatedRegion(), (s) => {
        const p = project(s);
        for (const m of s.region.municipalityIds) {
          const { shown, detail } = documents(p, m);
          for (const q of [...QUANTITIES, 'year_end_headcount'] as const) {
            shown.population[q].forEach((x, t) => x === null || expect(x).toBe(detail.population[q][t]));
          }
          for (const [form, figures] of Object.entries(shown.population.by_work_form)) {
            for (const q of QUANTITIES) figures[q].forEach((x, t) => x === null || expect(x).toBe(detail.population.by_work_form[form]?.[q][t]));
          }
          const { population: a, configurations: ca, ...restShown } = shown as DocumentJson & Record<string, unknown>;
          const { population: b, configurations: cb, ...restDetail } = detail as DocumentJson & Record<string, unknown>;
          void a;
          void b;
          expect({ ...restShown, small_cells: null }).toEqual({ ...restDetail, small_cells: null });
          const withoutPerSe = (c: Record<string, { net_per_se: unknown }>) => Object.fromEntries(Object.entries(c).map(([id, x]) => [id, { ...x, net_per_se: null }]));
          expect(withoutPerSe(ca)).toEqual(withoutPerSe(cb));
        }
      }),
      runs,
    );
  }, 60_000);

  it('a region where every group holds nobody or at least 5 people is shown in full, as with --detail', async () => {
    await fc.assert(
      fc.asyncProperty(generatedRegion(), async (s) => {
        const p = project(timesFive(s));
        for (const m of s.region.municipalityIds) {
          const { shown, detail } = documents(p, m);
          const { other_work_forms: other, ...population } = shown.population;
          expect(population).toEqual(detail.population);
          for (const q of QUANTITIES) expect(other?.[q].every((x) => x === 0)).toBe(true);
          expect(shown.configurations).toEqual(detail.configurations);
        }
        const first = s.region.municipalityIds[0];
        if (first === undefined) return;
        const marks = await workbookMarks(p, first);
        expect(marks).toEqual([]);
      }),
      { numRuns: Math.min(runs.numRuns, 8) },
    );
  }, 60_000);
});

/** The scenario with every employee group five times as large: every group of people then holds 0 or at least 5. */
function timesFive(s: Scenario): Scenario {
  return {
    ...s,
    municipalities: s.municipalities.map((m) => ({
      ...m,
      employees: m.employees.map((e) => ({ ...e, count: e.count * 5, fte: e.fte.times(5), se: e.se.times(5) })),
    })),
  };
}

/** Cells of the workbook that hold the small-cell mark, or that name "other work forms". */
async function workbookMarks(p: Projection, municipality: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildMunicipalityWorkbook(p, municipality, { language: 'nl', version: 'test' })) as unknown as ArrayBuffer);
  const found: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === 'x' || (typeof cell.value === 'string' && /— overige arbeidsvormen$|^Overige arbeidsvormen:/.test(cell.value))) found.push(`${ws.name}!${cell.address}`);
      }),
    ),
  );
  return found;
}

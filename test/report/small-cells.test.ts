import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import type { Population, Projection } from '../../src/engine/index.js';
import { Dec } from '../../src/model/decimal.js';
import type { Scenario } from '../../src/model/scenario.js';
import { municipalityDocument } from '../../src/report/json.js';
import { MIN_CELL_PERSONS, partition, populationCells, shownYears, smallYears, type Part } from '../../src/report/small-cells.js';
import { buildMunicipalityWorkbook } from '../../src/report/workbook/index.js';
import { generatedRegion } from '../properties/generated-region.js';

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };

/**
 * Breakdowns with many small parts: most people counts a rule has to deal with lie around the
 * threshold, and an empty part may be one whose last people were a small group (`emptied`).
 */
const breakdown = fc
  .array(fc.record({ persons: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), emptied: fc.boolean() }), { maxLength: 8 })
  .map((parts): Part[] => parts.map(({ persons, emptied }, i) => ({ id: `f${i}`, persons, small: (persons > 0 && persons < MIN_CELL_PERSONS) || (persons === 0 && emptied) })));

const personsIn = (parts: readonly Part[], ids: readonly string[]) => parts.filter((p) => ids.includes(p.id)).reduce((acc, p) => acc + p.persons, 0);
const small = (persons: number) => persons > 0 && persons < MIN_CELL_PERSONS;

describe('the small-cell rule: which groups are small cells (src/report/small-cells.ts)', () => {
  it('the threshold is 5 persons', () => {
    expect(MIN_CELL_PERSONS).toBe(5);
  });

  it('a group of 1 to 4 people is a small cell, and so is the empty group its last 1 to 4 people left: the year it turns 0 would tell when they left', () => {
    expect(smallYears([12, 9, 5, 3, 1, 0, 0])).toEqual([false, false, false, true, true, true, true]);
    expect(smallYears([12, 7, 0, 0])).toEqual([false, false, false, false]);
    expect(smallYears([0, 0])).toEqual([false, false]);
    expect(shownYears([6, 4, 0])).toEqual([true, false, false]);
  });

  it('a series of people counts that never rises shows a figure only where it is 0 from the start, ≥ 5, or 0 after a group of ≥ 5 left at once', () => {
    const falling = fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 12 }).map((xs) => [...xs].sort((a, b) => b - a));
    fc.assert(
      fc.property(falling, (persons) => {
        const shown = shownYears(persons);
        persons.forEach((n, t) => {
          const before = persons.slice(0, t).filter((x) => x > 0);
          const expected = n >= MIN_CELL_PERSONS || (n === 0 && (before.length === 0 || (before[before.length - 1] ?? 0) >= MIN_CELL_PERSONS));
          expect(shown[t]).toBe(expected);
        });
      }),
      runs,
    );
  });
});

describe('the small-cell rule: which parts of a breakdown are shown', () => {
  it('shows no part that is a small cell, and no "other" group of fewer than 5 people', () => {
    fc.assert(
      fc.property(breakdown, (parts) => {
        const p = partition(parts);
        for (const id of p.shown) expect(parts.find((x) => x.id === id)?.small).toBe(false);
        if (p.mergedShown) expect(personsIn(parts, p.merged)).toBeGreaterThanOrEqual(MIN_CELL_PERSONS);
      }),
      runs,
    );
  });

  it('no merged part can be recomputed as total − shown parts: that difference is "other", which holds more than any small part in it, or holds everyone', () => {
    fc.assert(
      fc.property(breakdown, (parts) => {
        const p = partition(parts);
        const total = personsIn(parts, parts.map((x) => x.id));
        expect(total - personsIn(parts, p.shown)).toBe(personsIn(parts, p.merged));
        if (p.merged.length === 0) return;
        if (p.mergedShown) {
          for (const part of parts.filter((x) => x.small && p.merged.includes(x.id))) expect(personsIn(parts, p.merged)).toBeGreaterThan(part.persons);
        } else {
          // nobody is left outside "other": the total is what "other" would be, and is itself small (or 0)
          expect(p.shown.every((id) => personsIn(parts, [id]) === 0)).toBe(true);
          expect(total).toBeLessThan(MIN_CELL_PERSONS);
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

  it('changes nothing where no part is a small cell', () => {
    fc.assert(
      fc.property(breakdown, (parts) => {
        const large = parts.map((x) => ({ ...x, persons: x.persons === 0 ? 0 : x.persons + MIN_CELL_PERSONS, small: false }));
        expect(partition(large)).toEqual({ shown: large.map((x) => x.id), merged: [], mergedShown: false });
      }),
      runs,
    );
  });

  it('merges a larger part only to protect a small one: the smallest, the last of equals', () => {
    const parts = (...counts: (number | 'emptied')[]) =>
      counts.map((n, i) => ({ id: 'ABCD'[i] ?? '', persons: n === 'emptied' ? 0 : n, small: n === 'emptied' || small(n) }));
    expect(partition(parts(100, 2, 50))).toEqual({ shown: ['A'], merged: ['B', 'C'], mergedShown: true });
    expect(partition(parts(7, 2, 3))).toEqual({ shown: ['A'], merged: ['B', 'C'], mergedShown: true });
    expect(partition(parts(6, 6, 1))).toEqual({ shown: ['A'], merged: ['B', 'C'], mergedShown: true });
    expect(partition(parts(3, 3))).toEqual({ shown: [], merged: ['A', 'B'], mergedShown: true });
    expect(partition(parts(2, 0, 1))).toEqual({ shown: ['B'], merged: ['A', 'C'], mergedShown: false });
    expect(partition(parts(9, 0))).toEqual({ shown: ['A', 'B'], merged: [], mergedShown: false });
    // the one person of C has left: C stays hidden, with the smallest other part, so that its 0 does not show
    expect(partition(parts(9, 6, 'emptied'))).toEqual({ shown: ['A'], merged: ['B', 'C'], mergedShown: true });
  });

  it('"other work forms" that holds nobody shows 0 where the total does: everyone left at once, 3 of one form and 2 of another', () => {
    const v = (...xs: number[]) => xs.map((x) => new Dec(x));
    const volumes = { fte: v(5, 5, 0), se: v(5, 5, 0), headcount: v(5, 5, 0) };
    const population = {
      ...volumes, yearEndHeadcount: v(5, 0, 0), excludedCount: 0,
      byWorkForm: new Map([['a', { fte: v(3, 3, 0), se: v(3, 3, 0), headcount: v(3, 3, 0) }], ['b', { fte: v(2, 2, 0), se: v(2, 2, 0), headcount: v(2, 2, 0) }]]),
      persons: { working: [5, 5, 0], atYearEnd: [5, 0, 0] },
      personsByWorkForm: new Map([['a', [3, 3, 0]], ['b', [2, 2, 0]]]),
      employeeFile: { ...volumes, yearEndHeadcount: v(5, 0, 0), byWorkForm: new Map() },
      byStream: new Map(),
    } satisfies Population;
    const cells = populationCells(population, ['a', 'b']);
    expect(cells.years.map((y) => [y.totalShown, y.merged, y.mergedShown])).toEqual([[true, ['a', 'b'], true], [true, ['a', 'b'], true], [true, ['a', 'b'], true]]);
    // the total emptied from 5 at once: its 0 shows, and so does "other", which the total minus nothing gives back
    const fewer = populationCells({ ...population, persons: { working: [4, 4, 0], atYearEnd: [4, 0, 0] }, personsByWorkForm: new Map([['a', [2, 2, 0]], ['b', [2, 2, 0]]]) }, ['a', 'b']);
    expect(fewer.years.map((y) => [y.totalShown, y.mergedShown])).toEqual([[false, false], [false, false], [false, false]]);
  });
});

describe('the rule applied to a municipality\'s projected population', () => {
  it('counts the people behind a year\'s figures: who works at least one month of it, and who works through December', () => {
    const population = {
      persons: { working: [12, 9, 3, 0], atYearEnd: [9, 3, 0, 0] },
      personsByWorkForm: new Map([['a', [8, 6, 2, 0]], ['b', [4, 3, 1, 0]]]),
    } as unknown as Population;
    const cells = populationCells(population, ['a', 'b']);
    expect(cells.years.map((y) => [y.shown, y.merged, y.mergedShown, y.totalShown, y.yearEndShown])).toEqual([
      [[], ['a', 'b'], true, true, true],
      [[], ['a', 'b'], true, true, false],
      [[], ['a', 'b'], false, false, false],
      [[], ['a', 'b'], false, false, false],
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
  it('shows no population figure of a small cell, and hides no figure that total − shown would give back', () => {
    fc.assert(
      fc.property(generatedRegion(), (s) => {
        const p = project(s);
        for (const m of s.region.municipalityIds) {
          const population = p.populations.get(m);
          if (population === undefined) continue;
          const { shown } = documents(p, m);
          expect(shown.small_cells).toEqual({ protected: true, min_persons: MIN_CELL_PERSONS });
          const totalSmall = smallYears(population.persons.working);
          const formSmall = new Map([...population.personsByWorkForm].map(([form, persons]) => [form, smallYears(persons)]));
          p.years.forEach((_, t) => {
            for (const q of QUANTITIES) {
              expect(shown.population[q][t] === null).toBe(totalSmall[t]);
              for (const [form, figures] of Object.entries(shown.population.by_work_form)) {
                if (figures[q][t] !== null) expect(formSmall.get(form)?.[t]).toBe(false);
              }
              const total = shown.population[q][t];
              const other = shown.population.other_work_forms?.[q][t];
              if (total === null || total === undefined) continue;
              // the total is the shown forms plus "other", which holds more people than any small form in it
              const visible = Object.values(shown.population.by_work_form).reduce((acc, f) => acc + (f[q][t] ?? 0), 0);
              expect(other).not.toBeNull();
              expect(close(total, visible + (other ?? NaN))).toBe(true);
              const hidden = Object.entries(shown.population.by_work_form).filter(([, f]) => f[q][t] === null).map(([form]) => form);
              const people = (form: string) => population.personsByWorkForm.get(form)?.[t] ?? 0;
              const inOther = hidden.reduce((acc, form) => acc + people(form), 0);
              if (hidden.length > 0 && inOther > 0) expect(inOther).toBeGreaterThanOrEqual(MIN_CELL_PERSONS);
              // a small form with people is outnumbered in "other"; one that emptied shows 0, as the total does
              for (const form of hidden.filter((f) => formSmall.get(f)?.[t] === true && people(f) > 0)) expect(inOther).toBeGreaterThan(people(form));
            }
            expect(shown.population.year_end_headcount[t] === null).toBe(smallYears(population.persons.atYearEnd)[t]);
            for (const c of Object.values(shown.configurations)) {
              if (totalSmall[t] === true) expect(c.net_per_se[t]).toBeNull();
            }
          });
        }
      }),
      runs,
    );
  });

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
  });

  it('a region where every group holds nobody or at least 5 people is shown in full, as in the unprotected document', async () => {
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
  });
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

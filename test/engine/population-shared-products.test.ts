import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectPopulation, type Population } from '../../src/engine/population.js';
import { regionSurvival } from '../../src/engine/survival.js';
import { loadScenario } from '../../src/load/index.js';
import { Dec } from '../../src/model/decimal.js';
import type { EmployeeGroup } from '../../src/model/employee.js';
import { anInflowStream } from '../support/inflow-streams.js';
import { TINY } from '../support/testdir.js';
import { projectPopulation as everyProduct } from './oracle/population.js';
import { straightforwardSurvival } from './oracle/survival.js';

// The projection computes a product once where SE is FTE's very number, and birth years on the
// same rates share one survival curve (src/engine/population.ts, survival.ts): every figure
// must be exactly, signed zeros included, what every product and every curve computed anew give.

const tiny = loadScenario(join(TINY, 'regio.yaml'));
const { region } = tiny;
const forms = region.workForms.map((f) => f.id);
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) };

/** SE as the loader gives it: FTE · 1 (an equal decimal), FTE itself, an equal text, or FTE with a weight. */
const seOf = (fte: Dec, how: number, weight: number): Dec =>
  [fte.times(1), fte, new Dec(fte.toString()), fte.times(new Dec(weight).div(100))][how] ?? fte;

const anEmployee: fc.Arbitrary<EmployeeGroup> = fc.record({
  year: fc.integer({ min: 1950, max: 2004 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  count: fc.integer({ min: 1, max: 3 }),
  fte: fc.oneof(fc.integer({ min: 0, max: 100 }).map((n) => new Dec(n).div(100)), fc.constant(new Dec('0.33333333333333333333333333333333333333333333')), fc.constant(new Dec('-0'))),
  how: fc.integer({ min: 0, max: 3 }),
  weight: fc.integer({ min: 1, max: 200 }),
  form: fc.constantFrom(...forms),
}).map((e) => ({ birth: { year: e.year, month: e.month, day: e.day }, workForm: e.form, count: e.count, fte: e.fte, se: seOf(e.fte, e.how, e.weight) }));

const aStream = (id: string) => anInflowStream(region, id, new Dec('0.8'));

const aMunicipality = fc.record({ employees: fc.array(anEmployee, { maxLength: 16 }), inflow: fc.tuple(aStream('a'), aStream('b')).map((s) => [...s]) });

/** Every figure of a population as its signed text (`valueOf` keeps −0): equal texts are the same decimals. */
function figures(p: Population): string {
  const text = (xs: readonly Dec[]) => xs.map((x) => x.valueOf()).join(' ');
  const vectors = (v: { fte: readonly Dec[]; se: readonly Dec[]; headcount: readonly Dec[] }) => [v.fte, v.se, v.headcount].map(text);
  return JSON.stringify({
    totals: [...vectors(p), text(p.yearEndHeadcount)],
    byWorkForm: [...p.byWorkForm].map(([f, v]) => [f, vectors(v)]),
    employeeFile: [...vectors(p.employeeFile), text(p.employeeFile.yearEndHeadcount)],
    byStream: [...p.byStream].map(([id, v]) => [id, vectors(v), text(v.yearEndHeadcount)]),
    persons: p.persons,
    excluded: p.excludedCount,
  });
}

describe('a population with products shared by equal FTE and SE and curves shared by equal rates', () => {
  it('is exactly the population of every product and every curve computed anew', () => {
    fc.assert(
      fc.property(fc.array(aMunicipality, { minLength: 1, maxLength: 3 }), (municipalities) => {
        const shared = regionSurvival(region);
        for (const m of municipalities) {
          const fast = projectPopulation(m.employees, region, m.inflow, shared);
          expect(figures(fast)).toBe(figures(everyProduct(m.employees, region, m.inflow, straightforwardSurvival(region))));
        }
      }),
      runs,
    );
  });
});

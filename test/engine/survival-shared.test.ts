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
import { straightforwardSurvival } from './oracle/survival.js';

// One set of survival curves serves every municipality of a projection, and each curve keeps
// its figures once computed (src/engine/survival.ts): the populations must be exactly, to the
// last of the 40 digits, what curves computed anew for every question give.

const tiny = loadScenario(join(TINY, 'regio.yaml'));
const { region } = tiny;
const forms = region.workForms.map((f) => f.id);
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 25) };

const anEmployee: fc.Arbitrary<EmployeeGroup> = fc.record({
  year: fc.integer({ min: 1950, max: 2004 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  count: fc.integer({ min: 1, max: 3 }),
  fte: fc.integer({ min: 1, max: 100 }),
  se: fc.integer({ min: 1, max: 125 }),
  form: fc.constantFrom(...forms),
}).map((e) => ({ birth: { year: e.year, month: e.month, day: e.day }, workForm: e.form, count: e.count, fte: new Dec(e.fte * e.count).div(100), se: new Dec(e.se * e.count).div(100) }));

const aStream = (id: string) => anInflowStream(region, id, new Dec('0.9'));

const aMunicipality = fc.record({ employees: fc.array(anEmployee, { maxLength: 12 }), inflow: fc.tuple(aStream('a'), aStream('b')).map((s) => [...s]) });

/** Every figure of a population, as text: equal texts are equal decimals to the last digit. */
function figures(p: Population): string {
  const vectors = (v: { fte: readonly Dec[]; se: readonly Dec[]; headcount: readonly Dec[] }) => [v.fte, v.se, v.headcount].map((x) => x.join(' '));
  return JSON.stringify({
    totals: [...vectors(p), p.yearEndHeadcount.join(' ')],
    byWorkForm: [...p.byWorkForm].map(([f, v]) => [f, vectors(v)]),
    employeeFile: [...vectors(p.employeeFile), p.employeeFile.yearEndHeadcount.join(' ')],
    byStream: [...p.byStream].map(([id, v]) => [id, vectors(v), v.yearEndHeadcount.join(' ')]),
    persons: p.persons,
  });
}

describe('survival curves shared by the municipalities of a projection', () => {
  it('give every municipality exactly the population that curves computed anew give', () => {
    fc.assert(
      fc.property(fc.array(aMunicipality, { minLength: 1, maxLength: 4 }), (municipalities) => {
        const shared = regionSurvival(region);
        for (const m of municipalities) {
          const fast = projectPopulation(m.employees, region, m.inflow, shared);
          expect(figures(fast)).toBe(figures(projectPopulation(m.employees, region, m.inflow, straightforwardSurvival(region))));
        }
      }),
      runs,
    );
  });
});

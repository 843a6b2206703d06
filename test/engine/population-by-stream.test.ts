import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectPopulation, type PartVolumes, type Population } from '../../src/engine/population.js';
import { loadScenario } from '../../src/load/index.js';
import { Dec, ZERO } from '../../src/model/decimal.js';
import type { InflowStream } from '../../src/model/inflow.js';
import { TINY } from '../support/testdir.js';

// The population split by origin (issue 14, item 3): the employee file's part and each inflow
// stream's part add up to the totals; the people behind the figures are the employees only.

const tiny = loadScenario(join(TINY, 'regio.yaml'));
const { region } = tiny;
const forms = region.workForms.map((f) => f.id);
const staffOf = (id: string) => tiny.municipalities.find((m) => m.id === id)!.employees;

const aStream = (id: string): fc.Arbitrary<InflowStream> =>
  fc.record({
    form: fc.constantFrom(...forms),
    target: fc.boolean(),
    years: fc.dictionary(fc.integer({ min: region.horizon.start, max: region.horizon.end }).map(String), fc.integer({ min: 0, max: 400 }), { minKeys: 1, maxKeys: 3 }),
    month: fc.integer({ min: 1, max: 12 }),
    age: fc.integer({ min: 18, max: 66 }),
    fte: fc.integer({ min: 1, max: 10 }),
    rate: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  }).map((r) => ({
    id,
    workForm: r.form,
    size: { kind: r.target ? 'target' : 'people', byYear: new Map(Object.entries(r.years).map(([y, n]) => [Number(y), new Dec(n).div(10)])) },
    entryMonth: r.month,
    ages: [{ age: r.age, share: new Dec(1) }],
    fte: new Dec(r.fte).div(10),
    se: new Dec(r.fte).div(8),
    at: { file: 'noord.yaml' },
    ...(r.rate === undefined ? {} : { outflowRate: new Dec(r.rate).div(100) }),
  }));

/** Equal but for the last of the 40 significant digits, where sums taken in another order differ. */
const same = (a: Dec, b: Dec) => a.minus(b).abs().lte(a.abs().plus(1).times('1e-35'));

function expectPartsAddUp(p: Population): void {
  const parts: PartVolumes[] = [p.employeeFile, ...p.byStream.values()];
  for (const key of ['fte', 'se', 'headcount', 'yearEndHeadcount'] as const) {
    p[key].forEach((total, i) => expect(same(total, parts.reduce((acc, part) => acc.plus(part[key][i]!), ZERO))).toBe(true));
  }
  for (const form of forms) {
    const streams = [...p.byStream.values()].filter((s) => s.workForm === form);
    for (const key of ['fte', 'se', 'headcount'] as const) {
      p.byWorkForm.get(form)![key].forEach((total, i) => {
        const sum = streams.reduce((acc, s) => acc.plus(s[key][i]!), p.employeeFile.byWorkForm.get(form)![key][i]!);
        expect(same(total, sum)).toBe(true);
      });
    }
  }
}

describe('a population split into the employee file and its inflow streams', () => {
  it('without streams: no stream parts, and the employee file\'s part is the totals, exactly', () => {
    for (const m of tiny.municipalities) {
      const p = projectPopulation(m.employees, region, m.inflow);
      expect(p.byStream.size).toBe(0);
      for (const key of ['fte', 'se', 'headcount', 'yearEndHeadcount'] as const) expect(p.employeeFile[key].map(String)).toEqual(p[key].map(String));
      for (const form of forms) expect(p.employeeFile.byWorkForm.get(form)!.se.map(String)).toEqual(p.byWorkForm.get(form)!.se.map(String));
    }
  });

  it('the employee file\'s part and the streams\' parts add up to the totals, per work form too; the employee part is the closed population', () => {
    fc.assert(
      fc.property(fc.constantFrom('noord', 'oost', 'zuid'), aStream('a'), fc.option(aStream('b'), { nil: undefined }), (m, a, b) => {
        const streams = b === undefined ? [a] : [a, b];
        const open = projectPopulation(staffOf(m), region, streams);
        const closed = projectPopulation(staffOf(m), region);
        expect([...open.byStream.keys()]).toEqual(streams.map((s) => s.id));
        expectPartsAddUp(open);
        expect(open.employeeFile.headcount.map(String)).toEqual(closed.headcount.map(String));
        expect(open.employeeFile.yearEndHeadcount.map(String)).toEqual(closed.yearEndHeadcount.map(String));
        // the people behind the figures, for the small-cell rule, are the employees alone
        expect(open.persons).toEqual(closed.persons);
        expect([...open.personsByWorkForm]).toEqual([...closed.personsByWorkForm]);
        // inflow never takes anyone away
        for (const s of open.byStream.values()) expect(s.headcount.every((x) => x.gte(0))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('a stream into an otherwise empty work form is that work form\'s figures, exactly', () => {
    const stream: InflowStream = {
      id: 'nieuw', workForm: 'detachering', size: { kind: 'people', byYear: new Map([[2021, new Dec(12)]]) }, entryMonth: 7,
      ages: [{ age: 30, share: new Dec(1) }], fte: new Dec('0.8'), se: new Dec('0.8'), outflowRate: new Dec('0.08'), at: { file: 'noord.yaml' },
    };
    const p = projectPopulation(staffOf('noord').filter((e) => e.workForm !== 'detachering'), region, [stream]);
    expect(p.byStream.get('nieuw')!.fte.map(String)).toEqual(p.byWorkForm.get('detachering')!.fte.map(String));
    expect(p.employeeFile.byWorkForm.get('detachering')!.fte.every((x) => x.isZero())).toBe(true);
  });
});

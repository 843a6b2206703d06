import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/project.js';
import { withOutflowScaled } from '../../src/engine/risk/sensitivity.js';
import { projectPopulation, type Population } from '../../src/engine/population.js';
import { loadScenario } from '../../src/load/index.js';
import { Dec } from '../../src/model/decimal.js';
import type { InflowStream } from '../../src/model/inflow.js';
import type { Scenario } from '../../src/model/scenario.js';
import { employees, scenario } from '../support/model-builders.js';
import { TINY, testDir, tinyCopy } from '../support/testdir.js';
import { generateRegion } from '../../src/synthetic/generate-region.js';

// Inflow streams (docs/methodology.md#inflow): the worked example by hand, the target rule,
// and the properties the issue asks for.

const NOORD = readFileSync(join(TINY, 'noord.yaml'), 'utf8');
const EXAMPLE = '{ id: nieuw, work_form: beschut_binnen, people: { 2021: 12, 2022: 6 }, entry_month: 7, age_at_entry: { 30: 0.5, 66: 0.5 }, fte: 0.8, outflow_rate: 0.08 }';

/** The tiny scenario with the given streams in Noord's file. */
function tinyWith(...streams: string[]): Scenario {
  const noord = streams.length === 0 ? NOORD : `${NOORD}inflow:\n${streams.map((s) => `  - ${s}\n`).join('')}`;
  return loadScenario(join(tinyCopy({ 'noord.yaml': noord }), 'noord.yaml'));
}

const streamsOf = (s: Scenario, id: string) => s.municipalities.find((m) => m.id === id)?.inflow ?? [];
const fixed = (xs: readonly Dec[], digits: number) => xs.map((x) => x.toFixed(digits));
/** Equal but for the 40th significant digit, where a sum taken in another order may differ. */
const same = (a: Dec, b: Dec | number | string) => a.minus(b).abs().lt('1e-30');

describe('the worked example of docs/methodology.md#inflow, by hand', () => {
  const s = tinyWith(EXAMPLE);
  const alone = projectPopulation([], s.region, streamsOf(s, 'noord'));

  it('head count, FTE, SE and year-end head count of the stream alone, 2021–2023', () => {
    const form = alone.byWorkForm.get('beschut_binnen')!;
    expect(fixed(form.headcount.slice(0, 3), 18)).toEqual(['5.876635921707185742', '10.351821203751632345', '8.786612677516181006']);
    expect(fixed(form.fte.slice(0, 3), 18)).toEqual(['4.701308737365748594', '8.281456963001305876', '7.029290142012944805']);
    expect(fixed(form.se.slice(0, 3), 18)).toEqual(fixed(form.fte.slice(0, 3), 18)); // se defaults to fte
    expect(fixed(alone.yearEndHeadcount.slice(0, 3), 18)).toEqual(['11.509995655950526900', '11.049595829712505824', '7.518329162466884171']);
    expect(alone.byWorkForm.get('detachering')!.headcount.every((x) => x.isZero())).toBe(true);
  });

  it('the entrants are the stream\'s own figures, and no people for the small-cell rule (docs/methodology.md#small-cells)', () => {
    const stream = alone.byStream.get('nieuw')!;
    expect(fixed(stream.headcount.slice(0, 3), 18)).toEqual(['5.876635921707185742', '10.351821203751632345', '8.786612677516181006']);
    expect(fixed(stream.yearEndHeadcount.slice(0, 3), 18)).toEqual(['11.509995655950526900', '11.049595829712505824', '7.518329162466884171']);
    expect(alone.persons.working.every((n) => n === 0) && alone.persons.atYearEnd.every((n) => n === 0)).toBe(true);
  });

  it("Noord's figures are its own plus the stream's, and its wage costs grow in 2021 by € 141.039,26", () => {
    const closed = project(tinyWith());
    const open = project(s);
    const before = closed.populations.get('noord')!;
    const after = open.populations.get('noord')!;
    after.fte.forEach((x, i) => expect(same(x.minus(before.fte[i]!), alone.fte[i]!)).toBe(true));
    const wages = (p: typeof open) => p.results.get('gr')!.get('noord')!.lines.find((l) => l.line.id === 'loonkosten')!.amounts[0]!;
    expect(wages(open).minus(wages(closed)).toFixed(2)).toBe('141039.26');
  });
});

describe('the target rule', () => {
  it('tops the head count up to the target on the entry day: inflow 10, 2.8, 2.96, then 1.12 a year', () => {
    const s = tinyWith('{ id: doel, work_form: detachering, target_headcount: { 2021: 10, 2023: 14 }, age_at_entry: 30, fte: 1, outflow_rate: 0.08 }');
    const p = projectPopulation([], s.region, streamsOf(s, 'noord'));
    // entering on 1 January, the head count at the year's end is (target) · 0.92
    expect(p.yearEndHeadcount.slice(0, 5).map((x) => x.toSignificantDigits(30).toString())).toEqual(['9.2', '11.04', '12.88', '12.88', '12.88']);
  });

  it('brings nobody in before its first year, and pushes nobody out when above target', () => {
    const s = tinyWith('{ id: doel, work_form: detachering, target_headcount: { 2023: 10, 2024: 2 }, age_at_entry: 30, fte: 1 }');
    const p = projectPopulation([], s.region, streamsOf(s, 'noord'));
    expect(p.headcount.slice(0, 3).map((x) => x.isZero())).toEqual([true, true, false]);
    // after 2023 the target falls to 2: nobody comes in (the head count only shrinks), nobody is pushed out
    expect(p.yearEndHeadcount[3]!.lt(p.yearEndHeadcount[2]!) && p.yearEndHeadcount[3]!.gt(9)).toBe(true);
  });
});

// Properties, on a small in-memory region with outflow and an AOW schedule.
const region = scenario({ models: [], configurations: [], municipalities: [], outflow: { kind: 'bands', bands: [{ belowAge: 50, rate: new Dec('0.03') }, { rate: new Dec('0.06') }] } }).region;
const at = { file: 'noord.yaml' };

const anEmployee = fc.record({ year: fc.integer({ min: 1955, max: 2000 }), month: fc.integer({ min: 1, max: 12 }), fte: fc.integer({ min: 1, max: 15 }), form: fc.constantFrom('binnen', 'detachering') });
const someEmployees = fc.array(anEmployee, { maxLength: 6 }).map((xs) =>
  employees(xs.map((e) => ({ birth: { year: e.year, month: e.month, day: 1 }, workForm: e.form, fte: (e.fte / 10).toString() }))));
const aStream: fc.Arbitrary<InflowStream> = fc.record({
  form: fc.constantFrom('binnen', 'detachering'),
  target: fc.boolean(),
  years: fc.dictionary(fc.integer({ min: 2021, max: 2030 }).map(String), fc.integer({ min: 0, max: 400 }), { maxKeys: 4 }),
  month: fc.integer({ min: 1, max: 12 }),
  ages: fc.uniqueArray(fc.integer({ min: 15, max: 70 }), { minLength: 1, maxLength: 3 }),
  fte: fc.integer({ min: 1, max: 15 }),
  rate: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
}).map((r) => ({
  id: 's',
  workForm: r.form,
  size: { kind: r.target ? 'target' : 'people', byYear: new Map(Object.entries(r.years).map(([y, n]) => [Number(y), new Dec(n).div(10)])) },
  entryMonth: r.month,
  ages: r.ages.map((age) => ({ age, share: new Dec(1).div(r.ages.length) })),
  fte: new Dec(r.fte).div(10),
  se: new Dec(r.fte).div(10),
  at,
  ...(r.rate === undefined ? {} : { outflowRate: new Dec(r.rate).div(100) }),
}));

/** Every figure of a population, as text, for exact comparison. */
function figures(p: Population) {
  const text = (xs: readonly Dec[]) => xs.map(String);
  return {
    fte: text(p.fte), se: text(p.se), headcount: text(p.headcount), yearEnd: text(p.yearEndHeadcount),
    forms: [...p.byWorkForm].map(([f, v]) => [f, text(v.fte), text(v.se), text(v.headcount)]),
    persons: p.persons, personsByForm: [...p.personsByWorkForm],
  };
}

describe('properties of inflow', () => {
  it('no inflow, or streams that bring nobody in, leave every figure exactly unchanged', () => {
    fc.assert(fc.property(someEmployees, aStream, (staff, stream) => {
      const closed = figures(projectPopulation(staff, region));
      expect(figures(projectPopulation(staff, region, []))).toEqual(closed);
      const nobody = { ...stream, size: { kind: 'people' as const, byYear: new Map([[2021, new Dec(0)]]) } };
      expect(figures(projectPopulation(staff, region, [nobody]))).toEqual(closed);
    }), { numRuns: 50 });
  });

  it('inflow never lowers a year\'s head count, FTE or SE, in total or per work form', () => {
    fc.assert(fc.property(someEmployees, fc.array(aStream, { maxLength: 3 }), (staff, streams) => {
      const closed = projectPopulation(staff, region);
      const open = projectPopulation(staff, region, streams);
      for (const key of ['headcount', 'fte', 'se', 'yearEndHeadcount'] as const) open[key].forEach((x, i) => expect(x.gte(closed[key][i]!)).toBe(true));
      for (const [form, v] of open.byWorkForm) v.headcount.forEach((x, i) => expect(x.gte(closed.byWorkForm.get(form)!.headcount[i]!)).toBe(true));
    }), { numRuns: 50 });
  });

  it('a stream whose people all leave in their first year adds exactly its first-year figures', () => {
    // no outflow; born 1 (entry month) (year − 66): AOW 67 years later, within a year of entry
    fc.assert(fc.property(someEmployees, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 99 }), (staff, i, month, people) => {
      const year = 2021 + i;
      const stream: InflowStream = {
        id: 's', workForm: 'binnen', size: { kind: 'people', byYear: new Map([[year, new Dec(people)]]) }, entryMonth: month,
        ages: [{ age: 67, share: new Dec(1) }], fte: new Dec('0.5'), se: new Dec('0.7'), outflowRate: new Dec(0), at,
      };
      // age 67 with AOW at 67: they would enter on their AOW date and add nothing; age 66 works 12 months
      const working = { ...stream, ages: [{ age: 66, share: new Dec(1) }] };
      const closed = projectPopulation(staff, region);
      expect(figures(projectPopulation(staff, region, [stream]))).toEqual(figures(closed));
      const open = projectPopulation(staff, region, [working]);
      const first = new Dec(people).times(13 - month).div(12); // from the entry month to December, present all the time
      open.headcount.forEach((x, j) => {
        const added = x.minus(closed.headcount[j]!);
        expect(same(added, j === i ? first : j === i + 1 ? new Dec(people).times(month - 1).div(12) : 0)).toBe(true);
      });
      expect(same(open.fte[i]!.minus(closed.fte[i]!), first.times('0.5'))).toBe(true);
      expect(same(open.se[i]!.minus(closed.se[i]!), first.times('0.7'))).toBe(true);
    }), { numRuns: 50 });
  });

  it('regional = Σ municipalities, with streams in two municipalities', () => {
    const tiny = tinyWith();
    const forms = (x: InflowStream) => ({ ...x, workForm: x.workForm === 'binnen' ? 'beschut_binnen' : 'detachering' });
    fc.assert(fc.property(aStream, aStream, (a, b) => {
      const s: Scenario = { ...tiny, municipalities: tiny.municipalities.map((m) => (m.id === 'noord' ? { ...m, inflow: [forms(a)] } : m.id === 'oost' ? { ...m, inflow: [forms(b)] } : m)) };
      const p = project(s);
      for (const [configuration, byMunicipality] of p.results) {
        const regional = p.regional.get(configuration)!;
        regional.net.forEach((x, i) => expect(x.eq([...byMunicipality.values()].reduce((acc, r) => acc.plus(r.net[i]!), new Dec(0)))).toBe(true));
      }
    }), { numRuns: 8 });
  });
});

describe('the outflow rate as an uncertain variable (sensitivity)', () => {
  it("scales a stream's own outflow rate with the region's, and leaves a stream without one to follow the region", () => {
    const s = tinyWith(EXAMPLE, '{ id: regio, work_form: detachering, people: { 2021: 5 }, age_at_entry: 40, fte: 1 }');
    const scaled = withOutflowScaled(s, 1.5);
    const [own, region] = streamsOf(scaled, 'noord');
    expect(own?.outflowRate?.toString()).toBe('0.12');
    expect(region?.outflowRate).toBeUndefined();
    expect(scaled.region.outflow.kind === 'bands' && scaled.region.outflow.bands.map((b) => b.rate.toString())).toEqual(['0.03', '0.045', '0.075']);
    expect(project(scaled).populations.get('noord')!.headcount[1]!.lt(project(s).populations.get('noord')!.headcount[1]!)).toBe(true);
  });
});

describe('the synthetic region (benchmarks) with --inflow', () => {
  it('gives every municipality streams, draws the same employees, and projects more people', () => {
    const options = { municipalities: 3, employees: 300, seed: 7 };
    const closedFiles = generateRegion(options);
    const openFiles = generateRegion({ ...options, inflow: true });
    for (const [path, content] of Object.entries(closedFiles)) {
      if (path.endsWith('.csv') || path === 'regio.yaml') expect(openFiles[path]).toBe(content);
      else expect(openFiles[path]).toContain('inflow:');
    }
    const first = (files: Record<string, string>) => project(loadScenario(join(testDir(files), 'gemeente-001.yaml'))).populations.get('gemeente-001')!;
    const closed = first(closedFiles);
    const open = first(openFiles);
    open.headcount.forEach((x, i) => expect(x.gt(closed.headcount[i]!)).toBe(true));
  });
});

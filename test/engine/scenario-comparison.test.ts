import { describe, expect, it } from 'vitest';
import { REGION, compareProjections, hasInputDifferences, municipalitySubject, project, type Projection } from '../../src/engine/index.js';
import { configuration, employees, line, model, parameter, scenario, type RegionSpec } from '../support/model-builders.js';

const born1970 = { year: 1970, month: 1, day: 1 };
const A = municipalitySubject('a');
const municipalities = [
  { id: 'a', employees: employees([{ birth: born1970, count: 3, fte: 3 }]), inhabitants: 30000 },
  { id: 'b', employees: employees([{ birth: born1970, count: 1, fte: 1 }]), inhabitants: 10000 },
];
const together = configuration('gr', [{ model: 'm', members: ['a', 'b'] }]);
const alone = configuration('eigen', [{ model: 'm', members: ['a'] }, { model: 'm', members: ['b'] }]);

/** Wages per FTE (municipality scope) and an organisation's overhead (the region's scope when shared). */
function spec(overrides: Partial<RegionSpec> = {}): RegionSpec {
  return {
    start: 2021,
    end: 2026,
    parameters: [parameter('loon', { 2021: 30000 }, 0.02), parameter('overhead', { 2021: 100000 })],
    models: [model('m', [line('loonkosten', { driver: 'fte', amount: 'loon' }), line('overhead', { driver: 'fixed', level: 'organisation', amount: 'overhead' })])],
    configurations: [together, alone],
    municipalities,
    ...overrides,
  };
}

const projectionOf = (overrides: Partial<RegionSpec> = {}): Projection => project(scenario(spec(overrides)));

describe('scenario comparison: the inputs that differ', () => {
  it('a parameter changed in one year shows as exactly that difference, in that year only', () => {
    // a: 30000 · 1.02³ = 31836.24 in 2024 and 32472.9648 in 2025; b writes 33000 for 2024 and a's value for 2025
    const b = projectionOf({ parameters: [parameter('loon', { 2021: 30000, 2024: 33000, 2025: '32472.9648' }, 0.02), parameter('overhead', { 2021: 100000 })] });
    const c = compareProjections(projectionOf(), b, A);
    expect(c.parameters.map((p) => p.name)).toEqual(['loon']);
    const [loon] = c.parameters;
    expect(loon?.years.map((y) => [y.year, String(y.a), String(y.b), String(y.change)])).toEqual([[2024, '31836.24', '33000', '1163.76']]);
    expect(loon?.scopes).toEqual(['a']);
    expect(c.settings).toEqual([]);
    expect(c.indices).toEqual([]);
    expect(c.configurations).toEqual([]);
  });

  it('identical inputs give no input differences and zero result differences', () => {
    const c = compareProjections(projectionOf(), projectionOf(), A);
    expect(hasInputDifferences(c)).toBe(false);
    for (const r of c.results) {
      const change = r.change;
      expect(change).toBeDefined();
      for (const x of [change?.cumulative, change?.npv, change?.deltaCumulative, change?.deltaNpv]) expect(x?.isZero()).toBe(true);
      expect(change?.breakEvenYears ?? 0).toBe(0);
    }
  });

  it('a difference that the region\'s and the municipality\'s lines see alike is listed once, with both scopes', () => {
    const b = projectionOf({ parameters: [parameter('loon', { 2021: 30000 }, 0.02), parameter('overhead', { 2021: 120000 })] });
    const c = compareProjections(projectionOf(), b, A);
    expect(c.parameters.map((p) => [p.name, p.scopes])).toEqual([['overhead', ['region', 'a']]]);
    expect(c.parameters[0]?.years).toHaveLength(6);
  });

  it('a municipality\'s own override counts only for that municipality', () => {
    const changed = [municipalities[0]!, { ...municipalities[1]!, parameters: [parameter('loon', { 2021: 25000 })] }];
    const c = (m: string) => compareProjections(projectionOf(), projectionOf({ municipalities: changed }), municipalitySubject(m));
    expect(c('a').parameters).toEqual([]);
    expect(c('b').parameters.map((p) => [p.name, p.scopes, p.b?.at.file])).toEqual([['loon', ['b'], 'built-in-test']]);
  });

  it('the region as a whole sees every municipality\'s parameters', () => {
    const changed = [municipalities[0]!, { ...municipalities[1]!, parameters: [parameter('loon', { 2021: 25000 })] }];
    expect(compareProjections(projectionOf(), projectionOf({ municipalities: changed }), REGION).parameters.map((p) => p.scopes)).toEqual([['b']]);
  });

  it('lists the discount rate, horizon, baseline and configurations that differ; parameters only one side reads have no other side', () => {
    const samen = configuration('samen', [{ model: 'n', members: ['a', 'b'] }]);
    const b = projectionOf({
      discountRate: '0.04',
      end: 2027,
      baseline: 'eigen',
      parameters: [parameter('loon', { 2021: 30000 }, 0.02), parameter('overhead', { 2021: 100000 }), parameter('extra', { 2021: 5 })],
      models: [...spec().models, model('n', [line('extra', { driver: 'headcount', amount: 'extra' })])],
      configurations: [together, alone, samen],
    });
    const c = compareProjections(projectionOf(), b, A);
    expect(c.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(c.settings.map((s) => s.kind)).toEqual(['horizon', 'discount_rate', 'baseline']);
    const rate = c.settings.find((s) => s.kind === 'discount_rate');
    expect(rate?.kind === 'discount_rate' ? String(rate.change) : '').toBe('0.01');
    expect(c.configurations.map((x) => [x.id, x.a === undefined, x.b?.organisations])).toEqual([['samen', true, [{ model: 'n', members: ['a', 'b'] }]]]);
    // the extra year 2027 of b is no difference of the parameters both read: the horizon says it
    expect(c.parameters.map((p) => [p.name, p.a === undefined, p.years.length])).toEqual([['extra', true, 7]]);
    expect(c.results.map((r) => [r.configuration, r.a === undefined, r.change === undefined])).toEqual([['gr', false, false], ['eigen', false, false], ['samen', true, true]]);
  });
});

describe('scenario comparison: the results per configuration (§5)', () => {
  const a = projectionOf();
  const b = projectionOf({ discountRate: '0.05', parameters: [parameter('loon', { 2021: 30000, 2023: 40000 }, 0.02), parameter('overhead', { 2021: 90000 })] });

  it('b − a equals the difference of the two projections, for a municipality and for the region', () => {
    for (const subject of [A, municipalitySubject('b'), REGION]) {
      const c = compareProjections(a, b, subject);
      for (const r of c.results) {
        const of = (p: Projection) => (subject.kind === 'region' ? p.regional.get(r.configuration) : p.results.get(r.configuration)?.get(subject.id));
        const [ra, rb] = [of(a), of(b)];
        expect(r.a?.npv.eq(ra?.npv ?? 0)).toBe(true);
        expect(r.change?.npv.eq(rb!.npv.minus(ra!.npv))).toBe(true);
        expect(r.change?.cumulative.eq(rb!.cumulative.minus(ra!.cumulative))).toBe(true);
        expect(r.change?.deltaNpv.eq(rb!.deltaNpv.minus(ra!.deltaNpv))).toBe(true);
        expect(r.change?.deltaCumulative.eq(rb!.deltaCumulative.minus(ra!.deltaCumulative))).toBe(true);
      }
    }
  });

  it('names the configuration with the lowest NPV on each side', () => {
    const c = compareProjections(a, b, A);
    const lowest = (p: Projection) => [...p.results.entries()].reduce((best, [id, byM]) => (byM.get('a')!.npv.lt(p.results.get(best)!.get('a')!.npv) ? id : best), 'gr');
    expect(c.cheapest).toEqual({ a: lowest(a), b: lowest(b) });
  });
});

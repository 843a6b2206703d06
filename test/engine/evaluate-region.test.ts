import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRegionRealised, project, type Evaluation, type Projection } from '../../src/engine/index.js';
import { regionForecastLines } from '../../src/engine/evaluate-region.js';
import { projectPopulation } from '../../src/engine/population.js';
import { withOutflowScaled } from '../../src/engine/risk/sensitivity.js';
import { loadScenario } from '../../src/load/index.js';
import { cents, lineOf, realisedFrom } from '../support/realised-fixture.js';
import { Dec, ZERO } from '../../src/model/decimal.js';
import type { Realised, RealisedAmount, RealisedPopulation } from '../../src/model/realised.js';
import type { Scenario } from '../../src/model/scenario.js';
import { evaluationView } from '../../src/report/evaluate/view.js';

// Issue 15: the region may state realised figures of its own, its sums over the municipalities
// (docs/methodology.md#evaluate, "The region"). The worked example's figures are invented
// (test/fixtures/tiny-realised/README.md).

const REGION_FILE = fileURLToPath(new URL('../fixtures/tiny-realised/regio.yaml', import.meta.url));
const scenario = loadScenario(REGION_FILE);
const projection = project(scenario);
const AT = { file: 'test' };


describe('the worked example of the region (docs/methodology.md#evaluate, The region)', () => {
  const e = evaluateRegionRealised(projection);
  const view = evaluationView(projection, e);

  it('each line is the sum over the municipalities; its volume effect values the region\'s volume change per work form at the forecast rate', () => {
    expect(view.name).toBe('Kleine regio');
    expect(cents(lineOf(view, 'gr', 2021, 'loonkosten'))).toEqual(['1639401.49', '1662000.00', '22598.51', '1598.51', '21000.00', '0.00']);
    // two work forms at two rates (6,000 and 14,000 per FTE): more FTE beschut, fewer detachering
    expect(cents(lineOf(view, 'gr', 2021, 'toegevoegde_waarde'))).toEqual(['541328.43', '545000.00', '3671.57', '-1128.43', '4800.00', '0.00']);
    expect(cents(lineOf(view, 'gr', 2021, 'begeleiding'))).toEqual(['96614.59', '99000.00', '2385.41', '1185.41', '1200.00', '0.00']);
    expect(lineOf(view, 'gr', 2021, 'overhead')).toMatchObject({ basis: 'price_only' });
    expect(cents(lineOf(view, 'gr', 2021, 'overhead'))).toEqual(['900000.00', '915000.00', '15000.00', '0.00', '15000.00', '0.00']);
    const net = view.configurations[0]?.years[0]?.net;
    expect(net && [net.forecast, net.realised, net.difference].map((x) => x.toFixed(2))).toEqual(['598036.94', '640000.00', '41963.06']);
  });

  it('the forecast line and net are the municipalities\' added up', () => {
    const byM = [...(projection.results.get('gr')?.values() ?? [])];
    const sum = (of: (r: (typeof byM)[number]) => Dec | undefined) => byM.reduce((acc, r) => acc.plus(of(r) ?? ZERO), ZERO);
    const line = regionForecastLines(projection, 'gr')?.lines.find((l) => l.line.id === 'loonkosten');
    expect(line?.forecast(0).eq(sum((r) => r.lines.find((l) => l.line.id === 'loonkosten')?.amounts[0]))).toBe(true);
    expect(projection.regional.get('gr')?.net[0]?.eq(sum((r) => r.net[0]))).toBe(true);
  });

  it('the population is the region\'s sum, and the implied outflow factor reproduces the realised head count of the whole region', () => {
    const y2021 = e.population.find((p) => p.year === 2021);
    const sumOf = (f: string) => scenario.municipalities.reduce((acc, m) => acc.plus(projection.populations.get(m.id)?.byWorkForm.get(f)?.fte[0] ?? ZERO), ZERO);
    expect(y2021?.byWorkForm.get('beschut_binnen')?.fte.forecast.eq(sumOf('beschut_binnen'))).toBe(true);
    const implied = y2021?.impliedOutflow;
    if (implied === undefined || !('factor' in implied)) throw new Error('no implied outflow factor');
    const scaled = withOutflowScaled(scenario, implied.factor);
    const headcount = scaled.municipalities.reduce((acc, m) => {
      const population = projectPopulation(m.employees, scaled.region, m.inflow);
      return acc.plus(population.byWorkForm.get('beschut_binnen')?.headcount[0] ?? ZERO).plus(population.byWorkForm.get('detachering')?.headcount[0] ?? ZERO);
    }, ZERO);
    expect(Math.abs(headcount.toNumber() - 62.8)).toBeLessThan(1e-6);
  });
});

/** The region's own sums as realised figures: every regional line of every configuration, every year, the net cost and the population. */
function ownSums(p: Projection, withHeadcount: boolean): Realised {
  const lines = new Map(p.region.configurations.map((c) => {
    const forecast = regionForecastLines(p, c.id);
    const byLine = new Map((forecast?.lines ?? []).map((l) => [l.line.id, new Map(p.years.map((year, t): [number, RealisedAmount] => [year, { amount: l.forecast(t), at: AT }]))]));
    byLine.set('net', new Map(p.years.map((year, t): [number, RealisedAmount] => [year, { amount: forecast?.net[t] ?? ZERO, at: AT }])));
    return [c.id, byLine];
  }));
  const population = new Map(p.years.map((year, t) => [year, new Map(p.region.workForms.map(({ id }): [string, RealisedPopulation] => {
    const sum = (q: 'se' | 'fte' | 'headcount') => [...p.populations.values()].reduce((acc, pop) => acc.plus(pop.byWorkForm.get(id)?.[q][t] ?? ZERO), ZERO);
    return [id, { se: sum('se'), fte: sum('fte'), ...(withHeadcount ? { headcount: sum('headcount') } : {}), at: AT }];
  }))]));
  return { lines, population, at: AT };
}

function everySplit(e: Evaluation) {
  return e.configurations.flatMap((c) => c.years.flatMap((y) => y.lines));
}

function withRegionRealised(s: Scenario, realised: Realised): Projection {
  return project({ ...s, regionRealised: realised });
}

describe('properties of the region\'s evaluation', () => {
  it.each(['tiny', 'tiny-settlement', 'tiny-fees', 'tiny-dissolution'])('held against its own sums, %s gives zero everywhere (settled, fee and dissolution lines too)', (fixture) => {
    const s = loadScenario(fileURLToPath(new URL(`../fixtures/${fixture}/regio.yaml`, import.meta.url)));
    const p = withRegionRealised(s, ownSums(project(s), false));
    const e = evaluateRegionRealised(p);
    const splits = everySplit(e);
    expect(splits.length).toBeGreaterThan(20);
    expect(splits.filter((x) => ![x.difference, x.volume, x.price, x.rest].every((d) => d.isZero())).map((x) => x.line.id)).toEqual([]);
    expect(e.configurations.flatMap((c) => c.years.filter((y) => y.net !== undefined && !y.net.difference.isZero()))).toEqual([]);
  });

  it('held against its own head count, the implied outflow factor is 1', () => {
    const p = withRegionRealised(scenario, ownSums(projection, true));
    const factors = evaluateRegionRealised(p).population.slice(0, 1).map((y) => (y.impliedOutflow !== undefined && 'factor' in y.impliedOutflow ? y.impliedOutflow.factor : Number.NaN));
    for (const k of factors) expect(Math.abs(k - 1)).toBeLessThan(1e-6);
  });

  it('volume + price + rest = difference exactly, every year and line, for any realised figures', () => {
    const lineIds = projection.region.configurations.flatMap((c) => (regionForecastLines(projection, c.id)?.lines ?? []).map((l) => [c.id, l.line.id] as const));
    const amount = fc.oneof(fc.constant('0'), fc.integer({ min: 0, max: 4_000_000_00 }).map((c) => (c / 100).toFixed(2)));
    const measure = fc.option(fc.integer({ min: 0, max: 12000 }).map((x) => new Dec(x).div(100)), { nil: undefined });
    const figures = fc.record({
      stated: fc.array(fc.tuple(fc.constantFrom(...lineIds), fc.integer({ min: 2021, max: 2030 }), amount), { maxLength: 30 }),
      population: fc.array(fc.tuple(fc.integer({ min: 2021, max: 2030 }), fc.constantFrom('beschut_binnen', 'detachering'), measure, measure), { maxLength: 12 }),
    });
    fc.assert(fc.property(figures, ({ stated, population }) => {
      const e = evaluateRegionRealised({ ...projection, scenario: { ...scenario, regionRealised: realisedFrom(stated, population) } });
      for (const x of everySplit(e)) expect(x.volume.plus(x.price).plus(x.rest).eq(x.difference)).toBe(true);
    }), { numRuns: 40 });
  });
});

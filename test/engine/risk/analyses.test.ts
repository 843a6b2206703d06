import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildRiskModel, evaluate, municipalitySubject, project, resultSize, runSensitivity, sensitivityVariables, simulate, solveFactor, summarise, tornado, type RiskModel,
} from '../../../src/engine/index.js';
import { applyOverrides, loadScenario } from '../../../src/load/index.js';
import { neutralDraw } from '../../../src/engine/risk/evaluator.js';
import type { Uncertainty } from '../../../src/model/uncertainty.js';
import { ROOT } from '../../support/cli.js';
import { TINY } from '../../support/testdir.js';

const at = { file: 'test' };
const scenario = loadScenario(join(TINY, 'noord.yaml'));
const projection = project(scenario);
const model = buildRiskModel(projection);
const noord = model.targets.findIndex((t) => t.id === 'noord');
const NOORD = municipalitySubject('noord');

function resultsOf(m: RiskModel, values: Float64Array, target: number, configuration: number) {
  const k = (target * m.configurations.length + configuration) * 2;
  return { npv: values[k] ?? NaN, cumulative: values[k + 1] ?? NaN };
}

describe('the risk model re-evaluates the exact engine in binary numbers', () => {
  it('unchanged, it gives the exact NPV and cumulative of every municipality and configuration within a cent (tiny and Soweco)', () => {
    for (const file of [join(TINY, 'regio.yaml'), join(ROOT, 'scenarios/regio-soweco.yaml')]) {
      const p = project(loadScenario(file));
      const m = buildRiskModel(p);
      const out = new Float64Array(resultSize(m));
      evaluate(m, neutralDraw(m), out);
      m.targets.forEach((t, i) => m.configurations.forEach((c, j) => {
        const exact = p.results.get(c)?.get(t.id);
        expect(Math.abs(resultsOf(m, out, i, j).npv - (exact?.npv.toNumber() ?? NaN))).toBeLessThan(0.01);
        expect(Math.abs(resultsOf(m, out, i, j).cumulative - (exact?.cumulative.toNumber() ?? NaN))).toBeLessThan(0.01);
      }));
    }
  });

  it('a parameter scaled by 1.07 gives what the exact engine gives with --set name*=1.07', () => {
    const out = new Float64Array(resultSize(model));
    evaluate(model, { ...neutralDraw(model), parameterFactor: new Map([['loonkosten_per_fte', 1.07]]) }, out);
    const exact = project(applyOverrides(scenario, [{ text: 'loonkosten_per_fte*=1.07', at }]));
    model.configurations.forEach((c, j) => expect(resultsOf(model, out, noord, j).npv).toBeCloseTo(exact.results.get(c)?.get('noord')?.npv.toNumber() ?? NaN, 2));
  });

  it('an index shift compounds like an edited index in the exact engine', () => {
    const out = new Float64Array(resultSize(model));
    evaluate(model, { ...neutralDraw(model), indexShift: new Map([['loon', 0.01]]) }, out);
    const exact = project(applyOverrides(scenario, [{ text: 'loon.default=0.03', at }, { text: 'loon.values.2023=0.11', at }]));
    model.configurations.forEach((c, j) => expect(resultsOf(model, out, noord, j).npv).toBeCloseTo(exact.results.get(c)?.get('noord')?.npv.toNumber() ?? NaN, 2));
  });
});

describe('Monte Carlo', () => {
  const uncertainty: Uncertainty = {
    variables: [
      { target: { kind: 'parameter', name: 'overhead_gr' }, distribution: { kind: 'triangular', low: -0.1, mode: 0, high: 0.3 }, at },
      { target: { kind: 'parameter', name: 'rijksbijdrage_per_se' }, distribution: { kind: 'normal', mean: 0, sd: 0.03, low: -0.06, high: 0.06 }, at },
      { target: { kind: 'index', id: 'loon' }, distribution: { kind: 'uniform', low: -0.01, high: 0.01 }, at },
    ],
    correlations: [{ a: 1, b: 2, rho: 0.5 }],
  };

  it('the same seed gives the same results, however the iterations are split', () => {
    const whole = simulate(model, uncertainty, 11, 0, 400);
    const split = new Float64Array(whole.length);
    split.set(simulate(model, uncertainty, 11, 0, 150));
    split.set(simulate(model, uncertainty, 11, 150, 400), 150 * resultSize(model));
    expect(split).toEqual(whole);
    expect(simulate(model, uncertainty, 12, 0, 400)).not.toEqual(whole);
  });

  it('with zero variance every percentile is the exact result, within €1', () => {
    const none: Uncertainty = { variables: uncertainty.variables.map((v) => ({ ...v, distribution: { kind: 'uniform', low: 0, high: 0 } })), correlations: [] };
    const figures = summarise(model, simulate(model, none, 3, 0, 200), 200, NOORD);
    model.configurations.forEach((c, j) => {
      const exact = projection.results.get(c)?.get('noord');
      for (const p of [figures[j]?.npv.p5, figures[j]?.npv.p50, figures[j]?.npv.p95]) expect(Math.abs((p ?? NaN) - (exact?.npv.toNumber() ?? NaN))).toBeLessThan(1);
      expect(Math.abs((figures[j]?.deltaNpv.p90 ?? NaN) - (exact?.deltaNpv.toNumber() ?? NaN))).toBeLessThan(1);
    });
  });

  it('a configuration that is cheaper by construction in every draw has probability 1', () => {
    // "zonder_begeleiding" is the GR without its guidance costs: cheaper whatever is drawn
    const variant = scenario;
    const gr = variant.region.models.get('gr');
    const cheaper = { ...gr!, id: 'zonder_begeleiding', lines: gr!.lines.filter((l) => l.id !== 'begeleiding') };
    const region = {
      ...variant.region,
      models: new Map([...variant.region.models, ['zonder_begeleiding', cheaper]]),
      configurations: [...variant.region.configurations, { id: 'zonder_begeleiding', label: 'Zonder begeleiding', organisations: [{ model: 'zonder_begeleiding', members: ['noord', 'oost', 'zuid'], at }], at }],
    };
    const p = project({ ...variant, region });
    const m = buildRiskModel(p);
    const figures = summarise(m, simulate(m, uncertainty, 5, 0, 500), 500, NOORD);
    expect(figures[m.configurations.indexOf('zonder_begeleiding')]?.probabilityCheaper).toBe(1);
    expect(figures[m.configurations.indexOf('gr')]?.probabilityCheaper).toBe(0);
  });

  it('correlated draws come out correlated', () => {
    // the draws of two correlated variables, read back through their effect on two parameters
    const pair: Uncertainty = {
      variables: [
        { target: { kind: 'parameter', name: 'overhead_gr' }, distribution: { kind: 'normal', mean: 0, sd: 0.1, low: -1, high: 1 }, at },
        { target: { kind: 'parameter', name: 'begeleiding_per_hc' }, distribution: { kind: 'normal', mean: 0, sd: 0.1, low: -1, high: 1 }, at },
      ],
      correlations: [{ a: 0, b: 1, rho: 0.8 }],
    };
    const n = 3000;
    const xs: number[] = [];
    const ys: number[] = [];
    const out = simulate(model, pair, 1, 0, n);
    const gr = model.configurations.indexOf('gr');
    const eigen = model.configurations.indexOf('eigen');
    for (let i = 0; i < n; i++) {
      const view = out.subarray(i * resultSize(model), (i + 1) * resultSize(model));
      xs.push(resultsOf(model, view, noord, gr).npv);
      ys.push(resultsOf(model, view, noord, eigen).npv);
    }
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const [mx, my] = [mean(xs), mean(ys)];
    const cov = mean(xs.map((x, i) => (x - mx) * ((ys[i] ?? 0) - my)));
    const r = cov / Math.sqrt(mean(xs.map((x) => (x - mx) ** 2)) * mean(ys.map((y) => (y - my) ** 2)));
    expect(r).toBeGreaterThan(0.3); // both configurations carry both costs: their NPVs move together
  });
});

describe('sensitivity and goal seek', () => {
  it('a tornado ranks the variables by swing, and an assumption a configuration does not use has none', () => {
    const results = runSensitivity(model, scenario, sensitivityVariables(model, undefined));
    const { bars } = tornado(model, results, NOORD, model.configurations.indexOf('samen2'));
    const swings = bars.map((b) => b.swing);
    // ranked to the cent: noise far below a cent does not reorder
    const cents = swings.map((x) => Math.round(x * 100));
    expect(cents).toEqual([...cents].sort((a, b) => b - a));
    // equal to the cent: in the variables' order
    const order = bars.map((b) => results.findIndex((r) => r.variable === b.variable));
    const ties = order.filter((_, i) => i > 0 && cents[i] === cents[i - 1]);
    expect(ties.length).toBeGreaterThan(0);
    order.forEach((o, i) => i > 0 && cents[i] === cents[i - 1] && expect(o).toBeGreaterThan(order[i - 1] ?? -1));
    const overheadSamen = bars.find((b) => b.variable.target.kind === 'parameter' && b.variable.target.name === 'overhead_samen');
    expect(overheadSamen?.swing).toBeGreaterThan(0);
    const base = tornado(model, results, NOORD, model.configurations.indexOf('gr'));
    expect(base.bars.find((b) => b.variable.target.kind === 'parameter' && b.variable.target.name === 'overhead_samen')?.swing).toBe(0);
  });

  it('the outflow rate is varied with the exact engine', () => {
    const results = runSensitivity(model, scenario, [{ target: { kind: 'outflow' }, low: -0.5, high: 0.5, range: 'default' }]);
    const changed = project({ ...scenario, region: { ...scenario.region, outflow: { kind: 'bands', bands: scenario.region.outflow.kind === 'bands' ? scenario.region.outflow.bands.map((b) => ({ ...b, rate: b.rate.times(1.5) })) : [] } } });
    const gr = model.configurations.indexOf('gr');
    expect(resultsOf(model, results[0]!.high, noord, gr).npv).toBeCloseTo(changed.results.get('gr')?.get('noord')?.npv.toNumber() ?? NaN, 6);
  });

  it('goal seek finds the factor at which a configuration breaks even; the exact engine agrees within a cent', () => {
    const samen2 = model.configurations.indexOf('samen2');
    const result = solveFactor(model, { parameter: 'overhead_samen', configuration: samen2, subject: NOORD, measure: 'npv' });
    expect(result.found).toBe(true);
    if (!result.found) return;
    const exact = project(applyOverrides(scenario, [{ text: `overhead_samen*=${result.factor}`, at }]));
    expect(Math.abs(exact.results.get('samen2')?.get('noord')?.deltaNpv.toNumber() ?? NaN)).toBeLessThan(0.01);
  });

  it('goal seek says so when the parameter has no effect on the difference', () => {
    const result = solveFactor(model, { parameter: 'loonkosten_per_fte', configuration: model.configurations.indexOf('samen2'), subject: NOORD, measure: 'npv' });
    expect(result).toEqual({ found: false, reason: 'no-effect' });
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrate, overrides } from '../../src/app/calibrate.js';
import { rootMeanSquare } from '../../src/engine/calibration/residuals.js';
import { fitFactors } from '../../src/engine/calibration/fit.js';
import { fitStatistics } from '../../src/engine/calibration/statistics.js';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { Dec } from '../../src/model/decimal.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { realisedByTheModel } from '../support/realised-fixture.js';
import { tinyCopy } from '../support/testdir.js';

const YEARS = [2021, 2022, 2023];
const GR_LINES = { configuration: 'gr', lines: ['loonkosten', 'begeleiding', 'rijksbijdrage', 'net'], years: YEARS };

/** The fitted factor of a parameter. */
function factorOf(c: ReturnType<typeof calibrate>, name: string): number {
  const p = c.parameters.find((x) => x.name === name);
  if (p === undefined) throw new Error(`${name} was not fitted`);
  return p.factor.toNumber();
}

describe('calibrate recovers the factors the realised figures were made with', () => {
  it('one parameter: loonkosten_per_fte×1.07 within 1e-6 relative, and the figures after the fit match', () => {
    const dir = realisedByTheModel(['loonkosten_per_fte*=1.07'], [GR_LINES]);
    const c = calibrate({ file: join(dir, 'noord.yaml'), params: ['loonkosten_per_fte'], bounds: [], weights: 'euros' });
    expect(Math.abs(factorOf(c, 'loonkosten_per_fte') / 1.07 - 1)).toBeLessThan(1e-6);
    expect(c.converged).toBe(true);
    expect(c.sumBefore).toBeGreaterThan(1e6);
    for (const f of c.figures) expect(f.after.minus(f.figure.realised).abs().toNumber()).toBeLessThan(1e-3 * Math.max(1, f.figure.realised.abs().toNumber()) * 1e-3);
    expect(c.parameters[0]?.firstYear?.after.toNumber()).toBeCloseTo(30000 * 1.07, 3);
  });

  it('two parameters, one of them in a product (percent_of): overhead_eigen×1.2 and risico_opslag×0.8', () => {
    const stated = [{ configuration: 'eigen', lines: ['overhead', 'risico', 'net'], years: YEARS }];
    const dir = realisedByTheModel(['overhead_eigen*=1.2', 'risico_opslag*=0.8'], stated);
    for (const weights of ['euros', 'relative'] as const) {
      const c = calibrate({ file: join(dir, 'noord.yaml'), params: ['overhead_eigen', 'risico_opslag'], bounds: [], weights });
      expect(Math.abs(factorOf(c, 'overhead_eigen') / 1.2 - 1)).toBeLessThan(1e-6);
      expect(Math.abs(factorOf(c, 'risico_opslag') / 0.8 - 1)).toBeLessThan(1e-6);
      expect(c.correlations[0]?.[1]).not.toBeNull();
      const first = c.figures[0];
      expect(first?.weight).toBe(weights === 'euros' ? 1 : 1 / first!.figure.realised.toNumber() ** 2);
    }
  });

  it('two parameters on separate lines: loonkosten_per_fte×1.07 and begeleiding_per_hc×0.9, with their correlation', () => {
    const dir = realisedByTheModel(['loonkosten_per_fte*=1.07', 'begeleiding_per_hc*=0.9'], [GR_LINES]);
    const c = calibrate({ file: join(dir, 'noord.yaml'), params: ['loonkosten_per_fte', 'begeleiding_per_hc'], bounds: [], weights: 'euros' });
    expect(Math.abs(factorOf(c, 'loonkosten_per_fte') / 1.07 - 1)).toBeLessThan(1e-6);
    expect(Math.abs(factorOf(c, 'begeleiding_per_hc') / 0.9 - 1)).toBeLessThan(1e-6);
    expect(c.parameters.every((p) => p.standardError !== null && p.atBound === undefined)).toBe(true);
  });
});

describe('a region file', () => {
  it('holds the forecast against the figures of every municipality that states some, and gives the region\'s first-year value', () => {
    const dir = realisedByTheModel(['loonkosten_per_fte*=1.07'], [GR_LINES]);
    const c = calibrate({ file: join(dir, 'regio.yaml'), params: ['loonkosten_per_fte'], bounds: [], weights: 'euros' });
    expect(c.subject.kind).toBe('region');
    expect(c.figures.every((f) => f.figure.subject.kind === 'municipality' && f.figure.subject.id === 'noord')).toBe(true);
    expect(Math.abs(factorOf(c, 'loonkosten_per_fte') / 1.07 - 1)).toBeLessThan(1e-6);
    expect(c.parameters[0]?.firstYear?.before.toNumber()).toBe(30000);
  });
});

describe('calibrate keeps each factor in its bounds', () => {
  it('--bounds: a factor whose best value lies outside ends on the bound, and says so', () => {
    const dir = realisedByTheModel(['loonkosten_per_fte*=1.07'], [GR_LINES]);
    const c = calibrate({ file: join(dir, 'noord.yaml'), params: ['loonkosten_per_fte'], bounds: ['loonkosten_per_fte=0.9:1.05'], weights: 'euros' });
    expect(factorOf(c, 'loonkosten_per_fte')).toBe(1.05);
    expect(c.parameters[0]?.atBound).toBe('high');
    expect(c.parameters[0]?.bounds.from).toBe('option');
    expect(c.sumAfter).toBeLessThan(c.sumBefore);
  });

  it('the uncertainty section: a factor in [1 + low, 1 + high]; a bound that excludes 1 starts the search inside', () => {
    const uncertainty = 'uncertainty:\n  parameters:\n    loonkosten_per_fte: { distribution: uniform, low: 0.08, high: 0.2 }\n';
    const dir = realisedByTheModel(['loonkosten_per_fte*=1.07'], [GR_LINES], uncertainty);
    const c = calibrate({ file: join(dir, 'noord.yaml'), params: ['loonkosten_per_fte'], bounds: [], weights: 'euros' });
    expect(factorOf(c, 'loonkosten_per_fte')).toBe(1.08);
    expect(c.parameters[0]?.atBound).toBe('low');
    expect(c.parameters[0]?.bounds).toEqual({ low: 1.08, high: 1.2, from: 'uncertainty' });
  });

  it('without either: the default bounds [0.5, 2]', () => {
    const dir = realisedByTheModel(['loonkosten_per_fte*=2.5'], [GR_LINES]);
    const c = calibrate({ file: join(dir, 'noord.yaml'), params: ['loonkosten_per_fte'], bounds: [], weights: 'euros' });
    expect(factorOf(c, 'loonkosten_per_fte')).toBe(2);
    expect(c.parameters[0]?.bounds).toEqual({ low: 0.5, high: 2, from: 'default' });
  });
});

describe('how well the figures determine the factors', () => {
  it('one figure for one parameter: the factor is found, its standard error is not determined (n ≤ p)', () => {
    const dir = realisedByTheModel(['loonkosten_per_fte*=0.95'], [{ configuration: 'gr', lines: ['loonkosten'], years: [2022] }]);
    const c = calibrate({ file: join(dir, 'noord.yaml'), params: ['loonkosten_per_fte'], bounds: [], weights: 'euros' });
    expect(Math.abs(factorOf(c, 'loonkosten_per_fte') / 0.95 - 1)).toBeLessThan(1e-6);
    expect(c.parameters[0]?.standardError).toBeNull();
    expect(c.undetermined).toBe('too-few-figures');
  });

  it('the standard error of a straight line through the origin: σ / √Σx², σ² = S / (n − 1)', () => {
    const x = [1, 2, 3, 4];
    const y = [1.1, 1.9, 3.2, 3.9];
    const theta = x.reduce((s, xi, i) => s + xi * (y[i] ?? 0), 0) / x.reduce((s, xi) => s + xi * xi, 0);
    const sum = x.reduce((s, xi, i) => s + (theta * xi - (y[i] ?? 0)) ** 2, 0);
    const stats = fitStatistics([x], x.map(() => 1), sum);
    expect(stats.standardErrors[0]).toBeCloseTo(Math.sqrt(sum / 3 / 30), 12);
    expect(stats.correlations).toEqual([[1]]);
  });

  it('two factors that move the figures alike cannot be told apart: singular, no standard errors', () => {
    const stats = fitStatistics([[1, 2, 3], [2, 4, 6]], [1, 1, 1], 1);
    expect(stats.undetermined).toBe('singular');
    expect(stats.standardErrors).toEqual([null, null]);
  });
});

describe('the factors as the variant writes them', () => {
  it('a factor with three decimals gets a fourth, so that the rule for typed numbers reads it', () => {
    expect(overrides(['a', 'b', 'c'], [new Dec('1.125'), new Dec('1.07'), new Dec('0.1234567891')])).toEqual(['a*=1.1250', 'b*=1.07', 'c*=0.1234567891']);
  });

  it('the figures after the fit are the projection of the scenario with the overrides written', () => {
    const dir = realisedByTheModel(['loonkosten_per_fte*=1.07'], [GR_LINES]);
    const c = calibrate({ file: join(dir, 'noord.yaml'), params: ['loonkosten_per_fte'], bounds: [], weights: 'euros' });
    const again = project(loadScenario(join(dir, 'noord.yaml'), { set: c.parameters.map((p) => p.override) }));
    const loonkosten = again.results.get('gr')?.get('noord')?.lines.find((l) => l.line.id === 'loonkosten')?.amounts[1];
    expect(c.figures.find((f) => f.figure.year === 2022 && f.figure.line === 'loonkosten')?.after.equals(loonkosten ?? new Dec(-1))).toBe(true);
  });
});

describe('the worked example of docs/methodology.md#calibrate', () => {
  it('Noord\'s realised wage costs in gr: θ = ΣFR / ΣF² = 1.0477964104, standard error 0.0153, RMS € 49,730 → € 20,509', () => {
    const csv = readFileSync(new URL('../fixtures/calibrate/noord-realisatie.csv', import.meta.url), 'utf8');
    const dir = tinyCopy({ 'data/noord-realisatie.csv': csv });
    writeFileSync(join(dir, 'noord.yaml'), `${readFileSync(join(dir, 'noord.yaml'), 'utf8')}realised:\n  lines: data/noord-realisatie.csv\n`);
    const c = calibrate({ file: join(dir, 'noord.yaml'), params: ['loonkosten_per_fte'], bounds: [], weights: 'euros' });
    expect(c.parameters[0]?.override).toBe('loonkosten_per_fte*=1.0477964104');
    expect(c.parameters[0]?.standardError).toBeCloseTo(0.0152998, 6);
    expect(c.figures.map((f) => f.before.toFixed(2))).toEqual(['965100.11', '926593.58', '951489.83']);
    expect(c.figures.map((f) => f.after.minus(f.figure.realised).toFixed(2))).toEqual(['11228.43', '-29118.57', '16967.63']);
    expect(rootMeanSquare(c.figures).before.toFixed(2)).toBe('49730.39');
    expect(rootMeanSquare(c.figures).after.toFixed(2)).toBe('20509.10');
    expect(c.parameters[0]?.firstYear?.after.toFixed(2)).toBe('31433.89');
  });
});

describe('the search itself (numbers only)', () => {
  const F = [965100.106016, 926593.579596, 951489.831453];
  const R = [1000000, 1000000, 980000];
  const linear = (theta: readonly number[]) => F.map((f) => f * (theta[0] ?? 0));

  it('a line through the origin: the least-squares factor ΣFR / ΣF² to 1e-12', () => {
    const fit = fitFactors({ observed: R, weights: [1, 1, 1], bounds: [{ low: 0.5, high: 2 }], start: [1], forecast: linear });
    const exact = F.reduce((s, f, i) => s + f * (R[i] ?? 0), 0) / F.reduce((s, f) => s + f * f, 0);
    expect(Math.abs((fit.theta[0] ?? 0) - exact)).toBeLessThan(1e-12);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThan(10);
  });

  it('a single figure: found exactly (the library is given it as two halves)', () => {
    const fit = fitFactors({ observed: [1000000], weights: [1], bounds: [{ low: 0.5, high: 2 }], start: [1], forecast: (t) => [965100 * (t[0] ?? 0)] });
    expect(Math.abs((fit.theta[0] ?? 0) - 1000000 / 965100)).toBeLessThan(1e-12);
  });

  it('a product of two factors and a minimum beyond a bound: the bound, and the other factor at its best given it', () => {
    // F = (a·b·100, a·50): the figures want a = 2.4, b = 0.5; with a ≤ 2 the best b is 0.6 for the first figure, and a = 2
    const forecast = (t: readonly number[]) => [(t[0] ?? 0) * (t[1] ?? 0) * 100, (t[0] ?? 0) * 50];
    const fit = fitFactors({ observed: [120, 120], weights: [1, 1], bounds: [{ low: 0.5, high: 2 }, { low: 0.1, high: 3 }], start: [1, 1], forecast });
    expect(fit.theta[0]).toBe(2);
    expect(Math.abs((fit.theta[1] ?? 0) - 0.6)).toBeLessThan(1e-9);
  });
});

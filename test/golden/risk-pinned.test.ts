import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGION, buildRiskModel, municipalitySubject, project, simulate, summarise } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import type { Scenario } from '../../src/model/scenario.js';
import type { Uncertainty, UncertainVariable } from '../../src/model/uncertainty.js';
import { ROOT, runCli } from '../support/cli.js';

// The Monte Carlo pinned to the last bit: for fixed seeds, the bytes of every draw's results
// (as a SHA-256), their percentiles at full precision, and the whole `risk --json` document
// with two threads. The expected files were written by the simulation as it was before it
// was made faster (issue 16): a faster simulation must give exactly these figures.

const PINNED = fileURLToPath(new URL('../fixtures/risk-pinned', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const at = { file: 'test' };

/** Every kind of draw on the tiny regions: parameters (an elasticity-free rate among them), both indices, one-off amounts, the discount rate, correlations; outflow is listed to shift the positions the correlations name. */
function tinyUncertainty(extra: readonly UncertainVariable[]): Uncertainty {
  return {
    variables: [
      { target: { kind: 'parameter', name: 'overhead_gr' }, distribution: { kind: 'triangular', low: -0.1, mode: 0, high: 0.3 }, at },
      { target: { kind: 'parameter', name: 'overhead_samen' }, distribution: { kind: 'uniform', low: -0.2, high: 0.2 }, at },
      { target: { kind: 'parameter', name: 'rijksbijdrage_per_se' }, distribution: { kind: 'normal', mean: 0, sd: 0.03, low: -0.06, high: 0.06 }, at },
      { target: { kind: 'parameter', name: 'risico_opslag' }, distribution: { kind: 'triangular', low: -0.5, mode: 0, high: 0.5 }, at },
      { target: { kind: 'index', id: 'loon' }, distribution: { kind: 'uniform', low: -0.01, high: 0.01 }, at },
      { target: { kind: 'index', id: 'prijs' }, distribution: { kind: 'normal', mean: 0.001, sd: 0.004, low: -0.01, high: 0.01 }, at },
      { target: { kind: 'one_off' }, distribution: { kind: 'triangular', low: -0.25, mode: 0, high: 0.5 }, at },
      { target: { kind: 'outflow' }, distribution: { kind: 'triangular', low: -0.25, mode: 0, high: 0.25 }, at },
      { target: { kind: 'discount_rate' }, distribution: { kind: 'uniform', low: -0.2, high: 0.2 }, at },
      ...extra,
    ],
    correlations: [{ a: 2, b: 4, rho: 0.7 }, { a: 0, b: 1, rho: -0.3 }],
  };
}

const fee: UncertainVariable = { target: { kind: 'parameter', name: 'tarief_per_se' }, distribution: { kind: 'uniform', low: -0.3, high: 0.1 }, at };

/** name: the region file, its uncertainty, the seed and the number of draws. */
const CASES: Record<string, readonly [string, (s: Scenario) => Uncertainty | undefined, number, number]> = {
  'regio-soweco': [join(ROOT, 'scenarios/regio-soweco.yaml'), (s) => s.region.uncertainty, 16, 300],
  'tiny-fees': [join(FIXTURES, 'tiny-fees/regio.yaml'), () => tinyUncertainty([fee]), 3, 400],
  'tiny-settlement': [join(FIXTURES, 'tiny-settlement/regio.yaml'), () => tinyUncertainty([]), 4, 400],
  'tiny-dissolution': [join(FIXTURES, 'tiny-dissolution/regio.yaml'), () => tinyUncertainty([]), 5, 400],
};

interface Pinned {
  readonly sha256: string;
  readonly figures: Record<string, unknown>;
}

const expected = JSON.parse(readFileSync(join(PINNED, 'simulations.json'), 'utf8')) as Record<string, Pinned>;

describe('the Monte Carlo gives the pinned figures to the last bit', () => {
  for (const [name, [file, uncertaintyOf, seed, iterations]] of Object.entries(CASES)) {
    it(`${name}: ${iterations} draws with seed ${seed}`, () => {
      const scenario = loadScenario(file);
      const model = buildRiskModel(project(scenario));
      const results = simulate(model, uncertaintyOf(scenario), seed, 0, iterations);
      const pinned = expected[name];
      expect(createHash('sha256').update(new Uint8Array(results.buffer, results.byteOffset, results.byteLength)).digest('hex')).toBe(pinned?.sha256);
      const subjects = [['region', REGION], ...model.targets.map((t) => [t.id, municipalitySubject(t.id)] as const)] as const;
      // through JSON, as the expected figures were written
      const figures: unknown = JSON.parse(JSON.stringify(Object.fromEntries(subjects.map(([k, subject]) => [k, summarise(model, results, iterations, subject)]))));
      expect(figures).toEqual(pinned?.figures);
    });
  }

  it('risk regio-soweco.yaml --json with 4000 draws over two threads gives the pinned document byte for byte', () => {
    const result = runCli(['risk', join(ROOT, 'scenarios/regio-soweco.yaml'), '--json', '--iterations', '4000', '--seed', '16', '--jobs', '2']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(PINNED, 'risk-regio-soweco-4000.json'), 'utf8'));
  });
});

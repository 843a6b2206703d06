import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRiskModel, evaluate, project, resultSize, type RiskModel } from '../../../src/engine/index.js';
import type { Draw } from '../../../src/engine/risk/evaluator.js';
import { loadScenario } from '../../../src/load/index.js';
import { generatedRegion } from '../../properties/generated-region.js';
import { ROOT } from '../../support/cli.js';
import { everyKindRegion } from '../../support/every-kind-region.js';
import { oracleEvaluate } from '../../support/risk-oracle.js';

// The draw program (draw-program.ts: one buffer, the years of a row as loops, figures that
// several lines, pools or nets share computed once) gives every draw exactly what the risk
// model gave before it (test/support/risk-oracle.ts), to the bit.

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 25) };
const FIXTURES = join(ROOT, 'test/fixtures');

/** Every figure to the bit, NaN as NaN (JavaScript cannot tell NaNs apart). */
const bits = (v: Float64Array) => Array.from(v, (x) => (Number.isNaN(x) ? 'NaN' : new BigUint64Array(Float64Array.of(x).buffer)[0]));

/** A draw from numbers in [0, 1): a factor for every parameter, a shift for every index, the one-off factor and the discount rate. */
function drawOf(model: RiskModel, numbers: readonly number[]): Draw {
  let k = 0;
  const next = () => numbers[k++ % numbers.length] ?? 0.5;
  const names = [...new Set(model.series.map((s) => s.name))];
  const indices = [...new Set(model.series.flatMap((s) => (s.index === undefined ? [] : [s.index])))];
  return {
    // a factor of exactly 1 leaves a series as it is: some parameters keep theirs
    parameterFactor: new Map(names.flatMap((name) => {
      const u = next();
      return u < 0.2 ? [] : [[name, 0.4 + 1.2 * u] as const];
    })),
    indexShift: new Map(indices.map((id) => [id, 0.04 * next() - 0.02])),
    oneOffFactor: 0.5 + next(),
    discountRate: model.discountRate * (0.6 + 0.8 * next()),
  };
}

function compare(model: RiskModel, draw: Draw): void {
  const out = new Float64Array(resultSize(model));
  evaluate(model, draw, out);
  expect(bits(out)).toEqual(bits(oracleEvaluate(model, draw)));
}

const numbers = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 40 });

describe('the draw program gives the figures the risk model gave before, to the bit', () => {
  it('on generated regions with every driver, for random draws', () => {
    fc.assert(fc.property(generatedRegion(), numbers, (scenario, u) => {
      const model = buildRiskModel(project(scenario));
      compare(model, drawOf(model, u));
    }), runs);
  });

  it('on the settled, fee, dissolution and every-kind regions and on Soweco, for random draws', () => {
    const files = [
      ...['tiny-settlement', 'tiny-fees', 'tiny-dissolution'].map((f) => join(FIXTURES, f, 'regio.yaml')),
      join(everyKindRegion(), 'regio.yaml'),
      join(ROOT, 'scenarios/regio-soweco.yaml'),
    ];
    for (const file of files) {
      const model = buildRiskModel(project(loadScenario(file)));
      fc.assert(fc.property(numbers, (u) => compare(model, drawOf(model, u))), { numRuns: 10 });
    }
  });

  it('the comparison can fail: another discount rate gives other bits', () => {
    const model = buildRiskModel(project(loadScenario(join(FIXTURES, 'tiny-settlement/regio.yaml'))));
    const draw = drawOf(model, [0.3, 0.7]);
    const out = new Float64Array(resultSize(model));
    evaluate(model, { ...draw, discountRate: draw.discountRate * (1 + 1e-9) }, out);
    expect(bits(out)).not.toEqual(bits(oracleEvaluate(model, draw)));
  });
});

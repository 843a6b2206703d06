import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRiskModel, evaluate, project, resultSize } from '../../../src/engine/index.js';
import { neutralDraw } from '../../../src/engine/risk/evaluator.js';
import { applyOverrides, loadScenario } from '../../../src/load/index.js';

// The risk model (Monte Carlo, tornado, goal seek, what-if) books fees like the exact engine
// (docs/methodology.md#fees): the supplier's fixed lines count the buyers' SE, and its members'
// fee revenue follows the buyers' fee lines in every draw.

const FEES = fileURLToPath(new URL('../../fixtures/tiny-fees', import.meta.url));

describe('fees in the risk model', () => {
  it('unchanged, it gives the exact NPV and cumulative of every municipality within a cent', () => {
    const p = project(loadScenario(join(FEES, 'regio.yaml')));
    const m = buildRiskModel(p);
    const out = new Float64Array(resultSize(m));
    evaluate(m, neutralDraw(m), out);
    m.targets.forEach((t, i) => m.configurations.forEach((c, j) => {
      const exact = p.results.get(c)?.get(t.id);
      const k = (i * m.configurations.length + j) * 2;
      expect(Math.abs((out[k] ?? NaN) - (exact?.npv.toNumber() ?? NaN))).toBeLessThan(0.01);
      expect(Math.abs((out[k + 1] ?? NaN) - (exact?.cumulative.toNumber() ?? NaN))).toBeLessThan(0.01);
    }));
    // the suppliers earn something: the test would notice a risk model that left the fees out
    expect(p.results.get('levering')?.get('noord')?.feeRevenue.some((x) => x.gt(1000))).toBe(true);
  });

  it('a fee scaled by 1.1 moves the buyer and the supplier\'s members as the exact engine does with --set tarief_per_se*=1.1', () => {
    const scenario = loadScenario(join(FEES, 'regio.yaml'));
    const m = buildRiskModel(project(scenario));
    const out = new Float64Array(resultSize(m));
    evaluate(m, { ...neutralDraw(m), parameterFactor: new Map([['tarief_per_se', 1.1]]) }, out);
    const exact = project(applyOverrides(scenario, [{ text: 'tarief_per_se*=1.1', at: { file: 'test' } }]));
    m.targets.forEach((t, i) => m.configurations.forEach((c, j) => {
      expect(out[(i * m.configurations.length + j) * 2]).toBeCloseTo(exact.results.get(c)?.get(t.id)?.npv.toNumber() ?? NaN, 2);
    }));
  });
});

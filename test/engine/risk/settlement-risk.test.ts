import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRiskModel, evaluate, project, resultSize } from '../../../src/engine/index.js';
import { neutralDraw } from '../../../src/engine/risk/evaluator.js';
import { applyOverrides, loadScenario } from '../../../src/load/index.js';

// The risk model (Monte Carlo, tornado, goal seek, what-if) settles like the exact engine
// (docs/methodology.md#settlement): a member of a settled organisation bears its key share.

const SETTLED = fileURLToPath(new URL('../../fixtures/tiny-settlement', import.meta.url));

function riskResults(file: string) {
  const p = project(loadScenario(file));
  const m = buildRiskModel(p);
  const out = new Float64Array(resultSize(m));
  evaluate(m, neutralDraw(m), out);
  return { p, m, out };
}

describe('settlement in the risk model', () => {
  it('unchanged, it gives the exact NPV and cumulative of every settled municipality within a cent', () => {
    const { p, m, out } = riskResults(join(SETTLED, 'regio.yaml'));
    m.targets.forEach((t, i) => m.configurations.forEach((c, j) => {
      const exact = p.results.get(c)?.get(t.id);
      const k = (i * m.configurations.length + j) * 2;
      expect(Math.abs((out[k] ?? NaN) - (exact?.npv.toNumber() ?? NaN))).toBeLessThan(0.01);
      expect(Math.abs((out[k + 1] ?? NaN) - (exact?.cumulative.toNumber() ?? NaN))).toBeLessThan(0.01);
    }));
    // and the settled GR is not the own one: the test would notice a risk model that ignored it
    const gr = m.configurations.indexOf('gr');
    const noord = m.targets.findIndex((t) => t.id === 'noord');
    const own = p.results.get('gr')?.get('noord');
    expect(Math.abs((out[(noord * m.configurations.length + gr) * 2 + 1] ?? NaN) - Number(own?.ownNet.reduce((a, b) => a.plus(b)).toNumber()))).toBeGreaterThan(1000);
  });

  it('a parameter scaled by 1.1 moves every settled member as the exact engine does with --set name*=1.1', () => {
    const scenario = loadScenario(join(SETTLED, 'regio.yaml'));
    const m = buildRiskModel(project(scenario));
    const out = new Float64Array(resultSize(m));
    evaluate(m, { ...neutralDraw(m), parameterFactor: new Map([['overhead_samen', 1.1], ['overhead_gr', 1.1]]) }, out);
    const at = { file: 'test' };
    const exact = project(applyOverrides(scenario, [{ text: 'overhead_samen*=1.1', at }, { text: 'overhead_gr*=1.1', at }]));
    m.targets.forEach((t, i) => m.configurations.forEach((c, j) => {
      expect(out[(i * m.configurations.length + j) * 2]).toBeCloseTo(exact.results.get(c)?.get(t.id)?.npv.toNumber() ?? NaN, 2);
    }));
  });
});

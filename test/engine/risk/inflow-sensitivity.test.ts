import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRiskModel, municipalitySubject, project, resultFor, runSensitivity, sensitivityVariables } from '../../../src/engine/index.js';
import { withInflowScaled } from '../../../src/engine/risk/sensitivity.js';
import { drawnVariables } from '../../../src/engine/risk/monte-carlo.js';
import { loadScenario } from '../../../src/load/index.js';
import type { Scenario } from '../../../src/model/scenario.js';
import { TINY, tinyCopy } from '../../support/testdir.js';

// The inflow as an assumption of the sensitivity analysis (docs/risk.md): every stream's
// people or target scaled together, projected again with the exact engine.

const NOORD = readFileSync(join(TINY, 'noord.yaml'), 'utf8');
const STREAMS = [
  '{ id: nieuw, work_form: beschut_binnen, people: { 2021: 12, 2022: 6 }, entry_month: 7, age_at_entry: { 30: 0.5, 60: 0.5 }, fte: 0.8, outflow_rate: 0.08 }',
  '{ id: lks, work_form: detachering, target_headcount: { 2021: 5, 2024: 15 }, age_at_entry: 35, fte: 0.6 }',
];

function tinyWith(streams: readonly string[]): Scenario {
  const noord = streams.length === 0 ? NOORD : `${NOORD}inflow:\n${streams.map((s) => `  - ${s}\n`).join('')}`;
  return loadScenario(join(tinyCopy({ 'noord.yaml': noord }), 'noord.yaml'));
}

const open = tinyWith(STREAMS);
const closed = tinyWith([]);
/** Every municipality's NPV under every configuration, to the cent. */
const npvs = (s: Scenario) => {
  const p = project(s);
  return s.region.configurations.flatMap((c) => s.municipalities.map((m) => resultFor(p, c.id, municipalitySubject(m.id))?.npv.toFixed(2)));
};

describe('inflow in the sensitivity analysis', () => {
  it('scaling the inflow by 0 gives the closed population to the cent, by 1 the scenario as written', () => {
    expect(npvs(withInflowScaled(open, 0))).toEqual(npvs(closed));
    expect(npvs(withInflowScaled(open, 1))).toEqual(npvs(open));
    expect(npvs(withInflowScaled(open, 1.3))).not.toEqual(npvs(open));
  });

  it('is a variable only where a municipality has streams, and its low and high change move the outcome', () => {
    const model = buildRiskModel(project(open));
    expect(sensitivityVariables(model, undefined, 0.1, false).some((v) => v.target.kind === 'inflow')).toBe(false);
    const variables = sensitivityVariables(model, undefined, 0.1, true);
    const inflow = variables.filter((v) => v.target.kind === 'inflow');
    expect(inflow).toHaveLength(1);
    const [result] = runSensitivity(model, open, inflow);
    // laid out per municipality and configuration: NPV, cumulative; the high change is the scenario with 10% more newcomers
    const highNpvs = [...result!.high].filter((_, i) => i % 2 === 0);
    const lowNpvs = [...result!.low].filter((_, i) => i % 2 === 0);
    const scaled = project(withInflowScaled(open, 1.1));
    const expected = model.targets.flatMap((t) => model.configurations.map((c) => resultFor(scaled, c, municipalitySubject(t.id))!.npv.toNumber()));
    highNpvs.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 2));
    expect(highNpvs.some((x, i) => Math.abs(x - lowNpvs[i]!) > 1000)).toBe(true);
  });

  it('is not drawn by the Monte Carlo, which keeps the population as written', () => {
    const at = { file: 'x', line: 1, column: 1 };
    const distribution = { kind: 'uniform', low: -0.3, high: 0.3 } as const;
    const { variables } = drawnVariables({
      variables: [{ target: { kind: 'inflow' }, distribution, at }, { target: { kind: 'one_off' }, distribution, at }],
      correlations: [],
    });
    expect(variables.map((v) => v.target.kind)).toEqual(['one_off']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project, type Projection } from '../../src/engine/index.js';
import type { Scenario } from '../../src/model/scenario.js';
import { generatedRegion } from './generated-region.js';

// An organisation of the same model and members in two configurations has the very same lines,
// which project() computes once (src/engine/project.ts). The generated regions share them:
// `gr_copy` has `gr`'s organisation, and `mixed` some of `eigen`'s single members.

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 30) };

/** Every figure of every line of a configuration's municipalities, as text: equal texts are equal decimals to the last digit. */
function lineFigures(p: Projection, configuration: string): string {
  return JSON.stringify([...(p.results.get(configuration)?.values() ?? [])].map((r) => [
    r.municipality,
    r.lines.map((l) => [l.line.id, l.amounts.join(' '), l.own?.join(' '), l.pool?.join(' '), [...l.rows].map(([name, v]) => `${name}: ${v.join(' ')}`)]),
  ]));
}

/** The scenario with only one of its configurations, which is then its baseline. */
function alone(s: Scenario, configuration: string): Scenario {
  return { ...s, region: { ...s.region, baseline: configuration, configurations: s.region.configurations.filter((c) => c.id === configuration) } };
}

describe('organisations shared by configurations', () => {
  it('have in each configuration exactly the lines they have when that configuration is projected alone', () => {
    fc.assert(
      fc.property(generatedRegion(), (s) => {
        const together = project(s);
        for (const c of s.region.configurations) expect(lineFigures(together, c.id)).toBe(lineFigures(project(alone(s, c.id)), c.id));
      }),
      runs,
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { runCli } from '../support/cli.js';
import { projectionDifferences } from '../support/compare-projection.js';
import { settledByHand } from '../support/settlement-by-hand.js';
import { TINY } from '../support/testdir.js';

// The worked example of settlement (docs/methodology.md, "Settlement"): the tiny region with a
// settled GR and a settled samen organisation. expected-*.json were worked out by
// test/support/settlement-by-hand.ts from the tiny example's own figures.

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));
const MUNICIPALITIES = ['noord', 'oost', 'zuid'];
const expected = (m: string): Record<string, unknown> => JSON.parse(readFileSync(join(SETTLED, `expected-${m}.json`), 'utf8')) as Record<string, unknown>;

describe('the worked example of settlement (fixtures/tiny-settlement) agrees with methodology.md', () => {
  it('expected-*.json are what the methodology gives from the tiny example\'s own figures (to the cent)', () => {
    const byHand = settledByHand(project(loadScenario(join(TINY, 'noord.yaml'))));
    for (const m of MUNICIPALITIES) {
      const doc = byHand.get(m);
      expect(doc).toBeDefined();
      expect(projectionDifferences(expected(m), doc)).toEqual([]);
      expect(projectionDifferences(doc, expected(m))).toEqual([]);
    }
  });

  for (const m of MUNICIPALITIES) {
    it(`run ${m}.yaml --json gives expected-${m}.json within €0.01, and the same key`, () => {
      const result = runCli(['run', join(SETTLED, `${m}.yaml`), '--json']);
      expect(result.code).toBe(0);
      const actual = JSON.parse(result.stdout) as { configurations: Record<string, { settlement_key?: number[] }> };
      expect(projectionDifferences(expected(m), actual)).toEqual([]);
      const keys = expected(m).configurations as Record<string, { settlement_key?: number[] }>;
      for (const [c, e] of Object.entries(keys)) {
        expect(actual.configurations[c]?.settlement_key === undefined).toBe(e.settlement_key === undefined);
        e.settlement_key?.forEach((k, t) => expect(actual.configurations[c]?.settlement_key?.[t]).toBeCloseTo(k, 12));
      }
    }, 60_000);
  }

  it('the region\'s totals are those of the tiny example: settlement only moves money between the members', () => {
    const own = project(loadScenario(join(TINY, 'noord.yaml')));
    const settled = project(loadScenario(join(SETTLED, 'noord.yaml')));
    for (const c of ['gr', 'eigen', 'samen2']) {
      settled.regional.get(c)?.net.forEach((x, t) => expect(x.minus(own.regional.get(c)?.net[t] ?? NaN).abs().lt('1e-18')).toBe(true));
    }
  });
});

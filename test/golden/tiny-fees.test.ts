import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { runCli } from '../support/cli.js';
import { projectionDifferences } from '../support/compare-projection.js';
import { feesByHand } from '../support/fees-by-hand.js';
import { TINY } from '../support/testdir.js';

// The worked example of fees between organisations (docs/methodology.md, "Fees between
// organisations"): the tiny region with a configuration `levering` in which the organisation
// of Noord and Oost supplies Zuid. expected-*.json were worked out by
// test/support/fees-by-hand.ts from the tiny example's figures.

const FEES = fileURLToPath(new URL('../fixtures/tiny-fees', import.meta.url));
const MUNICIPALITIES = ['noord', 'oost', 'zuid'];
const expected = (m: string): Record<string, unknown> => JSON.parse(readFileSync(join(FEES, `expected-${m}.json`), 'utf8')) as Record<string, unknown>;

describe('the worked example of fees (fixtures/tiny-fees) agrees with methodology.md', () => {
  it('expected-*.json are what the methodology gives from the tiny example\'s figures (to the cent)', () => {
    const byHand = feesByHand(project(loadScenario(join(TINY, 'noord.yaml'))));
    for (const m of MUNICIPALITIES) {
      const doc = byHand.get(m);
      expect(doc).toBeDefined();
      expect(projectionDifferences(expected(m), doc)).toEqual([]);
      expect(projectionDifferences(doc, expected(m))).toEqual([]);
    }
  });

  for (const m of MUNICIPALITIES) {
    it(`run ${m}.yaml --json gives expected-${m}.json within €0.01`, () => {
      const result = runCli(['run', join(FEES, `${m}.yaml`), '--json']);
      expect(result.code).toBe(0);
      expect(projectionDifferences(expected(m), JSON.parse(result.stdout))).toEqual([]);
    }, 60_000);
  }

  it('the other configurations are those of the tiny example: a region without a supplier is unchanged', () => {
    const tiny = project(loadScenario(join(TINY, 'noord.yaml')));
    const fees = project(loadScenario(join(FEES, 'noord.yaml')));
    for (const c of ['gr', 'eigen', 'samen2']) {
      for (const m of MUNICIPALITIES) {
        fees.results.get(c)?.get(m)?.net.forEach((x, t) => expect(x.eq(tiny.results.get(c)?.get(m)?.net[t] ?? NaN)).toBe(true));
      }
    }
  });
});

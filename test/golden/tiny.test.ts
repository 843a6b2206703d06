import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { projectionDifferences } from '../support/compare-projection.js';
import { TINY } from '../support/testdir.js';

describe('the worked example (fixtures/tiny) agrees with methodology.md', () => {
  for (const municipality of ['noord', 'oost', 'zuid']) {
    it(`run ${municipality}.yaml --json gives expected-${municipality}.json within €0.01`, () => {
      const result = runCli(['run', join(TINY, `${municipality}.yaml`), '--json']);
      expect(result.code).toBe(0);
      const expected: unknown = JSON.parse(readFileSync(join(TINY, `expected-${municipality}.json`), 'utf8'));
      expect(projectionDifferences(expected, JSON.parse(result.stdout))).toEqual([]);
    });
  }

  it('the comparison itself notices a difference of two cents', () => {
    const expected = { configurations: { gr: { npv: 100.0, net: [1, 2] } } };
    expect(projectionDifferences(expected, { configurations: { gr: { npv: 100.02, net: [1, 2] } } })).toHaveLength(1);
    expect(projectionDifferences(expected, { configurations: { gr: { npv: 100.01, net: [1, 2] } } })).toEqual([]);
  });
});

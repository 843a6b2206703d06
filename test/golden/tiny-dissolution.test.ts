import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { projectionDifferences } from '../support/compare-projection.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/tiny-dissolution', import.meta.url));

describe('the dissolution example (fixtures/tiny-dissolution) agrees with methodology.md "Dissolution balance"', () => {
  for (const municipality of ['noord', 'oost', 'zuid']) {
    it(`run ${municipality}.yaml --json gives expected-${municipality}.json within €0.01`, () => {
      const result = runCli(['run', join(FIXTURE, `${municipality}.yaml`), '--json']);
      expect(result.code).toBe(0);
      const expected: unknown = JSON.parse(readFileSync(join(FIXTURE, `expected-${municipality}.json`), 'utf8'));
      expect(projectionDifferences(expected, JSON.parse(result.stdout))).toEqual([]);
    }, 60_000);
  }

  it('the expected results hold the dissolution: they differ from the tiny example\'s', () => {
    const npv = (dir: string) => (JSON.parse(readFileSync(join(dir, 'expected-noord.json'), 'utf8')) as { configurations: Record<string, { npv: number }> }).configurations;
    const tiny = npv(fileURLToPath(new URL('../fixtures/tiny', import.meta.url)));
    const withIt = npv(FIXTURE);
    expect(withIt.gr?.npv).toBe(tiny.gr?.npv);
    expect(withIt.eigen?.npv).not.toBe(tiny.eigen?.npv);
  });
});

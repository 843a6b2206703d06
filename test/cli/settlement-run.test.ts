import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { TINY, testDir } from '../support/testdir.js';

// run's terminal summary names a settled member's verevening (docs/methodology.md#settlement).

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));

describe('run with settlement', () => {
  it('adds a column with the verevening over the horizon where the municipality\'s organisation settles', async () => {
    const out = testDir();
    const result = await runInProcess(['run', join(SETTLED, 'zuid.yaml'), '--out', out], { cwd: out });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Terugverdiend +Verevening\n/);
    // expected-zuid.json: Σ verevening of gr 2021–2030 = 153,047 (rounded); zuid is alone in samen2
    expect(result.stdout).toMatch(/gr +Huidige GR .* € 153\.047\n/);
    expect(result.stdout).toMatch(/samen2 .* nooit +–\n/);
  }, 60_000);

  it('has no such column without settlement', async () => {
    const out = testDir();
    const result = await runInProcess(['run', join(TINY, 'zuid.yaml'), '--out', out], { cwd: out });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Verevening');
  }, 60_000);
});

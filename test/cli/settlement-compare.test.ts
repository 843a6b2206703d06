import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcessEnglish } from '../support/in-process.js';
import { TINY, testDir } from '../support/testdir.js';

// compare names a change of settlement as a difference of the configuration (docs/methodology.md#settlement).

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));

describe('compare with a settled scenario', () => {
  it('lists the configurations whose settlement differs, with the settlement, and not the others', async () => {
    const out = testDir();
    const result = await runInProcessEnglish(['compare', join(TINY, 'noord.yaml'), join(SETTLED, 'noord.yaml'), '--json', '--out', out], { cwd: out });
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as { inputs: { configurations: { id: string; b?: { organisations: { settlement?: string }[] } }[] } };
    const differing = document.inputs.configurations;
    expect(differing.map((c) => c.id)).toEqual(['gr', 'samen2']);
    expect(differing[0]?.b?.organisations[0]?.settlement).toBe('pooled: all; key: fixed noord 0.55, oost 0.3, zuid 0.15');
    expect(differing[1]?.b?.organisations[0]?.settlement).toBe('pooled: overhead, frictie; key: by se_share, lag 1');
  }, 60_000);
});

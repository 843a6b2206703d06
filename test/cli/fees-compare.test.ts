import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcessEnglish } from '../support/in-process.js';
import { testDir, tinyCopy } from '../support/testdir.js';

// compare names a change of supplier as a difference of the configuration (docs/methodology.md#fees).

const FEES = fileURLToPath(new URL('../fixtures/tiny-fees', import.meta.url));

describe('compare with a supplied organisation', () => {
  it('lists a configuration whose buyer loses its supplier, with the supplier, and not the others', async () => {
    const regio = readFileSync(join(FEES, 'regio.yaml'), 'utf8');
    const without = tinyCopy({ 'regio.yaml': regio.replace('{ model: inkoop, members: [zuid], supplier: samen }', '{ model: inkoop, members: [zuid] }') });
    const out = testDir();
    const result = await runInProcessEnglish(['compare', join(without, 'noord.yaml'), join(FEES, 'noord.yaml'), '--json', '--out', out], { cwd: out });
    expect(result.code, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout) as { inputs: { configurations: { id: string; a?: { organisations: { supplier?: string }[] }; b?: { organisations: { supplier?: string }[] } }[] } };
    const differing = document.inputs.configurations;
    expect(differing.map((c) => c.id)).toEqual(['levering']);
    expect(differing[0]?.a?.organisations[1]?.supplier).toBeUndefined();
    expect(differing[0]?.b?.organisations[1]?.supplier).toBe('samen (noord, oost)');
  }, 60_000);
});

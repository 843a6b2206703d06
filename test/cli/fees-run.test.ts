import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliEnglish } from '../support/cli.js';
import { tinyCopy } from '../support/testdir.js';

// Fees through the real CLI (docs/methodology.md#fees): buyers placed with `members: each`, a
// supplier of one member that settles; every buyer pays, the supplier receives it all.

const FEES = fileURLToPath(new URL('../fixtures/tiny-fees', import.meta.url));

interface Doc { by_municipality: Record<string, { configurations: Record<string, { fees_paid: number[]; fee_revenue: number[]; lines: Record<string, unknown> }> }> }

describe('run with buyers placed one by one', () => {
  it('gives every buyer its fees and the supplier one revenue line per buyer, summing to the fees', () => {
    const regio = readFileSync(join(FEES, 'regio.yaml'), 'utf8').replace(
      '      - { id: samen, model: samen, members: [noord, oost] }\n      - { model: inkoop, members: [zuid], supplier: samen }',
      '      - { id: samen, model: samen, members: [noord], settlement: { pooled: all, key: { by: se_share } } }\n      - { model: inkoop, members: each, supplier: samen }',
    );
    expect(regio).toContain('members: each, supplier: samen');
    const dir = tinyCopy({ 'regio.yaml': regio });
    const result = runCliEnglish(['run', join(dir, 'regio.yaml'), '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout) as Doc;
    const levering = (m: string) => doc.by_municipality[m]?.configurations.levering;
    expect(Object.keys(levering('noord')?.lines ?? {}).filter((id) => id.startsWith('fee.'))).toEqual(['fee.oost', 'fee.zuid']);
    for (const buyer of ['oost', 'zuid']) expect(levering(buyer)?.fees_paid[0]).toBeGreaterThan(1000);
    levering('noord')?.fee_revenue.forEach((received, t) => {
      const paid = (levering('oost')?.fees_paid[t] ?? NaN) + (levering('zuid')?.fees_paid[t] ?? NaN);
      expect(Math.abs(received - paid)).toBeLessThanOrEqual(0.011); // each figure rounded to cents on its own
    });
  }, 60_000);
});

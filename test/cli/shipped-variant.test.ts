import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { testDir } from '../support/testdir.js';

// The compare example in --help names scenarios/almelo-krimp.yaml: it ships, and the example
// runs as written (issue 13, item 18).

describe('the shipped variant almelo-krimp.yaml', () => {
  it('every scenario file the examples in --help name is there', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    const named = [...new Set(help.stdout.match(/scenarios\/[\w.-]+\.yaml/g) ?? [])];
    expect(named).toContain('scenarios/almelo-krimp.yaml');
    expect(named.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });

  it('compare almelo.yaml almelo-krimp.yaml shows the three elasticities that differ and writes the comparison workbook', () => {
    const out = testDir();
    const result = runCli(['compare', 'scenarios/almelo.yaml', 'scenarios/almelo-krimp.yaml', '--out', out, '--lang', 'en'], { cwd: ROOT });
    expect(result.code, result.stderr).toBe(0);
    for (const name of ['elasticiteit_overhead_gr', 'elasticiteit_overhead_nieuw', 'elasticiteit_regie']) expect(result.stdout).toContain(name);
    expect(result.stdout).toMatch(/gr .*\n.*\n +B − A +€[\d,]+/); // the baseline costs more when its overhead shrinks more slowly
    expect(readdirSync(out)).toEqual(['almelo-vs-almelo-krimp.xlsx']);
  }, 120_000);
});

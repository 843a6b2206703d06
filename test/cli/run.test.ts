import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { TINY } from '../support/testdir.js';

// In this process (support/in-process.ts), but for what needs processes: --version, which
// reports the build, and determinism from one process to the next.
describe('soweco-bc run', () => {
  it('--json prints one JSON document on stdout and nothing else; warnings go to stderr', async () => {
    const result = await runInProcessEnglish(['run', join(TINY, 'noord.yaml'), '--json']);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as { municipality: string; warnings: string[] };
    expect(document.municipality).toBe('noord');
    expect(document.warnings).toHaveLength(1);
    expect(result.stderr).toContain('left out of the projection');
  });

  it('a municipality\'s JSON warnings are about its own files and the region, not its neighbours\'', async () => {
    const document = JSON.parse((await runInProcess(['run', join(TINY, 'zuid.yaml'), '--json'])).stdout) as { warnings: string[] };
    expect(document.warnings).toEqual([]);
  });

  it('the summary marks the lowest NPV and states the difference with the baseline', async () => {
    const result = await runInProcess(['run', join(TINY, 'noord.yaml'), '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/★ samen2 +Noord en Oost samen/);
    expect(result.stdout).toContain('-€877,690'); // Δ NPV of samen2 for noord, expected-noord.json: -877689.9
    expect(result.stdout).toMatch(/gr +Huidige GR .*baseline +baseline/);
  });

  it('Dutch is the default language, with Dutch number formatting', async () => {
    const result = await runInProcess(['run', join(TINY, 'noord.yaml')]);
    expect(result.stdout).toContain('Contante waarde');
    expect(result.stdout).toContain('€ 4.009.560');
  });

  it('NO_COLOR and a pipe give plain text; FORCE_COLOR gives colours', async () => {
    expect((await runInProcess(['run', join(TINY, 'noord.yaml')])).stdout).not.toContain('\u001b[');
    expect((await runInProcess(['run', join(TINY, 'noord.yaml')], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
  });

  it('a region file gives the region\'s totals, in JSON the sums of its municipalities', async () => {
    const result = await runInProcess(['run', join(TINY, 'regio.yaml'), '--json']);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as {
      configurations: Record<string, { cumulative: number }>;
      by_municipality: Record<string, { configurations: Record<string, { cumulative: number }> }>;
    };
    const sum = Object.values(document.by_municipality).reduce((acc, m) => acc + (m.configurations.samen2?.cumulative ?? 0), 0);
    expect(document.configurations.samen2?.cumulative).toBeCloseTo(sum, 1);
  });

  it('two runs, as two processes, print identical bytes', () => {
    const args = ['run', join(TINY, 'zuid.yaml'), '--json'];
    expect(runCli(args).stdout).toBe(runCli(args).stdout);
  });
});

describe('soweco-bc validate, --help and --version', () => {
  it('validate accepts the worked example and lists its warnings', async () => {
    const result = await runInProcessEnglish(['validate', join(TINY, 'regio.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/is valid: region tiny, 3 municipalities, 68 employees, 3 configurations/);
    expect(result.stderr.match(/warning:/g)).toHaveLength(2);
  });

  it('--help lists the commands with examples and the exit codes', async () => {
    const result = await runInProcessEnglish(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('run [options] <file>');
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('70 internal error');
    expect(result.stdout).not.toContain('generate'); // hidden: for benchmarks
  });

  it('--version prints the package version and the commit it was built from', () => {
    const result = runCli(['--version']);
    expect(result.code).toBe(0);
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(result.stdout.trim()).toMatch(new RegExp(`^${version.replace(/\./g, '\\.')} \\(commit [0-9a-f]+(-dirty)?\\)$`));
  });
});

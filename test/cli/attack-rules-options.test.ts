import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadCount } from '../../src/app/threads.js';
import { runCliEnglish } from '../support/cli.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { testDir, tinyCopy } from '../support/testdir.js';

// Issue 10, item 15: `risk --iterations 1e9` ended in an uncaught RangeError with a stack
// trace; --jobs 60 on 2 cores started 60 threads. The numeric options are bounded (usage
// errors, exit 2) and --jobs is capped at the number of cores.

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|RangeError|internal error/m;

describe('--iterations is bounded', () => {
  it('risk --iterations 1e9 is a usage error without a stack trace (the real CLI)', () => {
    const result = runCliEnglish(['risk', 'noord.yaml', '--json', '--iterations', '1e9'], { cwd: tinyCopy() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"1e9" is written with an exponent; write 1000000000');
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stdout).toBe('');
  });

  it('risk --iterations 1000000000 is a usage error: at most a million (the real CLI)', () => {
    const result = runCliEnglish(['risk', 'noord.yaml', '--json', '--iterations', '1000000000'], { cwd: tinyCopy() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a whole number of draws from 1 to 1000000 (a million)');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('a million draws of a region too large for 1 GB of results is refused before any draw, naming the most that fit', async () => {
    const dir = testDir();
    expect((await runInProcessEnglish(['generate', dir, '--municipalities', '40', '--employees', '800'])).code).toBe(0);
    const result = await runInProcessEnglish(['risk', join(dir, 'regio.yaml'), '--json', '--iterations', '1000000']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --iterations\n {2}1000000 draws of this scenario need \d+\.\d GB of memory for their results, more than the 1 GB a risk run may take\n {2}hint: give at most --iterations \d+/);
  });
});

describe('the numbers 1e3, 0x10, -0, Infinity and 10.0 in every numeric option', () => {
  const cases: [option: string, value: string, code: 0 | 2][] = [
    ['--iterations', '1e3', 2], ['--iterations', '0x10', 2], ['--iterations', '-0', 2], ['--iterations', 'Infinity', 2], ['--iterations', '10.0', 0],
    ['--seed', '1e3', 2], ['--seed', '0x10', 2], ['--seed', '-0', 0], ['--seed', 'Infinity', 2], ['--seed', '10.0', 0], ['--seed', '4294967296', 2], ['--seed', '-1', 2],
    ['--jobs', '1e3', 2], ['--jobs', '0x10', 2], ['--jobs', '-0', 2], ['--jobs', 'Infinity', 2], ['--jobs', '10.0', 0],
  ];
  it.each(cases)('risk %s %s exits with %i', async (option, value, code) => {
    const dir = tinyCopy();
    const iterations = option === '--iterations' ? [] : ['--iterations', '100'];
    const result = await runInProcessEnglish(['risk', join(dir, 'noord.yaml'), '--json', ...iterations, option, value]);
    expect(result.code, result.stderr).toBe(code);
    if (code === 2) expect(result.stderr).toMatch(new RegExp(`^error: option '${option} <n>' argument '${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' is invalid\\.`));
  });

  it.each([['1e3', 2], ['0x10', 2], ['-0', 2], ['Infinity', 2], ['10.0', 0]] as const)('sensitivity --top %s exits with %i', async (value, code) => {
    const result = await runInProcessEnglish(['sensitivity', join(tinyCopy(), 'noord.yaml'), '--json', '--top', value]);
    expect(result.code, result.stderr).toBe(code);
  });

  it('the same seed with 0 and 10.0 written differently gives the same draws', async () => {
    const dir = tinyCopy();
    const plain = await runInProcessEnglish(['risk', join(dir, 'noord.yaml'), '--json', '--iterations', '200', '--seed', '10']);
    const decimal = await runInProcessEnglish(['risk', join(dir, 'noord.yaml'), '--json', '--iterations', '200', '--seed', '10.0']);
    expect(plain.code).toBe(0);
    expect(decimal.stdout).toBe(plain.stdout);
  });
});

describe('--jobs is capped at the number of cores', () => {
  it('asking for 60 threads gives the number of cores; fewer are kept', () => {
    expect(threadCount(60)).toBe(availableParallelism());
    expect(threadCount(undefined)).toBe(availableParallelism());
    expect(threadCount(1)).toBe(1);
  });

  it('risk --jobs 60 and batch --jobs 60 run, with the same figures as --jobs 1 (the real CLI: worker threads)', () => {
    const dir = tinyCopy();
    const [many, one] = ['60', '1'].map((jobs) => runCliEnglish(['risk', 'noord.yaml', '--json', '--iterations', '4000', '--jobs', jobs], { cwd: dir }));
    expect(many?.code, many?.stderr).toBe(0);
    expect(many?.stdout).toBe(one?.stdout);
    const batch = runCliEnglish(['batch', 'regio.yaml', '--json', '--out', testDir(), '--jobs', '60', '--no-docx'], { cwd: dir });
    expect(batch.code, batch.stderr).toBe(0);
  });

  it('the help says so, for risk and batch', () => {
    for (const command of ['risk', 'batch']) {
      const result = runCliEnglish([command, '--help']);
      expect(result.stdout.replace(/\s+/g, ' ')).toContain('(default and at most: the number of cores)');
    }
  });
});

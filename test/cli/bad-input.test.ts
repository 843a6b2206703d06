import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, CLI_TIMEOUT, ENGLISH, type CliResult } from '../support/cli.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { tinyCopy } from '../support/testdir.js';
import { csvCases, edit, fileCases, municipalityCases, usageCases, yamlCases, type BadInputCase } from './bad-input-cases.js';

// The cases (bad-input-cases.ts) run through the CLI's `main` in this process, one after
// the other in the case's folder: the same code path as the bin, some 50 times faster. The
// last block runs one case of each group through the real bin as a process too, side by
// side, to show that what a user sees there is the same.

/** Runs the built CLI like support/cli.ts's runCli, but without blocking, so that the cases run side by side. */
function runBin(args: readonly string[], options: { cwd: string }): Promise<CliResult> {
  return new Promise((resolve) => {
    const env = { ...process.env, ...ENGLISH, NO_COLOR: '1', FORCE_COLOR: undefined };
    execFile(process.execPath, [BIN, ...args], { cwd: options.cwd, env, encoding: 'utf8', timeout: CLI_TIMEOUT }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A stack trace line, or the name of a JavaScript error class leaking out. */
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|\b[A-Z]\w*Error\b|node:internal|internal error/m;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What the user must see for a case: its exit code, its message at its place, no data, no stack trace. */
async function expectCase(c: BadInputCase, run: (args: readonly string[], options: { cwd: string }) => Promise<CliResult>): Promise<void> {
  const dir = tinyCopy(c.files);
  const result = await run(c.args ?? ['run', 'noord.yaml', '--json'], { cwd: dir });
  expect(result.code, result.stderr).toBe(c.code);
  expect(result.stdout).toBe('');
  if (c.at !== undefined) {
    const column = /\.yaml:\d+$/.test(c.at) ? ':\\d+' : '';
    expect(result.stderr.split('\n')[0]).toMatch(new RegExp(`^error: ${escape(c.at)}${column}(\\s|$)`));
  }
  for (const keyword of c.says) expect(result.stderr).toContain(keyword);
  for (const secret of c.hides ?? []) expect(result.stderr).not.toContain(secret);
  expect(result.stderr).not.toMatch(STACK_TRACE);
}

const groups = { 'YAML and the region file': yamlCases, 'municipality file': municipalityCases, 'employee and cohort CSV': csvCases, 'files': fileCases, 'command line': usageCases };

describe('bad input gives a clear message at file:line, the right exit code, and no stack trace', () => {
  for (const [group, cases] of Object.entries(groups)) {
    describe(group, () => {
      for (const c of cases) it(c.claim, () => expectCase(c, runInProcessEnglish));
    });
  }

  it('a CSV with a header but no rows is a warning, not an error', async () => {
    const dir = tinyCopy({ 'data/noord.csv': 'id,birth_date,fte,work_form,se_weight\n' });
    const result = await runInProcessEnglish(['run', 'noord.yaml', '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^warning: data\/noord\.csv:1\b/m);
    expect(result.stderr).toContain('has a header but no rows');
    expect(result.stderr).not.toMatch(/^error:/m);
  });

  it('a CSV column the calculator does not use is a warning, not an error', async () => {
    const dir = tinyCopy(edit('data/noord.csv', ['se_weight', 'se_opmerking']));
    const result = await runInProcessEnglish(['run', 'noord.yaml', '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^warning: data\/noord\.csv:1\s+header\n\s+column "se_opmerking" is not used$/m);
  });

  it('validate reports the same mistakes as run, with the same exit code', async () => {
    const dir = tinyCopy(edit('regio.yaml', ['baseline: gr', 'baseline: grr']));
    const result = await runInProcessEnglish(['validate', 'regio.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: regio\.yaml:6:\d+\s+baseline$/m);
  });

  it('an index year that is missing is reported once, however many parameters use the index', async () => {
    const dir = tinyCopy(edit('regio.yaml', ['prijs: { description: Prijsindex, default: 0.015 }', 'prijs: { description: Prijsindex, values: { 2022: 0.015 } }']));
    const result = await runInProcessEnglish(['run', 'noord.yaml', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.match(/has no rate for 2023/g)).toHaveLength(1);
  });

  it('several mistakes are all reported, in file order, with a count', async () => {
    const dir = tinyCopy(edit('regio.yaml', ['baseline: gr', 'baseline: grr'], ['values: { 2021: 30000, 2025: 36000 }, index: loon }', 'values: { 2021: 30000, 2025: 36000 }, index: lon }']));
    const result = await runInProcessEnglish(['run', 'noord.yaml', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    const places = [...result.stderr.matchAll(/^error: regio\.yaml:(\d+):/gm)].map((m) => Number(m[1]));
    expect(places).toEqual([6, 29]);
    expect(result.stderr).toContain('2 problems found');
  });
});

describe.concurrent('the real bin, as a process, says the same as main in-process', () => {
  for (const [group, cases] of Object.entries(groups)) {
    const first = cases[0];
    if (first !== undefined) it(`${group}: ${first.claim}`, () => expectCase(first, runBin));
  }
});

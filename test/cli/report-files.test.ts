import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../support/cli.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { pausedRun } from '../support/paused-run.js';
import { tinyCopy } from '../support/testdir.js';

// In this process (support/in-process.ts), but for what is about processes: determinism
// from one to the next, and a process killed half-way.
describe('run writes the municipality\'s workbook, atomically', () => {
  it('writes reports/<id>.xlsx by default and says where', async () => {
    const dir = tinyCopy();
    const result = await runInProcess(['run', 'noord.yaml'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Rapport: ${join('reports', 'noord.xlsx')}`);
    expect(readFileSync(join(dir, 'reports/noord.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('with --json writes no workbook unless --out is given', async () => {
    const dir = tinyCopy();
    expect((await runInProcess(['run', 'noord.yaml', '--json'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
    expect((await runInProcess(['run', 'noord.yaml', '--json', '--out', 'uit'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'uit/noord.xlsx'))).toBe(true);
  });

  it('gives byte-identical files on two runs (the bin, and another process), also when stamped with SOURCE_DATE_EPOCH', async () => {
    const dir = tinyCopy();
    const bin = (out: string, env = {}) => {
      expect(runCli(['run', 'zuid.yaml', '--out', out], { cwd: dir, env }).code).toBe(0);
      return readFileSync(join(dir, out, 'zuid.xlsx'));
    };
    const here = async (out: string, env = {}) => {
      expect((await runInProcess(['run', 'zuid.yaml', '--out', out], { cwd: dir, env })).code).toBe(0);
      return readFileSync(join(dir, out, 'zuid.xlsx'));
    };
    const plain = bin('a');
    expect(plain.equals(await here('b'))).toBe(true);
    const stamped = { SOURCE_DATE_EPOCH: '1767225600' };
    const dated = bin('c', stamped);
    expect(dated.equals(await here('d', stamped))).toBe(true);
    expect(dated.equals(plain)).toBe(false);
  });

  it('an output folder that cannot be created gives exit code 3 and a clear message', async () => {
    const dir = tinyCopy({ 'bezet': 'a file, not a folder' });
    const result = await runInProcessEnglish(['run', 'noord.yaml', '--out', 'bezet/rapporten'], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('cannot create the output folder bezet/rapporten');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('an output folder in a place that accepts none (under /proc) gives exit code 3 at once', async () => {
    const result = await runInProcessEnglish(['run', 'noord.yaml', '--out', '/proc/soweco/rapporten'], { cwd: tinyCopy() });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('cannot create the output folder /proc/soweco/rapporten');
  });

  it('a report that cannot be written (a folder in its place) gives exit code 3 and leaves no temporary file', async () => {
    const dir = tinyCopy({ 'uit/noord.xlsx/in-de-weg': 'x' });
    const result = await runInProcessEnglish(['run', 'noord.yaml', '--out', 'uit'], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('cannot write uit/noord.xlsx');
    expect(readdirSync(join(dir, 'uit'))).toEqual(['noord.xlsx']);
  });

  it('a run that fails on bad input leaves the previous report as it was', async () => {
    const dir = tinyCopy();
    expect((await runInProcess(['run', 'noord.yaml'], { cwd: dir })).code).toBe(0);
    const before = readFileSync(join(dir, 'reports/noord.xlsx'));
    writeFileSync(join(dir, 'regio.yaml'), readFileSync(join(dir, 'regio.yaml'), 'utf8').replace('baseline: gr', 'baseline: grr'));
    expect((await runInProcess(['run', 'noord.yaml'], { cwd: dir })).code).toBe(1);
    expect(readFileSync(join(dir, 'reports/noord.xlsx')).equals(before)).toBe(true);
  });

  it('a run killed half-way leaves either the previous report or the new one, never a partial file', async () => {
    const dir = tinyCopy();
    expect(runCli(['run', 'noord.yaml'], { cwd: dir }).code).toBe(0);
    const previous = readFileSync(join(dir, 'reports/noord.xlsx'));
    expect(runCli(['run', 'noord.yaml', '--lang', 'en', '--out', 'en'], { cwd: dir }).code).toBe(0);
    const next = readFileSync(join(dir, 'en/noord.xlsx'));
    const outcomes = new Set<string>();
    for (const delay of [50, 150, 250, 350, 450, 550, 650, 800]) {
      const child = spawn(process.execPath, [BIN, 'run', 'noord.yaml', '--lang', 'en'], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      const now = readFileSync(join(dir, 'reports/noord.xlsx'));
      expect(now.equals(previous) || now.equals(next)).toBe(true);
      outcomes.add(now.equals(previous) ? 'previous' : 'next');
      writeFileSync(join(dir, 'reports/noord.xlsx'), previous);
    }
    expect(outcomes.has('previous')).toBe(true); // the early kills did land before the rename
  });

  it('the next successful run removes the temporary file that a killed run left behind', async () => {
    const tiny = tinyCopy();
    const killed = await pausedRun(['run', 'noord.yaml'], tiny); // killed with its temporary file written, just before the rename
    await killed.kill();
    expect(readdirSync(join(tiny, 'reports'))).toEqual([basename(killed.temporary)]);
    expect((await runInProcess(['run', 'noord.yaml'], { cwd: tiny })).code).toBe(0);
    expect(readdirSync(join(tiny, 'reports'))).toEqual(['noord.xlsx']);
  });
});

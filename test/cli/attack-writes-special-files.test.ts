import { execFileSync } from 'node:child_process';
import { lstatSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliResult, runCliEnglish } from '../support/cli.js';
import { faultsEnv } from '../support/fs-faults.js';
import { KEY, Terminal } from '../support/pty.js';
import { introduceWest } from '../support/dialogues.js';
import { tinyCopy } from '../support/testdir.js';

// Issue 10, item 11: devices and named pipes given as input hung the run (a pipe waits for a
// writer) or ate memory (/dev/zero never ends). Every place that reads a file the user named
// accepts regular files only and refuses the rest at once with exit 3; nothing is written over
// a pipe or device either. runCli gives up after 60 s, so a hang fails the test.

/** A named pipe at `path` in `dir`, in place of whatever was there. */
function fifo(dir: string, path: string): void {
  rmSync(join(dir, path), { force: true });
  execFileSync('mkfifo', [join(dir, path)]);
}

function expectRefused(result: CliResult, place: string, message: string): void {
  expect(result.code, result.stderr).toBe(3);
  expect(result.stderr).toContain(`error: ${place}`);
  expect(result.stderr).toContain(message);
  expect(result.stderr).toContain('hint: name a YAML or CSV file saved on the disk');
  expect(result.stdout).toBe('');
}

describe.skipIf(process.platform === 'win32')('devices and named pipes as input: refused at once with exit 3', () => {
  it('run /dev/zero and validate /dev/urandom', () => {
    expectRefused(runCliEnglish(['run', '/dev/zero']), '/dev/zero', '/dev/zero is a device, not a file');
    expectRefused(runCliEnglish(['validate', '/dev/urandom']), '/dev/urandom', '/dev/urandom is a device, not a file');
  });

  it('run on a named pipe', () => {
    const dir = tinyCopy();
    fifo(dir, 'pijp.yaml');
    expectRefused(runCliEnglish(['run', 'pijp.yaml'], { cwd: dir }), 'pijp.yaml', 'pijp.yaml is a named pipe, not a file');
  });

  it('an employee CSV that is a named pipe, or a link to /dev/urandom, is refused where it is named', () => {
    const dir = tinyCopy();
    fifo(dir, 'data/noord.csv');
    expectRefused(runCliEnglish(['run', 'noord.yaml'], { cwd: dir }), 'noord.yaml:3:12  employees', 'data/noord.csv is a named pipe, not a file');
    expectRefused(runCliEnglish(['batch', 'regio.yaml', '--out', 'uit'], { cwd: dir }), 'noord.yaml:3:12  employees', 'data/noord.csv is a named pipe, not a file');
    rmSync(join(dir, 'data/noord.csv'));
    symlinkSync('/dev/urandom', join(dir, 'data/noord.csv'));
    expectRefused(runCliEnglish(['run', 'noord.yaml'], { cwd: dir }), 'noord.yaml:3:12  employees', 'data/noord.csv is a device, not a file');
  });

  it('a municipality file or a region file that is a named pipe', () => {
    const dir = tinyCopy();
    fifo(dir, 'oost.yaml');
    expectRefused(runCliEnglish(['run', 'regio.yaml'], { cwd: dir }), 'regio.yaml:87:', 'oost.yaml is a named pipe, not a file');
    fifo(dir, 'regio.yaml');
    expectRefused(runCliEnglish(['run', 'noord.yaml'], { cwd: dir }), 'noord.yaml:1:9  region', 'regio.yaml is a named pipe, not a file');
  });

  it('compare with a named pipe as one side', () => {
    const dir = tinyCopy();
    fifo(dir, 'pijp.yaml');
    expectRefused(runCliEnglish(['compare', 'noord.yaml', 'pijp.yaml', '--out', 'uit'], { cwd: dir }), 'pijp.yaml', 'pijp.yaml is a named pipe, not a file');
  });

  it('a file swapped for a named pipe between the check and the open (a race) is refused, not waited on', () => {
    const dir = tinyCopy();
    const result = runCliEnglish(['run', 'noord.yaml'], { cwd: dir, env: faultsEnv({ swapToFifo: join(dir, 'data/noord.csv') }) });
    expect(lstatSync(join(dir, 'data/noord.csv')).isFIFO()).toBe(true); // the swap did happen
    expectRefused(result, 'noord.yaml:3:12  employees', 'data/noord.csv is a named pipe, not a file');
  });

  it('what-if on a named pipe', async () => {
    const dir = tinyCopy();
    fifo(dir, 'pijp.yaml');
    const t = Terminal.startEnglish(['what-if', 'pijp.yaml'], dir);
    expect(await t.exit()).toBe(3);
    expect(t.screen).toContain('pijp.yaml is a named pipe, not a file');
  });

  it('init: a named pipe among the YAML files of the folder is passed over, and one given as the employee CSV is refused at the prompt', async () => {
    const dir = tinyCopy();
    fifo(dir, 'aaa.yaml'); // looked at first, in name order
    fifo(dir, 'data/pijp.csv');
    const t = Terminal.startEnglish(['init', '.'], dir);
    await introduceWest(t);
    await t.answer('Employees:', KEY.down);
    await t.answer('Path of the CSV', 'data/pijp.csv');
    await t.waitFor('data/pijp.csv is a named pipe, not a file');
    t.type(KEY.ctrlC);
    expect(await t.exit()).toBe(130);
  });
});

describe.skipIf(process.platform === 'win32')('a named pipe where a report would go: refused, and left a pipe', () => {
  it('schema --out and run --out', () => {
    const dir = tinyCopy();
    fifo(dir, 'schema.json');
    const schema = runCliEnglish(['schema', '--out', 'schema.json'], { cwd: dir });
    expect(schema.code).toBe(3);
    expect(schema.stderr).toContain('cannot write schema.json: it is a named pipe, not a file');
    expect(lstatSync(join(dir, 'schema.json')).isFIFO()).toBe(true);
    fifo(dir, 'noord.xlsx');
    const run = runCliEnglish(['run', 'noord.yaml', '--out', '.'], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('cannot write noord.xlsx: it is a named pipe, not a file');
    expect(lstatSync(join(dir, 'noord.xlsx')).isFIFO()).toBe(true);
  });
});

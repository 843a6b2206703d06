import { existsSync, readFileSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliEnglish } from '../support/cli.js';
import { pausedRun } from '../support/paused-run.js';
import { tinyCopy } from '../support/testdir.js';

// Issue 10, item 18: runs into one folder at the same time. A run removes only its own
// temporary files and the leftovers of runs that are gone, never a file another run is still
// writing.

const temporaries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('two runs writing into one folder at once', () => {
  it('a second run does not remove the first run\'s file in progress: both succeed', async () => {
    const dir = tinyCopy();
    const first = await pausedRun(['run', 'noord.yaml', '--out', 'uit', '--lang', 'en'], dir);
    expect(existsSync(first.temporary)).toBe(true);
    const second = runCliEnglish(['run', 'noord.yaml', '--out', 'uit'], { cwd: dir });
    expect(second.code, second.stderr).toBe(0);
    expect(existsSync(first.temporary)).toBe(true); // still there for the first run to rename
    const done = await first.resume();
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('Report: uit/noord.xlsx');
    // the first run renamed last: its (English) workbook is the one in place
    expect(runCliEnglish(['run', 'noord.yaml', '--out', 'en', '--lang', 'en'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'uit', 'noord.xlsx')).equals(readFileSync(join(dir, 'en', 'noord.xlsx')))).toBe(true);
    expect(temporaries(join(dir, 'uit'))).toEqual([]);
  });

  it('batch and run into one folder at once: both succeed', async () => {
    const dir = tinyCopy();
    const first = await pausedRun(['batch', 'regio.yaml', '--out', 'uit'], dir);
    const second = runCliEnglish(['run', 'noord.yaml', '--out', 'uit'], { cwd: dir });
    expect(second.code, second.stderr).toBe(0);
    const done = await first.resume();
    expect(done.code, done.stderr).toBe(0);
    expect(temporaries(join(dir, 'uit'))).toEqual([]);
  });
});

describe('a temporary file removed by another program', () => {
  it('gives exit 3 and says what happened, with the old report as it was', async () => {
    const dir = tinyCopy();
    expect(runCliEnglish(['run', 'noord.yaml', '--out', 'uit'], { cwd: dir }).code).toBe(0);
    const before = readFileSync(join(dir, 'uit', 'noord.xlsx'));
    const run = await pausedRun(['run', 'noord.yaml', '--out', 'uit', '--lang', 'en'], dir);
    rmSync(run.temporary);
    const done = await run.resume();
    expect(done.code).toBe(3);
    expect(done.stderr).toContain(`cannot write uit/noord.xlsx: its temporary file ${basename(run.temporary)} was removed by another program before it could be renamed into place`);
    expect(readFileSync(join(dir, 'uit', 'noord.xlsx')).equals(before)).toBe(true);
  });
});

// (the leftover of a run killed before its rename: report-files.test.ts)
describe('leftovers of runs that are gone', () => {
  it('a temporary file nobody has touched for more than a day is a leftover, whoever made it', () => {
    const dir = tinyCopy({ 'uit/.noord.xlsx.0123abcd.tmp': 'half a workbook', 'uit/.noord.xlsx.ffffff-1.89abcdef.tmp': 'half a workbook' });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    for (const f of temporaries(join(dir, 'uit'))) utimesSync(join(dir, 'uit', f), twoDaysAgo, twoDaysAgo);
    expect(runCliEnglish(['run', 'noord.yaml', '--out', 'uit'], { cwd: dir }).code).toBe(0);
    expect(readdirSync(join(dir, 'uit'))).toEqual(['noord.xlsx']);
  });

  it('a recent temporary file that may belong to a run elsewhere is left alone', () => {
    // made by a process on another machine (another host tag) that shares this folder: it may be writing still
    const dir = tinyCopy({ 'uit/.noord.xlsx.ffffff-1.89abcdef.tmp': 'half a workbook' });
    expect(runCliEnglish(['run', 'noord.yaml', '--out', 'uit'], { cwd: dir }).code).toBe(0);
    expect(readdirSync(join(dir, 'uit')).sort()).toEqual(['.noord.xlsx.ffffff-1.89abcdef.tmp', 'noord.xlsx']);
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimJob, jobBoard, openJobs, awaitJobs } from '../../src/app/batch/job-board.js';
import { runCliEnglish } from '../support/cli.js';
import { testDir } from '../support/testdir.js';

// The worker threads of a batch start while the main thread still projects the region, and
// claim their jobs themselves from a board in shared memory (src/app/batch/job-board.ts).

describe('the job board of a batch', () => {
  it('hands out every job once, in order, and none after the last', () => {
    const board = jobBoard(3);
    expect([claimJob(board), claimJob(board), claimJob(board), claimJob(board), claimJob(board)]).toEqual([0, 1, 2, undefined, undefined]);
  });

  it('tells a waiting thread whether the jobs were opened or called off', () => {
    const opened = jobBoard(1);
    openJobs(opened, true);
    expect(awaitJobs(opened)).toBe(true);
    const calledOff = jobBoard(1);
    openJobs(calledOff, false);
    expect(awaitJobs(calledOff)).toBe(false);
  });
});

describe('batch with worker threads (the built program)', () => {
  it('bad input found by the projection calls off the workers started meanwhile: refused, nothing written, no hanging thread', () => {
    const dir = testDir();
    expect(runCliEnglish(['generate', join(dir, 'regio'), '--municipalities', '24', '--employees', '480']).code).toBe(0);
    // 25 jobs: a worker thread with --jobs 2 (pool.ts); an index rate written as a percentage makes the wages pass the figure limit, which the projection finds after loading
    const result = runCliEnglish(['batch', join(dir, 'regio', 'regio.yaml'), '--out', join(dir, 'uit'), '--jobs', '2', '--no-docx', '--set', 'cao_sw.default=25']);
    expect(result.code, result.stderr).toBe(2); // the cause is on the command line
    expect(result.stderr).toContain('index "cao_sw" as changed here makes parameter "loonkosten_per_fte" reach');
    expect(existsSync(join(dir, 'uit')) ? readdirSync(join(dir, 'uit')) : []).toEqual([]);
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { claimJob, jobBoard, openJobs, awaitJobs } from '../../src/app/batch/job-board.js';
import { openPool, runJobs } from '../../src/app/batch/pool.js';
import { batchSubjects, planBatchReports } from '../../src/app/batch/reports.js';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { runCliEnglish } from '../support/cli.js';
import { TINY, testDir } from '../support/testdir.js';

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

describe('a batch worker thread that dies', () => {
  it('fails the job it had claimed, and the main thread writes the others', async () => {
    const file = join(TINY, 'regio.yaml');
    const scenario = loadScenario(file);
    const targets = batchSubjects(scenario.region);
    const settings = { out: testDir(), language: 'nl' as const, version: 'test', docx: false };
    const { outputs, regionStem } = planBatchReports(file, scenario, targets, settings);
    const board = jobBoard(targets.length);
    // a stand-in for worker.ts: claims the first job (cell 0 of the board), then dies once the jobs are opened (cell 1)
    const worker = new Worker(
      `const { workerData, parentPort } = require('node:worker_threads');
       const cells = new Int32Array(workerData.memory);
       Atomics.add(cells, 0, 1);
       parentPort.postMessage('claimed');
       Atomics.wait(cells, 1, 0);
       throw new Error('the worker broke down');`,
      { eval: true, workerData: { memory: board.memory } },
    );
    await new Promise((resolve) => worker.once('message', resolve));
    const pool = { board, workers: [{ worker, closedPort: new MessageChannel().port1 }] };
    openPool(pool, undefined);
    const outcomes = await runJobs(pool, { projection: project(scenario), closed: undefined, targets, settings, outputs, regionStem }, () => undefined);
    expect(outcomes).toHaveLength(targets.length);
    const failed = outcomes.filter((o) => 'failure' in o);
    expect(failed.map((o) => o.target)).toEqual([targets[0]]);
    expect(failed[0] && 'failure' in failed[0] ? failed[0].failure : undefined).toMatchObject({ kind: 'internal', message: expect.stringContaining('the worker broke down') });
    expect(outcomes.filter((o) => 'files' in o)).toHaveLength(targets.length - 1);
  });
});

import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { ClosedWorld, Projection } from '../../engine/index.js';
import { InternalError } from '../../errors.js';
import { closedWorldData, describeFailure, type Failure, type WorkerData, type WorkerMessage } from './messages.js';
import type { OutputFiles } from '../../report/output-files.js';
import type { BatchReportSettings } from './reports.js';
import { threadCount } from '../threads.js';
import type { Subject } from '../../engine/index.js';
import { writeReports } from './reports.js';
import { claimJob, jobBoard, openJobs, type JobBoard } from './job-board.js';
import { nextTurn } from './next-turn.js';

export type JobOutcome = { readonly target: Subject; readonly files: readonly string[] } | { readonly target: Subject; readonly failure: Failure };

/** Below this many jobs per extra thread, starting a worker (which loads, from the texts read, and projects the region again) does not pay. */
const JOBS_PER_WORKER = 12;

/** How many worker threads a batch of `jobs` jobs starts next to the main thread, with `requested` threads asked for (`--jobs`). */
export function workerCount(requested: number | undefined, jobs: number): number {
  return Math.max(0, Math.min(threadCount(requested) - 1, Math.floor(jobs / JOBS_PER_WORKER)));
}

interface StartedWorker {
  readonly worker: Worker;
  /** The main thread's end of the worker's `closedPort`. */
  readonly closedPort: MessagePort;
}

/**
 * The worker threads of a batch and the board of its jobs. The workers are started as soon as
 * the region is loaded, so that they load and project it while the main thread does the same:
 * both cores work from the start. They write nothing until the main thread opens the jobs.
 */
export interface BatchPool {
  readonly board: JobBoard;
  readonly workers: readonly StartedWorker[];
}

/** What a worker needs besides the board and the closed world's port. */
export type WorkerStart = Omit<WorkerData, 'board' | 'closedPort'>;

/** Starts `count` worker threads on a new board of the batch's jobs (`start.targets`). */
export function startPool(count: number, start: WorkerStart): BatchPool {
  // the region's comparison is the longest job (for 340 municipalities some ten times a
  // municipality's): claimed last, it kept one thread busy while the others had nothing left
  const board = jobBoard(start.targets.length, Math.max(0, start.targets.findIndex((t) => t.kind === 'region')));
  const workers = Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    const data: WorkerData = { ...start, board, closedPort: port2 };
    // the worker's file next to this one: in the build, dist/bundle/worker.js next to the chunk that holds this code (a worker runs compiled JavaScript only)
    return { worker: new Worker(new URL('./worker.js', import.meta.url), { workerData: data, transferList: [port2] }), closedPort: port1 };
  });
  return { board, workers };
}

/** Gives the workers the closed world (if any) and opens the jobs. */
export function openPool(pool: BatchPool, closed: ClosedWorld | undefined): void {
  const data = closedWorldData(closed);
  for (const w of pool.workers) {
    w.closedPort.postMessage({ closed: data });
    w.closedPort.close();
  }
  openJobs(pool.board, true);
}

/** Calls the jobs off (the batch stops before any report is written) and stops the workers. */
export async function callOffPool(pool: BatchPool): Promise<void> {
  openJobs(pool.board, false);
  await Promise.all(pool.workers.map((w) => {
    w.closedPort.close();
    return w.worker.terminate();
  }));
}

/** What the jobs of a batch share: the projection, the report settings and the declared outputs. */
export interface JobContext {
  readonly projection: Projection;
  /** The closed world next to an open batch of a region with inflow; undefined otherwise. */
  readonly closed: ClosedWorld | undefined;
  /** The jobs, by their index on the board. */
  readonly targets: readonly Subject[];
  readonly settings: BatchReportSettings;
  readonly outputs: OutputFiles;
  /** What the region's reports are named after (reports.ts). */
  readonly regionStem: string;
}

/**
 * Runs every job of an opened pool, in this thread and in its workers, each thread claiming
 * the next job as it finishes one. A failing job is reported and the others go on; a worker
 * that dies fails the job it had claimed and leaves the rest to the others.
 */
export async function runJobs(pool: BatchPool, context: JobContext, onOutcome: (outcome: JobOutcome) => void): Promise<JobOutcome[]> {
  const outcomes = new Map<number, JobOutcome>();
  const record = (index: number, outcome: JobOutcome) => {
    if (outcomes.has(index)) return;
    outcomes.set(index, outcome);
    onOutcome(outcome);
  };
  const deaths = await Promise.all([inProcessLane(pool.board, context, record), ...pool.workers.map((w) => workerLane(w.worker, context.targets, record))]);
  // a job claimed by a worker that died without telling its outcome
  const death = deaths.find((d) => d !== undefined) ?? new InternalError('a worker thread stopped before it finished its job');
  context.targets.forEach((target, index) => record(index, { target, failure: describeFailure(death) }));
  return [...outcomes.values()];
}

async function inProcessLane(board: JobBoard, context: JobContext, record: (index: number, o: JobOutcome) => void): Promise<undefined> {
  for (let index = claimJob(board); index !== undefined; index = claimJob(board)) {
    const target = context.targets[index]!;
    try {
      record(index, { target, files: await writeReports(context.regionStem, { open: context.projection, closed: context.closed }, target, context.settings, context.outputs) });
    } catch (error) {
      record(index, { target, failure: describeFailure(error) });
    }
    await nextTurn();
  }
  return undefined;
}

/** Hears a worker's outcomes until it has no more jobs; resolves to the error it died of, if it died. */
function workerLane(worker: Worker, targets: readonly Subject[], record: (index: number, o: JobOutcome) => void): Promise<unknown> {
  return new Promise((resolve) => {
    let death: unknown;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'done') record(message.index, { target: targets[message.index]!, files: message.files });
      if (message.type === 'failed') record(message.index, { target: targets[message.index]!, failure: message.failure });
    });
    worker.on('error', (error) => {
      death = error;
    });
    worker.on('exit', () => resolve(death));
  });
}

import { Worker } from 'node:worker_threads';
import type { ClosedWorld, Projection } from '../../engine/index.js';
import { closedWorldData, describeFailure, type Failure, type JobMessage, type WorkerData, type WorkerMessage } from './messages.js';
import type { InputText } from '../../load/index.js';
import type { OutputFiles } from '../../report/output-files.js';
import type { BatchReportSettings } from './reports.js';
import type { ScenarioChoice } from '../run-scenario.js';
import { threadCount } from '../threads.js';
import type { Subject } from '../../engine/index.js';
import { writeReports } from './reports.js';

export type JobOutcome = { readonly target: Subject; readonly files: readonly string[] } | { readonly target: Subject; readonly failure: Failure };

/** Below this many jobs per extra thread, starting a worker (which loads, from the texts read, and projects the region again) does not pay. */
const JOBS_PER_WORKER = 12;

/** What the jobs of a batch share: the projection, the files it came from, the report settings and the declared outputs. */
export interface JobContext {
  readonly projection: Projection;
  /** The closed world next to an open batch of a region with inflow; undefined otherwise. */
  readonly closed: ClosedWorld | undefined;
  readonly file: string;
  readonly choice: ScenarioChoice;
  /** The texts of the input files as the main thread read them, for the workers to load from. */
  readonly texts: readonly InputText[];
  readonly settings: BatchReportSettings;
  readonly outputs: OutputFiles;
  /** The paths declared in `outputs`, for the workers. */
  readonly planned: readonly string[];
  /** What the region's reports are named after (reports.ts). */
  readonly regionStem: string;
  /** The threads asked for (`--jobs`), if any: at most the cores are used (threads.ts). */
  readonly jobs: number | undefined;
}

/**
 * Runs every job, in this thread and in up to `jobs − 1` worker threads that take jobs from
 * one queue as they finish. A failing job is reported and the others go on; a worker that
 * dies fails its current job and leaves the rest to the others.
 */
export async function runJobs(
  targets: readonly Subject[],
  context: JobContext,
  onOutcome: (outcome: JobOutcome) => void,
): Promise<JobOutcome[]> {
  const queue = [...targets];
  const outcomes: JobOutcome[] = [];
  const record = (outcome: JobOutcome) => {
    outcomes.push(outcome);
    onOutcome(outcome);
  };
  const workers = Math.max(0, Math.min(threadCount(context.jobs) - 1, Math.floor(targets.length / JOBS_PER_WORKER)));
  const lanes = [inProcessLane(queue, context, record), ...Array.from({ length: workers }, () => workerLane(queue, context, record))];
  await Promise.all(lanes);
  return outcomes;
}

async function inProcessLane(queue: Subject[], context: JobContext, record: (o: JobOutcome) => void): Promise<void> {
  for (let target = queue.shift(); target !== undefined; target = queue.shift()) {
    try {
      record({ target, files: await writeReports(context.regionStem, { open: context.projection, closed: context.closed }, target, context.settings, context.outputs) });
    } catch (error) {
      record({ target, failure: describeFailure(error) });
    }
    // let the workers' messages in between two workbooks
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function workerLane(queue: Subject[], context: JobContext, record: (o: JobOutcome) => void): Promise<void> {
  return new Promise((resolve) => {
    const data: WorkerData = {
      file: context.file, choice: context.choice, texts: context.texts, settings: context.settings, planned: context.planned, regionStem: context.regionStem, closed: closedWorldData(context.closed),
    };
    // the worker's file next to this one: in the build, dist/app/batch/worker.js (a worker runs compiled JavaScript only)
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: data });
    let current: { target: Subject } | undefined;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      resolve();
    };
    const next = () => {
      const target = queue.shift();
      current = target === undefined ? undefined : { target };
      worker.postMessage(target === undefined ? ({ type: 'stop' } satisfies JobMessage) : ({ type: 'job', target } satisfies JobMessage));
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'done') record({ target: message.target, files: message.files });
      if (message.type === 'failed') record({ target: message.target, failure: message.failure });
      next();
    });
    worker.on('error', (error) => {
      if (current !== undefined) record({ target: current.target, failure: describeFailure(error) });
      current = undefined;
      finish();
    });
    worker.on('exit', finish);
  });
}

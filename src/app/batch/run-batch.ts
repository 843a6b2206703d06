import { closedWorld, project, type ClosedWorld, type Projection } from '../../engine/index.js';
import { RecordingSource, loadScenario } from '../../load/index.js';
import type { OutputFiles } from '../../report/output-files.js';
import type { ScenarioChoice } from '../run-scenario.js';
import { callOffPool, openPool, runJobs, startPool, workerCount, type BatchPool, type JobOutcome } from './pool.js';
import type { Subject } from '../../engine/index.js';
import { boundHeapGrowth } from './heap-growth.js';
import { batchSubjects, planBatchReports, type BatchReportSettings } from './reports.js';

/** A batch ready to run: the region loaded and projected, its jobs, every report file declared, and its worker threads started. */
export interface PreparedBatch {
  readonly projection: Projection;
  /** The closed world next to an open batch of a region with inflow (run-scenario.ts), for the comparison and the JSON. */
  readonly closed: ClosedWorld | undefined;
  /** Every municipality of the region, then the region itself. */
  readonly targets: readonly Subject[];
  readonly outputs: OutputFiles;
  readonly settings: BatchReportSettings;
  /** What the region's reports are named after (reports.ts). */
  readonly regionStem: string;
  /** The worker threads (as many as `jobs` asks, at most the cores), waiting for the jobs to open. */
  readonly pool: BatchPool;
}

/**
 * `batch`: loads the region (with its `--set` overrides, in the `--population` world chosen),
 * declares every report in the `--out` folder before any is written, starts the worker
 * threads, which load and project the region meanwhile, and checks and projects it as a
 * whole (and, open, its closed world). Bad input calls the workers off: nothing is written.
 */
export async function prepareBatch(file: string, choice: ScenarioChoice, settings: BatchReportSettings, jobs: number | undefined): Promise<PreparedBatch> {
  boundHeapGrowth();
  // the workers load from the very texts read here, never from the disk: a file edited during the batch cannot give reports of two versions
  const source = new RecordingSource();
  const scenario = loadScenario(file, { ...choice, source });
  const targets = batchSubjects(scenario.region);
  const { paths, outputs, regionStem } = planBatchReports(file, scenario, targets, settings);
  const pool = startPool(workerCount(jobs, targets.length), { file, choice, texts: source.texts(), settings, planned: paths, regionStem, targets });
  try {
    const projection = project(scenario);
    const closed = choice.population === 'open' ? closedWorld(scenario, projection) : undefined;
    return { projection, closed, targets, outputs, settings, regionStem, pool };
  } catch (error) {
    await callOffPool(pool);
    throw error;
  }
}

/**
 * Writes the reports of every job of a prepared batch, over this thread and its worker
 * threads; `onOutcome` hears of each job as it ends.
 */
export function runBatch(batch: PreparedBatch, onOutcome: (outcome: JobOutcome) => void): Promise<JobOutcome[]> {
  const { projection, closed, targets, settings, outputs, regionStem, pool } = batch;
  openPool(pool, closed);
  return runJobs(pool, { projection, closed, targets, settings, outputs, regionStem }, onOutcome);
}

/** Stops a prepared batch that will not run (its workers wait for the jobs to open): nothing more is written. */
export function cancelBatch(batch: PreparedBatch): Promise<void> {
  return callOffPool(batch.pool);
}

import { project, type Projection } from '../../engine/index.js';
import { RecordingSource, loadScenario, type InputText } from '../../load/index.js';
import type { OutputFiles } from '../../report/output-files.js';
import { runJobs, type JobOutcome } from './pool.js';
import type { Subject } from '../../engine/index.js';
import { batchSubjects, planBatchReports, type BatchReportSettings } from './reports.js';

/** A batch ready to run: the region loaded and projected, its jobs, and every report file declared. */
export interface PreparedBatch {
  readonly file: string;
  readonly set: readonly string[];
  readonly projection: Projection;
  /** The input files as they were read, for the worker threads to load from. */
  readonly texts: readonly InputText[];
  /** Every municipality of the region, then the region itself (`undefined`). */
  readonly targets: readonly Subject[];
  readonly planned: readonly string[];
  readonly outputs: OutputFiles;
  readonly settings: BatchReportSettings;
  /** What the region's reports are named after (reports.ts). */
  readonly regionStem: string;
}

/**
 * `batch`: loads the region (with its `--set` overrides) and checks it as a whole, projects
 * it, and declares every report in the `--out` folder before any is written.
 */
export function prepareBatch(file: string, set: readonly string[], settings: BatchReportSettings): PreparedBatch {
  // the workers load from the very texts read here, never from the disk: a file edited during the batch cannot give reports of two versions
  const source = new RecordingSource();
  const scenario = loadScenario(file, { set, source });
  const projection = project(scenario);
  const targets: Subject[] = batchSubjects(projection);
  const { paths, outputs, regionStem } = planBatchReports(file, scenario, targets, settings);
  return { file, set, projection, texts: source.texts(), targets, planned: paths, outputs, settings, regionStem };
}

/**
 * Writes the reports of every job of a prepared batch, over this thread and worker threads
 * (as many as `jobs` asks, at most the cores); `onOutcome` hears of each job as it ends.
 */
export function runBatch(batch: PreparedBatch, jobs: number | undefined, onOutcome: (outcome: JobOutcome) => void): Promise<JobOutcome[]> {
  const { projection, file, set, texts, settings, outputs, planned, regionStem } = batch;
  return runJobs(batch.targets, { projection, file, set, texts, settings, outputs, planned, regionStem, jobs }, onOutcome);
}

import { closedWorld, project, type ClosedWorld, type Projection } from '../../engine/index.js';
import { RecordingSource, loadScenario, type InputText } from '../../load/index.js';
import type { OutputFiles } from '../../report/output-files.js';
import type { ScenarioChoice } from '../run-scenario.js';
import { runJobs, type JobOutcome } from './pool.js';
import type { Subject } from '../../engine/index.js';
import { batchSubjects, planBatchReports, type BatchReportSettings } from './reports.js';

/** A batch ready to run: the region loaded and projected, its jobs, and every report file declared. */
export interface PreparedBatch {
  readonly file: string;
  readonly choice: ScenarioChoice;
  readonly projection: Projection;
  /** The closed world next to an open batch of a region with inflow (run-scenario.ts), for the comparison and the JSON. */
  readonly closed: ClosedWorld | undefined;
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
 * `batch`: loads the region (with its `--set` overrides, in the `--population` world chosen)
 * and checks it as a whole, projects it (and, open, its closed world), and declares every
 * report in the `--out` folder before any is written.
 */
export function prepareBatch(file: string, choice: ScenarioChoice, settings: BatchReportSettings): PreparedBatch {
  // the workers load from the very texts read here, never from the disk: a file edited during the batch cannot give reports of two versions
  const source = new RecordingSource();
  const scenario = loadScenario(file, { ...choice, source });
  const projection = project(scenario);
  const closed = choice.population === 'open' ? closedWorld(scenario, projection) : undefined;
  const targets: Subject[] = batchSubjects(projection);
  const { paths, outputs, regionStem } = planBatchReports(file, scenario, targets, settings);
  return { file, choice, projection, closed, texts: source.texts(), targets, planned: paths, outputs, settings, regionStem };
}

/**
 * Writes the reports of every job of a prepared batch, over this thread and worker threads
 * (as many as `jobs` asks, at most the cores); `onOutcome` hears of each job as it ends.
 */
export function runBatch(batch: PreparedBatch, jobs: number | undefined, onOutcome: (outcome: JobOutcome) => void): Promise<JobOutcome[]> {
  const { projection, closed, file, choice, texts, settings, outputs, planned, regionStem } = batch;
  return runJobs(batch.targets, { projection, closed, file, choice, texts, settings, outputs, planned, regionStem, jobs }, onOutcome);
}

import { FAILURE_SEVERITY, type Failure } from '../../app/batch/messages.js';
import { cancelBatch, prepareBatch, runBatch, type PreparedBatch } from '../../app/batch/run-batch.js';
import type { JobOutcome } from '../../app/batch/pool.js';
import { subjectKey, type Subject } from '../../engine/index.js';
import type { Projection } from '../../engine/index.js';
import { renderBatchSummary } from '../../report/batch-summary.js';
import { regionDocument } from '../../report/json.js';
import { terminalMessages } from '../cli-messages.js';
import { EXIT, exitCodeFor } from '../exit-codes.js';
import type { CommonOptions, JobsOptions, JsonOptions, LanguageOptions, OutFolderOptions, PopulationOptions, SetOptions } from '../options.js';
import { createProgress } from '../progress.js';
import { reportSettings } from '../report-settings.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';

/** The options of `batch`. */
export interface BatchOptions extends CommonOptions, OutFolderOptions, JobsOptions, JsonOptions, LanguageOptions, SetOptions, PopulationOptions {
  /** `--no-docx` leaves out the council summaries as Word documents. */
  readonly docx: boolean;
}

/**
 * `soweco-bc batch <region.yaml>`: every municipality's workbook and council summary, the
 * regional comparison and the region's summary, in parallel. A job that fails is reported
 * and the others are written; the exit code is then that of the worst failure (3 for a
 * report that could not be written, 70 for a bug).
 */
export async function batchCommand(file: string, options: BatchOptions, io: Io): Promise<number> {
  const batch = await prepareBatch(file, { set: options.set, population: options.population }, { ...reportSettings(options, io.env), docx: options.docx }, options.jobs);
  const name = targetName(batch.projection);
  let outcomes: JobOutcome[];
  try {
    printWarnings(batch.projection.warnings, io);
    const progress = createProgress(batch.targets.length, io);
    outcomes = await runBatch(batch, (o) =>
      progress.step('files' in o ? `${name(o.target)}: ${o.files.join(', ')}` : `${name(o.target)}: ${o.failure.message}`, 'files' in o),
    );
    progress.finish();
  } catch (error) {
    // the worker threads must not wait for jobs that will not come
    await cancelBatch(batch);
    throw error;
  }
  const failures = outcomes.flatMap((o) => ('failure' in o ? [{ target: name(o.target), ...o.failure }] : []));
  printResult(batch, outcomes, failures, options, io);
  for (const f of failures) io.stderr.write(`${terminalMessages.error} ${f.target}: ${f.message}\n`);
  for (const hint of new Set(failures.flatMap((f) => (f.hint === undefined ? [] : [f.hint])))) io.stderr.write(`  ${terminalMessages.hint} ${hint}\n`);
  const worst = FAILURE_SEVERITY.find((kind) => failures.some((f) => f.kind === kind));
  return worst === undefined ? EXIT.ok : worst === 'internal' ? EXIT.internal : exitCodeFor(worst);
}

/** How a target is named in messages: the municipality's id, or the region's. */
function targetName(projection: Projection): (target: Subject) => string {
  return (t) => (t.kind === 'region' ? projection.region.id : t.id);
}

/** Prints the region's projection (and its closed world, if any) with the files written and the failures as JSON, or the table of the batch. */
function printResult(batch: PreparedBatch, outcomes: readonly JobOutcome[], failures: readonly (Failure & { target: string })[], options: BatchOptions, io: Io): void {
  const { projection, targets, closed } = batch;
  const name = targetName(projection);
  const byTarget = new Map(outcomes.map((o) => [subjectKey(o.target), o]));
  if (options.json === true) {
    const reports = targets.flatMap((t) => {
      const o = byTarget.get(subjectKey(t));
      return o !== undefined && 'files' in o ? [{ target: name(t), files: o.files }] : [];
    });
    io.stdout.write(`${JSON.stringify({ ...regionDocument(projection, 'protected', closed), reports, failures }, null, 1)}\n`);
    return;
  }
  io.stdout.write(renderBatchSummary(projection, targets.map((t) => {
    const o = byTarget.get(subjectKey(t));
    return { subject: t, ...(o === undefined ? {} : 'files' in o ? { files: o.files } : { failure: o.failure.message }) };
  }), options.lang, options.out, paintFor(io.stdout, io.env)));
}

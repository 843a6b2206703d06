import { project } from '../../engine/index.js';
import { RecordingSource, loadScenario } from '../../load/index.js';
import type { Language } from '../../report/i18n/index.js';
import { regionDocument } from '../../report/json.js';
import { renderBatchSummary } from '../../report/batch-summary.js';
import { runJobs } from '../batch/pool.js';
import { allReportFiles, targetSubject, type Target } from '../batch/reports.js';
import { OutputFiles } from '../../report/output-files.js';
import { FAILURE_SEVERITY } from '../batch/messages.js';
import { EXIT, exitCodeFor } from '../exit-codes.js';
import { createProgress } from '../progress.js';
import { reportDate } from '../report-date.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';
import { threadCount } from '../threads.js';
import { packageVersion } from '../version.js';

export interface BatchOptions {
  readonly out: string;
  readonly jobs?: number;
  readonly json?: boolean;
  readonly lang: Language;
  readonly set?: readonly string[];
}

/**
 * `soweco-bc batch <region.yaml>`: every municipality's workbook and council summary, the
 * regional comparison and the region's summary, in parallel. A job that fails is reported
 * and the others are written; the exit code is then that of the worst failure (3 for a
 * report that could not be written, 70 for a bug).
 */
export async function batchCommand(file: string, options: BatchOptions, io: Io): Promise<number> {
  const date = reportDate(io.env);
  // the workers load from the very texts read here, never from the disk: a file edited during the batch cannot give reports of two versions
  const source = new RecordingSource();
  const scenario = loadScenario(file, { set: options.set ?? [], source });
  const projection = project(scenario);
  const targets: Target[] = [...scenario.region.municipalityIds, undefined];
  const planned = allReportFiles(projection, targets, options.out);
  const outputs = OutputFiles.forOutFolder(scenario.inputs.map((i) => i.path), options.out);
  outputs.plan(planned);
  printWarnings(projection.warnings, io);
  const progress = createProgress(targets.length, io);
  const name = (t: Target) => (t === undefined ? scenario.region.id : t);
  const outcomes = await runJobs(
    targets,
    { projection, file, set: options.set ?? [], texts: source.texts(), outputs, planned, jobs: threadCount(options.jobs), options: { out: options.out, language: options.lang, version: packageVersion(), ...(date === undefined ? {} : { date }) } },
    (o) => progress.step('files' in o ? `${name(o.target)}: ${o.files.join(', ')}` : `${name(o.target)}: ${o.failure.message}`, 'files' in o),
  );
  progress.finish();
  const byTarget = new Map(outcomes.map((o) => [o.target ?? '', o]));
  const failures = outcomes.flatMap((o) => ('failure' in o ? [{ target: name(o.target), ...o.failure }] : []));
  if (options.json === true) {
    const reports = targets.flatMap((t) => {
      const o = byTarget.get(t ?? '');
      return o !== undefined && 'files' in o ? [{ target: name(t), files: o.files }] : [];
    });
    io.stdout.write(`${JSON.stringify({ ...regionDocument(projection, 'protected'), reports, failures }, null, 1)}\n`);
  } else {
    io.stdout.write(renderBatchSummary(projection, targets.map((t) => {
      const o = byTarget.get(t ?? '');
      return { subject: targetSubject(t), ...(o === undefined ? {} : 'files' in o ? { files: o.files } : { failure: o.failure.message }) };
    }), options.lang, options.out, paintFor(io.stdout, io.env)));
  }
  for (const f of failures) io.stderr.write(`error: ${f.target}: ${f.message}\n`);
  for (const hint of new Set(failures.flatMap((f) => (f.hint === undefined ? [] : [f.hint])))) io.stderr.write(`  hint: ${hint}\n`);
  const worst = FAILURE_SEVERITY.find((kind) => failures.some((f) => f.kind === kind));
  return worst === undefined ? EXIT.ok : worst === 'internal' ? EXIT.internal : exitCodeFor(worst);
}

import { availableParallelism } from 'node:os';
import { project } from '../../engine/index.js';
import { loadScenario } from '../../load/index.js';
import type { Language } from '../../report/i18n/index.js';
import { regionDocument } from '../../report/json.js';
import { renderBatchSummary } from '../../report/batch-summary.js';
import { runJobs } from '../batch/pool.js';
import type { Target } from '../batch/reports.js';
import { EXIT } from '../exit-codes.js';
import { createProgress } from '../progress.js';
import { reportDate } from '../report-date.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';
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
 * and the others are written; the exit code is then 1.
 */
export async function batchCommand(file: string, options: BatchOptions, io: Io): Promise<number> {
  const date = reportDate(io.env);
  const scenario = loadScenario(file, { set: options.set ?? [] });
  const projection = project(scenario);
  printWarnings(projection.warnings, io);
  const targets: Target[] = [...scenario.region.municipalityIds, undefined];
  const progress = createProgress(targets.length, io);
  const name = (t: Target) => (t === undefined ? scenario.region.id : t);
  const outcomes = await runJobs(
    targets,
    { projection, file, set: options.set ?? [], jobs: options.jobs ?? availableParallelism(), options: { out: options.out, language: options.lang, version: packageVersion(), ...(date === undefined ? {} : { date }) } },
    (o) => progress.step('files' in o ? `${name(o.target)}: ${o.files.join(', ')}` : `${name(o.target)}: ${o.failure}`, 'files' in o),
  );
  progress.finish();
  const byTarget = new Map(outcomes.map((o) => [o.target ?? '', o]));
  const failures = outcomes.flatMap((o) => ('failure' in o ? [{ target: name(o.target), message: o.failure }] : []));
  if (options.json === true) {
    const reports = targets.flatMap((t) => {
      const o = byTarget.get(t ?? '');
      return o !== undefined && 'files' in o ? [{ target: name(t), files: o.files }] : [];
    });
    io.stdout.write(`${JSON.stringify({ ...regionDocument(projection, 'protected'), reports, failures }, null, 1)}\n`);
  } else {
    io.stdout.write(renderBatchSummary(projection, targets.map((t) => {
      const o = byTarget.get(t ?? '');
      return { target: t, ...(o === undefined ? {} : 'files' in o ? { files: o.files } : { failure: o.failure }) };
    }), options.lang, options.out, paintFor(io.stdout, io.env)));
  }
  for (const f of failures) io.stderr.write(`error: ${f.target}: ${f.message}\n`);
  return failures.length > 0 ? EXIT.input : EXIT.ok;
}

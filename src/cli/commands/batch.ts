import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { project, type Projection } from '../../engine/index.js';
import { loadScenario } from '../../load/index.js';
import type { Language } from '../../report/i18n/index.js';
import { regionDocument } from '../../report/json.js';
import { formatEuros } from '../../report/number-format.js';
import { runJobs, type JobOutcome } from '../batch/pool.js';
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
    io.stdout.write(`${JSON.stringify({ ...regionDocument(projection), reports, failures }, null, 1)}\n`);
  } else {
    io.stdout.write(renderBatchSummary(projection, targets, byTarget, options.lang, options.out, paintFor(io.stdout, io.env)));
  }
  for (const f of failures) io.stderr.write(`error: ${f.target}: ${f.message}\n`);
  return failures.length > 0 ? EXIT.input : EXIT.ok;
}

function renderBatchSummary(
  projection: Projection,
  targets: readonly Target[],
  byTarget: ReadonlyMap<string, JobOutcome>,
  language: Language,
  out: string,
  paint: ReturnType<typeof paintFor>,
): string {
  const nl = language === 'nl';
  const { region } = projection;
  const header = nl
    ? ['Gemeente', 'Laagste contante waarde', 'Verschil met referentie', 'Terugverdiend', 'Rapporten']
    : ['Municipality', 'Lowest NPV', 'Difference with baseline', 'Break-even', 'Reports'];
  const rows = targets.map((t) => {
    const results = region.configurations.flatMap((c) => {
      const r = t === undefined ? projection.regional.get(c.id) : projection.results.get(c.id)?.get(t);
      return r === undefined ? [] : [{ id: c.id, r }];
    });
    const best = results.reduce((a, b) => (b.r.npv.lt(a.r.npv) ? b : a));
    const outcome = byTarget.get(t ?? '');
    const name = t === undefined ? (nl ? `${region.name} (regio)` : `${region.name} (region)`) : projection.scenario.municipalities.find((m) => m.id === t)?.name ?? t;
    const isBaseline = best.id === region.baseline;
    return [
      name,
      best.id,
      isBaseline ? '–' : formatEuros(best.r.deltaNpv, language),
      isBaseline ? '–' : String(best.r.breakEvenYear ?? (nl ? 'nooit' : 'never')),
      outcome === undefined ? '' : 'files' in outcome ? outcome.files.map((f) => basename(f)).join(', ') : `${nl ? 'MISLUKT' : 'FAILED'}: ${outcome.failure}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const failed = [...byTarget.values()].filter((o) => 'failure' in o).length;
  const written = [...byTarget.values()].reduce((n, o) => n + ('files' in o ? o.files.length : 0), 0);
  return [
    paint.bold(line(header)),
    ...rows.map((r) => (r[4]?.startsWith('MISLUKT') || r[4]?.startsWith('FAILED') ? paint.red(line(r)) : line(r))),
    '',
    nl ? `${written} bestanden geschreven in ${out}${failed > 0 ? `; ${failed} mislukt` : ''}.` : `${written} files written to ${out}${failed > 0 ? `; ${failed} failed` : ''}.`,
    '',
  ].join('\n');
}

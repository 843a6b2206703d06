import { basename } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { resultFor, subjectName, type Projection, type Subject } from '../engine/index.js';
import { labelsFor, type Language } from './i18n/index.js';
import { formatEuros } from './number-format.js';

/** What became of one report job of a batch: a municipality's or the region's. */
export interface BatchRow {
  readonly subject: Subject;
  readonly files?: readonly string[];
  readonly failure?: string;
}

/**
 * The table after a batch: per municipality (and the region) the configuration with the
 * lowest NPV, its difference with the baseline and break-even, and the reports written or
 * why they failed.
 */
export function renderBatchSummary(projection: Projection, rows: readonly BatchRow[], language: Language, out: string, paint: ChalkInstance): string {
  const t = labelsFor(language);
  const { region } = projection;
  const header = t.batch.header;
  const cells = rows.map((row) => {
    const results = region.configurations.flatMap((c) => {
      const r = resultFor(projection, c.id, row.subject);
      return r === undefined ? [] : [{ id: c.id, r }];
    });
    const best = results.reduce((a, b) => (b.r.npv.lt(a.r.npv) ? b : a));
    const name = row.subject.kind === 'region' ? t.batch.region(region.name) : subjectName(projection.scenario, row.subject);
    const isBaseline = best.id === region.baseline;
    return [
      name,
      best.id,
      isBaseline ? '–' : formatEuros(best.r.deltaNpv, language),
      isBaseline ? '–' : String(best.r.breakEvenYear ?? t.never),
      row.failure !== undefined ? `${t.batch.failed}: ${row.failure}` : (row.files ?? []).map((f) => basename(f)).join(', '),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (c: readonly string[]) => c.map((x, i) => (i === 2 || i === 3 ? x.padStart(widths[i] ?? 0) : x.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const failed = rows.filter((r) => r.failure !== undefined).length;
  const written = rows.reduce((n, r) => n + (r.files?.length ?? 0), 0);
  return [
    paint.bold(line(header)),
    ...cells.map((c, i) => (rows[i]?.failure !== undefined ? paint.red(line(c)) : line(c))),
    '',
    t.batch.written(written, out, failed),
    '',
  ].join('\n');
}

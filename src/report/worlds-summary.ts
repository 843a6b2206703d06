import type { ChalkInstance } from 'chalk';
import { compareWorlds, type ClosedWorld, type Projection, type Subject } from '../engine/index.js';
import { labelsFor, type Language } from './i18n/index.js';
import { formatEuros } from './number-format.js';
import { textTable } from './text-table.js';

/**
 * The terminal's block of an open run with inflow (docs/methodology.md#open-closed): per
 * configuration but the baseline, its difference in NPV with the baseline with the newcomers,
 * without them, and the part that comes from them. No lines where there is no alternative.
 */
export function worldsLines(open: Projection, closed: ClosedWorld, subject: Subject, language: Language, paint: ChalkInstance): string[] {
  const t = labelsFor(language);
  const w = t.worlds;
  const { region } = open;
  const rows = compareWorlds(open, closed, subject).filter((r) => r.configuration !== region.baseline);
  if (rows.length === 0) return [];
  const header = [`  ${t.configuration}`, w.open, w.closed, w.newcomers];
  const body = rows.map((r) => [`  ${r.configuration}`, formatEuros(r.open.deltaNpv, language), formatEuros(r.closed.deltaNpv, language), formatEuros(r.newcomers.deltaNpv, language)]);
  const [head = '', ...lines] = textTable(header, body, (i) => (i === 0 ? 'left' : 'right'));
  const baseline = region.configurations.find((c) => c.id === region.baseline)?.label ?? region.baseline;
  return ['', paint.bold(w.title(baseline)), paint.bold(head), ...lines, paint.dim(w.note)];
}

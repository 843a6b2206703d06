import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { municipalitySubject, project, resultFor } from '../../engine/index.js';
import { RecordingSource, loadScenario, type InputSource } from '../../load/index.js';
import type { Dec } from '../../model/decimal.js';
import type { Scenario } from '../../model/scenario.js';
import type { Language } from '../../report/i18n/index.js';
import { formatEuros } from '../../report/number-format.js';
import type { InitTexts } from './texts.js';

/** A file init plans to write: its path and text. */
export interface PlannedText {
  readonly path: string;
  readonly text: string;
}

/** What the newcomer does to one existing municipality's difference with the baseline in one configuration. */
export interface EffectRow {
  readonly municipality: string;
  readonly name: string;
  readonly configuration: string;
  readonly before: Dec;
  readonly after: Dec;
}

/**
 * The region as it would be with the planned files written: loaded (and so checked) like
 * `run` loads it, but the planned files are read from memory, so that nothing is on the disk
 * before the user has seen what it does.
 */
export function loadPlanned(region: string, planned: readonly PlannedText[]): Scenario {
  const byPath = new Map(planned.map((f) => [resolve(f.path), f.text]));
  const disk = new RecordingSource();
  const source: InputSource = {
    read(path, maxBytes, namedAt) {
      const text = byPath.get(resolve(path));
      if (text === undefined) return disk.read(path, maxBytes, namedAt);
      return { path, text, sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
    },
  };
  return loadScenario(region, { source });
}

/**
 * For every existing municipality and every configuration but the baseline, its difference in
 * net present value with the baseline before and after the newcomer joins: the figures `run
 * <municipality>.yaml` shows as "difference with the baseline", before and after.
 */
export function effectOnOthers(before: Scenario, after: Scenario): EffectRow[] {
  const was = project(before);
  const now = project(after);
  const baseline = before.region.baseline;
  return before.municipalities.flatMap((m) =>
    before.region.configurations
      .filter((c) => c.id !== baseline)
      .flatMap((c) => {
        const b = resultFor(was, c.id, municipalitySubject(m.id));
        const a = resultFor(now, c.id, municipalitySubject(m.id));
        return b === undefined || a === undefined ? [] : [{ municipality: m.id, name: m.name, configuration: c.id, before: b.deltaNpv, after: a.deltaNpv }];
      }),
  );
}

/** Whether a difference says "cheaper than the baseline" before and "dearer" after, or the other way round. */
export function flips(row: EffectRow): boolean {
  return row.before.isNegative() !== row.after.isNegative() && !row.before.isZero() && !row.after.isZero();
}

/**
 * The rows that change, as a table to read before saving (a conclusion that flips is marked),
 * and how many do not change: a newcomer that joins one shared organisation moves a few
 * figures, and the reader should find those at once.
 */
export function renderEffect(all: readonly EffectRow[], newName: string, baseline: string, t: InitTexts, language: Language, paint: ChalkInstance): string {
  const rows = all.filter((r) => !r.before.eq(r.after));
  if (rows.length === 0) return `${t.noEffect(newName)}\n`;
  const unchanged = all.length - rows.length;
  const euros = (x: Dec) => formatEuros(x, language);
  const cells = rows.map((r) => {
    const change = r.after.minus(r.before);
    return [r.name, r.configuration, euros(r.before), euros(r.after), `${change.gt(0) ? '+' : ''}${euros(change)}`];
  });
  const widths = t.effectColumns.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) => c.map((x, i) => (i < 2 ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0))).join('  ');
  const body = cells.map((c, i) => {
    const row = rows[i];
    return row !== undefined && flips(row) ? paint.yellow(`${line(c)}  ${t.flips}`) : line(c);
  });
  const rest = unchanged === 0 ? '' : `${t.unchanged(unchanged)}\n`;
  return `${paint.bold(t.effectTitle(newName, baseline))}\n${paint.bold(line(t.effectColumns))}\n${body.join('\n')}\n${rest}`;
}

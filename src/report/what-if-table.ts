import type { ChalkInstance } from 'chalk';
import type { Dec } from '../model/decimal.js';
import { municipalitySubject, resultFor, type Projection } from '../engine/index.js';
import type { Language } from './i18n/index.js';
import { formatEuros } from './number-format.js';

/**
 * What a change did: per configuration the NPV now, how much it moved against the saved
 * scenario, the difference with the baseline now, and the break-even year now (and before,
 * where it moved). Compact, to be read after every change in `what-if`.
 */
export function renderEffectTable(saved: Projection, now: Projection, municipality: string, language: Language, paint: ChalkInstance): string {
  return table(saved, now, municipality, language, paint, true);
}

/** The saved scenario's figures in the same columns (without the change, which is nil), to read before the first change. */
export function renderBaselineTable(saved: Projection, municipality: string, language: Language, paint: ChalkInstance): string {
  return table(saved, saved, municipality, language, paint, false);
}

function table(saved: Projection, now: Projection, municipality: string, language: Language, paint: ChalkInstance, withChange: boolean): string {
  const nl = language === 'nl';
  const header = nl
    ? ['Configuratie', 'Contante waarde', 'Verandering', 'Verschil met referentie', 'Terugverdiend']
    : ['Configuration', 'NPV', 'Change', 'Difference with baseline', 'Break-even'];
  const never = nl ? 'nooit' : 'never';
  const year = (y: number | null) => (y === null ? never : String(y));
  const euros = (x: Dec) => formatEuros(x, language);
  const subject = municipalitySubject(municipality);
  const rows = now.region.configurations.flatMap((c) => {
    const after = resultFor(now, c.id, subject);
    const before = resultFor(saved, c.id, subject);
    if (after === undefined || before === undefined) return [];
    const moved = after.npv.minus(before.npv);
    const isBaseline = c.id === now.region.baseline;
    const breakEven = isBaseline ? '–' : after.breakEvenYear === before.breakEvenYear ? year(after.breakEvenYear) : `${year(after.breakEvenYear)} (${nl ? 'was' : 'was'} ${year(before.breakEvenYear)})`;
    return [[c.id, euros(after.npv), `${moved.gt(0) ? '+' : ''}${euros(moved)}`, isBaseline ? '–' : euros(after.deltaNpv), breakEven]];
  });
  const shown = (cells: readonly string[]) => cells.filter((_, i) => withChange || i !== 2);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => shown(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))).join('  ');
  return `${paint.bold(line(header))}\n${rows.map((r) => line(r)).join('\n')}\n`;
}

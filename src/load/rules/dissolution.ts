import type { Issue } from '../../errors.js';
import type { Municipality } from '../../model/municipality.js';
import type { Region } from '../../model/region.js';
import { dissolutionMessages as msg } from '../dissolution-messages.js';
import { checkMessages as checks } from '../check-messages.js';

/**
 * The rules on a dissolution that depend on what a variant or override can change (the
 * horizon, the baseline) and on the municipalities: checked once on the final scenario.
 * The baseline may not be named in applies_to: the dissolution is what leaving the baseline
 * costs, so in the baseline the organisation goes on (methodology "Dissolution balance").
 */
export function checkDissolution(region: Region, municipalities: readonly Municipality[]): Issue[] {
  const d = region.dissolution;
  if (d === undefined) return [];
  const { start, end } = region.horizon;
  const inHorizon = (year: number) => year >= start && year <= end;
  const issues: Issue[] = [];
  const outside = (at: Issue['at'], what: string, year: number, hint: string = msg.outsideHorizonHint) =>
    issues.push({ at, message: msg.outsideHorizon(what, year, start, end), hint });
  if (!inHorizon(d.year)) outside(d.yearAt, checks.dissolutionYear, d.year);
  if (d.key.kind === 'by' && !inHorizon(d.key.referenceYear)) outside(d.key.at, checks.keyReferenceYear, d.key.referenceYear, msg.referenceYearHint);
  for (const item of d.items) {
    for (const [year, at] of item.yearsAt) if (!inHorizon(year) && year !== d.year) outside(at, checks.itemYear(item.id), year);
  }
  for (const ref of [...(d.appliesTo ?? []), ...d.items.flatMap((i) => i.appliesTo ?? [])]) {
    if (ref.id === region.baseline) issues.push({ at: ref.at, message: msg.baselineNamed(ref.id), hint: msg.baselineNamedHint });
  }
  if (d.key.kind === 'by' && d.key.by === 'inhabitants') {
    for (const m of municipalities) if (m.inhabitants === undefined) issues.push({ at: m.at, message: msg.noInhabitants(m.id), hint: msg.noInhabitantsHint });
  }
  return issues;
}

import { decimalFromNumber, ONE, sum } from '../model/decimal.js';
import type { EntryAge, InflowSize, InflowStream } from '../model/inflow.js';
import type { Horizon, Region } from '../model/region.js';
import type { FieldPath } from './field-path.js';
import type { IssueCollector } from './issue-collector.js';
import { ENTRY_AGES, type WrittenInflowStream } from './schema/inflow.js';
import { schemaMessages } from './schema/schema-messages.js';
import { checkMessages as checks } from './check-messages.js';
import { inflowMessages as msg } from './inflow-messages.js';
import { optional, sourceText, toYearMap } from './series.js';
import { didYouMean } from '../suggest.js';

/**
 * A municipality file's schema-valid `inflow:` list as streams (docs/methodology.md#inflow),
 * each checked against the region: its work form, its years against `horizon` (the region
 * file's), its age mix.
 */
export function toInflowStreams(written: readonly WrittenInflowStream[], region: Region, horizon: Horizon, c: IssueCollector): InflowStream[] {
  const seen = new Set<string>();
  return written.map((w, i) => {
    const path: FieldPath = ['inflow', i];
    if (seen.has(w.id)) c.report([...path, 'id'], msg.streamTwice(w.id), msg.streamTwiceHint);
    seen.add(w.id);
    const forms = region.workForms.map((f) => f.id);
    if (!forms.includes(w.work_form)) {
      c.report([...path, 'work_form'], checks.unknownWorkForm(w.work_form, didYouMean(w.work_form, forms)), checks.workFormsHint(forms));
    }
    const fte = decimalFromNumber(w.fte);
    return {
      id: w.id,
      workForm: w.work_form,
      size: toSize(w, path, horizon, c),
      entryMonth: w.entry_month ?? 1,
      ages: toAges(w.age_at_entry, [...path, 'age_at_entry'], c),
      fte,
      se: w.se === undefined ? fte : decimalFromNumber(w.se),
      at: c.yaml.locate(path),
      ...optional('outflowRate', w.outflow_rate === undefined ? undefined : decimalFromNumber(w.outflow_rate)),
      ...optional('source', sourceText(w.source)),
    };
  });
}

/** `people` or `target_headcount`: exactly one, its years within the horizon. */
function toSize(w: WrittenInflowStream, path: FieldPath, horizon: Horizon, c: IssueCollector): InflowSize {
  if (w.people !== undefined && w.target_headcount !== undefined) c.report([...path, 'target_headcount'], msg.bothSizes, msg.bothSizesHint, { key: true });
  if (w.people === undefined && w.target_headcount === undefined) c.report(path, msg.noSize, msg.noSizeHint);
  const kind = w.people !== undefined ? 'people' : 'target';
  const field = kind === 'people' ? 'people' : 'target_headcount';
  const written = w.people ?? w.target_headcount ?? {};
  for (const year of Object.keys(written)) {
    const t = Number(year);
    if (t < horizon.start || t > horizon.end) {
      c.report([...path, field, year], msg.yearOutside(year, horizon.start, horizon.end), msg.yearOutsideHint, { key: true });
    }
  }
  const byYear = toYearMap(written);
  return { kind, byYear };
}

/** One age, or shares per age that add up to exactly 1. */
function toAges(written: WrittenInflowStream['age_at_entry'], path: FieldPath, c: IssueCollector): EntryAge[] {
  if (typeof written === 'number') return [{ age: written, share: ONE }];
  const ages = Object.entries(written).map(([age, share]) => {
    const a = Number(age);
    if (a < ENTRY_AGES.first || a > ENTRY_AGES.last) c.report([...path, age], schemaMessages.entryAge(ENTRY_AGES.first, ENTRY_AGES.last), undefined, { key: true });
    return { age: a, share: decimalFromNumber(share) };
  });
  const total = sum(ages.map((a) => a.share));
  if (!total.eq(ONE)) c.report(path, msg.sharesSum(total.toString()), msg.sharesSumHint);
  return ages.sort((a, b) => a.age - b.age);
}

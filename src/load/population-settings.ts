import { compareDates, formatDate, isValidDate } from '../model/calendar.js';
import { decimalFromNumber } from '../model/decimal.js';
import type { CalendarDate } from '../model/calendar.js';
import type { AowRule, OutflowRate } from '../model/region.js';
import type { FieldPath } from './field-path.js';
import type { IssueCollector } from './issue-collector.js';
import type { WrittenRegion } from './schema/region-file.js';
import { optional } from './series.js';
import { checkMessages as checks } from './check-messages.js';

type WrittenPopulation = WrittenRegion['population'];

/** The outflow rate; bands must rise in age and end with one open band (§3). */
export function toOutflowRate(written: WrittenPopulation['outflow_rate'], path: FieldPath, c: IssueCollector): OutflowRate {
  if (typeof written === 'number') return { kind: 'constant', rate: decimalFromNumber(written) };
  const bands = written.bands;
  bands.forEach((band, i) => {
    const isLast = i === bands.length - 1;
    if (isLast && band.below_age !== undefined) c.report([...path, 'bands', i], checks.lastBandOpen, checks.lastBandOpenHint);
    if (!isLast && band.below_age === undefined) c.report([...path, 'bands', i], checks.onlyLastBandOpen);
    const previous = bands[i - 1]?.below_age;
    if (previous !== undefined && band.below_age !== undefined && band.below_age <= previous) {
      c.report([...path, 'bands', i, 'below_age'], checks.bandsRise(band.below_age, previous));
    }
  });
  return {
    kind: 'bands',
    bands: bands.map((b) => ({ rate: decimalFromNumber(b.rate), ...optional('belowAge', b.below_age) })),
  };
}

/**
 * The AOW schedule: rows in birth-date order that join without gap or overlap, the first
 * without born_from and the last without born_before, so every birth date has one AOW age.
 */
export function toAowSchedule(written: WrittenPopulation['aow_schedule'], path: FieldPath, c: IssueCollector): AowRule[] {
  const rules = written.map((row, i): AowRule => ({
    years: row.years,
    months: row.months,
    at: c.yaml.locate([...path, i]),
    ...optional('bornFrom', toDate(row.born_from, [...path, i, 'born_from'], c)),
    ...optional('bornBefore', toDate(row.born_before, [...path, i, 'born_before'], c)),
  }));
  rules.forEach((rule, i) => {
    const rowPath = [...path, i];
    if (i === 0 && rule.bornFrom !== undefined) c.report([...rowPath, 'born_from'], checks.firstRowOpen);
    if (i === rules.length - 1 && rule.bornBefore !== undefined) c.report([...rowPath, 'born_before'], checks.lastRowOpen);
    // the written row, not the rule: an unreal date is reported on its own and is not "left out"
    if (i > 0 && written[i]?.born_from === undefined) c.report(rowPath, checks.onlyFirstRowOpen);
    if (i < rules.length - 1 && written[i]?.born_before === undefined) c.report(rowPath, checks.onlyLastRowOpen);
    const previous = rules[i - 1]?.bornBefore;
    if (previous !== undefined && rule.bornFrom !== undefined && compareDates(previous, rule.bornFrom) !== 0) {
      c.report([...rowPath, 'born_from'], checks.rowsJoin(formatDate(rule.bornFrom), formatDate(previous)), checks.rowsJoinHint);
    }
    if (rule.bornFrom !== undefined && rule.bornBefore !== undefined && compareDates(rule.bornFrom, rule.bornBefore) >= 0) {
      c.report(rowPath, checks.fromBeforeBefore);
    }
  });
  return rules;
}

function toDate(text: string | undefined, path: FieldPath, c: IssueCollector): CalendarDate | undefined {
  if (text === undefined) return undefined;
  const date = parseIsoDate(text);
  if (date === undefined) c.report(path, checks.notARealDate(text), checks.notARealDateHint);
  return date;
}

/** `YYYY-MM-DD` as a calendar date, if it is a real one. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

import { InternalError } from '../errors.js';
import type { CalendarDate } from '../model/calendar.js';
import type { AowRule, Horizon } from '../model/region.js';
import { addMonths, compareDates } from '../model/calendar.js';

/** The AOW (state pension) date: birth date + the AOW age of the schedule row that covers it (§3). */
export function aowDate(birth: CalendarDate, schedule: readonly AowRule[]): CalendarDate {
  const rule = schedule.find(
    (r) =>
      (r.bornFrom === undefined || compareDates(birth, r.bornFrom) >= 0) &&
      (r.bornBefore === undefined || compareDates(birth, r.bornBefore) < 0),
  );
  // load/population-settings.ts (toAowSchedule) guarantees a row for every date
  if (rule === undefined) throw new InternalError('no AOW schedule row covers a birth date');
  return addMonths(birth, 12 * rule.years + rule.months);
}

/**
 * How many months, counted from the horizon's first month, someone works before the AOW
 * date `aow`: month k is worked iff its first day is before `aow` (§3). Clamped to the horizon.
 */
export function workedMonths(aow: CalendarDate, horizon: Horizon): number {
  const monthsBefore = (aow.year - horizon.start) * 12 + (aow.month - 1);
  const worked = monthsBefore + (aow.day > 1 ? 1 : 0);
  return Math.max(0, Math.min(worked, 12 * (horizon.end - horizon.start + 1)));
}

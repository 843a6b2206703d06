import { isBeforeYear } from '../../model/calendar.js';
import type { Issue } from '../../errors.js';
import type { Municipality } from '../../model/municipality.js';
import type { Region } from '../../model/region.js';
import { ruleMessages as msg } from './messages.js';

/**
 * Every employee must be born before the horizon starts. The CSV reader checks each row
 * against the region file's horizon; when a variant or an override moved the start, this
 * checks the final scenario, and reports per file how many people the new start leaves
 * unborn, at the place that moved it (never a birth date: they are personal data).
 */
export function checkBirthsBeforeStart(region: Region, municipalities: readonly Municipality[]): Issue[] {
  const at = region.settingsAt.horizonStart;
  if (at.file === region.file) return [];
  const start = region.horizon.start;
  return municipalities.flatMap((m) => {
    const count = m.employees.reduce((n, e) => (isBeforeYear(e.birth, start) ? n : n + e.count), 0);
    return count === 0 ? [] : [{ at, message: msg.bornAfterStart(count, m.employeesFile, start), hint: msg.bornAfterStartHint }];
  });
}

import type { Dec } from './decimal.js';
import type { CalendarDate } from './calendar.js';

/**
 * `count` identical SW employees (one for a row of an employee CSV, a cohort's count for
 * a cohort CSV) with the group's total fte and total SE (fte · se_weight) (§3).
 * Holds no id: personal identifiers stay in the loader.
 */
export interface EmployeeGroup {
  readonly birth: CalendarDate;
  readonly workForm: string;
  readonly count: number;
  readonly fte: Dec;
  readonly se: Dec;
}

import type { SourceRef } from '../errors.js';
import type { Dec } from '../engine/decimal.js';
import type { CalendarDate } from './calendar.js';
import type { Configuration } from './configuration.js';
import type { ExecutionModel } from './line.js';
import type { IndexSeries, ParameterSet } from './series.js';
import type { Uncertainty } from './uncertainty.js';

export interface Horizon {
  readonly start: number;
  readonly end: number;
}

export interface WorkForm {
  readonly id: string;
  readonly label: string;
}

/** Annual non-retirement outflow rate: a constant, or by age band (upper bounds exclusive, the last band open). */
export type OutflowRate =
  | { readonly kind: 'constant'; readonly rate: Dec }
  | { readonly kind: 'bands'; readonly bands: readonly { readonly belowAge?: number; readonly rate: Dec }[] };

/** One row of the AOW schedule: born on or after `bornFrom`, before `bornBefore` → years + months. */
export interface AowRule {
  readonly bornFrom?: CalendarDate;
  readonly bornBefore?: CalendarDate;
  readonly years: number;
  readonly months: number;
  readonly at: SourceRef;
}

export interface Region {
  readonly id: string;
  readonly name: string;
  readonly file: string;
  readonly horizon: Horizon;
  readonly discountRate: Dec;
  readonly baseline: string;
  readonly workForms: readonly WorkForm[];
  readonly outflow: OutflowRate;
  readonly aowSchedule: readonly AowRule[];
  readonly indices: ReadonlyMap<string, IndexSeries>;
  readonly parameters: ParameterSet;
  readonly models: ReadonlyMap<string, ExecutionModel>;
  /** In the order of the region file. */
  readonly configurations: readonly Configuration[];
  /** How uncertain the assumptions are, for sensitivity and Monte Carlo analysis. */
  readonly uncertainty?: Uncertainty;
  /** Municipality ids in the order of the region's `municipalities` list. */
  readonly municipalityIds: readonly string[];
  readonly at: SourceRef;
}

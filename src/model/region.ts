import type { SourceRef } from '../errors.js';
import type { Dec } from './decimal.js';
import type { CalendarDate } from './calendar.js';
import type { Configuration } from './configuration.js';
import type { Dissolution } from './dissolution.js';
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

/**
 * Where the region's settings got their values: their place in the region file, or the
 * variant or override (`--set #2`, a line of a variant's `set:`) that changed them last.
 * Rules about the final scenario (load/rules/region-settings.ts) point there, so that a
 * problem an override causes is reported at the override.
 */
export interface SettingSources {
  /** The last change to either end of the horizon. */
  readonly horizon: SourceRef;
  /** The last change to the horizon's first year. */
  readonly horizonStart: SourceRef;
  /** The last change to the horizon's last year. */
  readonly horizonEnd: SourceRef;
  readonly baseline: SourceRef;
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
  /** The balance of the organisation that ends when the baseline is left, shared by a key. */
  readonly dissolution?: Dissolution;
  /** Municipality ids in the order of the region's `municipalities` list. */
  readonly municipalityIds: readonly string[];
  readonly at: SourceRef;
  readonly settingsAt: SettingSources;
}

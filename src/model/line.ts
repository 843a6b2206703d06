import type { SourceRef } from '../errors.js';
import type { Dec } from './decimal.js';
import type { Quantity } from './formula.js';
import type { Driver } from './line-kinds/index.js';

export type { Driver } from './line-kinds/index.js';

export const ALLOCATION_KEYS = ['se_share', 'fte_share', 'headcount_share', 'inhabitants', 'equal'] as const;
export type AllocationKey = (typeof ALLOCATION_KEYS)[number];

/** The population quantity a volume key shares by: `se_share` the SE, and so on. */
export function keyQuantity(key: 'se_share' | 'fte_share' | 'headcount_share'): Quantity {
  return key === 'se_share' ? 'se' : key === 'fte_share' ? 'fte' : 'headcount';
}

export type LineKind = 'cost' | 'revenue';
export type LineLevel = 'municipality' | 'organisation';

/** A rate or amount: a parameter's series or a constant number. */
export type Rate =
  | { readonly kind: 'parameter'; readonly name: string }
  | { readonly kind: 'number'; readonly value: Dec };

/** A line's amount, normalised from the user's shorthands (§4). */
export type Amount =
  | Rate
  | { readonly kind: 'by_work_form'; readonly byWorkForm: ReadonlyMap<string, Rate> }
  | { readonly kind: 'by_year'; readonly byYear: ReadonlyMap<number, Dec> };

/** One line of an execution model (§4). */
export interface Line {
  readonly id: string;
  readonly label: string;
  readonly kind: LineKind;
  readonly driver: Driver;
  readonly amount: Amount;
  /** Work forms the line applies to (population drivers only); undefined = all. */
  readonly workForms?: readonly string[];
  readonly level: LineLevel;
  readonly allocation: AllocationKey;
  /** fixed lines: how far the amount follows the SE, a ratio from 0 to 1 per year (a parameter) or one number (§4). */
  readonly volumeElasticity: Rate;
  /** First and last year in which the line applies, both inclusive. */
  readonly years: { readonly from?: number; readonly to?: number };
  /** For percent_of: the ids of the lines whose amounts it is a percentage of. */
  readonly of: readonly string[];
  /** A cost line that is paid to the organisation's supplier, if it has one: its amounts are the supplier's revenue (docs/methodology.md#fees). */
  readonly fee?: true;
  readonly at: SourceRef;
}

/** An execution model (uitvoeringsmodel): a list of lines. */
export interface ExecutionModel {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly lines: readonly Line[];
  readonly at: SourceRef;
}

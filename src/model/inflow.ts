import type { SourceRef } from '../errors.js';
import type { Dec } from './decimal.js';

/**
 * How many people a stream brings in per year (docs/methodology.md#inflow): the numbers
 * written (`people`), or the inflow that brings the stream's head count up to a target
 * (`target`, interpolated between the years written by the engine).
 */
export type InflowSize =
  | { readonly kind: 'people'; readonly byYear: ReadonlyMap<number, Dec> }
  | { readonly kind: 'target'; readonly byYear: ReadonlyMap<number, Dec> };

/** One age of a stream's age mix and its share of the entrants (the shares sum to 1). */
export interface EntryAge {
  readonly age: number;
  readonly share: Dec;
}

/**
 * A stream of new people of one work form flowing into a municipality's population
 * (docs/methodology.md#inflow): new Participatiewet target groups such as *beschut werk*.
 */
export interface InflowStream {
  readonly id: string;
  readonly workForm: string;
  readonly size: InflowSize;
  /** The month (1–12) on whose first day each year's entrants start. */
  readonly entryMonth: number;
  readonly ages: readonly EntryAge[];
  /** Per person. */
  readonly fte: Dec;
  /** Per person. */
  readonly se: Dec;
  /** The stream's own constant yearly outflow rate; absent: the region's. */
  readonly outflowRate?: Dec;
  /** Where the figures come from, as one line of text. */
  readonly source?: string;
  readonly at: SourceRef;
}

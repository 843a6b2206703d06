import type { SourceRef } from '../errors.js';
import type { Dec } from './decimal.js';
import type { Quantity } from './formula.js';

/**
 * What really happened, as a municipality states it (docs/input-format.md#realised): the
 * figures a forecast is later held against (nacalculatie). Loading checks them against the
 * region; nothing in a run's projection reads them.
 */

/**
 * The reserved line name of a year's realised net cost (costs − revenues), for when only the
 * total is known, such as the municipal contribution to the GR. `netto` in a file is the same.
 */
export const NET_LINE = 'net';

/** A line id of the model the municipality's organisation uses in a configuration, a fee or dissolution line id, or {@link NET_LINE}. */
export type RealisedLineId = string;

/**
 * One realised amount: positive euros as the model has them (a revenue line's amount is what
 * was received), except {@link NET_LINE}, which may be negative (a net revenue).
 */
export interface RealisedAmount {
  readonly amount: Dec;
  /** Where the figure comes from: the row's own source, else the `realised` section's. */
  readonly source?: string;
  /** Where the amount stands in the file: its line, column and the column's name, for a message about it. */
  readonly at: SourceRef;
}

/** The measures a realised population states, in the order of its columns and of every report of it. */
export const REALISED_MEASURES: readonly Quantity[] = ['se', 'fte', 'headcount'];

/**
 * A work form's realised yearly averages in one year: the same measures as the model's
 * SE(m,f,t), FTE(m,f,t) and HC(m,f,t) (docs/methodology.md §3). A figure that is not known
 * is absent, never 0.
 */
export interface RealisedPopulation {
  readonly se?: Dec;
  readonly fte?: Dec;
  readonly headcount?: Dec;
  readonly source?: string;
  /** The row in the file. */
  readonly at: SourceRef;
}

/**
 * A municipality's realised figures. Every year lies within the region file's horizon (a
 * variant may shorten the horizon of a run: the years it leaves out are then not compared).
 */
export interface Realised {
  /** Configuration id → line id (or {@link NET_LINE}) → year → amount; in the order of the file. */
  readonly lines: ReadonlyMap<string, ReadonlyMap<RealisedLineId, ReadonlyMap<number, RealisedAmount>>>;
  /** Year → work form id → realised averages; in the order of the file. */
  readonly population: ReadonlyMap<number, ReadonlyMap<string, RealisedPopulation>>;
  /** The files read, as named relative to the municipality file's folder. */
  readonly linesFile?: string;
  readonly populationFile?: string;
  /** The `realised` section of the municipality file. */
  readonly at: SourceRef;
}

/** The years a municipality states any realised figure for, in order. */
export function realisedYears(realised: Realised): number[] {
  const years = new Set<number>(realised.population.keys());
  for (const byLine of realised.lines.values()) for (const byYear of byLine.values()) for (const year of byYear.keys()) years.add(year);
  return [...years].sort((a, b) => a - b);
}

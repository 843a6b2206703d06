import type { SourceRef } from '../errors.js';
import type { Dec } from './decimal.js';

/** The closed vocabulary of units a parameter may carry. */
export const UNITS = ['EUR', 'EUR/FTE', 'EUR/SE', 'EUR/persoon', 'EUR/inwoner', 'ratio'] as const;
export type Unit = (typeof UNITS)[number];

/** Which file a series comes from: the region, a municipality's overrides, or a scenario override. */
export type Origin = 'region' | 'municipality' | 'scenario';

/** How a parameter grows after an explicit year: by a named index series, or by a constant rate. */
export type IndexRef =
  | { readonly kind: 'series'; readonly id: string; readonly at: SourceRef }
  | { readonly kind: 'constant'; readonly rate: Dec };

/** A parameter: explicit values per year and an optional index (methodology §2). */
export interface Parameter {
  readonly name: string;
  readonly unit?: Unit;
  readonly description?: string;
  readonly source?: string;
  /** Explicit values, keyed by year, in ascending year order. */
  readonly values: ReadonlyMap<number, Dec>;
  readonly index?: IndexRef;
  readonly origin: Origin;
  readonly at: SourceRef;
}

/** An index series: a yearly growth rate, explicit per year with a default for the others (§2). */
export interface IndexSeries {
  readonly id: string;
  readonly description?: string;
  readonly source?: string;
  readonly default?: Dec;
  readonly values: ReadonlyMap<number, Dec>;
  /** `scenario` when a variant or an override replaced or changed it. */
  readonly origin: Exclude<Origin, 'municipality'>;
  readonly at: SourceRef;
}

export type ParameterSet = ReadonlyMap<string, Parameter>;

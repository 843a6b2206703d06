import type { Line, Rate } from '../model/line.js';
import type { Scope } from './parameter-book.js';
import type { YearVector } from './year-vector.js';

/** Where a rate came from: a parameter in a scope, or a number written in the line. */
export type RateSource =
  | { readonly kind: 'parameter'; readonly name: string; readonly scope: Scope }
  | { readonly kind: 'number' };

/** One work form's term of a population-driven line: volume(f,t) · rate(f,t). */
export interface WorkFormTerm {
  readonly workForm: string;
  readonly volume: YearVector;
  readonly rate: YearVector;
  readonly rateSource: RateSource;
}

/** The intermediate figures of a line, so that a report can show how its amounts arise (§4). */
export type LineDetail =
  | { readonly driver: 'fte' | 'se' | 'headcount'; readonly terms: readonly WorkFormTerm[] }
  | {
      readonly driver: 'fixed';
      /** a(t) */
      readonly base: YearVector;
      readonly baseSource: RateSource;
      /** V(t): the SE the line scales with, the organisation's (Σ over members) or the municipality's. */
      readonly volume: YearVector;
      /** (1 − e) + e · V(t)/V(start). */
      readonly volumeFactor: YearVector;
      /** O(t) and key(m,t), for organisation-level lines. */
      readonly organisationTotal?: YearVector;
      readonly key?: YearVector;
    }
  | { readonly driver: 'one_off'; readonly organisationTotal: YearVector; readonly key?: YearVector }
  | { readonly driver: 'percent_of'; readonly rate: YearVector; readonly rateSource: RateSource; readonly base: YearVector };

/** A line's amounts for one municipality, with how they arise. */
export interface LineResult {
  readonly line: Line;
  /** Whether the line applies in each year (its `years` range). */
  readonly active: readonly boolean[];
  readonly amounts: YearVector;
  readonly detail: LineDetail;
}

/** The source of a rate, for a report. */
export function rateSource(rate: Rate, scope: Scope): RateSource {
  return rate.kind === 'parameter' ? { kind: 'parameter', name: rate.name, scope } : { kind: 'number' };
}

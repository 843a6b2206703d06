import type { IndexSeries, Parameter } from '../model/series.js';
import { ONE, ZERO, type Dec } from '../model/decimal.js';

/** Why a parameter has no value in a year (methodology §2, rule 3, and index coverage). */
export type SeriesGap =
  | { readonly reason: 'before_first_value'; readonly year: number; readonly firstYear: number }
  | { readonly reason: 'index_year_missing'; readonly year: number; readonly index: IndexSeries };

/** A parameter's value per year from `from` to `to`; `undefined` where it has none (see `gap`). */
export interface ResolvedSeries {
  readonly from: number;
  readonly values: readonly (Dec | undefined)[];
  /** The first year without a value, and why; undefined when every year has one. */
  readonly gap?: SeriesGap;
}

/** The growth rate of an index series in `year`: its explicit value, else its default (§2). */
export function indexRate(index: IndexSeries, year: number): Dec | undefined {
  return index.values.get(year) ?? index.default;
}

/**
 * A parameter's values for the years `from..to` (methodology §2): the explicit value;
 * else the previous year's value × (1 + rate); else flat; none before the first explicit year.
 */
export function resolveParameter(
  parameter: Parameter,
  indices: ReadonlyMap<string, IndexSeries>,
  from: number,
  to: number,
): ResolvedSeries {
  const firstYear = Math.min(...parameter.values.keys());
  const values: (Dec | undefined)[] = [];
  let gap: SeriesGap | undefined;
  let previous: Dec | undefined;
  for (let year = Math.min(from, firstYear); year <= to; year++) {
    let value = parameter.values.get(year);
    if (value === undefined && previous !== undefined) {
      const rate = growthRate(parameter, indices, year);
      if (rate === undefined) {
        const index = indexSeriesOf(parameter, indices);
        if (index !== undefined) gap ??= { reason: 'index_year_missing', year, index };
      } else {
        value = previous.times(ONE.plus(rate));
      }
    }
    if (value === undefined && year >= from) gap ??= { reason: 'before_first_value', year, firstYear };
    if (year >= from) values.push(value);
    previous = value;
  }
  return gap === undefined ? { from, values } : { from, values, gap };
}

function growthRate(parameter: Parameter, indices: ReadonlyMap<string, IndexSeries>, year: number): Dec | undefined {
  const index = parameter.index;
  if (index === undefined) return ZERO; // no index: the value stays flat
  if (index.kind === 'constant') return index.rate;
  const series = indices.get(index.id);
  return series === undefined ? undefined : indexRate(series, year);
}

function indexSeriesOf(parameter: Parameter, indices: ReadonlyMap<string, IndexSeries>): IndexSeries | undefined {
  return parameter.index?.kind === 'series' ? indices.get(parameter.index.id) : undefined;
}

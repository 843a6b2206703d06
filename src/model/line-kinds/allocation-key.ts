import { f, type Expr, type FormulaRow, type Input } from '../formula.js';
import { keyQuantity, type AllocationKey } from '../line.js';

/** The row name of a shared line's key. */
export const KEY_ROW = 'key';

/**
 * key(m,t) as a row (§4): the member's share of the organisation's SE, FTE, headcount or
 * inhabitants; where that sum is zero, the previous year's key, in the first year 1/|M|
 * (docs/methodology.md#key-fallback); or 1/|M| throughout.
 */
export function keyRow(allocation: AllocationKey): FormulaRow {
  const equal = f.div(f.constant(1), f.input({ input: 'member_count' }));
  return { name: KEY_ROW, expr: allocation === 'equal' ? equal : weighted(allocation, equal), label: { label: 'key', allocation }, format: 'key', whenHidden: 'value' };
}

function weighted(allocation: Exclude<AllocationKey, 'equal'>, equal: Expr): Expr {
  const weight = (whose: 'self' | 'organisation'): Input =>
    allocation === 'inhabitants'
      ? { input: 'inhabitants', whose }
      : { input: 'volume', whose, quantity: keyQuantity(allocation) };
  const total = f.input(weight('organisation'));
  return f.ifGreater(total, f.constant(0), f.div(f.input(weight('self')), total), f.firstYear(equal, f.row(KEY_ROW, 'previous')));
}

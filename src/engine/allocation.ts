import { ZERO, type Dec } from '../model/decimal.js';
import type { Population } from './population.js';
import type { YearVector } from './year-vector.js';

/** What the lines of one organisation read of its members: their population and inhabitants. */
export interface OrganisationBasis {
  /** Member ids in the region's order. */
  readonly members: readonly string[];
  /** The members of the organisations it supplies (docs/methodology.md#fees): they count in its volume, never in a key. */
  readonly buyers?: readonly string[];
  readonly volumes: ReadonlyMap<string, Population>;
  readonly inhabitants: ReadonlyMap<string, Dec | undefined>;
  readonly years: number;
}

/**
 * Decimal places of an allocated share (10⁻²⁴ euro). Shares on a fixed grid, each at most
 * the total, add up exactly in any order, so the members' shares sum to the total at full
 * precision (docs/methodology.md#exact-shares).
 */
export const SHARE_DECIMALS = 24;

/**
 * Splits `total(t)` over the members as `total(t) · key(m,t)`, exactly: every share but
 * one is kept to {@link SHARE_DECIMALS} places and the member with the largest key takes
 * the remainder (§4; dinero.js: "larger ratios receive remainder first").
 */
export function splitByKeys(total: YearVector, keys: ReadonlyMap<string, YearVector>): Map<string, Dec[]> {
  const members = [...keys.keys()];
  const shares = new Map<string, Dec[]>(members.map((m) => [m, new Array<Dec>(total.length).fill(ZERO)]));
  total.forEach((amount, t) => {
    const keyOf = (m: string) => keys.get(m)?.[t] ?? ZERO;
    const largest = members.reduce((best, m) => (keyOf(m).gt(keyOf(best)) ? m : best));
    let rest = amount;
    for (const m of members) {
      if (m === largest) continue;
      const share = amount.times(keyOf(m)).toDecimalPlaces(SHARE_DECIMALS);
      rest = rest.minus(share);
      setAt(shares, m, t, share);
    }
    setAt(shares, largest, t, rest);
  });
  return shares;
}

function setAt(vectors: Map<string, Dec[]>, member: string, t: number, value: Dec): void {
  const v = vectors.get(member);
  if (v !== undefined) v[t] = value;
}

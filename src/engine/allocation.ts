import type { AllocationKey } from '../model/line.js';
import { ONE, ZERO, type Dec } from '../model/decimal.js';
import type { Population } from './population.js';
import type { YearVector } from './year-vector.js';

/** What the allocation keys of one organisation are computed from. */
export interface OrganisationBasis {
  /** Member ids in the region's order. */
  readonly members: readonly string[];
  readonly volumes: ReadonlyMap<string, Population>;
  readonly inhabitants: ReadonlyMap<string, Dec | undefined>;
  readonly years: number;
}

/**
 * key(m,t) of every member for every year (methodology §4): the member's share of the
 * organisation's SE, FTE, headcount or inhabitants, or 1/|M|. Where a year's denominator
 * is zero, the keys of the latest earlier year with a positive one are used; with none,
 * equal shares (docs/methodology.md#key-fallback). A single member's key is 1.
 */
export function allocationKeys(key: AllocationKey, basis: OrganisationBasis): Map<string, YearVector> {
  const { members, years } = basis;
  const equal = ONE.div(members.length);
  const weightOf = key === 'equal' ? () => ONE : weights(key, basis);
  const keys = new Map<string, Dec[]>(members.map((m) => [m, []]));
  let current = new Map(members.map((m) => [m, members.length === 1 ? ONE : equal]));
  for (let t = 0; t < years; t++) {
    let total = ZERO;
    for (const m of members) total = total.plus(weightOf(m, t));
    if (total.gt(0) && members.length > 1) current = new Map(members.map((m) => [m, weightOf(m, t).div(total)]));
    for (const m of members) keys.get(m)?.push(current.get(m) ?? ZERO);
  }
  return keys;
}

function weights(key: Exclude<AllocationKey, 'equal'>, basis: OrganisationBasis): (m: string, t: number) => Dec {
  if (key === 'inhabitants') return (m) => basis.inhabitants.get(m) ?? ZERO;
  const quantity = key === 'se_share' ? 'se' : key === 'fte_share' ? 'fte' : 'headcount';
  return (m, t) => basis.volumes.get(m)?.[quantity][t] ?? ZERO;
}

/**
 * Decimal places of an allocated share (10⁻²⁴ euro). Shares on a fixed grid, each at most
 * the total, add up exactly in any order, so the members' shares sum to the total at full
 * precision (docs/methodology.md#exact-shares).
 */
const SHARE_DECIMALS = 24;

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

/** V(o,t): the organisation's total SE per year (Σ over members). */
export function organisationSe(basis: OrganisationBasis): YearVector {
  return Array.from({ length: basis.years }, (_, t) => {
    let total = ZERO;
    for (const m of basis.members) total = total.plus(basis.volumes.get(m)?.se[t] ?? ZERO);
    return total;
  });
}

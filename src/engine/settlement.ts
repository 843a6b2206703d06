import { InternalError } from '../errors.js';
import { isPooled, type Organisation, type SettlementKey } from '../model/configuration.js';
import { ONE, ZERO, type Dec } from '../model/decimal.js';
import { SHARE_DECIMALS, splitByKeys, type OrganisationBasis } from './allocation.js';
import type { LineResult } from './line-result.js';
import { addVectors, type YearVector } from './year-vector.js';
import { keyQuantity } from '../model/line.js';

/** An organisation's lines per member after settlement, and the settlement key per member if it settles. */
export interface SettledOrganisation {
  readonly lines: Map<string, LineResult[]>;
  readonly keys?: ReadonlyMap<string, YearVector>;
}

/**
 * The organisation's lines as its members bear them (docs/methodology.md#settlement): each
 * pooled line's own amounts are summed over the members and the pool is split by the
 * settlement key with the exact-share rule, so the members' amounts add up exactly to the
 * pool. A settled line keeps its own amounts in `own`, taken to the exact shares' grid of
 * 10⁻²⁴ euro first, so that Σ verevening over the members is exactly zero, and the pool in
 * `pool`. Settlement comes after every line is computed and feeds no other line. Without a
 * settlement the lines are returned as they are.
 */
export function settleOrganisation(organisation: Organisation, lines: ReadonlyMap<string, readonly LineResult[]>, basis: OrganisationBasis, start: number): SettledOrganisation {
  const { settlement, members } = organisation;
  if (settlement === undefined) return { lines: new Map([...lines].map(([m, ls]) => [m, [...ls]])) };
  const keys = settlementKeys(settlement.key, basis, start);
  const first = lines.get(members[0] ?? '') ?? [];
  const settled = new Map(members.map((m) => [m, [...(lines.get(m) ?? [])]]));
  first.forEach((lr, i) => {
    if (!isPooled(settlement, lr.line.id)) return;
    // on the grid of the exact shares, the pool, the shares and each verevening are exact sums
    const own = new Map(members.map((m) => [m, (settled.get(m)?.[i]?.amounts ?? []).map((x) => x.toDecimalPlaces(SHARE_DECIMALS))]));
    const pool = addVectors(basis.years, own.values());
    const shares = splitByKeys(pool, keys);
    for (const m of members) {
      const mine = settled.get(m);
      const result = mine?.[i];
      const amounts = shares.get(m);
      if (mine === undefined || result === undefined || amounts === undefined) throw new InternalError(`line ${lr.line.id} of ${m} cannot be settled`);
      mine[i] = { ...result, amounts, own: own.get(m) ?? [], pool };
    }
  });
  return { lines: settled, keys };
}

/**
 * key(m,t) of a settlement over the horizon: the fixed shares; or each member's share of the
 * members' volume or inhabitants in the year, where that sum is zero the previous year's
 * key, in the first year 1/|M| (the allocation keys' fallback, methodology §4); with
 * `lag: 1` the previous year's key (the first year its own); with a reference year that
 * year's key in every year (`start` is the horizon's first year).
 */
export function settlementKeys(key: SettlementKey, basis: OrganisationBasis, start: number): Map<string, Dec[]> {
  const { members, years } = basis;
  if (key.kind === 'fixed') return new Map(members.map((m) => [m, Array.from({ length: years }, () => key.shares.get(m) ?? ZERO)]));
  const current = yearlyShares(key.by, basis);
  const at = (t: number): number => {
    if (key.referenceYear !== undefined) return key.referenceYear - start;
    return key.lag === 1 ? Math.max(t - 1, 0) : t;
  };
  return new Map(members.map((m) => {
    const shares = current.get(m) ?? [];
    return [m, Array.from({ length: years }, (_, t) => {
      const share = shares[at(t)];
      if (share === undefined) throw new InternalError(`no key for ${m} in year index ${at(t)}`);
      return share;
    })];
  }));
}

/** Each member's share of the members' weight per year, with the fallback of methodology §4 where the sum is zero. */
function yearlyShares(by: Extract<SettlementKey, { kind: 'by' }>['by'], basis: OrganisationBasis): Map<string, Dec[]> {
  const { members, years } = basis;
  const equal = ONE.div(members.length);
  const weight = (m: string, t: number): Dec => {
    if (by === 'equal') return ONE;
    if (by === 'inhabitants') return basis.inhabitants.get(m) ?? ZERO;
    const population = basis.volumes.get(m);
    if (population === undefined) throw new InternalError(`no population for ${m}`);
    return population[keyQuantity(by)][t] ?? ZERO;
  };
  const shares = new Map(members.map((m) => [m, [] as Dec[]]));
  for (let t = 0; t < years; t++) {
    const total = members.reduce((acc, m) => acc.plus(weight(m, t)), ZERO);
    for (const m of members) {
      const v = shares.get(m) ?? [];
      v.push(total.gt(0) ? weight(m, t).div(total) : t === 0 ? equal : v[t - 1] ?? equal);
    }
  }
  return shares;
}

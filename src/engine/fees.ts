import { InternalError, type SourceRef } from '../errors.js';
import type { Configuration, Organisation, SettlementKey } from '../model/configuration.js';
import type { Dec } from '../model/decimal.js';
import type { Region } from '../model/region.js';
import { feeLineId } from '../model/line-ids.js';
import { splitByKeys, type OrganisationBasis } from './allocation.js';
import { fixedAmountLine } from './fixed-amount-line.js';
import type { LineResult } from './line-result.js';
import { settlementKeys } from './settlement.js';
import { addVectors, horizonYears, type YearVector } from './year-vector.js';

/** The label of a fee revenue line, before the buying municipality's name (methodology "Fees between organisations"). */
export const FEE_REVENUE_LABEL = 'Opbrengst dienstverlening';

/** What a supplier member's fee revenue line was computed from. */
export interface FeeShare {
  /** The buying municipality whose fees the line holds a share of. */
  readonly buyer: string;
  /** The id of the supplying organisation. */
  readonly supplier: string;
  /** key(s,t) of this supplier member: its settlement key, or its SE share. */
  readonly key: YearVector;
}

// defined with the model's line ids, which loading checks realised figures against
export { feeLineId } from '../model/line-ids.js';

/**
 * F(b,t): the fees a buying municipality pays its supplier: Σ over its lines marked `fee`
 * of its own amounts (before its organisation settles them, to 10⁻²⁴ euro where it does;
 * the settlement moves them between the buyers only). Zero for a line without supplier.
 */
export function feesPaid(lines: readonly LineResult[], years: number): YearVector {
  return addVectors(years, lines.filter((lr) => lr.line.fee === true).map((lr) => lr.own ?? lr.amounts));
}

/** The members of the organisations that `supplier` supplies, in the region's order. */
export function buyerMembers(region: Region, configuration: Configuration, supplier: Organisation): string[] {
  const buyers = supplier.id === undefined ? [] : configuration.organisations.filter((o) => o.supplier === supplier.id).flatMap((o) => o.members);
  return region.municipalityIds.filter((m) => buyers.includes(m));
}

/** What a supplier's fee key reads of the region: populations and inhabitants over the horizon. */
export type FeeBasis = Omit<OrganisationBasis, 'members' | 'buyers'>;

/**
 * key(s,t) by which a supplier splits its fee revenue over its members: its settlement key,
 * or each year's SE share (with the fallback of a settlement key) if it does not settle.
 */
export function feeKeys(supplier: Organisation, basis: FeeBasis, start: number): Map<string, Dec[]> {
  const key: SettlementKey = supplier.settlement?.key ?? { kind: 'by', by: 'se_share', lag: 0, at: supplier.at };
  return settlementKeys(key, { ...basis, members: supplier.members }, start);
}

/**
 * The fee revenue lines of a configuration: supplier member → lines, one per buying
 * municipality (in the configuration's order of organisations, each in the region's order),
 * each F(b,t) split over the supplier's members by {@link feeKeys}, exactly: Σ over the
 * supplier's members of a buyer's line is F(b,t) to the last digit.
 */
export function feeRevenueLines(
  region: Region,
  configuration: Configuration,
  lines: ReadonlyMap<string, readonly LineResult[]>,
  basis: FeeBasis,
  names: ReadonlyMap<string, string>,
): Map<string, LineResult[]> {
  const revenue = new Map<string, LineResult[]>();
  const years = horizonYears(region.horizon);
  for (const buyer of configuration.organisations.filter((o) => o.supplier !== undefined)) {
    const supplier = configuration.organisations.find((o) => o.id === buyer.supplier);
    if (supplier === undefined) throw new InternalError(`supplier ${buyer.supplier ?? ''} is not an organisation of ${configuration.id}`);
    const keys = feeKeys(supplier, basis, region.horizon.start);
    for (const b of buyer.members) {
      const shares = splitByKeys(feesPaid(lines.get(b) ?? [], years.length), keys);
      for (const [s, amounts] of shares) {
        const share: FeeShare = { buyer: b, supplier: supplier.id ?? '', key: keys.get(s) ?? [] };
        revenue.set(s, [...(revenue.get(s) ?? []), revenueLine(region, share, { s, years, amounts, at: buyer.at }, names.get(b) ?? b)]);
      }
    }
  }
  return revenue;
}

/**
 * A supplier member's share of a buyer's fees as a one-off revenue line of its own (driver
 * `one_off`, its amounts the share), as dissolution.ts makes a dissolution share: every
 * report reads it as a one-off line; `fee` says where it comes from.
 */
function revenueLine(region: Region, share: FeeShare, of: { s: string; years: readonly number[]; amounts: YearVector; at: SourceRef }, buyerName: string): LineResult {
  const { s, years, amounts, at } = of;
  return { ...fixedAmountLine(region, { id: feeLineId(share.buyer), label: `${FEE_REVENUE_LABEL} ${buyerName}`, kind: 'revenue', at }, s, years, amounts), fee: share };
}

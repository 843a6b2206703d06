import type { SettlementKey } from '../model/configuration.js';
import { ZERO, type Dec } from '../model/decimal.js';
import { dissolutionConfigurations, itemApplies, type Dissolution, type DissolutionItem } from '../model/dissolution.js';
import type { Region } from '../model/region.js';
import { dissolutionLineId } from '../model/line-ids.js';
import { splitByKeys } from './allocation.js';
import { fixedAmountLine } from './fixed-amount-line.js';
import type { LineResult } from './line-result.js';
import type { Population } from './population.js';
import { settlementKeys } from './settlement.js';
import { horizonYears, type YearVector } from './year-vector.js';

// defined with the model's line ids, which loading checks realised figures against
export { dissolutionLineId } from '../model/line-ids.js';

/** What the municipality's share of a dissolution item was computed from (methodology "Dissolution balance"). */
export interface DissolutionShare {
  readonly item: DissolutionItem;
  /** This municipality's key share (the same every year). */
  readonly key: Dec;
}

/** What the dissolution key reads: the municipalities' populations and inhabitants. */
export interface KeyBasis {
  readonly populations: ReadonlyMap<string, Population>;
  readonly inhabitants: ReadonlyMap<string, Dec | undefined>;
}

/**
 * Each municipality's key share, in the region's order: the fixed shares, or its share of
 * the region's SE, FTE, headcount or inhabitants in the reference year, with the fallback of
 * a settlement key (docs/methodology.md#settlement) over the whole region: the same rule,
 * computed once, in settlement.ts.
 */
export function dissolutionKeys(region: Region, d: Dissolution, basis: KeyBasis): Map<string, Dec> {
  const ids = region.municipalityIds;
  const years = region.horizon.end - region.horizon.start + 1;
  const key: SettlementKey = d.key.kind === 'fixed' ? d.key : { ...d.key, lag: 0 };
  const keys = settlementKeys(key, { members: ids, volumes: basis.populations, inhabitants: basis.inhabitants, years }, region.horizon.start);
  return new Map(ids.map((m) => [m, keys.get(m)?.[0] ?? ZERO]));
}

/**
 * The dissolution items each municipality bears under each configuration, as lines of its
 * result: configuration → municipality → lines. Each item is split exactly over the whole
 * region by the key (the shares add up to the item, docs/methodology.md#exact-shares).
 */
export function dissolutionLines(region: Region, basis: KeyBasis): Map<string, Map<string, LineResult[]>> {
  const byConfiguration = new Map<string, Map<string, LineResult[]>>();
  const d = region.dissolution;
  if (d === undefined) return byConfiguration;
  const years = horizonYears(region.horizon);
  const keys = dissolutionKeys(region, d, basis);
  const keyVectors = new Map([...keys].map(([m, k]) => [m, years.map(() => k)]));
  const configurations = dissolutionConfigurations(d, region.configurations.map((c) => c.id), region.baseline);
  for (const item of d.items) {
    const total = years.map((y) => item.amounts.get(y) ?? ZERO);
    const shares = splitByKeys(total, keyVectors);
    for (const c of configurations.filter((id) => itemApplies(item, id, configurations))) {
      const byM = byConfiguration.get(c) ?? byConfiguration.set(c, new Map()).get(c) ?? new Map<string, LineResult[]>();
      for (const [m, amounts] of shares) {
        const share: DissolutionShare = { item, key: keys.get(m) ?? ZERO };
        byM.set(m, [...(byM.get(m) ?? []), shareLine(region, share, m, years, amounts)]);
      }
    }
  }
  return byConfiguration;
}

/**
 * A municipality's share of an item as a one-off line of its own (driver `one_off`, its
 * amounts the share): every report, the JSON and the risk model read it as they read a
 * one-off line; `dissolution` says where it comes from.
 */
function shareLine(region: Region, share: DissolutionShare, m: string, years: readonly number[], amounts: YearVector): LineResult {
  const { item } = share;
  return { ...fixedAmountLine(region, { id: dissolutionLineId(item.id), label: item.label, kind: item.kind, at: item.at }, m, years, amounts), dissolution: share };
}

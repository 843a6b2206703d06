import type { SourceRef } from '../errors.js';
import type { Dec } from './decimal.js';
import type { AllocationKey, LineKind } from './line.js';

/**
 * How a dissolution balance is shared over the region's municipalities (methodology
 * "Dissolution balance"): fixed shares, or a dynamic key frozen at a reference year.
 */
export type DissolutionKey =
  | { readonly kind: 'fixed'; readonly shares: ReadonlyMap<string, Dec>; readonly at: SourceRef }
  | { readonly kind: 'by'; readonly by: AllocationKey; readonly referenceYear: number; readonly at: SourceRef };

/** One item of the balance: euros per year (not indexed). */
export interface DissolutionItem {
  readonly id: string;
  readonly label: string;
  readonly kind: LineKind;
  /** Year → euros; a single written amount falls in the dissolution year. */
  readonly amounts: ReadonlyMap<number, Dec>;
  readonly source?: string;
  /** The configurations it arises in; undefined = those of the dissolution. */
  readonly appliesTo?: readonly ConfigurationRef[];
  readonly at: SourceRef;
  /** Where each year of `amounts` was written (the amount itself, for a single amount). */
  readonly yearsAt: ReadonlyMap<number, SourceRef>;
}

/** A configuration named in an `applies_to`, with where it was written. */
export interface ConfigurationRef {
  readonly id: string;
  readonly at: SourceRef;
}

/** The balance of the organisation that ends when the baseline is left. */
export interface Dissolution {
  readonly label: string;
  readonly year: number;
  readonly yearAt: SourceRef;
  readonly key: DissolutionKey;
  /** Undefined = every configuration but the baseline. */
  readonly appliesTo?: readonly ConfigurationRef[];
  readonly items: readonly DissolutionItem[];
  readonly at: SourceRef;
}

/** The configurations the dissolution applies to: as written, or every one but the baseline. */
export function dissolutionConfigurations(d: Dissolution, configurations: readonly string[], baseline: string): string[] {
  return d.appliesTo === undefined ? configurations.filter((c) => c !== baseline) : d.appliesTo.map((c) => c.id);
}

/** Whether an item arises in a configuration (within the dissolution's configurations). */
export function itemApplies(item: DissolutionItem, configuration: string, dissolutionConfigs: readonly string[]): boolean {
  return dissolutionConfigs.includes(configuration) && (item.appliesTo === undefined || item.appliesTo.some((c) => c.id === configuration));
}

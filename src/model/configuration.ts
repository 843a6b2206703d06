import type { SourceRef } from '../errors.js';
import type { Dec } from './decimal.js';
import type { AllocationKey } from './line.js';

/**
 * The key by which the members of an organisation settle its pooled lines
 * (docs/methodology.md#settlement): shares written in the file, or a volume share per year,
 * optionally last year's (`lag: 1`) or one year's, frozen (`referenceYear`).
 */
export type SettlementKey =
  | { readonly kind: 'fixed'; readonly shares: ReadonlyMap<string, Dec>; readonly at: SourceRef }
  | { readonly kind: 'by'; readonly by: AllocationKey; readonly lag: 0 | 1; readonly referenceYear?: number; readonly at: SourceRef };

/** How the members of an organisation settle its lines: which lines are pooled, and the key. */
export interface Settlement {
  /** `all`, or the ids of the pooled lines; the others stay each member's own. */
  readonly pooled: 'all' | readonly string[];
  readonly key: SettlementKey;
  /** Where `reference_year` is written, for the rule that checks it against the horizon. */
  readonly referenceYearAt?: SourceRef;
  readonly at: SourceRef;
}

/** An instance of an execution model with its members, in the region's municipality order. */
export interface Organisation {
  /** The id the file gives it, unique within its configuration. */
  readonly id?: string;
  readonly model: string;
  readonly members: readonly string[];
  readonly settlement?: Settlement;
  /** The id of the organisation of the same configuration that supplies it: its `fee` lines are that organisation's revenue (docs/methodology.md#fees). */
  readonly supplier?: string;
  readonly at: SourceRef;
}

/** A regional scenario: every municipality in exactly one organisation (§4). */
export interface Configuration {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly organisations: readonly Organisation[];
  readonly at: SourceRef;
}

/** Whether an organisation of any configuration settles between its members. */
export function regionSettles(region: { readonly configurations: readonly Configuration[] }): boolean {
  return region.configurations.some((c) => c.organisations.some((o) => o.settlement !== undefined));
}

/** Whether the organisation's members settle line `lineId` by its key. */
export function isPooled(settlement: Settlement | undefined, lineId: string): boolean {
  return settlement !== undefined && (settlement.pooled === 'all' || settlement.pooled.includes(lineId));
}

/**
 * A settlement in one line, in the words of the input file (`pooled: all; key: fixed noord
 * 0.55, oost 0.45`): what `compare` shows and compares of it.
 */
export function settlementText(settlement: Settlement): string {
  const { key } = settlement;
  const pooled = settlement.pooled === 'all' ? 'all' : settlement.pooled.join(', ');
  const keyText = key.kind === 'fixed'
    ? `fixed ${[...key.shares].map(([m, share]) => `${m} ${share.toString()}`).join(', ')}`
    : `by ${key.by}${key.lag === 1 ? ', lag 1' : ''}${key.referenceYear === undefined ? '' : `, reference_year ${key.referenceYear}`}`;
  return `pooled: ${pooled}; key: ${keyText}`;
}

/** The organisations of a configuration that `supplier` (an organisation id) supplies: its buyers (docs/methodology.md#fees). */
export function buyersOf(configuration: Configuration, supplier: string | undefined): Organisation[] {
  return supplier === undefined ? [] : configuration.organisations.filter((o) => o.supplier === supplier);
}

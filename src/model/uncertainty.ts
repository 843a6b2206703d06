import type { SourceRef } from '../errors.js';

/**
 * A distribution of a change, drawn once per Monte Carlo iteration. For a parameter (and
 * one-off amounts, outflow, inflow, the discount rate) the draw x is a relative change: the whole
 * series is multiplied by 1 + x. For an index it is added to every year's rate.
 */
export type Distribution =
  | { readonly kind: 'uniform'; readonly low: number; readonly high: number }
  | { readonly kind: 'triangular'; readonly low: number; readonly mode: number; readonly high: number }
  /** Normal with mean 0 unless given, truncated to [low, high]. */
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number; readonly low: number; readonly high: number };

/** What the uncertainty of one variable is, and where it was written. */
export interface UncertainVariable {
  readonly target: UncertaintyTarget;
  readonly distribution: Distribution;
  readonly at: SourceRef;
}

/** What a draw changes. */
export type UncertaintyTarget =
  | { readonly kind: 'parameter'; readonly name: string }
  | { readonly kind: 'index'; readonly id: string }
  | { readonly kind: 'one_off' }
  | { readonly kind: 'outflow' }
  /** Every inflow stream's people per year, or target head count, together (docs/methodology.md#inflow). */
  | { readonly kind: 'inflow' }
  | { readonly kind: 'discount_rate' };

/** The `uncertainty:` section of a region (and its municipalities' files, which add to and replace it). */
export interface Uncertainty {
  readonly variables: readonly UncertainVariable[];
  /** Rank correlations between variables, by their position in `variables`. */
  readonly correlations: readonly { readonly a: number; readonly b: number; readonly rho: number }[];
}

/** Whether a target changes the population itself (so only the exact engine can follow it, not the risk model). */
export function changesPopulation(target: UncertaintyTarget): boolean {
  return target.kind === 'outflow' || target.kind === 'inflow';
}

/** The name a target goes by in messages and reports. */
export function targetName(target: UncertaintyTarget): string {
  switch (target.kind) {
    case 'parameter':
      return target.name;
    case 'index':
      return target.id;
    default:
      return target.kind;
  }
}

import { ZERO, type Dec } from '../model/decimal.js';
import type { Quantity } from '../model/formula.js';
import { lineKind } from '../model/line-kinds/index.js';
import type { Rate } from '../model/line.js';
import type { RealisedPopulation } from '../model/realised.js';
import { rateOf, type LineResult } from './line-result.js';
import type { UsedParameter } from './parameter-book.js';
import type { Population } from './population.js';
import { subjectKey } from './subject.js';

/**
 * How a line's difference was split (docs/methodology.md#evaluate): by its volume (`volume`),
 * not for want of a realised volume (`no_realised_volume`), all price because no volume of the
 * municipality's own drives it (`price_only`), or all rest: a line the forecast does not have
 * that year (`new`), or one stated as 0 (`not_realised`); `zero` when both are 0.
 */
export type SplitBasis = 'volume' | 'no_realised_volume' | 'price_only' | 'new' | 'not_realised' | 'zero';

/** A line's difference in one year and its exact split: volume + price + rest = difference. */
export interface LineSplit {
  readonly forecast: Dec;
  readonly realised: Dec;
  readonly difference: Dec;
  readonly volume: Dec;
  readonly price: Dec;
  readonly rest: Dec;
  readonly basis: SplitBasis;
}

/** What a line's split reads besides the line: the municipality's forecast and realised population, and the resolved parameters. */
export interface SplitContext {
  readonly workForms: readonly string[];
  readonly forecast: Population;
  /** The realised population of the year, by work form; empty when none is stated. */
  readonly realised: ReadonlyMap<string, RealisedPopulation>;
  /** Scope key → parameter name → resolved series (`Projection.parameters`). */
  readonly parameters: ReadonlyMap<string, ReadonlyMap<string, UsedParameter>>;
}

/**
 * The effects are kept to 10⁻²⁰ euro (docs/methodology.md#evaluate): numbers of at most 20
 * decimals below 10¹⁹ add up exactly within the 40 significant digits of §1, so that
 * volume + price + rest = difference holds exactly, not only to the 40th digit.
 */
const GRID_PLACES = 20;

function onGrid(x: Dec): Dec {
  return x.toDecimalPlaces(GRID_PLACES);
}

/** What a line's own figures say of its difference: its volume effect and its rest, and why; the price effect is what is left. */
export interface LineEffect {
  readonly volume: Dec;
  readonly rest: Dec;
  readonly basis: SplitBasis;
}

const NO_VOLUME: LineEffect = { volume: ZERO, rest: ZERO, basis: 'no_realised_volume' };
const PRICE_ONLY: LineEffect = { volume: ZERO, rest: ZERO, basis: 'price_only' };

/** What drives a line of a result: its kind's driver, or `fee` and `dissolution` for the lines the engine adds. */
export function driverOf(lr: LineResult): string {
  return lr.dissolution !== undefined ? 'dissolution' : lr.fee !== undefined ? 'fee' : lr.line.driver;
}

/** Splits the difference of line `lr` in year index `t`, given its realised amount (methodology "Evaluation", cases 1–4). */
export function splitLine(lr: LineResult, t: number, realised: Dec, ctx: SplitContext): LineSplit {
  return splitDifference(lr.amounts[t] ?? ZERO, realised, () => lineEffect(lr, t, ctx));
}

/**
 * The split of a difference: a line that is 0 on one side is all rest (cases 1–3); else its own
 * `effect` (case 4), put on the 10⁻²⁰ grid, the price taking the rest so that the parts add up.
 */
export function splitDifference(forecast: Dec, realised: Dec, effect: () => LineEffect): LineSplit {
  const difference = onGrid(realised.minus(forecast));
  const split = ({ volume, rest, basis }: LineEffect): LineSplit => {
    const [v, r] = [onGrid(volume), onGrid(rest)];
    return { forecast, realised, difference, volume: v, rest: r, price: difference.minus(v).minus(r), basis };
  };
  if (forecast.isZero() && realised.isZero()) return split({ volume: ZERO, rest: ZERO, basis: 'zero' });
  if (forecast.isZero()) return split({ volume: ZERO, rest: realised, basis: 'new' });
  if (realised.isZero()) return split({ volume: ZERO, rest: forecast.neg(), basis: 'not_realised' });
  return split(effect());
}

function lineEffect(lr: LineResult, t: number, ctx: SplitContext): LineEffect {
  // a fee revenue or a dissolution share is worked out elsewhere: no volume of its own drives it
  if (lr.fee !== undefined || lr.dissolution !== undefined) return PRICE_ONLY;
  // a settled line: the volume effect of the member's own amount (its rows are its own figures); the settlement's part is price
  // a line of a volume per work form (fte, se, headcount): its kind says so
  if (lineKind(lr.line.driver).fields.workForms) {
    const volume = populationVolumeEffect(lr, t, ctx);
    return volume === undefined ? NO_VOLUME : { volume, rest: ZERO, basis: 'volume' };
  }
  if (isOwnFixedLine(lr)) {
    const volume = fixedVolumeEffect(lr, t, ctx);
    return volume === undefined ? NO_VOLUME : { volume, rest: ZERO, basis: 'volume' };
  }
  return PRICE_ONLY;
}

/** Σ_f (V_r − V_f) · r over the line's work forms; undefined when a work form's realised measure is not stated. */
function populationVolumeEffect(lr: LineResult, t: number, ctx: SplitContext): Dec | undefined {
  const quantity = lr.line.driver as Quantity;
  let effect = ZERO;
  for (const workForm of lr.line.workForms ?? ctx.workForms) {
    const realised = ctx.realised.get(workForm)?.[quantity];
    if (realised === undefined) return undefined;
    const forecast = ctx.forecast.byWorkForm.get(workForm)?.[quantity][t] ?? ZERO;
    effect = effect.plus(realised.minus(forecast).times(rateIn(lr, rateOf(lr.line, workForm), t, ctx)));
  }
  return effect;
}

/** A `fixed` line on the municipality's own SE: not split over members, and no organisation volume row (line-kinds/fixed.ts). */
function isOwnFixedLine(lr: LineResult): boolean {
  return lr.line.driver === 'fixed' && !lr.formula.shared && !lr.rows.has('volume');
}

/** a(t) · (factor(V_r) − factor(V_f)), the reference volume being the forecast's first year; undefined without a realised SE. */
function fixedVolumeEffect(lr: LineResult, t: number, ctx: SplitContext): Dec | undefined {
  const realisedSe = realisedTotal(ctx, 'se');
  if (realisedSe === undefined) return undefined;
  const base = lr.rows.get('base')?.[t] ?? ZERO;
  const forecastFactor = lr.rows.get('factor')?.[t] ?? ZERO;
  const first = ctx.forecast.se[0] ?? ZERO;
  const e = rateIn(lr, lr.line.volumeElasticity, t, ctx, true);
  const ratio = first.isZero() ? ZERO : realisedSe.div(first);
  const realisedFactor = e.neg().plus(1).plus(e.times(ratio));
  return base.times(realisedFactor.minus(forecastFactor));
}

/** Σ over the region's work forms of a realised measure; undefined unless every work form states it. */
export function realisedTotal(ctx: Pick<SplitContext, 'realised' | 'workForms'>, quantity: Quantity): Dec | undefined {
  let total = ZERO;
  for (const workForm of ctx.workForms) {
    const value = ctx.realised.get(workForm)?.[quantity];
    if (value === undefined) return undefined;
    total = total.plus(value);
  }
  return total;
}

/**
 * The exact rate a line read in year index `t`: its parameter's value in the line's scope, or
 * the number in the line; 0 where the line does not apply (as the engine reads it). An
 * elasticity given as a number applies in every year, as in line-kinds/fixed.ts.
 */
export function rateIn(lr: LineResult, rate: Rate, t: number, ctx: Pick<SplitContext, 'parameters'>, elasticity = false): Dec {
  const applies = lr.active[t] === true;
  if (rate.kind === 'number') return applies || elasticity ? rate.value : ZERO;
  if (!applies) return ZERO;
  return ctx.parameters.get(subjectKey(lr.scope))?.get(rate.name)?.series.values[t] ?? ZERO;
}

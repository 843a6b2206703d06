import { ZERO, type Dec } from '../model/decimal.js';
import type { Quantity } from '../model/formula.js';
import { regionLineIds } from '../model/line-ids.js';
import { lineKind } from '../model/line-kinds/index.js';
import { driverOf, rateIn, splitDifference, type LineEffect, type LineSplit, type SplitContext } from './evaluate-line.js';
import type { ForecastLine, ForecastResult } from './evaluate.js';
import { rateOf, type LineResult } from './line-result.js';
import type { Population } from './population.js';
import type { Projection } from './project.js';

/** One municipality's result line that is part of a regional sum, with the population it was computed on. */
interface MemberLine {
  readonly line: LineResult;
  readonly population: Population;
}

/**
 * The region's sums under a configuration as lines to hold realised figures against
 * (docs/methodology.md#evaluate, The region): every line id of regionLineIds, summed over the
 * municipalities that have it, and the regional net cost. Undefined for a configuration the
 * projection does not have.
 */
export function regionForecastLines(projection: Projection, configuration: string): ForecastResult | undefined {
  const regional = projection.regional.get(configuration);
  if (regional === undefined) return undefined;
  const lines = regionLineIds(projection.region, configuration).flatMap((id): ForecastLine[] => {
    const members = memberLines(projection, configuration, id);
    const first = members[0];
    if (first === undefined) return [];
    return [{ line: first.line.line, driver: driverOf(first.line), forecast: (t) => regionAmount(members, t), split: (t, realised, ctx) => splitRegionLine(members, t, realised, ctx) }];
  });
  return { lines, net: regional.net };
}

/** The regional sum of line `id` under a configuration in year index `t` (what a stated figure of the region is held against); undefined where no municipality has the line. */
export function regionLineAmount(projection: Projection, configuration: string, id: string, t: number): Dec | undefined {
  const members = memberLines(projection, configuration, id);
  return members.length === 0 ? undefined : regionAmount(members, t);
}

/** The municipalities' results of line `id` under a configuration, in the region's order, each with its population. */
function memberLines(projection: Projection, configuration: string, id: string): MemberLine[] {
  return [...(projection.results.get(configuration)?.values() ?? [])].flatMap((r): MemberLine[] => {
    const line = r.lines.find((lr) => lr.line.id === id);
    const population = projection.populations.get(r.municipality);
    return line === undefined || population === undefined ? [] : [{ line, population }];
  });
}

/** The regional sum of a line in year index `t`: its members' amounts added. */
function regionAmount(members: readonly MemberLine[], t: number): Dec {
  return members.reduce((acc, m) => acc.plus(m.line.amounts[t] ?? ZERO), ZERO);
}

/** Splits the difference of a regional sum in year index `t`: its amount is the sum of its members' (cases 1–3 as a municipality's line). */
function splitRegionLine(members: readonly MemberLine[], t: number, realised: Dec, ctx: SplitContext): LineSplit {
  return splitDifference(regionAmount(members, t), realised, () => regionLineEffect(members, t, ctx));
}

/**
 * A regional line driven by one volume per work form (the same quantity in every member): for
 * each work form f, (V_r − V_f) · A_f / V_f, A_f the members' forecast amount for f (Σ volume ·
 * rate), V_f the region's forecast volume; a work form without forecast volume has no rate to
 * value its difference at, which then counts as price. Any other line: all price.
 */
function regionLineEffect(members: readonly MemberLine[], t: number, ctx: SplitContext): LineEffect {
  const drivers = new Set(members.map((m) => driverOf(m.line)));
  // one driver of a model's line (no dissolution share or fee, whose driver is the engine's)
  const own = members[0]?.line.line.driver;
  if (drivers.size !== 1 || own === undefined || !drivers.has(own) || !lineKind(own).fields.workForms) return { volume: ZERO, rest: ZERO, basis: 'price_only' };
  const quantity = own as Quantity;
  const formsOf = (m: MemberLine) => m.line.line.workForms ?? ctx.workForms;
  const forms = ctx.workForms.filter((f) => members.some((m) => formsOf(m).includes(f)));
  let effect = ZERO;
  for (const workForm of forms) {
    const realisedVolume = ctx.realised.get(workForm)?.[quantity];
    if (realisedVolume === undefined) return { volume: ZERO, rest: ZERO, basis: 'no_realised_volume' };
    const forecastVolume = ctx.forecast.byWorkForm.get(workForm)?.[quantity][t] ?? ZERO;
    if (forecastVolume.isZero()) continue;
    const amount = members
      .filter((m) => formsOf(m).includes(workForm))
      .reduce((acc, m) => acc.plus((m.population.byWorkForm.get(workForm)?.[quantity][t] ?? ZERO).times(rateIn(m.line, rateOf(m.line.line, workForm), t, ctx))), ZERO);
    effect = effect.plus(realisedVolume.minus(forecastVolume).times(amount).div(forecastVolume));
  }
  return { volume: effect, rest: ZERO, basis: 'volume' };
}

import { settlementText, type Configuration } from '../model/configuration.js';
import type { Horizon } from '../model/region.js';
import type { Dec } from '../model/decimal.js';
import type { Projection } from './project.js';
import { indexDifferences, parameterDifferences, type SeriesDifference } from './series-differences.js';
import { resultFor, type Subject } from './subject.js';
import { horizonYears } from './year-vector.js';

export type { SeriesDifference, SeriesSide, YearDifference } from './series-differences.js';

/** A scenario-wide setting that differs between a and b. */
export type SettingDifference =
  | { readonly kind: 'horizon'; readonly a: Horizon; readonly b: Horizon }
  | { readonly kind: 'discount_rate'; readonly a: Dec; readonly b: Dec; readonly change: Dec }
  | { readonly kind: 'baseline'; readonly a: string; readonly b: string };

/** A configuration as one side defines it: its organisations (model, members and how they settle). */
export interface ConfigurationSide {
  readonly label: string;
  readonly organisations: readonly { readonly model: string; readonly members: readonly string[]; readonly settlement?: string; readonly supplier?: string }[];
}

/** A configuration that only one side has, or whose organisations differ. */
export interface ConfigurationDifference {
  readonly id: string;
  readonly a?: ConfigurationSide;
  readonly b?: ConfigurationSide;
}

/** The totals of one configuration on one side (§5). */
export interface ResultTotals {
  readonly cumulative: Dec;
  readonly npv: Dec;
  readonly deltaCumulative: Dec;
  readonly deltaNpv: Dec;
  readonly breakEvenYear: number | null;
}

/** b − a of the totals; the break-even year moves by `breakEvenYears` where both sides have one. */
export interface ResultChange {
  readonly cumulative: Dec;
  readonly npv: Dec;
  readonly deltaCumulative: Dec;
  readonly deltaNpv: Dec;
  readonly breakEvenYears: number | null;
}

/** One configuration's results on both sides and their difference (only when both sides have it). */
export interface ResultDifference {
  readonly configuration: string;
  readonly label: string;
  readonly a?: ResultTotals;
  readonly b?: ResultTotals;
  readonly change?: ResultChange;
}

/** How scenario b differs from scenario a, in its inputs and in its results, for one municipality or the region. */
export interface ScenarioComparison {
  /** A municipality, or the region: its totals. */
  readonly subject: Subject;
  /** Every year of either horizon, in order: the comparison's one timeline. */
  readonly years: readonly number[];
  readonly settings: readonly SettingDifference[];
  readonly indices: readonly SeriesDifference[];
  readonly parameters: readonly SeriesDifference[];
  readonly configurations: readonly ConfigurationDifference[];
  /** Every configuration of either side: a's in a's order, then b's own. */
  readonly results: readonly ResultDifference[];
  /** The configuration with the lowest NPV on each side. */
  readonly cheapest: { readonly a?: string; readonly b?: string };
}

/**
 * Compares two projections of the same municipality (or the same region): every input the
 * compared lines see that differs, and b − a of every configuration's results
 * (methodology §5; docs/methodology.md#scenario-comparison).
 */
export function compareProjections(a: Projection, b: Projection, subject: Subject): ScenarioComparison {
  const ha = a.region.horizon;
  const hb = b.region.horizon;
  const years = horizonYears({ start: Math.min(ha.start, hb.start), end: Math.max(ha.end, hb.end) });
  const results = resultDifferences(a, b, subject);
  return {
    subject,
    years,
    settings: settingDifferences(a, b),
    indices: indexDifferences(a, b, subject, years),
    parameters: parameterDifferences(a, b, subject, years),
    configurations: configurationDifferences(a.region.configurations, b.region.configurations),
    results,
    cheapest: { ...cheapestOf(results, 'a'), ...cheapestOf(results, 'b') },
  };
}

/** Whether a and b differ in any input the comparison looks at. */
export function hasInputDifferences(c: ScenarioComparison): boolean {
  return c.settings.length + c.indices.length + c.parameters.length + c.configurations.length > 0;
}

function settingDifferences(a: Projection, b: Projection): SettingDifference[] {
  const ra = a.region;
  const rb = b.region;
  const differences: SettingDifference[] = [];
  if (ra.horizon.start !== rb.horizon.start || ra.horizon.end !== rb.horizon.end) differences.push({ kind: 'horizon', a: ra.horizon, b: rb.horizon });
  if (!ra.discountRate.eq(rb.discountRate)) differences.push({ kind: 'discount_rate', a: ra.discountRate, b: rb.discountRate, change: rb.discountRate.minus(ra.discountRate) });
  if (ra.baseline !== rb.baseline) differences.push({ kind: 'baseline', a: ra.baseline, b: rb.baseline });
  return differences;
}

function configurationDifferences(a: readonly Configuration[], b: readonly Configuration[]): ConfigurationDifference[] {
  const ids = [...new Set([...a, ...b].map((c) => c.id))];
  return ids.flatMap((id) => {
    const sa = configurationSide(a.find((c) => c.id === id));
    const sb = configurationSide(b.find((c) => c.id === id));
    if (sa !== undefined && sb !== undefined && organisationKey(sa) === organisationKey(sb)) return [];
    return [{ id, ...(sa === undefined ? {} : { a: sa }), ...(sb === undefined ? {} : { b: sb }) }];
  });
}

function configurationSide(c: Configuration | undefined): ConfigurationSide | undefined {
  return c && {
    label: c.label,
    organisations: c.organisations.map((o) => ({ model: o.model, members: o.members, ...(o.settlement === undefined ? {} : { settlement: settlementText(o.settlement) }), ...(o.supplier === undefined ? {} : { supplier: supplierText(c, o.supplier) }) })),
  };
}

/** The organisations as one text, independent of the order in which the file lists them. */
function organisationKey(side: ConfigurationSide): string {
  return side.organisations.map((o) => `${o.model}:${o.members.join(',')}:${o.settlement ?? ''}:${o.supplier ?? ''}`).sort().join('\n');
}

/** Who supplies an organisation, by what it is rather than by its id (an id alone may be renamed): `samen (noord, oost)` (docs/methodology.md#fees). */
function supplierText(c: Configuration, supplier: string): string {
  const o = c.organisations.find((x) => x.id === supplier);
  return o === undefined ? supplier : `${o.model} (${o.members.join(', ')})`;
}

function resultDifferences(a: Projection, b: Projection, subject: Subject): ResultDifference[] {
  const ids = [...new Set([...a.region.configurations, ...b.region.configurations].map((c) => c.id))];
  return ids.map((id) => {
    const ta = totalsOf(a, id, subject);
    const tb = totalsOf(b, id, subject);
    const label = (b.region.configurations.find((c) => c.id === id) ?? a.region.configurations.find((c) => c.id === id))?.label ?? id;
    return {
      configuration: id,
      label,
      ...(ta === undefined ? {} : { a: ta }),
      ...(tb === undefined ? {} : { b: tb }),
      ...(ta === undefined || tb === undefined ? {} : { change: changeOf(ta, tb) }),
    };
  });
}

function totalsOf(p: Projection, configuration: string, subject: Subject): ResultTotals | undefined {
  const r = resultFor(p, configuration, subject);
  return r && { cumulative: r.cumulative, npv: r.npv, deltaCumulative: r.deltaCumulative, deltaNpv: r.deltaNpv, breakEvenYear: r.breakEvenYear };
}

function changeOf(a: ResultTotals, b: ResultTotals): ResultChange {
  return {
    cumulative: b.cumulative.minus(a.cumulative),
    npv: b.npv.minus(a.npv),
    deltaCumulative: b.deltaCumulative.minus(a.deltaCumulative),
    deltaNpv: b.deltaNpv.minus(a.deltaNpv),
    breakEvenYears: a.breakEvenYear === null || b.breakEvenYear === null ? null : b.breakEvenYear - a.breakEvenYear,
  };
}

/** The lowest NPV on one side; the first listed wins a tie, as in the run summary. */
function cheapestOf(results: readonly ResultDifference[], side: 'a' | 'b'): { a?: string } | { b?: string } {
  let best: { id: string; npv: Dec } | undefined;
  for (const r of results) {
    const totals = r[side];
    if (totals !== undefined && (best === undefined || totals.npv.lt(best.npv))) best = { id: r.configuration, npv: totals.npv };
  }
  return best === undefined ? {} : { [side]: best.id };
}

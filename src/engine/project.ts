import { InternalError, issuesError, type Issue } from '../errors.js';
import type { Configuration } from '../model/configuration.js';
import type { Region } from '../model/region.js';
import type { Scenario } from '../model/scenario.js';
import type { Dec } from '../model/decimal.js';
import { dissolutionLines } from './dissolution.js';
import { buyerMembers, feeRevenueLines, feesPaid } from './fees.js';
import { computeOrganisationLines } from './organisation-lines.js';
import { createLineRowsMemo, type LineRowsMemo } from './line-rows-memo.js';
import { settleOrganisation } from './settlement.js';
import type { LineResult } from './line-result.js';
import { lineMagnitudeIssues, parameterMagnitudeIssues } from './magnitude.js';
import { excludedWarning } from './messages.js';
import { createParameterBook, type UsedParameter } from './parameter-book.js';
import { projectPopulation, type Population } from './population.js';
import { regionSurvival } from './survival.js';
import { deltaResult, discountFactors, fromNet, netResult, settlementResult, type DeltaResult, type NetResult } from './results.js';
import { unusedAmountWarnings } from './unused-amounts.js';
import { addVectors, horizonYears, type YearVector } from './year-vector.js';

/** One municipality under one configuration: its organisation, its lines and results (§4, §5). */
export interface MunicipalityResult extends NetResult, DeltaResult {
  readonly municipality: string;
  readonly configuration: string;
  readonly model: string;
  /** The members of its organisation, in the region's order. */
  readonly organisationMembers: readonly string[];
  /** The members of the organisations its organisation supplies, in the region's order; empty if it supplies none (docs/methodology.md#fees). */
  readonly organisationBuyers: readonly string[];
  /** F(m,t): the fees it pays its organisation's supplier (own amounts of its fee lines); zero without supplier. */
  readonly feesPaid: YearVector;
  /** Σ of its fee revenue lines: its share of the fees its organisation's buyers pay; zero if it supplies none. */
  readonly feeRevenue: YearVector;
  readonly lines: readonly LineResult[];
  /** key(m,t) by which its organisation settles its pooled lines; undefined if it does not settle (docs/methodology.md#settlement). */
  readonly settlementKey?: YearVector;
  /** The net cost of the municipality's own lines, before settlement; `net` is what it bears (docs/methodology.md#settlement). */
  readonly ownNet: YearVector;
  /** net − ownNet: what it pays for others (positive) or others pay for it (negative); zero without settlement. */
  readonly verevening: YearVector;
  /** N(t) / SE(m,t) where SE(m,t) > 0. */
  readonly netPerSe: YearVector<Dec | null>;
}

/** The region's sums under one configuration (§5: regional results are sums over members). */
export type RegionalResult = NetResult & DeltaResult & { readonly configuration: string };

/** Everything the engine computed for a region: what every report renders, and never recomputes. */
export interface Projection {
  /** What the projection was made from: region, municipalities, input files. */
  readonly scenario: Scenario;
  readonly region: Region;
  readonly years: readonly number[];
  readonly discountFactors: YearVector;
  readonly populations: ReadonlyMap<string, Population>;
  /** Configuration id → municipality id → result, both in input order. */
  readonly results: ReadonlyMap<string, ReadonlyMap<string, MunicipalityResult>>;
  readonly regional: ReadonlyMap<string, RegionalResult>;
  /** Scope (`region` or a municipality id) → the parameters its lines used, resolved. */
  readonly parameters: ReadonlyMap<string, ReadonlyMap<string, UsedParameter>>;
  readonly warnings: readonly Issue[];
}

/**
 * What a caller that projects many variants of one scenario may hand back: the populations of
 * an earlier projection of a scenario with the same people, population settings and horizon
 * (only parameters changed, as calibrate's factors do), which are then not projected again.
 */
export interface ProjectReuse {
  readonly populations: ReadonlyMap<string, Population>;
}

/** Projects every municipality of the scenario under every configuration (methodology §3–§5). */
export function project(scenario: Scenario, reuse?: ProjectReuse): Projection {
  const { region, municipalities } = scenario;
  const years = horizonYears(region.horizon);
  const factors = discountFactors(region.discountRate, years.length);
  const survival = regionSurvival(region);
  const populations = reuse?.populations ?? new Map(municipalities.map((m) => [m.id, projectPopulation(m.employees, region, m.inflow, survival)]));
  const inhabitants = new Map(municipalities.map((m) => [m.id, m.inhabitants]));
  const book = createParameterBook(region, municipalities);
  const dissolution = dissolutionLines(region, { populations, inhabitants });
  const names = new Map(municipalities.map((m) => [m.id, m.name]));
  const organisationLines = new Map<string, Map<string, LineResult[]>>();
  const memo = createLineRowsMemo();
  const lineResults = new Map(
    region.configurations.map((c) => [c.id, withDissolution(configurationLines(region, c, { populations, inhabitants, names, organisationLines, memo }, book, years.length), dissolution.get(c.id))]),
  );
  if (book.issues.length > 0) throw issuesError(book.issues);
  // a parameter that grows too large makes its lines too large: name the cause only
  const tooLarge = parameterMagnitudeIssues(book.used, region.indices, region.horizon.start);
  const context = { used: book.used, indices: region.indices, start: region.horizon.start };
  if (tooLarge.length === 0) tooLarge.push(...lineMagnitudeIssues([...lineResults.values()].flatMap((byM) => [...byM.values()]), context));
  if (tooLarge.length > 0) throw issuesError(tooLarge);

  const nets = new Map([...lineResults].map(([c, byM]) => [c, new Map([...byM].map(([m, r]) => [m, netResult(r.lines, factors)]))]));
  const baselineNets = nets.get(region.baseline);
  if (baselineNets === undefined) throw new InternalError(`baseline ${region.baseline} is not a configuration`);
  const results = new Map(
    [...lineResults].map(([c, byM]) => [
      c,
      new Map(
        [...byM].map(([m, r]): [string, MunicipalityResult] => {
          const net = nets.get(c)?.get(m) ?? netResult([], factors);
          const baseline = baselineNets.get(m)?.net ?? net.net;
          const se = populations.get(m)?.se ?? [];
          return [m, {
            municipality: m,
            configuration: c,
            model: r.model,
            organisationMembers: r.members,
            organisationBuyers: r.buyers,
            ...feeFlows(r, years.length),
            lines: r.lines,
            ...(r.settlementKey === undefined ? {} : { settlementKey: r.settlementKey }),
            ...net,
            ...settlementResult(r.lines, net.net),
            ...deltaResult(net.net, baseline, factors, years, c === region.baseline),
            netPerSe: net.net.map((x, t) => (se[t]?.gt(0) ? x.div(se[t]) : null)),
          }];
        }),
      ),
    ]),
  );
  return {
    scenario,
    region,
    years,
    discountFactors: factors,
    populations,
    results,
    regional: regionalResults(region, results, factors, years),
    parameters: book.used,
    warnings: projectionWarnings(scenario, (m) => populations.get(m)?.excludedCount ?? 0),
  };
}

/**
 * The warnings of a projection: loading's, amounts no year uses, and people left out because
 * they reach the AOW age before the horizon starts (`excluded`: how many, per municipality id).
 */
export function projectionWarnings(scenario: Scenario, excluded: (municipality: string) => number): Issue[] {
  return [...scenario.warnings, ...unusedAmountWarnings(scenario.region, scenario.municipalities), ...exclusionWarnings(scenario, excluded)];
}

interface MemberLines {
  readonly model: string;
  readonly members: readonly string[];
  readonly buyers: readonly string[];
  /** Whether its organisation has a supplier, to which its fee lines are paid. */
  readonly supplied: boolean;
  readonly lines: readonly LineResult[];
  readonly settlementKey?: YearVector;
}

/** What every organisation's lines read of the municipalities: population, inhabitants, and their names for the fee lines' labels. */
interface RegionBasis {
  readonly populations: ReadonlyMap<string, Population>;
  readonly inhabitants: ReadonlyMap<string, Dec | undefined>;
  readonly names: ReadonlyMap<string, string>;
  /**
   * The lines of the organisations computed so far, by {@link organisationKey}: an
   * organisation of the same model, members and buyers in another configuration has the
   * very same lines (before its settlement), which are not computed again.
   */
  readonly organisationLines: Map<string, Map<string, LineResult[]>>;
  /** The rows of the lines computed so far, which the same line of another model reads back. */
  readonly memo: LineRowsMemo;
}

/** What an organisation's lines are computed from besides the region: its model, its members and its buyers' members. */
export function organisationKey(model: string, members: readonly string[], buyers: readonly string[]): string {
  return JSON.stringify([model, members, buyers]);
}

/**
 * Every line of every municipality under one configuration: each organisation's lines (a
 * supplier's `fixed` lines read its buyers' SE, which depends on no line), then its
 * settlement, then the suppliers' fee revenue from the buyers' own amounts of their fee lines
 * (docs/methodology.md#fees).
 */
function configurationLines(region: Region, configuration: Configuration, basisOf: RegionBasis, book: ReturnType<typeof createParameterBook>, years: number): Map<string, MemberLines> {
  const { populations, inhabitants } = basisOf;
  const byMember = new Map<string, MemberLines>();
  for (const organisation of configuration.organisations) {
    const model = region.models.get(organisation.model);
    if (model === undefined) throw new InternalError(`model ${organisation.model} is not defined`);
    const buyers = buyerMembers(region, configuration, organisation);
    const basis = { members: organisation.members, buyers, volumes: populations, inhabitants, years };
    const key = organisationKey(model.id, organisation.members, buyers);
    const lines = basisOf.organisationLines.get(key) ?? computeOrganisationLines({ region, organisation, model, basis, book, memo: basisOf.memo });
    basisOf.organisationLines.set(key, lines);
    const settled = settleOrganisation(organisation, lines, basis, region.horizon.start);
    for (const [member, lines] of settled.lines) {
      const key = settled.keys?.get(member);
      byMember.set(member, { model: model.id, members: organisation.members, buyers, supplied: organisation.supplier !== undefined, lines, ...(key === undefined ? {} : { settlementKey: key }) });
    }
  }
  const revenue = feeRevenueLines(region, configuration, new Map([...byMember].map(([m, r]) => [m, r.lines])), { volumes: populations, inhabitants, years }, basisOf.names);
  for (const [m, lines] of revenue) {
    const r = byMember.get(m);
    if (r === undefined) throw new InternalError(`supplier member ${m} has no lines`);
    byMember.set(m, { ...r, lines: [...r.lines, ...lines] });
  }
  // in the region's municipality order, whatever the order of the organisations
  return new Map(region.municipalityIds.flatMap((m) => { const r = byMember.get(m); return r ? [[m, r] as const] : []; }));
}

/** A configuration's lines with each municipality's dissolution shares after its model's lines. */
function withDissolution(byMember: Map<string, MemberLines>, shares: ReadonlyMap<string, readonly LineResult[]> | undefined): Map<string, MemberLines> {
  if (shares === undefined) return byMember;
  return new Map([...byMember].map(([m, r]) => [m, { ...r, lines: [...r.lines, ...(shares.get(m) ?? [])] }]));
}

/** A municipality's fee flows: what it pays its supplier, and its share of its organisation's fee revenue. */
function feeFlows(r: MemberLines, years: number): { feesPaid: YearVector; feeRevenue: YearVector } {
  const revenue = addVectors(years, r.lines.filter((lr) => lr.fee !== undefined).map((lr) => lr.amounts));
  return { feesPaid: r.supplied ? feesPaid(r.lines, years) : addVectors(years, []), feeRevenue: revenue };
}

function regionalResults(
  region: Region,
  results: ReadonlyMap<string, ReadonlyMap<string, MunicipalityResult>>,
  factors: YearVector,
  years: readonly number[],
): Map<string, RegionalResult> {
  const n = years.length;
  const totals = new Map(
    [...results].map(([c, byM]) => {
      const rs = [...byM.values()];
      const net = addVectors(n, rs.map((r) => r.net));
      return [c, fromNet(net, factors, addVectors(n, rs.map((r) => r.costs)), addVectors(n, rs.map((r) => r.revenues)))] as const;
    }),
  );
  const baseline = totals.get(region.baseline)?.net ?? [];
  return new Map(
    [...totals].map(([c, total]) => [c, { configuration: c, ...total, ...deltaResult(total.net, baseline, factors, years, c === region.baseline) }]),
  );
}

function exclusionWarnings(scenario: Scenario, excluded: (municipality: string) => number): Issue[] {
  return scenario.municipalities.flatMap((m) => {
    const count = excluded(m.id);
    return count > 0 ? [excludedWarning({ file: m.employeesFile }, count, scenario.region.horizon.start)] : [];
  });
}

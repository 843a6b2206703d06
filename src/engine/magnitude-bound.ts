import type { Issue } from '../errors.js';
import type { Configuration, Organisation, SettlementKey } from '../model/configuration.js';
import { ZERO } from '../model/decimal.js';
import { dissolutionConfigurations, itemApplies } from '../model/dissolution.js';
import { keyQuantity } from '../model/line.js';
import type { Scenario } from '../model/scenario.js';
import { exactly, magnitude, sumOf, type Bound } from './bound-interval.js';
import { dissolutionLineId } from './dissolution.js';
import { buyerMembers, feeLineId } from './fees.js';
import { MAX_FIGURE, parameterMagnitudeIssues } from './magnitude.js';
import { noBounds, organisationBounds, shareBound, type BoundBasis, type LineBound } from './organisation-bounds.js';
import { createParameterBook, type ParameterBook } from './parameter-book.js';
import { populationBound, type PopulationBound } from './population-bound.js';
import { organisationKey, projectionWarnings } from './project.js';
import { horizonYears } from './year-vector.js';

/**
 * A bound must stay this far below the figure limit: far more than the engine's rounding to
 * 40 significant digits and the exact shares' 10⁻²⁴ euro can add to a figure it holds.
 */
const LIMIT = MAX_FIGURE.toNumber() * (1 - 1e-9);

/**
 * Bounds on every line amount a projection gives: configuration id → municipality id → line
 * id (as in the result: model lines, `fee.<buyer>`, `dissolution.<item>`) → an interval per
 * year that holds its amount, or none where no bound within the figure limit was found.
 */
export type LineAmountBounds = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, readonly Bound[]>>>;

/** What the bounds were found from, besides the lines' bounds: the population bounds and the parameters the lines may read. */
export interface FigureBounds {
  readonly lines: LineAmountBounds;
  readonly populations: ReadonlyMap<string, PopulationBound>;
  readonly book: ParameterBook;
}

/**
 * Bounds on every figure of a projection, found without projecting the population
 * (docs/methodology.md#figure-bound); undefined where an outflow rate lies outside [0, 1).
 */
export function figureBounds(scenario: Scenario): FigureBounds | undefined {
  const { region, municipalities } = scenario;
  const populations = new Map<string, PopulationBound>();
  for (const m of municipalities) {
    const bound = populationBound(m, region);
    if (bound === undefined) return undefined;
    populations.set(m.id, bound);
  }
  const years = region.horizon.end - region.horizon.start + 1;
  const inhabitants = new Map(municipalities.map((m) => [m.id, exactly(m.inhabitants ?? ZERO)]));
  const basis: BoundBasis = { region, populations, inhabitants, book: createParameterBook(region, municipalities), years, rates: new Map() };
  const organisations = new Map<string, Map<string, LineBound[]>>();
  const dissolution = dissolutionBounds(basis);
  const lines = new Map(region.configurations.map((c) => {
    const byMember = configurationBounds(basis, c, organisations);
    for (const [m, shares] of dissolution.get(c.id) ?? []) byMember.get(m)?.push(...shares);
    return [c.id, new Map([...byMember].map(([m, ls]) => [m, new Map(ls.map((l) => [l.id, l.amounts]))]))];
  }));
  return { lines, populations, book: basis.book };
}

/**
 * The warnings `project(scenario)` gives, found without projecting the population, when it is
 * sure that the projection raises no issue: every parameter a line may read has its values
 * (docs/methodology.md#missing-values), no elasticity lies outside 0–1, and every figure of
 * every line stays within the figure limit by a bound (docs/methodology.md#figure-bound).
 * Undefined where that is not sure: then only the projection itself can tell.
 */
export function warningsWithoutProjection(scenario: Scenario): Issue[] | undefined {
  const { region } = scenario;
  // load checks the baseline; without it the projection stops
  if (!region.configurations.some((c) => c.id === region.baseline)) return undefined;
  const bounds = figureBounds(scenario);
  if (bounds === undefined || bounds.book.issues.length > 0) return undefined;
  const lines = [...bounds.lines.values()].flatMap((byMember) => [...byMember.values()].flatMap((byLine) => [...byLine.values()]));
  if (!lines.every(bounded)) return undefined;
  if (parameterMagnitudeIssues(bounds.book.used, region.indices, region.horizon.start).length > 0) return undefined;
  return projectionWarnings(scenario, (m) => bounds.populations.get(m)?.excludedCount ?? 0);
}

/** Whether every amount is bounded within the limit. */
function bounded(amounts: readonly Bound[]): boolean {
  return amounts.every((x) => x !== undefined && magnitude(x) <= LIMIT);
}

/** A line of a municipality's result, bounded: its id as in the result, its amounts as the member bears them. */
interface ResultLineBound {
  readonly id: string;
  readonly amounts: readonly Bound[];
}

/**
 * Every line of every municipality under a configuration, bounded: each organisation's lines
 * (the same organisation in another configuration is bounded once, as project.ts computes it
 * once), settled, then the suppliers' fee revenue lines.
 */
function configurationBounds(basis: BoundBasis, configuration: Configuration, organisations: Map<string, Map<string, LineBound[]>>): Map<string, ResultLineBound[]> {
  const byMember = new Map<string, LineBound[]>();
  for (const organisation of configuration.organisations) {
    const model = basis.region.models.get(organisation.model);
    // load checks every model name: without it the engine stops, and so does the bound
    const buyers = buyerMembers(basis.region, configuration, organisation);
    const key = organisationKey(organisation.model, organisation.members, buyers);
    const lines = organisations.get(key) ?? (model === undefined ? unbounded(organisation.members, basis.years) : organisationBounds(basis, organisation, model, buyers));
    organisations.set(key, lines);
    for (const [member, settled] of settle(basis, organisation, lines)) byMember.set(member, settled);
  }
  const result = new Map([...byMember].map(([m, ls]) => [m, ls.map((l): ResultLineBound => ({ id: l.id, amounts: l.amounts }))]));
  for (const [supplier, lines] of feeRevenueBounds(basis, configuration, byMember)) result.get(supplier)?.push(...lines);
  return result;
}

/** An organisation whose lines have no bound: one line without amounts per member. */
function unbounded(members: readonly string[], years: number): Map<string, LineBound[]> {
  return new Map(members.map((m) => [m, [{ id: '', fee: false, own: noBounds(years), amounts: noBounds(years) }]]));
}

/**
 * Σ_m |key(m,t)| of a settlement or fee key, at most: the fixed shares' sizes; 1 for a share
 * of the members' volume or inhabitants, none of which may be negative, or an equal share.
 * None where a weight may be negative or the reference year lies outside the horizon.
 */
function keySize(basis: BoundBasis, key: SettlementKey, members: readonly string[]): number | undefined {
  if (key.kind === 'fixed') return sumOf([...key.shares.values()].map((s) => exactly(s.abs())))?.hi;
  const { start, end } = basis.region.horizon;
  // outside the horizon the engine has no key to freeze: only the projection can say what happens
  if (key.referenceYear !== undefined && (key.referenceYear < start || key.referenceYear > end)) return undefined;
  const by = key.by;
  if (by === 'equal') return 1;
  const weights = members.flatMap((m): readonly Bound[] => (by === 'inhabitants' ? [basis.inhabitants.get(m)] : basis.populations.get(m)?.[keyQuantity(by)] ?? [undefined]));
  return weights.every((w) => w !== undefined && w.lo >= 0) ? 1 : undefined;
}

/** The organisation's lines as its members bear them: each pooled line's pool split by the settlement key (settlement.ts). */
function settle(basis: BoundBasis, organisation: Organisation, lines: ReadonlyMap<string, LineBound[]>): Map<string, LineBound[]> {
  const { settlement, members } = organisation;
  if (settlement === undefined) return new Map(lines);
  const keys = keySize(basis, settlement.key, members);
  const pooled = (lb: LineBound) => settlement.pooled === 'all' || settlement.pooled.includes(lb.id);
  const pools = new Map((lines.get(members[0] ?? '') ?? []).filter(pooled).map((lb) => [lb.id, Array.from({ length: basis.years }, (_, t) => sumOf(members.map((m) => lines.get(m)?.find((l) => l.id === lb.id)?.own[t])))]));
  return new Map(members.map((m) => [m, (lines.get(m) ?? []).map((lb) => {
    const pool = pools.get(lb.id);
    return pool === undefined ? lb : { ...lb, amounts: pool.map((x) => shareBound(x, keys)) };
  })]));
}

/** Each supplier member's share of each buyer's fees (fees.ts), as its fee revenue lines: supplier member → lines. */
function feeRevenueBounds(basis: BoundBasis, configuration: Configuration, byMember: ReadonlyMap<string, LineBound[]>): Map<string, ResultLineBound[]> {
  const revenue = new Map<string, ResultLineBound[]>();
  for (const buyer of configuration.organisations.filter((o) => o.supplier !== undefined)) {
    const supplier = configuration.organisations.find((o) => o.id === buyer.supplier);
    const key: SettlementKey | undefined = supplier === undefined ? undefined : supplier.settlement?.key ?? { kind: 'by', by: 'se_share', lag: 0, at: supplier.at };
    const members = supplier?.members ?? [];
    const keys = key === undefined ? undefined : keySize(basis, key, members);
    for (const b of buyer.members) {
      const fees = (byMember.get(b) ?? []).filter((lb) => lb.fee);
      const amounts = Array.from({ length: basis.years }, (_, t) => shareBound(sumOf(fees.map((lb) => lb.own[t])), keys));
      for (const s of members) revenue.set(s, [...(revenue.get(s) ?? []), { id: feeLineId(b), amounts }]);
    }
  }
  return revenue;
}

/** Each municipality's share of each dissolution item, as its lines, in the configurations it arises in (dissolution.ts): configuration → municipality → lines. */
function dissolutionBounds(basis: BoundBasis): Map<string, Map<string, ResultLineBound[]>> {
  const byConfiguration = new Map<string, Map<string, ResultLineBound[]>>();
  const { region } = basis;
  const d = region.dissolution;
  if (d === undefined) return byConfiguration;
  const key: SettlementKey = d.key.kind === 'fixed' ? d.key : { ...d.key, lag: 0 };
  const keys = keySize(basis, key, region.municipalityIds);
  const years = horizonYears(region.horizon);
  const configurations = dissolutionConfigurations(d, region.configurations.map((c) => c.id), region.baseline);
  for (const item of d.items) {
    const amounts = years.map((y) => shareBound(exactly(item.amounts.get(y) ?? ZERO), keys));
    for (const c of configurations.filter((id) => itemApplies(item, id, configurations))) {
      const byM = byConfiguration.get(c) ?? byConfiguration.set(c, new Map()).get(c) ?? new Map<string, ResultLineBound[]>();
      for (const m of region.municipalityIds) byM.set(m, [...(byM.get(m) ?? []), { id: dissolutionLineId(item.id), amounts }]);
    }
  }
  return byConfiguration;
}


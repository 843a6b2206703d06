import type { Issue } from '../errors.js';
import type { Configuration, Organisation, SettlementKey } from '../model/configuration.js';
import { Dec, ZERO } from '../model/decimal.js';
import { assertNever } from '../errors.js';
import { AMOUNT_ROW, dependsOnMember, type Calculator, formulaInputs, inputKey, interpret, inRange, yearIndex, type FormulaEnv, type FormulaRow, type Input } from '../model/formula.js';
import { lineKind } from '../model/line-kinds/index.js';
import { orderForCalculation } from '../model/line-order.js';
import { keyQuantity, type ExecutionModel, type Line } from '../model/line.js';
import type { Region } from '../model/region.js';
import type { Scenario } from '../model/scenario.js';
import { boundCalculator, exactly, magnitude, sumOf, upTo, ZERO_BOUND, type Bound } from './bound-interval.js';
import { buyerMembers } from './fees.js';
import { isRateInput, rateOfInput } from './line-result.js';
import { MAX_FIGURE, parameterMagnitudeIssues } from './magnitude.js';
import { createParameterBook, type ParameterBook } from './parameter-book.js';
import { populationBound, type PopulationBound } from './population-bound.js';
import { organisationKey, projectionWarnings } from './project.js';
import { REGION, municipalitySubject } from './subject.js';
import { horizonYears } from './year-vector.js';

/**
 * A bound must stay this far below the figure limit: far more than the engine's rounding to
 * 40 significant digits and the exact shares' 10⁻²⁴ euro can add to a figure it holds.
 */
const LIMIT = MAX_FIGURE.toNumber() * (1 - 1e-9);

/** What every organisation's line bounds read: the region, the population bounds, the inhabitants, and the parameter book. */
interface BoundBasis {
  readonly region: Region;
  readonly populations: ReadonlyMap<string, PopulationBound>;
  readonly inhabitants: ReadonlyMap<string, Bound>;
  readonly book: ParameterBook;
  readonly years: number;
  /** Each parameter value's interval, by the value: the members and configurations read the same series again and again. */
  readonly rates: Map<Dec, Bound>;
}

/** A line's amounts as bounds, per year: before settlement (`own`), and as the member bears them. */
interface LineBound {
  readonly line: Line;
  readonly own: readonly Bound[];
  readonly amounts: readonly Bound[];
}

/**
 * The warnings `project(scenario)` gives, found without projecting the population, when it is
 * sure that the projection raises no issue: every parameter a line may read has its values
 * (docs/methodology.md#missing-values), no elasticity lies outside 0–1, and every figure of
 * every line stays within the figure limit by a bound (docs/methodology.md#figure-bound).
 * Undefined where that is not sure: then only the projection itself can tell.
 */
export function warningsWithoutProjection(scenario: Scenario): Issue[] | undefined {
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
  const within = region.configurations.every((c) => configurationWithin(basis, c, organisations)) && dissolutionWithin(basis);
  if (!within || basis.book.issues.length > 0) return undefined;
  if (parameterMagnitudeIssues(basis.book.used, region.indices, region.horizon.start).length > 0) return undefined;
  return projectionWarnings(scenario, (m) => populations.get(m)?.excludedCount ?? 0);
}

/** Whether every amount is bounded within the limit. */
function bounded(amounts: readonly Bound[]): boolean {
  return amounts.every((x) => x !== undefined && magnitude(x) <= LIMIT);
}

/**
 * Whether every line of a configuration stays within the limit: each organisation's lines
 * (the same organisation in another configuration is bounded once, as project.ts computes it
 * once), settled, and the suppliers' fee revenue lines.
 */
function configurationWithin(basis: BoundBasis, configuration: Configuration, organisations: Map<string, Map<string, LineBound[]>>): boolean {
  const byMember = new Map<string, LineBound[]>();
  for (const organisation of configuration.organisations) {
    const model = basis.region.models.get(organisation.model);
    if (model === undefined) return false;
    const buyers = buyerMembers(basis.region, configuration, organisation);
    const key = organisationKey(model.id, organisation.members, buyers);
    const lines = organisations.get(key) ?? organisationBounds(basis, organisation, model, buyers);
    organisations.set(key, lines);
    for (const [member, settled] of settle(basis, organisation, lines)) byMember.set(member, settled);
  }
  const revenue = feeRevenueBounds(basis, configuration, byMember);
  return revenue !== undefined && revenue.every(bounded) && [...byMember.values()].every((lines) => lines.every((l) => bounded(l.amounts)));
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

/** |share| ≤ |total| · (1 + Σ|key|): a share of a total split exactly by keys, the largest taking the remainder (allocation.ts). */
function shareBound(total: Bound, keySum: number | undefined): Bound {
  if (total === undefined || keySum === undefined) return undefined;
  // the shares are kept to 10⁻²⁴ euro: a remainder may differ from total · key by a few of those
  return upTo(magnitude(total) * (1 + keySum) + 1e-20);
}

/** The organisation's lines as its members bear them: each pooled line's pool split by the settlement key (settlement.ts). */
function settle(basis: BoundBasis, organisation: Organisation, lines: ReadonlyMap<string, LineBound[]>): Map<string, LineBound[]> {
  const { settlement, members } = organisation;
  if (settlement === undefined) return new Map(lines);
  const keys = keySize(basis, settlement.key, members);
  const pooled = (lb: LineBound) => settlement.pooled === 'all' || settlement.pooled.includes(lb.line.id);
  const pools = new Map((lines.get(members[0] ?? '') ?? []).filter(pooled).map((lb) => [lb.line.id, Array.from({ length: basis.years }, (_, t) => sumOf(members.map((m) => lines.get(m)?.find((l) => l.line.id === lb.line.id)?.own[t])))]));
  return new Map(members.map((m) => [m, (lines.get(m) ?? []).map((lb) => {
    const pool = pools.get(lb.line.id);
    return pool === undefined ? lb : { ...lb, amounts: pool.map((x) => shareBound(x, keys)) };
  })]));
}

/** Each supplier member's share of each buyer's fees (fees.ts): one amount vector per fee revenue line; undefined where a key has no bound. */
function feeRevenueBounds(basis: BoundBasis, configuration: Configuration, byMember: ReadonlyMap<string, LineBound[]>): Bound[][] | undefined {
  const revenue: Bound[][] = [];
  for (const buyer of configuration.organisations.filter((o) => o.supplier !== undefined)) {
    const supplier = configuration.organisations.find((o) => o.id === buyer.supplier);
    if (supplier === undefined) return undefined;
    const key: SettlementKey = supplier.settlement?.key ?? { kind: 'by', by: 'se_share', lag: 0, at: supplier.at };
    const keys = keySize(basis, key, supplier.members);
    for (const b of buyer.members) {
      const fees = (byMember.get(b) ?? []).filter((lb) => lb.line.fee === true);
      const paid = Array.from({ length: basis.years }, (_, t) => sumOf(fees.map((lb) => lb.own[t])));
      for (let i = 0; i < supplier.members.length; i++) revenue.push(paid.map((x) => shareBound(x, keys)));
    }
  }
  return revenue;
}

/** Whether every municipality's share of every dissolution item stays within the limit (dissolution.ts). */
function dissolutionWithin(basis: BoundBasis): boolean {
  const d = basis.region.dissolution;
  if (d === undefined) return true;
  const key: SettlementKey = d.key.kind === 'fixed' ? d.key : { ...d.key, lag: 0 };
  const keys = keySize(basis, key, basis.region.municipalityIds);
  const years = horizonYears(basis.region.horizon);
  return d.items.every((item) => bounded(years.map((y) => shareBound(exactly(item.amounts.get(y) ?? ZERO), keys))));
}

type Rows = Map<string, Bound[]>;

/** Every line of an organisation's model for each member, bounded, in the model's line order (as organisation-lines.ts computes them). */
function organisationBounds(basis: BoundBasis, organisation: Organisation, model: ExecutionModel, buyers: readonly string[]): Map<string, LineBound[]> {
  const byMember = new Map(organisation.members.map((m) => [m, new Map<string, LineBound>()]));
  const context = { basis, organisation, model, buyers };
  for (const line of orderForCalculation(model.lines)) {
    for (const [member, bound] of lineBounds(context, line, byMember)) byMember.get(member)?.set(line.id, bound);
  }
  return new Map([...byMember].map(([m, lines]) => [m, model.lines.flatMap((l) => lines.get(l.id) ?? [])]));
}

interface OrganisationContext {
  readonly basis: BoundBasis;
  readonly organisation: Organisation;
  readonly model: ExecutionModel;
  readonly buyers: readonly string[];
}

/** One line for every member: its formula's rows interpreted on bounds, each year in order; a `share` row as {@link shareBound}. */
function lineBounds(context: OrganisationContext, line: Line, earlier: ReadonlyMap<string, ReadonlyMap<string, LineBound>>): Map<string, LineBound> {
  const { basis, organisation } = context;
  const { members } = organisation;
  const formula = lineKind(line.driver).formula(line, { members, workForms: basis.region.workForms.map((f) => f.id), supplies: context.buyers.length > 0 });
  const active = horizonYears(basis.region.horizon).map((year) => inRange(line.years, year));
  const calc = boundCalculator(basis.region.horizon.start);
  const organisationFigures = new Map<string, Bound[]>();
  const states = members.map((member): MemberState => ({ member, shared: formula.shared, active, rows: new Map(), earlier: earlier.get(member), organisationFigures, formula: formula.rows }));
  const envs = states.map((state) => boundEnv(context, line, state));
  // the rates of every row, also of a branch the figures may never take: all that the engine may ask of the book
  for (const input of formulaInputs(formula)) if (isRateInput(input)) for (const env of envs) env.input(input, 0, 'same');
  const perMember = dependsOnMember(formula);
  for (const row of formula.rows) {
    if (row.expr.op === 'share') {
      shareRow(row, states.map((s) => s.rows));
      continue;
    }
    // a shared line's rows that read no member's own figures are the organisation's: bounded once
    const once = formula.shared && !perMember.has(row.name);
    states.forEach((state, i) => {
      const first = states[0];
      if (once && i > 0 && first !== undefined) state.rows.set(row.name, first.rows.get(row.name) ?? [undefined]);
      else evaluateRow(row, state.rows, envs[i], { calc, years: basis.years });
    });
  }
  return new Map(states.map((state): [string, LineBound] => {
    const amounts = state.rows.get(AMOUNT_ROW) ?? [undefined];
    return [state.member, { line, own: amounts, amounts }];
  }));
}

/** A row's bounds, year by year: kept in `rows` from the start, as a row may read its own previous year. */
function evaluateRow(row: FormulaRow, rows: Rows, env: FormulaEnv<Bound> | undefined, how: { calc: Calculator<Bound>; years: number }): void {
  const values: Bound[] = [];
  rows.set(row.name, values);
  for (let t = 0; t < how.years; t++) values.push(env === undefined ? undefined : interpret(row.expr, how.calc, env, t));
}

/** A `share` row: every member's share of the organisation total, by its key row (allocation.ts). */
function shareRow(row: FormulaRow, rows: readonly Rows[]): void {
  if (row.expr.op !== 'share' || row.expr.total.op !== 'row' || row.expr.key.op !== 'row') {
    for (const r of rows) r.set(row.name, [undefined]);
    return;
  }
  const { total, key } = { total: row.expr.total.row, key: row.expr.key.row };
  const totals = rows[0]?.get(total) ?? [undefined];
  const keySum = (t: number) => sumOf(rows.map((r) => { const k = at(r.get(key), t); return k === undefined ? undefined : { lo: 0, hi: magnitude(k) }; }))?.hi;
  const shares = totals.map((x, t) => shareBound(x, keySum(t)));
  for (const r of rows) r.set(row.name, shares);
}

/** A vector's bound in year index i, as the engine reads a vector: 0 outside it (the year before the first, a line not computed). */
function at(vector: readonly Bound[] | undefined, i: number): Bound {
  return vector !== undefined && i >= 0 && i < vector.length ? vector[i] : ZERO_BOUND;
}

interface MemberState {
  readonly member: string;
  readonly shared: boolean;
  readonly active: readonly boolean[];
  readonly rows: Rows;
  readonly earlier: ReadonlyMap<string, LineBound> | undefined;
  readonly organisationFigures: Map<string, Bound[]>;
  readonly formula: readonly FormulaRow[];
}

/** Where the interpretation on bounds finds what a line reads, for one member (as organisation-lines.ts's exactEnv). */
function boundEnv(context: OrganisationContext, line: Line, state: MemberState): FormulaEnv<Bound> {
  const { basis } = context;
  const vectors = new Map<Input, readonly Bound[]>();
  const vector = (input: Input): readonly Bound[] => {
    if (isRateInput(input)) {
      const need = { model: context.model.id, line: line.id };
      const rate = rateOfInput(line, input);
      const scope = state.shared ? REGION : municipalitySubject(state.member);
      const values = input.input === 'elasticity' ? basis.book.elasticityVector(rate, scope, state.active, need) : basis.book.rateVector(rate, scope, state.active, need);
      return values.map((v) => basis.rates.get(v) ?? basis.rates.set(v, exactly(v)).get(v));
    }
    if (input.input === 'line') return state.earlier?.get(input.id)?.own ?? [];
    if ((input.input === 'volume' || input.input === 'inhabitants') && input.whose === 'organisation') {
      const key = inputKey(input);
      return state.organisationFigures.get(key) ?? state.organisationFigures.set(key, figureBounds(context, line, state.member, input)).get(key) ?? [];
    }
    return figureBounds(context, line, state.member, input);
  };
  const cached = (input: Input) => vectors.get(input) ?? vectors.set(input, vector(input)).get(input) ?? [];
  return {
    input: (input, t, year) => at(cached(input), yearIndex(t, year)),
    // a row not computed yet has no bound (the engine would stop there)
    row: (name, t, year) => (state.rows.has(name) ? at(state.rows.get(name), yearIndex(t, year)) : undefined),
    group: (group, t) => sumOf(state.formula.filter((r) => r.group === group).map((r) => at(state.rows.get(r.name), t))),
  };
}

/** The bounds of a figure a line reads (as line-figures.ts's figureVector): volumes, inhabitants, one-off amounts, |M|. */
function figureBounds(context: OrganisationContext, line: Line, member: string, input: Exclude<Input, { input: 'rate' | 'elasticity' | 'line' }>): Bound[] {
  const { basis, organisation } = context;
  const years = Array.from({ length: basis.years }, (_, t) => t);
  const overMembers = (of: (m: string, t: number) => Bound, over: readonly string[]) => years.map((t) => sumOf(over.map((m) => of(m, t))));
  switch (input.input) {
    case 'volume': {
      const of = (m: string, t: number): Bound => {
        const population = basis.populations.get(m);
        const volumes = input.workForm === undefined ? population : population?.byWorkForm.get(input.workForm);
        return volumes?.[input.quantity][t];
      };
      if (input.whose === 'self') return years.map((t) => of(member, t));
      return overMembers(of, input.withBuyers === true ? [...organisation.members, ...context.buyers] : organisation.members);
    }
    case 'inhabitants':
      return overMembers((m) => basis.inhabitants.get(m), input.whose === 'self' ? [member] : organisation.members);
    case 'one_off': {
      const byYear = line.amount.kind === 'by_year' ? line.amount.byYear : new Map();
      return years.map((t) => exactly(byYear.get(basis.region.horizon.start + t) ?? ZERO));
    }
    case 'member_count':
      return years.map(() => exactly(new Dec(organisation.members.length)));
    default:
      return assertNever(input);
  }
}


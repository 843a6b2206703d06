import { assertNever } from '../errors.js';
import type { Organisation } from '../model/configuration.js';
import { Dec, ZERO } from '../model/decimal.js';
import { AMOUNT_ROW, dependsOnMember, formulaInputs, inputKey, interpret, inRange, yearIndex, type Calculator, type FormulaEnv, type FormulaRow, type Input } from '../model/formula.js';
import { lineKind } from '../model/line-kinds/index.js';
import { orderForCalculation } from '../model/line-order.js';
import type { ExecutionModel, Line } from '../model/line.js';
import type { Region } from '../model/region.js';
import { boundCalculator, exactly, magnitude, sumOf, upTo, ZERO_BOUND, type Bound } from './bound-interval.js';
import { isRateInput, rateOfInput } from './line-result.js';
import type { ParameterBook } from './parameter-book.js';
import type { PopulationBound } from './population-bound.js';
import { REGION, municipalitySubject } from './subject.js';
import { horizonYears } from './year-vector.js';

// The lines of an organisation interpreted on intervals (docs/methodology.md#figure-bound): as
// organisation-lines.ts computes them exactly, each row's formula in order, each year in order.

/** What every organisation's line bounds read: the region, the population bounds, the inhabitants, and the parameter book. */
export interface BoundBasis {
  readonly region: Region;
  readonly populations: ReadonlyMap<string, PopulationBound>;
  readonly inhabitants: ReadonlyMap<string, Bound>;
  readonly book: ParameterBook;
  readonly years: number;
  /** Each parameter value's interval, by the value: the members and configurations read the same series again and again. */
  readonly rates: Map<Dec, Bound>;
}

/** A model line's amounts as bounds, per year: before settlement (`own`), and as the member bears them. */
export interface LineBound {
  readonly id: string;
  /** The line is paid to the organisation's supplier (docs/methodology.md#fees). */
  readonly fee: boolean;
  readonly own: readonly Bound[];
  readonly amounts: readonly Bound[];
}

/** |share| ≤ |total| · (1 + Σ|key|): a share of a total split exactly by keys, the largest taking the remainder (allocation.ts). */
export function shareBound(total: Bound, keySum: number | undefined): Bound {
  if (total === undefined || keySum === undefined) return undefined;
  // the shares are kept to 10⁻²⁴ euro: a remainder may differ from total · key by a few of those
  return upTo(magnitude(total) * (1 + keySum) + 1e-20);
}

type Rows = Map<string, Bound[]>;

/** A vector without a bound in any year: as long as the horizon, so that no year of it reads as 0. */
export function noBounds(years: number): Bound[] {
  return new Array<Bound>(years).fill(undefined);
}

/** Every line of an organisation's model for each member, bounded, in the model's line order (as organisation-lines.ts computes them). */
export function organisationBounds(basis: BoundBasis, organisation: Organisation, model: ExecutionModel, buyers: readonly string[]): Map<string, LineBound[]> {
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
  // the rates of every row, also of a branch the figures may never take: all that the engine may
  // ask of the book (a shared line's members read the region's: asked once)
  const askers = formula.shared ? envs.slice(0, 1) : envs;
  for (const input of formulaInputs(formula)) if (isRateInput(input)) for (const env of askers) env.input(input, 0, 'same');
  const perMember = dependsOnMember(formula);
  for (const row of formula.rows) {
    if (row.expr.op === 'share') {
      shareRow(row, states.map((s) => s.rows), basis.years);
      continue;
    }
    // a shared line's rows that read no member's own figures are the organisation's: bounded once
    const once = formula.shared && !perMember.has(row.name);
    states.forEach((state, i) => {
      const first = states[0];
      if (once && i > 0 && first !== undefined) state.rows.set(row.name, first.rows.get(row.name) ?? noBounds(basis.years));
      else evaluateRow(row, state.rows, envs[i], { calc, years: basis.years });
    });
  }
  return new Map(states.map((state): [string, LineBound] => {
    const amounts = state.rows.get(AMOUNT_ROW) ?? noBounds(basis.years);
    return [state.member, { id: line.id, fee: line.fee === true, own: amounts, amounts }];
  }));
}

/** A row's bounds, year by year: kept in `rows` from the start, as a row may read its own previous year. */
function evaluateRow(row: FormulaRow, rows: Rows, env: FormulaEnv<Bound> | undefined, how: { calc: Calculator<Bound>; years: number }): void {
  const values: Bound[] = [];
  rows.set(row.name, values);
  for (let t = 0; t < how.years; t++) values.push(env === undefined ? undefined : interpret(row.expr, how.calc, env, t));
}

/** A `share` row: every member's share of the organisation total, by its key row (allocation.ts). */
function shareRow(row: FormulaRow, rows: readonly Rows[], years: number): void {
  if (row.expr.op !== 'share' || row.expr.total.op !== 'row' || row.expr.key.op !== 'row') {
    for (const r of rows) r.set(row.name, noBounds(years));
    return;
  }
  const { total, key } = { total: row.expr.total.row, key: row.expr.key.row };
  const totals = rows[0]?.get(total) ?? noBounds(years);
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
      return state.organisationFigures.get(key) ?? state.organisationFigures.set(key, inputBounds(context, line, state.member, input)).get(key) ?? [];
    }
    return inputBounds(context, line, state.member, input);
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
function inputBounds(context: OrganisationContext, line: Line, member: string, input: Exclude<Input, { input: 'rate' | 'elasticity' | 'line' }>): Bound[] {
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
    case 'member_count': {
      const count = exactly(new Dec(organisation.members.length));
      return years.map(() => count);
    }
    default:
      return assertNever(input);
  }
}


import { InternalError } from '../errors.js';
import type { Organisation } from '../model/configuration.js';
import { ZERO, type Dec } from '../model/decimal.js';
import { AMOUNT_ROW, dependsOnMember, inRange, inputKey, yearIndex, type FormulaEnv, type FormulaRow, type Input, type LineFormula } from '../model/formula.js';
import { lineKind } from '../model/line-kinds/index.js';
import { orderForCalculation } from '../model/line-order.js';
import type { ExecutionModel, Line } from '../model/line.js';
import type { Region } from '../model/region.js';
import { splitByKeys, type OrganisationBasis } from './allocation.js';
import { compileExact } from './exact-formula.js';
import { figureVector } from './line-figures.js';
import { memberRowsKeys, type LineRowsMemo } from './line-rows-memo.js';
import { isRateInput, rateOfInput, type LineResult, type RateInput } from './line-result.js';
import type { ParameterBook, Scope } from './parameter-book.js';
import { horizonYears, type YearVector } from './year-vector.js';
import { REGION, municipalitySubject } from './subject.js';

/** Everything the lines of one organisation are computed from. */
export interface OrganisationInputs {
  readonly region: Region;
  readonly organisation: Organisation;
  readonly model: ExecutionModel;
  readonly basis: OrganisationBasis;
  readonly book: ParameterBook;
  /** The rows of lines computed before in the same projection, which a line that reads the same takes from here. */
  readonly memo?: LineRowsMemo;
}

type Rows = Map<string, readonly Dec[]>;

/** Every line of the organisation's model for each member, in the model's line order (methodology §4). */
export function computeOrganisationLines(inputs: OrganisationInputs): Map<string, LineResult[]> {
  const { organisation, model } = inputs;
  const byMember = new Map(organisation.members.map((m) => [m, new Map<string, LineResult>()]));
  for (const line of orderForCalculation(model.lines)) {
    for (const [member, result] of computeLine(inputs, line, byMember)) byMember.get(member)?.set(line.id, result);
  }
  return new Map([...byMember].map(([member, results]) => [member, model.lines.flatMap((l) => results.get(l.id) ?? [])]));
}

/**
 * One line for every member: its formula's rows in order, each year in order (a row may read
 * its own previous year). Rows of a shared line that are the same for every member are
 * computed once; a `share` row splits the total exactly (docs/methodology.md#exact-shares).
 */
function computeLine(inputs: OrganisationInputs, line: Line, earlier: ReadonlyMap<string, ReadonlyMap<string, LineResult>>): Map<string, LineResult> {
  const { region, organisation } = inputs;
  const members = organisation.members;
  const formula = lineKind(line.driver).formula(line, { members, workForms: region.workForms.map((f) => f.id), supplies: (inputs.basis.buyers?.length ?? 0) > 0 });
  const active = horizonYears(region.horizon).map((year) => inRange(line.years, year));
  const scopeOf = (member: string): Scope => (formula.shared ? REGION : municipalitySubject(member));
  const rows = new Map<string, Rows>(members.map((m) => [m, new Map()]));
  const organisationFigures = new Map<string, YearVector>();
  const envs = new Map(members.map((m) => [m, exactEnv(inputs, line, formula, { member: m, scope: scopeOf(m), active, rows: rows.get(m) as Rows, earlier: earlier.get(m), organisationFigures })]));
  const perMember = dependsOnMember(formula);
  const start = region.horizon.start;
  const n = active.length;
  const keys = memoKeys(inputs, line, formula, rows);
  for (const row of formula.rows) {
    if (row.expr.op === 'share') {
      shareRow(row, members, rows);
      continue;
    }
    const evaluate = (member: string): Dec[] => {
      const values: Dec[] = [];
      rows.get(member)?.set(row.name, values);
      const value = compileExact(row.expr, envs.get(member) as FormulaEnv<Dec>, start);
      for (let t = 0; t < n; t++) values.push(value(t));
      return values;
    };
    // a shared line's rows that read no member's own figures are the organisation's: computed once
    const once = formula.shared && !perMember.has(row.name) ? evaluate(members[0] ?? '') : undefined;
    for (const m of members) if (once !== undefined) rows.get(m)?.set(row.name, once); else if (!keys.taken.has(m)) evaluate(m);
  }
  for (const [m, key] of keys.computed) inputs.memo?.rows.set(key, rows.get(m) as Rows);
  return new Map(members.map((m): [string, LineResult] => {
    const values = rows.get(m) as Rows;
    const amounts = values.get(AMOUNT_ROW);
    if (amounts === undefined) throw new InternalError(`line ${line.id} has no amount row`);
    return [m, { line, active, amounts, formula, rows: values, scope: scopeOf(m) }];
  }));
}

/**
 * The members whose rows the memo holds already, which are put in `rows` and not computed
 * again, and the keys of the others' rows, under which the memo keeps them once computed.
 */
function memoKeys(inputs: OrganisationInputs, line: Line, formula: LineFormula, rows: Map<string, Rows>): { taken: Set<string>; computed: Map<string, string> } {
  const { memo, basis, organisation } = inputs;
  const taken = new Set<string>();
  const computed = new Map<string, string>();
  const keyOf = memo === undefined ? undefined : memberRowsKeys(memo, line, formula);
  if (memo === undefined || keyOf === undefined) return { taken, computed };
  for (const member of organisation.members) {
    const sources = { line, member, members: basis.members, volumes: basis.volumes, inhabitants: basis.inhabitants, start: inputs.region.horizon.start, years: basis.years };
    const key = keyOf({ member, volume: (input) => figureVector(input, sources), inhabitants: basis.inhabitants.get(member), memberCount: organisation.members.length });
    const known = memo.rows.get(key);
    if (known === undefined) computed.set(member, key);
    else {
      rows.set(member, new Map(known));
      taken.add(member);
    }
  }
  return { taken, computed };
}

/** A `share` row: the total split over the members by their keys, every share exact. */
function shareRow(row: FormulaRow, members: readonly string[], rows: Map<string, Rows>): void {
  if (row.expr.op !== 'share' || row.expr.total.op !== 'row' || row.expr.key.op !== 'row') throw new InternalError(`row ${row.name}: a share splits a total row by a key row`);
  const { total, key } = { total: row.expr.total.row, key: row.expr.key.row };
  const totals = rows.get(members[0] ?? '')?.get(total) ?? [];
  const keys = new Map(members.map((m) => [m, rows.get(m)?.get(key) ?? []]));
  for (const [m, shares] of splitByKeys(totals, keys)) rows.get(m)?.set(row.name, shares);
}

interface MemberState {
  readonly member: string;
  readonly scope: Scope;
  readonly active: readonly boolean[];
  readonly rows: Rows;
  readonly earlier: ReadonlyMap<string, LineResult> | undefined;
  /** The organisation's sums, shared by the members' states. */
  readonly organisationFigures: Map<string, YearVector>;
}

function isOrganisationWide(input: Input): boolean {
  return (input.input === 'volume' || input.input === 'inhabitants') && input.whose === 'organisation';
}

/** Where the exact interpretation finds what a line reads, for one member. */
function exactEnv(inputs: OrganisationInputs, line: Line, formula: LineFormula, state: MemberState): FormulaEnv<Dec> {
  const { basis, book, region } = inputs;
  const rates = new Map<string, YearVector>();
  const rateVector = (input: RateInput) => {
    const key = inputKey(input);
    let v = rates.get(key);
    if (v === undefined) {
      const need = { model: inputs.model.id, line: line.id };
      const rate = rateOfInput(line, input);
      v = input.input === 'elasticity' ? book.elasticityVector(rate, state.scope, state.active, need) : book.rateVector(rate, state.scope, state.active, need);
      rates.set(key, v);
    }
    return v;
  };
  const sources = { line, member: state.member, members: basis.members, ...(basis.buyers === undefined ? {} : { buyers: basis.buyers }), volumes: basis.volumes, inhabitants: basis.inhabitants, start: region.horizon.start, years: basis.years };
  const vector = (input: Input): YearVector => {
    if (isRateInput(input)) return rateVector(input);
    if (input.input === 'line') return state.earlier?.get(input.id)?.amounts ?? [];
    if (!isOrganisationWide(input)) return figureVector(input, sources);
    // Σ over the members is the same for every member: computed once per line
    const key = inputKey(input);
    return state.organisationFigures.get(key) ?? state.organisationFigures.set(key, figureVector(input, sources)).get(key) ?? [];
  };
  // the same tree is read every year: its inputs' vectors are kept by node
  const vectors = new Map<Input, YearVector>();
  const cached = (input: Input) => {
    let v = vectors.get(input);
    if (v === undefined) {
      v = vector(input);
      vectors.set(input, v);
    }
    return v;
  };
  const groups = new Map<string, readonly string[]>();
  const groupRows = (group: string) => groups.get(group) ?? groups.set(group, formula.rows.filter((r) => r.group === group).map((r) => r.name)).get(group) ?? [];
  return {
    input: (input, t, year) => cached(input)[yearIndex(t, year)] ?? ZERO,
    row: (name, t, year) => {
      const values = state.rows.get(name);
      if (values === undefined) throw new InternalError(`line ${line.id}: row ${name} is read before it is computed`);
      return values[yearIndex(t, year)] ?? ZERO;
    },
    group: (group, t) => groupRows(group).reduce((acc, name) => acc.plus(state.rows.get(name)?.[t] ?? ZERO), ZERO),
  };
}

import { assertNever } from '../errors.js';
import type { AllocationKey } from './line.js';
import type { RowLabelName } from './row-labels.js';

/**
 * The formula of a line as plain data: a small expression tree over what the line reads
 * (its inputs) and over its own named rows. One tree is interpreted three ways: exactly in
 * decimals (the results), in binary floats (Monte Carlo, tornado, goal seek) and as
 * spreadsheet formula text over cell references (the workbook). It holds no closures, so
 * that it can be sent to worker threads (docs/extending.md).
 */

export type Quantity = 'fte' | 'se' | 'headcount';

/** Whose figure an input is: the municipality the line is computed for, or Σ over its organisation's members. */
export type Whose = 'self' | 'organisation';

/** A figure a line reads from outside its own rows, per year of the horizon. */
export type Input =
  /** a(t), or a(f,t) for one work form: the line's parameter or the number written in it. */
  | { readonly input: 'rate'; readonly workForm?: string }
  /**
   * FTE, SE or headcount: the total, or one work form's. `withBuyers` (whose `organisation`
   * only): Σ also over the members of the organisations it supplies (docs/methodology.md#fees).
   */
  | { readonly input: 'volume'; readonly whose: Whose; readonly quantity: Quantity; readonly workForm?: string; readonly withBuyers?: true }
  | { readonly input: 'inhabitants'; readonly whose: Whose }
  /** The line's volume_elasticity e(t): a number, or a parameter's series read like a rate (§4). */
  | { readonly input: 'elasticity' }
  /** The one_off amount written for the year. */
  | { readonly input: 'one_off' }
  /** The amount of another line of the model, for the same municipality. */
  | { readonly input: 'line'; readonly id: string }
  /** |M|: the number of members of the organisation. */
  | { readonly input: 'member_count' };

/** Which year of a row or input an expression reads: the year being computed, the horizon's first, or the year before. */
export type YearRef = 'same' | 'first' | 'previous';

/** A year range, both ends inclusive, either open. */
export interface YearRange {
  readonly from?: number;
  readonly to?: number;
}

export type Comparison = 'eq' | 'gt';

export type Expr =
  /** A number, written as decimal text so that it stays exact. */
  | { readonly op: 'const'; readonly value: string }
  | { readonly op: 'input'; readonly input: Input; readonly year: YearRef }
  /** Another row of the same line. */
  | { readonly op: 'row'; readonly row: string; readonly year: YearRef }
  | { readonly op: 'add' | 'sub' | 'mul' | 'div'; readonly a: Expr; readonly b: Expr }
  | { readonly op: 'sum'; readonly terms: readonly Expr[] }
  /** Σ of the line's rows of a group (in the workbook one range, which may hold a row that merges some for privacy). */
  | { readonly op: 'group_sum'; readonly group: string }
  /** `then` where `a <cmp> b`, else `otherwise`; only the branch taken is computed. */
  | { readonly op: 'if'; readonly cmp: Comparison; readonly a: Expr; readonly b: Expr; readonly then: Expr; readonly otherwise: Expr }
  /** `then` in the horizon's first year, `otherwise` after it. */
  | { readonly op: 'first_year'; readonly then: Expr; readonly otherwise: Expr }
  /** `then` in the years of the range, 0 outside them. */
  | { readonly op: 'in_years'; readonly years: YearRange; readonly then: Expr }
  /**
   * A member's share of an organisation total by a key: total · key. Exactly, the members'
   * shares add up to the total (docs/methodology.md#exact-shares); only at the top of a row.
   */
  | { readonly op: 'share'; readonly total: Expr; readonly key: Expr };

/** How a row's figures are shown. */
export type RowFormat = 'money' | 'quantity' | 'factor' | 'key' | 'rate' | 'integer';

/** What a row is called on the workbook (the words are in the report's labels). */
export type RowLabel =
  | { readonly label: 'term'; readonly workForm: string; readonly quantity: Quantity }
  | { readonly label: RowLabelName }
  | { readonly label: 'key'; readonly allocation: AllocationKey }
  | { readonly label: 'percent_base'; readonly of: readonly string[] };

/** One named row of a line's formula. */
export interface FormulaRow {
  /** Unique within the line; the line's amount is the row named {@link AMOUNT_ROW}. */
  readonly name: string;
  readonly expr: Expr;
  readonly label?: RowLabel;
  readonly format: RowFormat;
  /**
   * What the workbook shows where the row would read a figure it may not show (a small
   * cell): the small-cell mark, where the row's own figure would give that figure back,
   * or the engine's value.
   */
  readonly whenHidden: 'mark' | 'value';
  /** Rows summed by a `group_sum`; `workForm` is the work form a term row is about. */
  readonly group?: string;
  readonly workForm?: string;
}

/** The row that holds a line's amount. */
export const AMOUNT_ROW = 'line';

/**
 * A line's formula for one organisation: its rows in the order they are computed (every
 * row after the rows it reads), ending with the amount. `shared` lines are split over
 * several members and read the region's parameters.
 */
export interface LineFormula {
  readonly rows: readonly FormulaRow[];
  readonly shared: boolean;
}

/** The arithmetic an interpretation gives the tree: exact decimals, floats or formula text. */
export interface Calculator<T> {
  constant(value: string): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  sum(terms: readonly T[]): T;
  choose(cmp: Comparison, a: T, b: T, then: () => T, otherwise: () => T): T;
  inYears(years: YearRange, t: number, then: () => T): T;
}

/** Where an interpretation finds the figures a tree reads, in year index t. */
export interface FormulaEnv<T> {
  input(input: Input, t: number, year: YearRef): T;
  row(name: string, t: number, year: YearRef): T;
  group(group: string, t: number): T;
}

/** The value of `expr` in year index t (0 = the horizon's first year). */
export function interpret<T>(expr: Expr, calc: Calculator<T>, env: FormulaEnv<T>, t: number): T {
  const go = (e: Expr) => interpret(e, calc, env, t);
  switch (expr.op) {
    case 'const':
      return calc.constant(expr.value);
    case 'input':
      return env.input(expr.input, t, expr.year);
    case 'row':
      return env.row(expr.row, t, expr.year);
    case 'add':
      return calc.add(go(expr.a), go(expr.b));
    case 'sub':
      return calc.sub(go(expr.a), go(expr.b));
    case 'mul':
      return calc.mul(go(expr.a), go(expr.b));
    case 'share':
      return calc.mul(go(expr.total), go(expr.key));
    case 'div':
      return calc.div(go(expr.a), go(expr.b));
    case 'sum':
      return calc.sum(expr.terms.map(go));
    case 'group_sum':
      return env.group(expr.group, t);
    case 'if':
      return calc.choose(expr.cmp, go(expr.a), go(expr.b), () => go(expr.then), () => go(expr.otherwise));
    case 'first_year':
      return t === 0 ? go(expr.then) : go(expr.otherwise);
    case 'in_years':
      return calc.inYears(expr.years, t, () => go(expr.then));
    default:
      return assertNever(expr);
  }
}

/** Every input a tree reads, in the order it reads them (depth first, left to right). */
export function inputsOf(expr: Expr): Input[] {
  switch (expr.op) {
    case 'const':
    case 'row':
    case 'group_sum':
      return [];
    case 'input':
      return [expr.input];
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
      return [...inputsOf(expr.a), ...inputsOf(expr.b)];
    case 'share':
      return [...inputsOf(expr.total), ...inputsOf(expr.key)];
    case 'sum':
      return expr.terms.flatMap(inputsOf);
    case 'if':
      return [expr.a, expr.b, expr.then, expr.otherwise].flatMap(inputsOf);
    case 'first_year':
      return [...inputsOf(expr.then), ...inputsOf(expr.otherwise)];
    case 'in_years':
      return inputsOf(expr.then);
    default:
      return assertNever(expr);
  }
}

/** Every input a line's formula reads, each once, in the order its rows read them. */
export function formulaInputs(formula: LineFormula): Input[] {
  const seen = new Map<string, Input>();
  for (const row of formula.rows) for (const input of inputsOf(row.expr)) seen.set(inputKey(input), input);
  return [...seen.values()];
}

/** Every field an input may have, each optional: what {@link inputKey} reads of any kind of input. */
interface InputFields {
  readonly input: Input['input'];
  readonly whose?: Whose;
  readonly quantity?: Quantity;
  readonly workForm?: string;
  readonly withBuyers?: true;
  readonly id?: string;
}

/**
 * A text that is equal for equal inputs: their fields in one order, a field not written the
 * same as one undefined. Built field by field rather than by JSON.stringify's replacer list,
 * which the engine and the bounds call for every line of every organisation, cold.
 */
export function inputKey(input: Input): string {
  const fields: InputFields = input;
  return JSON.stringify([fields.input, fields.whose, fields.quantity, fields.workForm, fields.withBuyers, fields.id]);
}

/** Whether a row's figures differ per member: it reads the member's own figures or rows that do. */
export function dependsOnMember(formula: LineFormula): ReadonlySet<string> {
  const depends = new Set<string>();
  const reads = (e: Expr): boolean => {
    switch (e.op) {
      case 'const':
        return false;
      case 'input':
        return (e.input.input === 'volume' || e.input.input === 'inhabitants') ? e.input.whose === 'self' : e.input.input === 'line';
      case 'row':
        return depends.has(e.row);
      case 'group_sum':
        return formula.rows.some((r) => r.group === e.group && depends.has(r.name));
      case 'add':
      case 'sub':
      case 'mul':
      case 'div':
        return reads(e.a) || reads(e.b);
      case 'share':
        return true;
      case 'sum':
        return e.terms.some(reads);
      case 'if':
        return [e.a, e.b, e.then, e.otherwise].some(reads);
      case 'first_year':
        return reads(e.then) || reads(e.otherwise);
      case 'in_years':
        return reads(e.then);
      default:
        return assertNever(e);
    }
  };
  for (const row of formula.rows) if (reads(row.expr)) depends.add(row.name);
  return depends;
}

/** The year index a reference made in year index t reads. */
export function yearIndex(t: number, year: YearRef): number {
  return year === 'first' ? 0 : year === 'previous' ? t - 1 : t;
}

/** Whether a year lies in a range. */
export function inRange(years: YearRange, year: number): boolean {
  return (years.from === undefined || year >= years.from) && (years.to === undefined || year <= years.to);
}

/** Builders, so that a line kind reads as its formula. */
export const f = {
  constant: (value: number | string): Expr => ({ op: 'const', value: String(value) }),
  input: (input: Input, year: YearRef = 'same'): Expr => ({ op: 'input', input, year }),
  row: (row: string, year: YearRef = 'same'): Expr => ({ op: 'row', row, year }),
  add: (a: Expr, b: Expr): Expr => ({ op: 'add', a, b }),
  sub: (a: Expr, b: Expr): Expr => ({ op: 'sub', a, b }),
  mul: (a: Expr, b: Expr): Expr => ({ op: 'mul', a, b }),
  div: (a: Expr, b: Expr): Expr => ({ op: 'div', a, b }),
  sum: (terms: readonly Expr[]): Expr => ({ op: 'sum', terms }),
  groupSum: (group: string): Expr => ({ op: 'group_sum', group }),
  ifEqual: (a: Expr, b: Expr, then: Expr, otherwise: Expr): Expr => ({ op: 'if', cmp: 'eq', a, b, then, otherwise }),
  ifGreater: (a: Expr, b: Expr, then: Expr, otherwise: Expr): Expr => ({ op: 'if', cmp: 'gt', a, b, then, otherwise }),
  firstYear: (then: Expr, otherwise: Expr): Expr => ({ op: 'first_year', then, otherwise }),
  /** `then` in the years of the range; the tree stays as it is where the range is open at both ends. */
  inYears: (years: YearRange, then: Expr): Expr => (years.from === undefined && years.to === undefined ? then : { op: 'in_years', years, then }),
  share: (total: Expr, key: Expr): Expr => ({ op: 'share', total, key }),
};

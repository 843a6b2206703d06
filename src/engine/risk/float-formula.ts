import { InternalError } from '../../errors.js';
import { AMOUNT_ROW, inRange, interpret, inputKey, yearIndex, type Calculator, type FormulaEnv } from '../../model/formula.js';
import type { InputBinding, LineModel } from './evaluator.js';

/**
 * What the code of a draw reads and writes: `S`, every series as varied, one after the
 * other (series k, year t at k × years + t); `O`, the one-off factor; `V`, every row of every
 * line of the model, each at the position its layout gives it.
 */
export interface DrawState {
  readonly series: Float64Array;
  readonly oneOffFactor: number;
  readonly values: Float64Array;
}

/**
 * A figure of one year of a draw: a number where it is the same in every draw (it reads no
 * rate, one-off amount or other line), else a JavaScript expression over the draw (see
 * {@link DrawState}): `S[i]`, `O`, `V[i]`, `(void 0)` (a year before the horizon that a
 * varying row or series is read in: undefined, as reading past the end of an array gives),
 * `Math.min`/`Math.max` (an elasticity kept within [0, 1]). Only numbers and indices are ever
 * written into it, never a name or text from an input file.
 */
export type Figure = number | { readonly code: string };

/** A number as a JavaScript literal. */
export function literal(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return x < 0 || Object.is(x, -0) ? `(${String(x)})` : String(x);
}

const code = (f: Figure) => (typeof f === 'number' ? literal(f) : `(${f.code})`);

/** A binary operation on figures, folded where both are numbers. */
function binary(op: (x: number, y: number) => number, symbol: string): (a: Figure, b: Figure) => Figure {
  return (a, b) => (typeof a === 'number' && typeof b === 'number' ? op(a, b) : { code: `${code(a)}${symbol}${code(b)}` });
}

const add = binary((x, y) => x + y, '+');

/**
 * The float interpretation of a line's formula, staged: the tree is interpreted once per
 * year into a figure of a draw, folded where it cannot change, so that a draw runs only the
 * arithmetic left (docs/risk.md).
 */
export function floatCalculator(start: number): Calculator<Figure> {
  return {
    constant: (value) => Number(value),
    add,
    sub: binary((x, y) => x - y, '-'),
    mul: binary((x, y) => x * y, '*'),
    div: binary((x, y) => x / y, '/'),
    sum: (terms) => terms.reduce<Figure>(add, 0),
    choose: (cmp, a, b, then, otherwise) => {
      // only the branch taken is computed, as in the exact interpretation
      if (typeof a === 'number' && typeof b === 'number') return (cmp === 'eq' ? a === b : a > b) ? then() : otherwise();
      return { code: `${code(a)}${cmp === 'eq' ? '===' : '>'}${code(b)}?${code(then())}:${code(otherwise())}` };
    },
    inYears: (years, t, then) => (inRange(years, start + t) ? then() : 0),
  };
}

/** The value of a figure in a draw, for one evaluation (tests): compiles the expression. */
export function figureValue(f: Figure, s: DrawState): number {
  if (typeof f === 'number') return f;
  return (new Function('S', 'O', 'V', `return ${f.code};`) as (...args: unknown[]) => number)(s.series, s.oneOffFactor, s.values);
}

/**
 * Where one line's figures are in a draw's buffers: each of its rows' first year in `V`,
 * and the amount rows of the lines computed before it (of the same municipality and
 * configuration), by their position in calculation order. Every row holds `years` figures.
 */
export interface LineLayout {
  readonly start: number;
  readonly years: number;
  readonly rows: readonly number[];
  readonly earlierLines: readonly number[];
}

/**
 * Compiles a line for draws: what is the same in every draw is computed here, once, and
 * written into `values` at the line's rows; the statements returned compute the rest of a
 * draw (rows in order, each year in turn, as the exact engine computes them).
 */
export function lineStatements(line: LineModel, layout: LineLayout, values: Float64Array): string[] {
  const n = layout.years;
  const calc = floatCalculator(layout.start);
  const position = new Map(line.rows.map((r, i) => [r.name, i]));
  const constantRows = new Set<number>();
  const bindings = new Map(line.inputs.map((b) => [b.key, b]));
  const at = (r: number, i: number) => (layout.rows[r] ?? NaN) + i;
  const rowFigure = (name: string, i: number): Figure => {
    const r = position.get(name);
    if (r === undefined) throw new InternalError(`risk model: no row ${name}`);
    // a constant row read outside the horizon counts as 0, a varying one as undefined: as the figures were read before they were laid out flat
    if (constantRows.has(r)) return i >= 0 && i < n ? values[at(r, i)] ?? 0 : 0;
    return { code: i >= 0 && i < n ? `V[${integer(at(r, i))}]` : '(void 0)' };
  };
  const env: FormulaEnv<Figure> = {
    input: (input, t, year) => bound(bindings.get(inputKey(input)), yearIndex(t, year), layout),
    row: (name, t, year) => rowFigure(name, yearIndex(t, year)),
    group: (group, t) => calc.sum(line.rows.filter((r) => r.group === group).map((r) => rowFigure(r.name, t))),
  };
  if (!position.has(AMOUNT_ROW)) throw new InternalError('risk model: a line without an amount row');
  const statements: string[] = [];
  line.rows.forEach((row, r) => {
    const figures = Array.from({ length: n }, (_, t) => interpret(row.expr, calc, env, t));
    figures.forEach((f, t) => (typeof f === 'number' ? (values[at(r, t)] = f) : statements.push(`V[${integer(at(r, t))}]=${f.code};`)));
    if (figures.every((f) => typeof f === 'number')) constantRows.add(r);
  });
  return statements;
}

/** An input's figure in year index i of a draw. */
function bound(binding: InputBinding | undefined, i: number, layout: LineLayout): Figure {
  if (binding === undefined) throw new InternalError('risk model: an input without a binding');
  if ('figures' in binding) return binding.figures[i] ?? 0;
  if ('oneOff' in binding) return { code: `${literal(binding.oneOff[i] ?? 0)}*O` };
  const inYear = (base: number) => (i >= 0 && i < layout.years ? `V[${integer(base + i)}]` : '(void 0)');
  if ('line' in binding) {
    // calculation order puts every line after the lines it reads
    const base = layout.earlierLines[binding.line];
    if (base === undefined) throw new InternalError(`risk model: line ${binding.line} is read before it is computed`);
    return { code: inYear(base) };
  }
  const rate = binding.rate;
  if ('constant' in rate) return rate.constant;
  const value = i >= 0 && i < layout.years ? `S[${integer(rate.series * layout.years + i)}]` : '(void 0)';
  // a drawn elasticity beyond 0 or 1 would not be one: it counts as the bound it passed (docs/risk.md)
  return { code: binding.unitInterval === true ? `Math.min(1,Math.max(0,${value}))` : value };
}

/** An index written into generated code: refused unless it is a whole number. */
function integer(i: number): string {
  if (!Number.isInteger(i)) throw new InternalError(`risk model: index ${i} is not a whole number`);
  return String(i);
}

import { InternalError } from '../../errors.js';
import { AMOUNT_ROW, inRange, interpret, inputKey, yearIndex, type Calculator, type FormulaEnv } from '../../model/formula.js';
import type { InputBinding, LineModel, RiskModel } from './evaluator.js';

/** What a draw gives the lines: the series as varied, the one-off factor, and the amounts of the lines computed so far. */
export interface DrawState {
  readonly series: readonly (readonly number[])[];
  readonly oneOffFactor: number;
  readonly lines: Float64Array[];
}

/**
 * A figure of one year of a draw: a number where it is the same in every draw (it reads no
 * rate, one-off amount or other line), else a JavaScript expression over the draw:
 * `S[i][t]` (series i), `O` (the one-off factor), `L[i][t]` (line i's amounts), `R[i][t]`
 * (row i of this line), `Math.min`/`Math.max` (an elasticity kept within [0, 1]). Only
 * numbers and indices are ever written into it, never a name or text from an input file.
 */
export type Figure = number | { readonly code: string };

/** A line ready for draws: its amounts per year, computed into the line's own buffers. */
export interface CompiledLine {
  readonly cost: boolean;
  amounts(s: DrawState): Float64Array;
}

/** A number as a JavaScript literal. */
function literal(x: number): string {
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
 * year into a figure of a draw, folded where it cannot change, so that a draw runs one
 * compiled function per line (docs/risk.md).
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
export function figureValue(f: Figure, s: DrawState, rows: readonly Float64Array[] = []): number {
  if (typeof f === 'number') return f;
  return (new Function('S', 'O', 'L', 'R', `return ${f.code};`) as (...args: unknown[]) => number)(s.series, s.oneOffFactor, s.lines, rows);
}

const compiled = new WeakMap<RiskModel, CompiledLine[][][]>();

/** The model's lines ready for draws, per target and configuration (compiled once per model). */
export function compiledModel(model: RiskModel): CompiledLine[][][] {
  let c = compiled.get(model);
  if (c === undefined) {
    c = model.targets.map((target) => target.lines.map((lines) => lines.map((line) => compileLine(model, line))));
    compiled.set(model, c);
  }
  return c;
}

function compileLine(model: RiskModel, line: LineModel): CompiledLine {
  const n = model.years;
  const calc = floatCalculator(model.start);
  const position = new Map(line.rows.map((r, i) => [r.name, i]));
  const buffers = line.rows.map(() => new Float64Array(n));
  const constantRows = new Set<number>();
  const bindings = new Map(line.inputs.map((b) => [b.key, b]));
  const rowFigure = (name: string, i: number): Figure => {
    const r = position.get(name);
    if (r === undefined) throw new InternalError(`risk model: no row ${name}`);
    return constantRows.has(r) ? buffers[r]?.[i] ?? 0 : { code: `R[${r}][${i}]` };
  };
  const env: FormulaEnv<Figure> = {
    input: (input, t, year) => bound(bindings.get(inputKey(input)), yearIndex(t, year)),
    row: (name, t, year) => rowFigure(name, yearIndex(t, year)),
    group: (group, t) => calc.sum(line.rows.filter((r) => r.group === group).map((r) => rowFigure(r.name, t))),
  };
  // rows in order, each year in turn: what is the same in every draw is filled in once, here
  const statements: string[] = [];
  line.rows.forEach((row, r) => {
    const figures = Array.from({ length: n }, (_, t) => interpret(row.expr, calc, env, t));
    figures.forEach((f, t) => (typeof f === 'number' ? (buffers[r]![t] = f) : statements.push(`R[${r}][${t}]=${f.code};`)));
    if (figures.every((f) => typeof f === 'number')) constantRows.add(r);
  });
  const amounts = buffers[position.get(AMOUNT_ROW) ?? -1];
  if (amounts === undefined) throw new InternalError('risk model: a line without an amount row');
  // the expressions hold only numbers and indices (see Figure)
  const run = new Function('S', 'O', 'L', 'R', statements.join('\n')) as (series: DrawState['series'], oneOff: number, lines: Float64Array[], rows: Float64Array[]) => void;
  return {
    cost: line.cost,
    amounts(s) {
      run(s.series, s.oneOffFactor, s.lines, buffers);
      return amounts;
    },
  };
}

/** An input's figure in year index i of a draw. */
function bound(binding: InputBinding | undefined, i: number): Figure {
  if (binding === undefined) throw new InternalError('risk model: an input without a binding');
  if ('figures' in binding) return binding.figures[i] ?? 0;
  if ('oneOff' in binding) return { code: `${literal(binding.oneOff[i] ?? 0)}*O` };
  if ('line' in binding) return { code: `L[${integer(binding.line)}][${integer(i)}]` };
  const rate = binding.rate;
  if ('constant' in rate) return rate.constant;
  const value = `S[${integer(rate.series)}][${integer(i)}]`;
  // a drawn elasticity beyond 0 or 1 would not be one: it counts as the bound it passed (docs/risk.md)
  return { code: binding.unitInterval === true ? `Math.min(1,Math.max(0,${value}))` : value };
}

/** An index written into generated code: refused unless it is a whole number. */
function integer(i: number): string {
  if (!Number.isInteger(i)) throw new InternalError(`risk model: index ${i} is not a whole number`);
  return String(i);
}

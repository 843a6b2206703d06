import { InternalError } from '../../errors.js';
import { AMOUNT_ROW, inRange, interpret, inputKey, type Calculator, type FormulaEnv } from '../../model/formula.js';
import type { InputBinding, LineModel, RiskModel } from './evaluator.js';

/** What a draw gives the lines: the series as varied, the one-off factor, and the amounts of the lines computed so far. */
export interface DrawState {
  readonly series: readonly (readonly number[])[];
  readonly oneOffFactor: number;
  readonly lines: Float64Array[];
}

/** A figure of one year of a draw. */
export type Figure = (s: DrawState) => number;

/** A line ready for draws: its amounts per year, computed into the line's own buffers. */
export interface CompiledLine {
  readonly cost: boolean;
  amounts(s: DrawState): Float64Array;
}

/**
 * The float interpretation of a line's formula, staged: the tree is interpreted once per
 * year into functions of a draw, so that a draw only does the arithmetic (docs/risk.md).
 */
export function floatCalculator(start: number): Calculator<Figure> {
  return {
    constant: (value) => {
      const x = Number(value);
      return () => x;
    },
    add: (a, b) => (s) => a(s) + b(s),
    sub: (a, b) => (s) => a(s) - b(s),
    mul: (a, b) => (s) => a(s) * b(s),
    div: (a, b) => (s) => a(s) / b(s),
    sum: (terms) => (s) => terms.reduce((acc, x) => acc + x(s), 0),
    choose: (cmp, a, b, then, otherwise) => {
      const yes = then();
      const no = otherwise();
      return cmp === 'eq' ? (s) => (a(s) === b(s) ? yes(s) : no(s)) : (s) => (a(s) > b(s) ? yes(s) : no(s));
    },
    inYears: (years, t, then) => (inRange(years, start + t) ? then() : () => 0),
  };
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
  const buffers = new Map(line.rows.map((r) => [r.name, new Float64Array(n)]));
  const bindings = new Map(line.inputs.map((b) => [b.key, b]));
  const at = (t: number, year: 'same' | 'first' | 'previous') => (year === 'first' ? 0 : year === 'previous' ? t - 1 : t);
  const env: FormulaEnv<Figure> = {
    input: (input, t, year) => bound(bindings.get(inputKey(input)), at(t, year)),
    row: (name, t, year) => {
      const buffer = buffers.get(name);
      const i = at(t, year);
      if (buffer === undefined) throw new InternalError(`risk model: no row ${name}`);
      return () => buffer[i] ?? 0;
    },
    group: (group, t) => {
      const members = line.rows.filter((r) => r.group === group).map((r) => buffers.get(r.name) as Float64Array);
      return () => members.reduce((acc, b) => acc + (b[t] ?? 0), 0);
    },
  };
  const rows = line.rows.map((r) => ({ buffer: buffers.get(r.name) as Float64Array, years: Array.from({ length: n }, (_, t) => interpret(r.expr, calc, env, t)) }));
  const amounts = buffers.get(AMOUNT_ROW);
  if (amounts === undefined) throw new InternalError('risk model: a line without an amount row');
  return {
    cost: line.cost,
    amounts(s) {
      for (const row of rows) for (let t = 0; t < n; t++) row.buffer[t] = row.years[t]!(s);
      return amounts;
    },
  };
}

/** An input's figure in year index i of a draw. */
function bound(binding: InputBinding | undefined, i: number): Figure {
  if (binding === undefined) throw new InternalError('risk model: an input without a binding');
  if ('figures' in binding) {
    const x = binding.figures[i] ?? 0;
    return () => x;
  }
  if ('oneOff' in binding) {
    const x = binding.oneOff[i] ?? 0;
    return (s) => x * s.oneOffFactor;
  }
  if ('line' in binding) {
    const line = binding.line;
    return (s) => s.lines[line]?.[i] ?? 0;
  }
  const rate = binding.rate;
  if ('constant' in rate) return () => rate.constant;
  const series = rate.series;
  return (s) => s.series[series]?.[i] ?? 0;
}

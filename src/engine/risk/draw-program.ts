import { InternalError } from '../../errors.js';
import { AMOUNT_ROW } from '../../model/formula.js';
import type { RiskModel } from './evaluator.js';
import { lineStatements } from './float-formula.js';
import { loopedStatements, type LoopTables } from './loops.js';
import { netStatements, poolStatements } from './net-statements.js';

/**
 * What a draw changes, per series of the risk model (by position in `RiskModel.series`): the
 * factor its values are multiplied by and the shift added to its index's rates; and the
 * one-off factor and the discount rate.
 */
export interface DrawInputs {
  readonly seriesFactor: Float64Array;
  readonly seriesShift: Float64Array;
  readonly oneOffFactor: number;
  readonly discountRate: number;
}

type Run = (series: Float64Array, oneOff: number, values: Float64Array, numbers: Float64Array, positions: Int32Array) => void;

/** One configuration: functions that compute every line of every municipality and their net costs, and where each municipality's net cost is. */
interface ConfigurationProgram {
  readonly run: readonly Run[];
  readonly nets: readonly number[];
}

/**
 * The risk model compiled for draws (docs/risk.md): every figure of every line of every
 * municipality and configuration has one place in one buffer (`values`), where what no draw
 * changes is written once, here; a draw writes the varied series into `series` and runs
 * straight-line code that computes the rest in place. Built once per model (and thread).
 */
export interface DrawProgram {
  readonly model: RiskModel;
  /** `S` and `V` of the generated code (float-formula.ts). */
  readonly series: Float64Array;
  readonly values: Float64Array;
  /** `K` and `I` of the loops (loops.ts). */
  readonly numbers: Float64Array;
  readonly positions: Int32Array;
  readonly configurations: readonly ConfigurationProgram[];
  /** Per series, its index's yearly rates (NaN: none, or a series without an index). */
  readonly rates: readonly Float64Array[];
  /** Scratch: the discount factors of a draw. */
  readonly discount: Float64Array;
}

/** Characters of code per generated function: small enough for the optimising compiler to take on quickly, large enough that calls cost nothing. */
const CODE_PER_FUNCTION = 8000;

const programs = new WeakMap<RiskModel, DrawProgram>();

/** The model's draw program (compiled once per model). */
export function drawProgram(model: RiskModel): DrawProgram {
  let program = programs.get(model);
  if (program === undefined) {
    program = compileProgram(model);
    programs.set(model, program);
  }
  return program;
}

function compileProgram(model: RiskModel): DrawProgram {
  const n = model.years;
  for (const s of model.series) if (s.values.length !== n) throw new InternalError(`risk model: series ${s.name} has ${s.values.length} years, not ${n}`);
  const layout = new Layout(model);
  const tables: LoopTables = { numbers: [], positions: [] };
  const configurations = model.configurations.map((_, c): ConfigurationProgram => {
    const statements = [...lineStatementsOf(layout, c), ...netStatementsOf(layout, c)];
    return { run: functionsOf(loopedStatements(statements, tables)), nets: model.targets.map((_, i) => layout.net(c, i)) };
  });
  return {
    model,
    series: new Float64Array(model.series.length * n),
    values: layout.values,
    numbers: Float64Array.from(tables.numbers),
    positions: Int32Array.from(tables.positions),
    configurations,
    rates: model.series.map((s) => {
      const rates = s.index === undefined ? undefined : model.indexRates.get(s.index);
      return Float64Array.from({ length: n }, (_, t) => rates?.[t] ?? NaN);
    }),
    discount: new Float64Array(n),
  };
}

/**
 * Where the figures of a draw are in `V`, each a year's worth: every row of every line (per
 * configuration, municipality and line), the pool of every settled line, the net cost of
 * every municipality per configuration, and a year of NaN (what a settled line reads of a
 * member without that line). A block of figures that another block already computes (the
 * same statements over the same figures) gives way to it (`shared`): the same population
 * and series often give a line the same figures under several configurations, and they are
 * computed once a draw.
 */
class Layout {
  readonly values: Float64Array;
  readonly missing: number;
  private readonly rows: number[][][][];
  private readonly pools: number[][][];
  private readonly nets: number[][];
  private readonly known = new Map<string, number>();

  constructor(readonly model: RiskModel) {
    const n = model.years;
    let size = 0;
    const next = () => (size += n) - n;
    this.rows = model.configurations.map((_, c) => model.targets.map((target) => (target.lines[c] ?? []).map((line) => line.rows.map(next))));
    this.pools = model.configurations.map((_, c) => model.targets.map((target) => (target.lines[c] ?? []).map((line) => (line.settlement === undefined ? -1 : next()))));
    this.nets = model.configurations.map(() => model.targets.map(next));
    this.missing = size;
    this.values = new Float64Array(size + n).fill(NaN, size);
  }

  /** Where the rows of line j of municipality i under configuration c start. */
  rowsOf(c: number, i: number, j: number): readonly number[] {
    return this.rows[c]?.[i]?.[j] ?? [];
  }

  /** Where the amounts of line j of municipality i under configuration c start (a line that is not there: the year of NaN). */
  amounts(c: number, i: number, j: number): number {
    const row = this.model.targets[i]?.lines[c]?.[j]?.rows.findIndex((r) => r.name === AMOUNT_ROW) ?? -1;
    return this.rows[c]?.[i]?.[j]?.[row] ?? this.missing;
  }

  pool(c: number, i: number, j: number): number {
    return this.pools[c]?.[i]?.[j] ?? this.missing;
  }

  net(c: number, i: number): number {
    return this.nets[c]?.[i] ?? this.missing;
  }

  /**
   * The statements of a block of figures starting at `from` (`length` years), or none where
   * an earlier block computes the same: this one then reads that one's figures, at the
   * distance returned (0 for a block of its own).
   */
  shared(statements: readonly string[], from: number, length: number): { statements: readonly string[]; moved: number } {
    if (statements.length === 0) return { statements, moved: 0 };
    const key = identity(statements, from, from + length, this.values);
    const same = this.known.get(key);
    if (same === undefined) {
      this.known.set(key, from);
      return { statements, moved: 0 };
    }
    return { statements: [], moved: same - from };
  }

  /** A line's rows, a pool or a net moved to the block that computes the same figures. */
  moveRows(c: number, i: number, j: number, by: number): void {
    const lines = this.rows[c]?.[i];
    if (lines !== undefined) lines[j] = this.rowsOf(c, i, j).map((r) => r + by);
  }

  movePool(c: number, i: number, j: number, by: number): void {
    const lines = this.pools[c]?.[i];
    if (lines !== undefined) lines[j] = this.pool(c, i, j) + by;
  }

  moveNet(c: number, i: number, by: number): void {
    const targets = this.nets[c];
    if (targets !== undefined) targets[i] = this.net(c, i) + by;
  }
}

/**
 * What makes the figures of two blocks the same in every draw: the same statements, reading
 * the same positions outside the block and the same positions within it, and the same
 * constants in it (to the bit).
 */
function identity(statements: readonly string[], from: number, to: number, values: Float64Array): string {
  const text = statements.join('\n').replace(/V\[(\d+)\]/g, (whole: string, at: string) => {
    const p = Number(at);
    return p >= from && p < to ? `R[${p - from}]` : whole;
  });
  return `${text}|${new BigUint64Array(values.buffer, from * Float64Array.BYTES_PER_ELEMENT, to - from).join(',')}`;
}

/** The statements of one configuration's lines, municipality by municipality, each in calculation order. */
function lineStatementsOf(layout: Layout, c: number): string[] {
  const { model } = layout;
  const n = model.years;
  return model.targets.flatMap((target, i) => (target.lines[c] ?? []).flatMap((line, j) => {
    const rows = layout.rowsOf(c, i, j);
    const earlierLines = Array.from({ length: j }, (_, k) => layout.amounts(c, i, k));
    const own = lineStatements(line, { start: model.start, years: n, rows, earlierLines }, layout.values);
    const { statements, moved } = layout.shared(own, rows[0] ?? 0, rows.length * n);
    layout.moveRows(c, i, j, moved);
    return statements;
  }));
}

/** The statements of one configuration's pools of settled lines, then of each municipality's net cost. */
function netStatementsOf(layout: Layout, c: number): string[] {
  const { model } = layout;
  const n = model.years;
  const pools = model.targets.flatMap((target, i) => (target.lines[c] ?? []).flatMap((line, j) => {
    if (line.settlement === undefined) return [];
    const members = line.settlement.members.map((m) => layout.amounts(c, m.target, m.line));
    const { statements, moved } = layout.shared(poolStatements(members, layout.pool(c, i, j), n), layout.pool(c, i, j), n);
    layout.movePool(c, i, j, moved);
    return statements;
  }));
  const nets = model.targets.flatMap((target, i) => {
    const lines = (target.lines[c] ?? []).map((line, j) => ({ cost: line.cost, amounts: layout.amounts(c, i, j), pool: line.settlement === undefined ? undefined : { key: line.settlement.key, at: layout.pool(c, i, j) } }));
    const { statements, moved } = layout.shared(netStatements(lines, layout.net(c, i), n), layout.net(c, i), n);
    layout.moveNet(c, i, moved);
    return statements;
  });
  return [...pools, ...nets];
}

/** Statements in order as few functions. */
function functionsOf(statements: readonly string[]): readonly Run[] {
  const bodies: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const statement of statements) {
    if (current.length > 0 && length + statement.length > CODE_PER_FUNCTION) {
      bodies.push(current);
      current = [];
      length = 0;
    }
    current.push(statement);
    length += statement.length;
  }
  if (current.length > 0) bodies.push(current);
  // the statements hold only numbers and indices (float-formula.ts, loops.ts, net-statements.ts)
  return bodies.map((body) => new Function('S', 'O', 'V', 'K', 'I', body.join('\n')) as Run);
}

/**
 * One draw: the NPV and cumulative net cost of every municipality under every
 * configuration, written into `out` at `offset`: per municipality, per configuration, [npv, cumulative].
 */
export function runDraw(program: DrawProgram, inputs: DrawInputs, out: Float64Array, offset: number): void {
  const { series, values, numbers, positions, discount } = program;
  const n = program.model.years;
  fillSeries(program, inputs);
  for (let t = 0; t < n; t++) discount[t] = Math.pow(1 + inputs.discountRate, -(t + 0.5));
  const configurations = program.configurations.length;
  for (let c = 0; c < configurations; c++) {
    const configuration = program.configurations[c]!;
    for (const run of configuration.run) run(series, inputs.oneOffFactor, values, numbers, positions);
    for (let i = 0; i < configuration.nets.length; i++) {
      const at = configuration.nets[i]!;
      let npv = 0;
      let cumulative = 0;
      for (let t = 0; t < n; t++) {
        npv += values[at + t]! * discount[t]!;
        cumulative += values[at + t]!;
      }
      const k = offset + (i * configurations + c) * 2;
      out[k] = npv;
      out[k + 1] = cumulative;
    }
  }
}

/** §2 in numbers: each series × its parameter's factor, with an index shift compounding from the last explicit year. */
function fillSeries(program: DrawProgram, inputs: DrawInputs): void {
  const n = program.model.years;
  const { series: out, rates } = program;
  program.model.series.forEach((s, k) => {
    const factor = inputs.seriesFactor[k]!;
    const shift = inputs.seriesShift[k]!;
    const base = k * n;
    if (factor === 1 && shift === 0) {
      for (let t = 0; t < n; t++) out[base + t] = s.values[t]!;
      return;
    }
    const r = rates[k]!;
    let chain = 1;
    for (let t = 0; t < n; t++) {
      const rate = r[t]!;
      if (s.explicit[t] === true) chain = 1;
      else if (shift !== 0 && Number.isFinite(rate)) chain *= (1 + rate + shift) / (1 + rate);
      out[base + t] = s.values[t]! * factor * chain;
    }
  });
}

import { InternalError } from '../../errors.js';
import { AMOUNT_ROW } from '../../model/formula.js';
import type { LineModel, RiskModel } from './evaluator.js';
import { lineStatements } from './float-formula.js';
import { loopedStatements, type LoopTables } from './loops.js';

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

/** How one line adds to its municipality's net cost: its own amounts, or a settled line's key share of its members' own amounts. */
interface NetLine {
  readonly cost: boolean;
  /** Where its amount row starts in `V`. */
  readonly amounts: number;
  /** Settled: the key per year, and where each member's own amounts start in `V` (a member without that line: a year of NaN after the rows). */
  readonly key: Float64Array | undefined;
  readonly members: Int32Array | undefined;
}

/** One configuration: functions that compute every line of every municipality, then each municipality's lines as they add up. */
interface ConfigurationProgram {
  readonly run: readonly ((series: Float64Array, oneOff: number, values: Float64Array, numbers: Float64Array, positions: Int32Array) => void)[];
  readonly targets: readonly (readonly NetLine[])[];
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
  /** Scratch: a municipality's net cost per year, and the discount factors of a draw. */
  readonly net: Float64Array;
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
  const layout = layoutOf(model);
  const tables: LoopTables = { numbers: [], positions: [] };
  const known = new Map<string, number[]>();
  const configurations = model.configurations.map((_, c): ConfigurationProgram => {
    const run = functionsOf(loopedStatements(configurationStatements(model, layout, c, known), tables));
    const amounts = (i: number, j: number) => amountsAt(model, layout, c, i, j);
    return { run, targets: model.targets.map((target, i) => (target.lines[c] ?? []).map((line, j) => netLine(line, amounts(i, j), amounts, n))) };
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
    net: new Float64Array(n),
    discount: new Float64Array(n),
  };
}

/** Where the figures of every line are in `V`: per configuration, municipality and line, where each of its rows starts. */
interface Layout {
  readonly rows: number[][][][];
  readonly values: Float64Array;
  /** Where a year of NaN starts: what a settled line reads of a member without that line. */
  readonly missing: number;
}

function layoutOf(model: RiskModel): Layout {
  const n = model.years;
  let size = 0;
  const rows = model.configurations.map((_, c) => model.targets.map((target) => (target.lines[c] ?? []).map((line) => line.rows.map(() => (size += n) - n))));
  return { rows, values: new Float64Array(size + n).fill(NaN, size), missing: size };
}

/** Where the amounts of line j of municipality i under configuration c start in `V`. */
function amountsAt(model: RiskModel, layout: Layout, c: number, i: number, j: number): number {
  const line = model.targets[i]?.lines[c]?.[j];
  const row = line?.rows.findIndex((r) => r.name === AMOUNT_ROW) ?? -1;
  return layout.rows[c]?.[i]?.[j]?.[row] ?? layout.missing;
}

/**
 * The statements of one configuration's lines, in order. A line that would compute what an
 * earlier line (of any configuration: `known`) already computes, gets no statements but that
 * line's rows: the same population and series often give a line the same figures under
 * several configurations, and they are computed once a draw.
 */
function configurationStatements(model: RiskModel, layout: Layout, c: number, known: Map<string, number[]>): string[] {
  const n = model.years;
  return model.targets.flatMap((target, i) => (target.lines[c] ?? []).flatMap((line, j) => {
    const lines = layout.rows[c]?.[i];
    const rows = lines?.[j] ?? [];
    const earlierLines = Array.from({ length: j }, (_, k) => amountsAt(model, layout, c, i, k));
    const statements = lineStatements(line, { start: model.start, years: n, rows, earlierLines }, layout.values);
    if (statements.length === 0 || lines === undefined) return statements;
    const key = identity(statements, rows, layout.values, n);
    const same = known.get(key);
    if (same === undefined) {
      known.set(key, rows);
      return statements;
    }
    lines[j] = same;
    return [];
  }));
}

/**
 * What makes the figures of two lines the same in every draw: the same statements, reading
 * the same positions outside the line and the same positions within it, and the same
 * constants in it (to the bit).
 */
function identity(statements: readonly string[], rows: readonly number[], values: Float64Array, n: number): string {
  const from = rows[0] ?? 0;
  const to = (rows.at(-1) ?? 0) + n;
  const text = statements.join('\n').replace(/V\[(\d+)\]/g, (whole: string, at: string) => {
    const p = Number(at);
    return p >= from && p < to ? `R[${p - from}]` : whole;
  });
  return `${text}|${new BigUint64Array(values.buffer, from * Float64Array.BYTES_PER_ELEMENT, to - from).join(',')}`;
}

function netLine(line: LineModel, amounts: number, amountsOf: (target: number, line: number) => number, n: number): NetLine {
  const settlement = line.settlement;
  if (settlement === undefined) return { cost: line.cost, amounts, key: undefined, members: undefined };
  const key = Float64Array.from({ length: n }, (_, t) => settlement.key[t] ?? NaN);
  return { cost: line.cost, amounts, key, members: Int32Array.from(settlement.members.map((m) => amountsOf(m.target, m.line))) };
}

/** Statements in order as few functions. */
function functionsOf(statements: readonly string[]): ConfigurationProgram['run'] {
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
  // the statements hold only numbers and indices (float-formula.ts, loops.ts)
  return bodies.map((body) => new Function('S', 'O', 'V', 'K', 'I', body.join('\n')) as ConfigurationProgram['run'][number]);
}

/**
 * One draw: the NPV and cumulative net cost of every municipality under every
 * configuration, written into `out` at `offset`: per municipality, per configuration, [npv, cumulative].
 */
export function runDraw(program: DrawProgram, inputs: DrawInputs, out: Float64Array, offset: number): void {
  const { series, values, numbers, positions, net, discount } = program;
  const n = program.model.years;
  fillSeries(program, inputs);
  for (let t = 0; t < n; t++) discount[t] = Math.pow(1 + inputs.discountRate, -(t + 0.5));
  const configurations = program.configurations.length;
  for (let c = 0; c < configurations; c++) {
    const configuration = program.configurations[c]!;
    // every member's own amounts first: a settled line reads those of the other members
    for (const run of configuration.run) run(series, inputs.oneOffFactor, values, numbers, positions);
    configuration.targets.forEach((lines, i) => {
      addUp(lines, values, net);
      let npv = 0;
      let cumulative = 0;
      for (let t = 0; t < n; t++) {
        npv += net[t]! * discount[t]!;
        cumulative += net[t]!;
      }
      const k = offset + (i * configurations + c) * 2;
      out[k] = npv;
      out[k + 1] = cumulative;
    });
  }
}

/** A municipality's net cost per year: its costs less its revenues, line by line in calculation order. */
function addUp(lines: readonly NetLine[], values: Float64Array, net: Float64Array): void {
  net.fill(0);
  const n = net.length;
  for (const line of lines) {
    const { key, members, amounts, cost } = line;
    if (key === undefined || members === undefined) {
      for (let t = 0; t < n; t++) {
        const x = values[amounts + t]!;
        net[t]! += cost ? x : -x;
      }
      continue;
    }
    for (let t = 0; t < n; t++) {
      // no constant in this sum: a NaN here would make the engine box every partial sum
      let pool = 0;
      for (let k = 0; k < members.length; k++) pool += values[members[k]! + t]!;
      const x = key[t]! * pool;
      net[t]! += cost ? x : -x;
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

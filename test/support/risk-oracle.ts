import { AMOUNT_ROW, interpret, inputKey, yearIndex, type FormulaEnv } from '../../src/model/formula.js';
import type { Draw, InputBinding, LineModel, RiskModel, SeriesModel } from '../../src/engine/risk/evaluator.js';
import { floatCalculator, literal, type Figure } from '../../src/engine/risk/float-formula.js';

// The risk model's draw as it was computed before the draw program (issue 16): each line's
// compiled function over arrays per series and per line, the settled pools and net costs
// added up in a loop. Kept as the oracle that the draw program must match to the bit.

interface OracleState {
  readonly series: readonly (readonly number[])[];
  readonly oneOffFactor: number;
  readonly lines: Float64Array[];
}

interface OracleLine {
  amounts(s: OracleState): Float64Array;
}

function bound(binding: InputBinding | undefined, i: number): Figure {
  if (binding === undefined) throw new Error('an input without a binding');
  if ('figures' in binding) return binding.figures[i] ?? 0;
  if ('oneOff' in binding) return { code: `${literal(binding.oneOff[i] ?? 0)}*O` };
  if ('line' in binding) return { code: `L[${binding.line}][${i}]` };
  const rate = binding.rate;
  if ('constant' in rate) return rate.constant;
  const value = `S[${rate.series}][${i}]`;
  return { code: binding.unitInterval === true ? `Math.min(1,Math.max(0,${value}))` : value };
}

function compileLine(model: RiskModel, line: LineModel): OracleLine {
  const n = model.years;
  const calc = floatCalculator(model.start);
  const position = new Map(line.rows.map((r, i) => [r.name, i]));
  const buffers = line.rows.map(() => new Float64Array(n));
  const constantRows = new Set<number>();
  const bindings = new Map(line.inputs.map((b) => [b.key, b]));
  const rowFigure = (name: string, i: number): Figure => {
    const r = position.get(name) ?? -1;
    return constantRows.has(r) ? buffers[r]?.[i] ?? 0 : { code: `R[${r}][${i}]` };
  };
  const env: FormulaEnv<Figure> = {
    input: (input, t, year) => bound(bindings.get(inputKey(input)), yearIndex(t, year)),
    row: (name, t, year) => rowFigure(name, yearIndex(t, year)),
    group: (group, t) => calc.sum(line.rows.filter((r) => r.group === group).map((r) => rowFigure(r.name, t))),
  };
  const statements: string[] = [];
  line.rows.forEach((row, r) => {
    const figures = Array.from({ length: n }, (_, t) => interpret(row.expr, calc, env, t));
    figures.forEach((f, t) => (typeof f === 'number' ? (buffers[r]![t] = f) : statements.push(`R[${r}][${t}]=${f.code};`)));
    if (figures.every((f) => typeof f === 'number')) constantRows.add(r);
  });
  const amounts = buffers[position.get(AMOUNT_ROW) ?? -1]!;
  const run = new Function('S', 'O', 'L', 'R', statements.join('\n')) as (...args: unknown[]) => void;
  return {
    amounts(s) {
      run(s.series, s.oneOffFactor, s.lines, buffers);
      return amounts;
    },
  };
}

function perturbedSeries(model: RiskModel, s: SeriesModel, draw: Draw): readonly number[] {
  const factor = draw.parameterFactor.get(s.name) ?? 1;
  const shift = s.index === undefined ? 0 : draw.indexShift.get(s.index) ?? 0;
  if (factor === 1 && shift === 0) return s.values;
  const rates = s.index === undefined ? undefined : model.indexRates.get(s.index);
  let chain = 1;
  return s.values.map((v, t) => {
    const r = rates?.[t] ?? NaN;
    if (s.explicit[t] === true) chain = 1;
    else if (shift !== 0 && Number.isFinite(r)) chain *= (1 + r + shift) / (1 + r);
    return v * factor * chain;
  });
}

const compiledLines = new WeakMap<RiskModel, OracleLine[][][]>();

/** One draw as the risk model computed it before: per target, per configuration, [npv, cumulative]. */
export function oracleEvaluate(model: RiskModel, draw: Draw): Float64Array {
  const out = new Float64Array(model.targets.length * model.configurations.length * 2);
  const compiled = compiledLines.get(model) ?? model.targets.map((target) => target.lines.map((lines) => lines.map((line) => compileLine(model, line))));
  compiledLines.set(model, compiled);
  const n = model.years;
  const discount = Array.from({ length: n }, (_, t) => Math.pow(1 + draw.discountRate, -(t + 0.5)));
  const state: OracleState = { series: model.series.map((s) => perturbedSeries(model, s, draw)), oneOffFactor: draw.oneOffFactor, lines: [] };
  const configurations = model.configurations.length;
  for (let c = 0; c < configurations; c++) {
    const own = compiled.map((target) => {
      state.lines.length = 0;
      for (const line of target[c] ?? []) state.lines.push(line.amounts(state));
      return [...state.lines];
    });
    model.targets.forEach((target, i) => {
      const net = new Array<number>(n).fill(0);
      (target.lines[c] ?? []).forEach((line, j) => {
        const amounts = own[i]?.[j] ?? new Float64Array(n);
        const settle = line.settlement;
        for (let t = 0; t < n; t++) {
          const x = settle === undefined ? amounts[t]! : settle.key[t]! * settle.members.reduce((acc, k) => acc + (own[k.target]?.[k.line]?.[t] ?? NaN), 0);
          net[t]! += line.cost ? x : -x;
        }
      });
      let npv = 0;
      let cumulative = 0;
      for (let t = 0; t < n; t++) {
        npv += net[t]! * discount[t]!;
        cumulative += net[t]!;
      }
      out[(i * configurations + c) * 2] = npv;
      out[(i * configurations + c) * 2 + 1] = cumulative;
    });
  }
  return out;
}

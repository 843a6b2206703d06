import { Dec } from '../../model/decimal.js';
import type { Scenario } from '../../model/scenario.js';
import type { InflowStream } from '../../model/inflow.js';
import { changesPopulation, type Distribution, type Uncertainty, type UncertaintyTarget } from '../../model/uncertainty.js';
import { project } from '../project.js';
import { municipalitySubject, resultFor, type Subject } from '../subject.js';
import { evaluate, neutralDraw, resultSize, type Draw, type RiskModel } from './evaluator.js';
import { subjectPositions } from './positions.js';

/** The change a variable gets when the file gives it no range: ±10% (an index: ±1 percentage point). */
export const DEFAULT_RANGE = 0.1;
export const DEFAULT_INDEX_RANGE = 0.01;

/** One variable of the tornado: what it changes, its low and high change, and where they came from. */
export interface SensitivityVariable {
  readonly target: UncertaintyTarget;
  readonly low: number;
  readonly high: number;
  readonly range: 'file' | 'default';
}

/** A variable's effect: every target's NPV and cumulative under every configuration at its low and its high change. */
export interface SensitivityResult {
  readonly variable: SensitivityVariable;
  /** Laid out as `evaluate` writes them. */
  readonly low: Float64Array;
  readonly high: Float64Array;
}

/**
 * The variables of a sensitivity analysis: every parameter the lines read, the indices they
 * grow with, one-off amounts, the outflow rate, the inflow (where a municipality has inflow
 * streams) and the discount rate; each with the range of its distribution in the file, or the default.
 */
export function sensitivityVariables(model: RiskModel, uncertainty: Uncertainty | undefined, range = DEFAULT_RANGE, hasInflow = false): SensitivityVariable[] {
  const fromFile = (target: UncertaintyTarget): Distribution | undefined =>
    uncertainty?.variables.find((v) => v.target.kind === target.kind && JSON.stringify(v.target) === JSON.stringify(target))?.distribution;
  const variable = (target: UncertaintyTarget, fallback: number): SensitivityVariable => {
    const d = fromFile(target);
    return d === undefined ? { target, low: -fallback, high: fallback, range: 'default' } : { target, low: d.low, high: d.high, range: 'file' };
  };
  const parameters = [...new Set(model.series.map((s) => s.name))];
  const indices = [...new Set(model.series.flatMap((s) => (s.index === undefined ? [] : [s.index])))];
  const hasOneOff = model.targets.some((t) => t.lines.some((lines) => lines.some((l) => l.inputs.some((input) => 'oneOff' in input))));
  return [
    ...parameters.map((name) => variable({ kind: 'parameter', name }, range)),
    ...indices.map((id) => variable({ kind: 'index', id }, DEFAULT_INDEX_RANGE)),
    ...(hasOneOff ? [variable({ kind: 'one_off' }, range)] : []),
    variable({ kind: 'outflow' }, range),
    ...(hasInflow ? [variable({ kind: 'inflow' }, range)] : []),
    variable({ kind: 'discount_rate' }, range),
  ];
}

/**
 * Each variable at its low and its high change, the others as they are. Parameters, indices,
 * one-offs and the discount rate re-evaluate the risk model; the outflow rate and the inflow
 * change the population, so it is projected again with the exact engine.
 */
export function runSensitivity(model: RiskModel, scenario: Scenario, variables: readonly SensitivityVariable[]): SensitivityResult[] {
  return variables.map((variable) => ({
    variable,
    low: outcome(model, scenario, variable.target, variable.low),
    high: outcome(model, scenario, variable.target, variable.high),
  }));
}

function outcome(model: RiskModel, scenario: Scenario, target: UncertaintyTarget, change: number): Float64Array {
  const out = new Float64Array(resultSize(model));
  if (changesPopulation(target)) {
    const projection = project(target.kind === 'inflow' ? withInflowScaled(scenario, 1 + change) : withOutflowScaled(scenario, 1 + change));
    let k = 0;
    for (const t of model.targets) {
      for (const c of model.configurations) {
        const r = resultFor(projection, c, municipalitySubject(t.id));
        out[k++] = r?.npv.toNumber() ?? NaN;
        out[k++] = r?.cumulative.toNumber() ?? NaN;
      }
    }
    return out;
  }
  evaluate(model, changedDraw(model, target, change), out);
  return out;
}

/** The draw that changes one variable by `change`. */
export function changedDraw(model: RiskModel, target: UncertaintyTarget, change: number): Draw {
  const draw = neutralDraw(model);
  switch (target.kind) {
    case 'parameter':
      return { ...draw, parameterFactor: new Map([[target.name, 1 + change]]) };
    case 'index':
      return { ...draw, indexShift: new Map([[target.id, change]]) };
    case 'one_off':
      return { ...draw, oneOffFactor: 1 + change };
    case 'discount_rate':
      return { ...draw, discountRate: model.discountRate * (1 + change) };
    case 'outflow':
    case 'inflow':
      return draw;
  }
}

/**
 * The scenario with every outflow rate times `factor` (capped below 1: no one can leave more
 * than all): the region's, and the own rates of inflow streams (docs/methodology.md#inflow).
 */
export function withOutflowScaled(scenario: Scenario, factor: number): Scenario {
  const scale = (rate: Dec) => Dec.min(rate.times(factor), new Dec('0.999'));
  const { region } = scenario;
  const outflow = region.outflow.kind === 'constant'
    ? { kind: 'constant' as const, rate: scale(region.outflow.rate) }
    : { kind: 'bands' as const, bands: region.outflow.bands.map((b) => ({ ...b, rate: scale(b.rate) })) };
  const municipalities = scenario.municipalities.map((m) =>
    m.inflow === undefined ? m : { ...m, inflow: m.inflow.map((s) => (s.outflowRate === undefined ? s : { ...s, outflowRate: scale(s.outflowRate) })) });
  return { ...scenario, region: { ...region, outflow }, municipalities };
}

/**
 * The scenario with every inflow stream's people per year, or target head count, times
 * `factor` (≥ 0): more or fewer newcomers, with the same ages, hours and outflow.
 */
export function withInflowScaled(scenario: Scenario, factor: number): Scenario {
  const f = new Dec(factor);
  const scale = (s: InflowStream): InflowStream => ({ ...s, size: { kind: s.size.kind, byYear: new Map([...s.size.byYear].map(([y, n]) => [y, n.times(f)])) } });
  const municipalities = scenario.municipalities.map((m) => (m.inflow === undefined ? m : { ...m, inflow: m.inflow.map(scale) }));
  return { ...scenario, municipalities };
}

/** One bar of the tornado: how far a variable moves the measure down and up from where it stands. */
export interface TornadoBar {
  readonly variable: SensitivityVariable;
  /** The measure at the variable's low and high change, and the change from the base. */
  readonly atLow: number;
  readonly atHigh: number;
  readonly swing: number;
}

/**
 * The tornado of one configuration for one subject: its Δ NPV with the baseline (its NPV, for
 * the baseline itself) at each variable's low and high change, largest swing first (to the cent;
 * equal swings in the order of the variables).
 */
export function tornado(model: RiskModel, results: readonly SensitivityResult[], subject: Subject, configuration: number): { base: number; bars: TornadoBar[] } {
  const configs = model.configurations.length;
  const targets = subjectPositions(model, subject);
  const measure = (out: Float64Array) => {
    const npv = (c: number) => targets.reduce((s, m) => s + (out[(m * configs + c) * 2] ?? NaN), 0);
    return configuration === model.baseline ? npv(configuration) : npv(configuration) - npv(model.baseline);
  };
  const base = new Float64Array(resultSize(model));
  evaluate(model, neutralDraw(model), base);
  const bars = results.map((r) => {
    const atLow = measure(r.low);
    const atHigh = measure(r.high);
    return { variable: r.variable, atLow, atHigh, swing: Math.abs(atHigh - atLow) };
  });
  // by swing in whole cents, ties in the variables' order: floating-point noise far below a cent (a swing that is zero exactly) does not reorder the bars
  const cents = (x: number) => Math.round(x * 100);
  return { base: measure(base), bars: bars.sort((a, b) => cents(b.swing) - cents(a.swing)) };
}

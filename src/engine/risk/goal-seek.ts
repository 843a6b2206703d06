import type { Subject } from '../subject.js';
import { evaluate, neutralDraw, resultSize, type RiskModel } from './evaluator.js';
import { subjectPositions } from './positions.js';

/** What to solve: a parameter's factor at which a configuration's difference with the baseline is zero. */
export interface GoalSeek {
  readonly parameter: string;
  readonly configuration: number;
  /** Whose difference: a municipality's, or the region's (the sum of all). */
  readonly subject: Subject;
  readonly measure: 'npv' | 'cumulative';
}

export type GoalSeekResult =
  | { readonly found: true; readonly factor: number }
  | { readonly found: false; readonly reason: 'no-effect' | 'negative' | 'out-of-range' | 'no-convergence' };

/**
 * The factor on the parameter's whole series at which the configuration breaks even with
 * the baseline (Δ = 0), by the secant method on the risk model (the difference is linear in
 * one parameter's factor in most models, so this converges in a step or two). A factor below
 * zero would make the parameter negative: then there is no solution. A parameter read as a
 * volume elasticity must stay from 0 to 1: a factor that takes it out has no solution
 * either (the risk model holds a drawn elasticity at its bound, so the difference is flat
 * there).
 */
export function solveFactor(model: RiskModel, goal: GoalSeek): GoalSeekResult {
  const delta = (factor: number) => differenceAt(model, goal, factor);
  const bounded = elasticitySeries(model, goal.parameter);
  const leaves = (factor: number) => bounded.some((values) => values.some((v) => v * factor < 0 || v * factor > 1));
  let x0 = 1;
  let y0 = delta(x0);
  if (Math.abs(y0) < 0.005) return { found: true, factor: 1 };
  let x1 = 1.1;
  let y1 = delta(x1);
  for (let step = 0; step < 60; step++) {
    if (Math.abs(y1 - y0) < 1e-9 * Math.max(1, Math.abs(y0))) return { found: false, reason: step > 0 && bounded.length > 0 ? 'out-of-range' : 'no-effect' };
    const x2 = x1 - (y1 * (x1 - x0)) / (y1 - y0);
    x0 = x1;
    y0 = y1;
    x1 = x2;
    y1 = delta(x1);
    if (Math.abs(y1) < 0.005) return x1 < 0 ? { found: false, reason: 'negative' } : leaves(x1) ? { found: false, reason: 'out-of-range' } : { found: true, factor: x1 };
  }
  return { found: false, reason: 'no-convergence' };
}

/** The series of a parameter that some line reads as a volume elasticity (bound to [0, 1]). */
function elasticitySeries(model: RiskModel, parameter: string): (readonly number[])[] {
  const read = new Set<number>();
  for (const target of model.targets) {
    for (const lines of target.lines) {
      for (const line of lines) {
        for (const b of line.inputs) if ('rate' in b && b.unitInterval === true && 'series' in b.rate) read.add(b.rate.series);
      }
    }
  }
  return model.series.flatMap((s, i) => (s.name === parameter && read.has(i) ? [s.values.filter((v) => !Number.isNaN(v))] : []));
}

/** The configuration's Δ NPV (or Δ cumulative) with the baseline, with the parameter's series times `factor`. */
export function differenceAt(model: RiskModel, goal: GoalSeek, factor: number): number {
  const out = new Float64Array(resultSize(model));
  evaluate(model, { ...neutralDraw(model), parameterFactor: new Map([[goal.parameter, factor]]) }, out);
  const configs = model.configurations.length;
  const which = goal.measure === 'npv' ? 0 : 1;
  const targets = subjectPositions(model, goal.subject);
  const value = (c: number) => targets.reduce((s, m) => s + (out[(m * configs + c) * 2 + which] ?? NaN), 0);
  return value(goal.configuration) - value(model.baseline);
}

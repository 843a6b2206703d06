import { municipalitySubject, rateUses, resultFor, subjectKey, type LineResult, type Projection } from '../engine/index.js';
import { Dec, ONE, ZERO } from '../model/decimal.js';
import type { Parameter } from '../model/series.js';
import type { Language } from './i18n/index.js';
import type { WorkbookLabels } from './i18n/workbook-labels.js';
import { formatEuros, roundCents } from './number-format.js';
import type { TornadoReport } from './risk/analyses.js';
import { isEstimate } from './source-label.js';

/** How many of the inputs a report rests on are estimates, and which of them weigh most. */
export interface EstimateSummary {
  /** Parameters and indices the report's lines read. */
  readonly inputs: number;
  /** Of them, estimates or assumptions, by the rule of sourceLabel (isEstimate). */
  readonly estimates: number;
  /** Of them, inputs without a source. */
  readonly withoutSource: number;
  /** The estimated parameters that weigh most, heaviest first (see {@link estimateSummary}). */
  readonly weightiest: readonly { readonly figure: string; readonly weight: Dec }[];
  /** How they were weighed: by their share of the difference with the baseline, or by a tornado's swing. */
  readonly by: 'share' | 'tornado';
}

/** How many estimates a report names as weighing most. */
const WEIGHTIEST = 3;

/**
 * The estimates among the parameters and indices that the municipalities' lines read, and
 * the estimated parameters that weigh most (docs/methodology.md#the-workbook):
 *
 * - with a tornado (the workbook of `sensitivity`, `risk` or `solve`), by its ranking: each
 *   parameter's swing in the chosen configuration's outcome;
 * - else by their share of the difference in present value with the baseline: the present
 *   value of what a parameter's amount brings into the lines that read it (costs less
 *   revenues, as the municipalities bear them; a rate per work form only its term's part of
 *   the line) in an alternative less the same in the baseline, in the alternative where that
 *   is largest. A parameter that every configuration reads alike weighs nothing: the choice
 *   does not rest on it. An elasticity changes only part of a line: it is counted, not ranked.
 *   This needs no recalculation, so that every workbook can say it.
 */
export function estimateSummary(projection: Projection, municipalities: readonly string[], tornado?: TornadoReport): EstimateSummary {
  const { region } = projection;
  const parameters = new Map<Parameter, Map<string, Dec>>();
  const indices = new Set<string>();
  const estimates = new Map<Parameter, boolean>();
  const estimate = (parameter: Parameter) => {
    let is = estimates.get(parameter);
    if (is === undefined) estimates.set(parameter, (is = isEstimate(parameter.source)));
    return is;
  };
  const add = (parameter: Parameter, configuration: string, value: Dec) => {
    if (parameter.index?.kind === 'series') indices.add(parameter.index.id);
    const byConfiguration = parameters.get(parameter) ?? new Map<string, Dec>();
    byConfiguration.set(configuration, (byConfiguration.get(configuration) ?? ZERO).plus(value));
    parameters.set(parameter, byConfiguration);
  };
  for (const configuration of region.configurations) {
    for (const m of municipalities) {
      for (const lr of resultFor(projection, configuration.id, municipalitySubject(m))?.lines ?? []) {
        for (const use of rateUses(lr)) {
          if (use.source.kind !== 'parameter') continue;
          const parameter = projection.parameters.get(subjectKey(use.source.scope))?.get(use.source.name)?.parameter;
          if (parameter === undefined) continue;
          // only an estimate is weighed, and with a tornado by its swing: the others are counted, not weighed
          const weighed = tornado === undefined && use.elasticity !== true && estimate(parameter);
          add(parameter, configuration.id, weighed ? presentValue(projection, lr, use.workForm) : ZERO);
        }
      }
    }
  }
  const sources = [...[...parameters.keys()].map((p) => p.source), ...[...indices].map((id) => region.indices.get(id)?.source)];
  const estimated = [...parameters.entries()].filter(([p]) => estimate(p));
  const weighed = tornado === undefined
    ? estimated.map(([p, byConfiguration]) => ({ figure: p.description ?? p.name, weight: shareOfDifference(region, byConfiguration) }))
    : tornadoWeights(tornado, new Set(estimated.map(([p]) => p.name)), (name) => estimated.find(([p]) => p.name === name)?.[0]);
  return {
    inputs: sources.length,
    estimates: sources.filter((s) => isEstimate(s)).length,
    withoutSource: sources.filter((s) => (s ?? '').trim() === '').length,
    weightiest: weighed.filter((e) => !e.weight.isZero()).sort((a, b) => b.weight.comparedTo(a.weight)).slice(0, WEIGHTIEST),
    by: tornado === undefined ? 'share' : 'tornado',
  };
}

/**
 * The present values of each line, by work form, as {@link presentValue} gives them, once per
 * projection: a line reads several parameters (a rate, its index, …), and a batch asks for
 * every municipality's lines again in the region's workbook.
 */
const presentValues = new WeakMap<Projection, WeakMap<LineResult, Map<string | undefined, Dec>>>();

/** The present value of a line as the municipality bears it (costs positive, revenues negative); for a rate per work form, of its term's part. */
function presentValue(projection: Projection, lr: LineResult, workForm: string | undefined): Dec {
  const byLine = presentValues.get(projection) ?? new WeakMap<LineResult, Map<string | undefined, Dec>>();
  presentValues.set(projection, byLine);
  const byWorkForm = byLine.get(lr) ?? new Map<string | undefined, Dec>();
  byLine.set(lr, byWorkForm);
  let value = byWorkForm.get(workForm);
  if (value === undefined) byWorkForm.set(workForm, (value = linePresentValue(projection, lr, workForm)));
  return value;
}

function linePresentValue(projection: Projection, lr: LineResult, workForm: string | undefined): Dec {
  const terms = lr.formula.rows.filter((r) => r.workForm !== undefined);
  const own = terms.find((r) => r.workForm === workForm);
  const part = (t: number): Dec => {
    if (workForm === undefined || own === undefined) return ONE;
    const all = termSums(lr)[t] ?? ZERO;
    return all.isZero() ? ZERO : (lr.rows.get(own.name)?.[t] ?? ZERO).div(all);
  };
  const pv = lr.amounts.reduce((acc, x, t) => acc.plus(x.times(part(t)).times(projection.discountFactors[t] ?? ZERO)), ZERO);
  return lr.line.kind === 'cost' ? pv : pv.neg();
}

/** Σ of a line's rows per work form, per year: what each work form's part is a part of. */
const termSumsOf = new WeakMap<LineResult, readonly Dec[]>();

function termSums(lr: LineResult): readonly Dec[] {
  let sums = termSumsOf.get(lr);
  if (sums === undefined) {
    const terms = lr.formula.rows.filter((r) => r.workForm !== undefined);
    termSumsOf.set(lr, (sums = lr.amounts.map((_, t) => terms.reduce((acc, r) => acc.plus(lr.rows.get(r.name)?.[t] ?? ZERO), ZERO))));
  }
  return sums;
}

/** The largest difference, over the alternatives, with the baseline. */
function shareOfDifference(region: Projection['region'], byConfiguration: ReadonlyMap<string, Dec>): Dec {
  const baseline = byConfiguration.get(region.baseline) ?? ZERO;
  return region.configurations.filter((c) => c.id !== region.baseline).reduce((most, c) => Dec.max(most, (byConfiguration.get(c.id) ?? ZERO).minus(baseline).abs()), ZERO);
}

/** The estimated parameters' swings in a tornado. */
function tornadoWeights(tornado: TornadoReport, estimated: ReadonlySet<string>, parameter: (name: string) => Parameter | undefined): { figure: string; weight: Dec }[] {
  return tornado.bars.flatMap((b) => {
    const target = b.variable.target;
    if (target.kind !== 'parameter' || !estimated.has(target.name)) return [];
    const p = parameter(target.name);
    return [{ figure: p?.description ?? target.name, weight: new Dec(roundCents(b.swing)) }];
  });
}

/** The lines of the notes that say how far the report rests on estimates. */
export function estimateLines(summary: EstimateSummary, labels: WorkbookLabels, language: Language): string[] {
  const n = labels.notes;
  if (summary.estimates === 0 && summary.withoutSource === 0) return [];
  const lines = [n.estimates(summary.estimates, summary.inputs)];
  if (summary.weightiest.length > 0) lines.push(n.weightiest(summary.weightiest.map((e) => `${e.figure} (${formatEuros(e.weight, language)})`), summary.by));
  if (summary.withoutSource > 0) lines.push(n.withoutSource(summary.withoutSource));
  return lines;
}

import { InternalError } from '../errors.js';
import { ZERO, type Dec } from '../model/decimal.js';
import type { Quantity } from '../model/formula.js';
import type { Municipality } from '../model/municipality.js';
import type { Scenario } from '../model/scenario.js';
import { NET_LINE, REALISED_MEASURES, realisedYears, type RealisedAmount, type RealisedPopulation } from '../model/realised.js';
import { realisedTotal, splitLine, type LineSplit, type SplitContext } from './evaluate-line.js';
import { impliedOutflow, type ImpliedOutflow } from './implied-outflow.js';
import type { LineResult } from './line-result.js';
import type { Population } from './population.js';
import type { Projection } from './project.js';

export type { LineSplit, SplitBasis } from './evaluate-line.js';
export { impliedRates, type ImpliedOutflow, type NoImpliedOutflow } from './implied-outflow.js';

/** One stated line in one year: the line's result and its split. */
export interface LineEvaluation extends LineSplit {
  readonly line: LineResult;
}

/** The forecast net cost of a year against the stated `net` row. */
export interface NetEvaluation {
  readonly forecast: Dec;
  readonly realised: Dec;
  readonly difference: Dec;
}

/** One year of one configuration: its stated lines, in the result's order, and its `net` row if stated. */
export interface YearEvaluation {
  readonly year: number;
  readonly lines: readonly LineEvaluation[];
  readonly net?: NetEvaluation;
}

/** A configuration the realised lines name, with the years they state. */
export interface ConfigurationEvaluation {
  readonly configuration: string;
  readonly years: readonly YearEvaluation[];
}

/** A measure's forecast against its realised figure; realised absent when not stated (a total: unless every work form states it). */
export interface MeasureEvaluation {
  readonly forecast: Dec;
  readonly realised?: Dec;
}

/** SE, FTE and average head count of a group in one year. */
export type Measures = Readonly<Record<Quantity, MeasureEvaluation>>;

/** The population of one realised year (docs/methodology.md#evaluate, Population). */
export interface PopulationYearEvaluation {
  readonly year: number;
  /** Every work form of the region, in its order. */
  readonly byWorkForm: ReadonlyMap<string, Measures>;
  readonly total: Measures;
  /** The work forms whose head count is stated, which the implied outflow is solved over; empty: none. */
  readonly headcountForms: readonly string[];
  readonly impliedOutflow?: ImpliedOutflow;
}

/** A municipality's forecast held against its realised figures. */
export interface Evaluation {
  readonly municipality: string;
  /** The years with realised figures within the projection's horizon, in order. */
  readonly years: readonly number[];
  /** Realised years outside the horizon (a variant may shorten it): not compared. */
  readonly skippedYears: readonly number[];
  readonly configurations: readonly ConfigurationEvaluation[];
  readonly population: readonly PopulationYearEvaluation[];
}


/** The municipalities of a scenario that state realised figures, in the region's order. */
export function realisedMunicipalities(scenario: Scenario): Municipality[] {
  return scenario.municipalities.filter((m) => m.realised !== undefined && realisedYears(m.realised).length > 0);
}

/**
 * Holds municipality `m`'s forecast against its realised figures (docs/methodology.md#evaluate):
 * every stated line split exactly into volume, price and rest, the `net` rows, and the population
 * with its implied outflow.
 */
export function evaluateRealised(projection: Projection, m: Municipality): Evaluation {
  const realised = m.realised;
  if (realised === undefined) throw new InternalError(`municipality ${m.id} states no realised figures`);
  const population = projection.populations.get(m.id);
  if (population === undefined) throw new InternalError(`no population for ${m.id}`);
  const all = realisedYears(realised);
  const inHorizon = (year: number) => projection.years.includes(year);
  const context = (year: number): SplitContext => ({
    workForms: projection.region.workForms.map((f) => f.id),
    forecast: population,
    realised: realised.population.get(year) ?? new Map(),
    parameters: projection.parameters,
  });
  const configurations = projection.region.configurations.flatMap((c): ConfigurationEvaluation[] => {
    const byLine = realised.lines.get(c.id);
    const result = projection.results.get(c.id)?.get(m.id);
    if (byLine === undefined || result === undefined) return [];
    const years = [...new Set([...byLine.values()].flatMap((byYear) => [...byYear.keys()]))].filter(inHorizon).sort((a, b) => a - b);
    // a configuration whose every stated year lies outside the horizon has nothing to compare
    return years.length === 0 ? [] : [{ configuration: c.id, years: years.map((year) => yearEvaluation(projection, result.lines, result.net, byLine, year, context(year))) }];
  });
  const populationYears = [...realised.population.keys()].filter(inHorizon).sort((a, b) => a - b);
  return {
    municipality: m.id,
    years: all.filter(inHorizon),
    skippedYears: all.filter((y) => !inHorizon(y)),
    configurations,
    population: populationYears.map((year) => populationYear(projection, m, population, year, realised.population.get(year) ?? new Map())),
  };
}

function yearEvaluation(
  projection: Projection,
  lines: readonly LineResult[],
  net: readonly Dec[],
  byLine: ReadonlyMap<string, ReadonlyMap<number, RealisedAmount>>,
  year: number,
  ctx: SplitContext,
): YearEvaluation {
  const t = year - projection.region.horizon.start;
  const stated = lines.flatMap((lr): LineEvaluation[] => {
    const amount = byLine.get(lr.line.id)?.get(year);
    return amount === undefined ? [] : [{ line: lr, ...splitLine(lr, t, amount.amount, ctx) }];
  });
  const realisedNet = byLine.get(NET_LINE)?.get(year);
  if (realisedNet === undefined) return { year, lines: stated };
  const forecast = net[t] ?? ZERO;
  return { year, lines: stated, net: { forecast, realised: realisedNet.amount, difference: realisedNet.amount.minus(forecast) } };
}

function populationYear(projection: Projection, m: Municipality, population: Population, year: number, realised: ReadonlyMap<string, RealisedPopulation>): PopulationYearEvaluation {
  const t = year - projection.region.horizon.start;
  const workForms = projection.region.workForms.map((f) => f.id);
  const measures = (forecast: (q: Quantity) => Dec, stated: (q: Quantity) => Dec | undefined): Measures =>
    Object.fromEntries(REALISED_MEASURES.map((q) => { const r = stated(q); return [q, { forecast: forecast(q), ...(r === undefined ? {} : { realised: r }) }]; })) as Measures;
  const byWorkForm = new Map(workForms.map((f) => [f, measures((q) => population.byWorkForm.get(f)?.[q][t] ?? ZERO, (q) => realised.get(f)?.[q])]));
  const total = measures((q) => population[q][t] ?? ZERO, (q) => realisedTotal({ realised, workForms }, q));
  const headcountForms = workForms.filter((f) => realised.get(f)?.headcount !== undefined);
  const target = headcountForms.reduce((acc, f) => acc.plus(realised.get(f)?.headcount ?? ZERO), ZERO);
  return {
    year,
    byWorkForm,
    total,
    headcountForms,
    ...(headcountForms.length === 0 ? {} : { impliedOutflow: impliedOutflow(projection.scenario, m, headcountForms, t, target) }),
  };
}

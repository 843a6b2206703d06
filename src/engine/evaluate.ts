import { InternalError } from '../errors.js';
import { ZERO, type Dec } from '../model/decimal.js';
import type { Quantity } from '../model/formula.js';
import type { Line } from '../model/line.js';
import type { Municipality } from '../model/municipality.js';
import type { Scenario } from '../model/scenario.js';
import { NET_LINE, REALISED_MEASURES, realisedYears, type Realised, type RealisedAmount, type RealisedPopulation } from '../model/realised.js';
import { driverOf, realisedTotal, splitLine, type LineSplit, type SplitContext } from './evaluate-line.js';
import { regionForecastLines } from './evaluate-region.js';
import { impliedOutflow, type ImpliedOutflow } from './implied-outflow.js';
import type { Population } from './population.js';
import type { Projection } from './project.js';
import { regionPopulation } from './region-population.js';
import { REGION, municipalitySubject, type Subject } from './subject.js';
import type { YearVector } from './year-vector.js';

export type { LineSplit, SplitBasis } from './evaluate-line.js';
export { impliedRates, type ImpliedOutflow, type NoImpliedOutflow } from './implied-outflow.js';

/** One stated line in one year: the line and its split. */
export interface LineEvaluation extends LineSplit {
  /** The line as its model defines it (a fee or dissolution line: as the engine adds it). */
  readonly line: Line;
  /** What drives it: its kind's driver, or `fee` and `dissolution` for the lines the engine adds. */
  readonly driver: string;
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

/** A municipality's forecast, or the region's sums, held against its realised figures. */
export interface Evaluation {
  readonly subject: Subject;
  /** The forecast population the realised one is held against: the municipality's, or the sum of all (region-population.ts). */
  readonly forecastPopulation: Population;
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

/** A line of the subject's forecast a stated amount can be held against, in the result's order. */
export interface ForecastLine {
  readonly line: Line;
  readonly driver: string;
  /** The line's forecast amount in year index `t`. */
  readonly forecast: (t: number) => Dec;
  /** The line's split in year index `t`, given its realised amount. */
  readonly split: (t: number, realised: Dec, ctx: SplitContext) => LineSplit;
}

/** A subject's forecast under one configuration: its lines and its net cost. */
export interface ForecastResult {
  readonly lines: readonly ForecastLine[];
  readonly net: YearVector;
}

/** What an evaluation holds realised figures against: the subject's forecast, whichever it is. */
interface Forecast {
  readonly subject: Subject;
  readonly realised: Realised;
  readonly population: Population;
  /** The municipalities whose people the population is: the implied outflow scales their rates. */
  readonly municipalities: readonly Municipality[];
  readonly result: (configuration: string) => ForecastResult | undefined;
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
  return evaluateForecast(projection, {
    subject: municipalitySubject(m.id),
    realised,
    population,
    municipalities: [m],
    result: (configuration) => {
      const result = projection.results.get(configuration)?.get(m.id);
      if (result === undefined) return undefined;
      const lines = result.lines.map((lr): ForecastLine => ({ line: lr.line, driver: driverOf(lr), forecast: (t) => lr.amounts[t] ?? ZERO, split: (t, amount, ctx) => splitLine(lr, t, amount, ctx) }));
      return { lines, net: result.net };
    },
  });
}

/**
 * Holds the region's sums against the region's own realised figures (docs/methodology.md#evaluate,
 * The region): its lines summed over the municipalities, its net cost, its population.
 */
export function evaluateRegionRealised(projection: Projection): Evaluation {
  const realised = projection.scenario.regionRealised;
  if (realised === undefined) throw new InternalError('the region states no realised figures');
  const { scenario } = projection;
  const populations = scenario.municipalities.map((m) => {
    const population = projection.populations.get(m.id);
    if (population === undefined) throw new InternalError(`no population for ${m.id}`);
    return population;
  });
  return evaluateForecast(projection, {
    subject: REGION,
    realised,
    population: regionPopulation(populations, projection.region.workForms.map((f) => f.id), projection.years.length),
    municipalities: scenario.municipalities,
    result: (configuration) => regionForecastLines(projection, configuration),
  });
}

/** Whether the region file states realised figures of its own, for a year of its horizon or not. */
export function regionHasRealised(scenario: Scenario): boolean {
  return scenario.regionRealised !== undefined && realisedYears(scenario.regionRealised).length > 0;
}

function evaluateForecast(projection: Projection, f: Forecast): Evaluation {
  const { realised, population } = f;
  const all = realisedYears(realised);
  const inHorizon = (year: number) => projection.years.includes(year);
  const context = (year: number): SplitContext => ({
    workForms: projection.region.workForms.map((w) => w.id),
    forecast: population,
    realised: realised.population.get(year) ?? new Map(),
    parameters: projection.parameters,
  });
  const configurations = projection.region.configurations.flatMap((c): ConfigurationEvaluation[] => {
    const byLine = realised.lines.get(c.id);
    const result = byLine === undefined ? undefined : f.result(c.id);
    if (byLine === undefined || result === undefined) return [];
    const years = [...new Set([...byLine.values()].flatMap((byYear) => [...byYear.keys()]))].filter(inHorizon).sort((a, b) => a - b);
    // a configuration whose every stated year lies outside the horizon has nothing to compare
    return years.length === 0 ? [] : [{ configuration: c.id, years: years.map((year) => yearEvaluation(projection, result, byLine, year, context(year))) }];
  });
  const populationYears = [...realised.population.keys()].filter(inHorizon).sort((a, b) => a - b);
  return {
    subject: f.subject,
    forecastPopulation: population,
    years: all.filter(inHorizon),
    skippedYears: all.filter((y) => !inHorizon(y)),
    configurations,
    population: populationYears.map((year) => populationYear(projection, f, year, realised.population.get(year) ?? new Map())),
  };
}

function yearEvaluation(
  projection: Projection,
  result: ForecastResult,
  byLine: ReadonlyMap<string, ReadonlyMap<number, RealisedAmount>>,
  year: number,
  ctx: SplitContext,
): YearEvaluation {
  const t = year - projection.region.horizon.start;
  const stated = result.lines.flatMap((fl): LineEvaluation[] => {
    const amount = byLine.get(fl.line.id)?.get(year);
    return amount === undefined ? [] : [{ line: fl.line, driver: fl.driver, ...fl.split(t, amount.amount, ctx) }];
  });
  const realisedNet = byLine.get(NET_LINE)?.get(year);
  if (realisedNet === undefined) return { year, lines: stated };
  const forecast = result.net[t] ?? ZERO;
  return { year, lines: stated, net: { forecast, realised: realisedNet.amount, difference: realisedNet.amount.minus(forecast) } };
}

function populationYear(projection: Projection, f: Forecast, year: number, realised: ReadonlyMap<string, RealisedPopulation>): PopulationYearEvaluation {
  const { population } = f;
  const t = year - projection.region.horizon.start;
  const workForms = projection.region.workForms.map((w) => w.id);
  const measures = (forecast: (q: Quantity) => Dec, stated: (q: Quantity) => Dec | undefined): Measures =>
    Object.fromEntries(REALISED_MEASURES.map((q) => { const r = stated(q); return [q, { forecast: forecast(q), ...(r === undefined ? {} : { realised: r }) }]; })) as Measures;
  const byWorkForm = new Map(workForms.map((w) => [w, measures((q) => population.byWorkForm.get(w)?.[q][t] ?? ZERO, (q) => realised.get(w)?.[q])]));
  const total = measures((q) => population[q][t] ?? ZERO, (q) => realisedTotal({ realised, workForms }, q));
  const headcountForms = workForms.filter((w) => realised.get(w)?.headcount !== undefined);
  const target = headcountForms.reduce((acc, w) => acc.plus(realised.get(w)?.headcount ?? ZERO), ZERO);
  return {
    year,
    byWorkForm,
    total,
    headcountForms,
    ...(headcountForms.length === 0 ? {} : { impliedOutflow: impliedOutflow(projection.scenario, f.municipalities, headcountForms, t, target) }),
  };
}

import { ZERO, toCents, toEuros, type Dec } from '../../model/decimal.js';
import type { Quantity } from '../../model/formula.js';
import { REALISED_MEASURES } from '../../model/realised.js';
import { subjectName, type Subject } from '../../engine/index.js';
import type { Evaluation, ImpliedOutflow, LineEvaluation, Measures, NetEvaluation, PopulationYearEvaluation, Projection, SplitBasis, LineSplit } from '../../engine/index.js';
import { impliedRates } from '../../engine/index.js';
import { populationCells, smallYears } from '../small-cells.js';

/**
 * What every report of `evaluate` shows (docs/methodology.md#evaluate): money rounded to
 * cents so that the effects add up to the difference to the cent, and the forecast
 * population under the small-cell rule. Terminal, JSON and workbook render this, and
 * compute nothing of their own.
 */

/** A line's figures of {@link LineSplit} in cents: difference = realised − forecast, price = difference − volume − rest. */
export type CentsSplit = Omit<LineSplit, 'basis'>;

export interface LineView extends CentsSplit {
  readonly id: string;
  readonly label: string;
  readonly kind: 'cost' | 'revenue';
  readonly driver: string;
  readonly basis: SplitBasis;
}

export interface YearView {
  readonly year: number;
  readonly lines: readonly LineView[];
  /** Σ of the stated lines, a revenue counted negative; absent without stated lines. */
  readonly statedLines?: CentsSplit;
  readonly net?: { readonly forecast: Dec; readonly realised: Dec; readonly difference: Dec };
}

export interface ConfigurationView {
  readonly id: string;
  readonly label: string;
  readonly years: readonly YearView[];
}

/** A measure as shown: the forecast null where the small-cell rule hides it, realised null where not stated; the difference where both are. */
export interface MeasureView {
  readonly forecast: number | null;
  readonly realised: number | null;
  readonly difference: number | null;
}

export type MeasuresView = Readonly<Record<Quantity, MeasureView>>;

/** The implied outflow of a year as shown: k and the rates, or why not. */
export type ImpliedOutflowView =
  | { readonly factor: number; readonly rates: readonly { readonly belowAge?: number; readonly rate: number }[] }
  | { readonly reason: string };

export interface PopulationYearView {
  readonly year: number;
  readonly byWorkForm: ReadonlyMap<string, MeasuresView>;
  readonly total: MeasuresView;
  readonly impliedOutflow: ImpliedOutflowView;
}

export interface EvaluationView {
  readonly subject: Subject;
  /** The municipality's name, or the region's. */
  readonly name: string;
  readonly years: readonly number[];
  readonly skippedYears: readonly number[];
  readonly configurations: readonly ConfigurationView[];
  readonly population: readonly PopulationYearView[];
}


/** How far money is rounded: to cents (JSON, workbook) or whole euros (terminal, §1). */
export type MoneyUnit = 'cents' | 'euros';

/** The shown figures of an evaluation, money rounded to `unit`. */
export function evaluationView(projection: Projection, evaluation: Evaluation, unit: MoneyUnit = 'cents'): EvaluationView {
  const labels = new Map(projection.region.configurations.map((c) => [c.id, c.label]));
  return {
    subject: evaluation.subject,
    name: subjectName(projection.scenario, evaluation.subject),
    years: evaluation.years,
    skippedYears: evaluation.skippedYears,
    configurations: evaluation.configurations.map((c) => ({
      id: c.configuration,
      label: labels.get(c.configuration) ?? c.configuration,
      years: c.years.map((y) => yearView(y.year, y.lines, y.net, unit)),
    })),
    population: populationView(projection, evaluation),
  };
}

/** A split rounded (to cents by default), the price taking what rounding leaves so that the effects add up to the difference. */
export function centsSplit(split: { forecast: Dec; realised: Dec; volume: Dec; rest: Dec }, unit: MoneyUnit = 'cents'): CentsSplit {
  const round = unit === 'cents' ? toCents : toEuros;
  const forecast = round(split.forecast);
  const realised = round(split.realised);
  const difference = realised.minus(forecast);
  const volume = round(split.volume);
  const rest = round(split.rest);
  return { forecast, realised, difference, volume, rest, price: difference.minus(volume).minus(rest) };
}

function yearView(year: number, lines: readonly LineEvaluation[], net: NetEvaluation | undefined, unit: MoneyUnit): YearView {
  const round = unit === 'cents' ? toCents : toEuros;
  const shown = lines.map((l): LineView => ({
    id: l.line.id,
    label: l.line.label,
    kind: l.line.kind,
    driver: l.driver,
    basis: l.basis,
    ...centsSplit(l, unit),
  }));
  const netView = net === undefined ? undefined : (() => {
    const forecast = round(net.forecast);
    const realised = round(net.realised);
    return { forecast, realised, difference: realised.minus(forecast) };
  })();
  return { year, lines: shown, ...(shown.length === 0 ? {} : { statedLines: statedSum(shown) }), ...(netView === undefined ? {} : { net: netView }) };
}

/** Σ of the lines as they count in the net cost: a cost +, a revenue −. */
function statedSum(lines: readonly LineView[]): CentsSplit {
  const total = (of: (l: LineView) => Dec) => lines.reduce((acc, l) => acc.plus(l.kind === 'cost' ? of(l) : of(l).neg()), ZERO);
  return { forecast: total((l) => l.forecast), realised: total((l) => l.realised), difference: total((l) => l.difference), volume: total((l) => l.volume), price: total((l) => l.price), rest: total((l) => l.rest) };
}

function populationView(projection: Projection, evaluation: Evaluation): PopulationYearView[] {
  const population = evaluation.forecastPopulation;
  const workForms = projection.region.workForms.map((f) => f.id);
  const cells = populationCells(population, workForms);
  return evaluation.population.map((y) => {
    const t = y.year - projection.region.horizon.start;
    const shownCells = cells.years[t];
    const formShown = (f: string) => shownCells?.shown.includes(f) ?? false;
    // the people of the work forms the implied outflow is solved over, per year: a small group's k is not shown
    const persons = population.persons.working.map((_, i) => y.headcountForms.reduce((acc, f) => acc + (population.personsByWorkForm.get(f)?.[i] ?? 0), 0));
    const smallGroup = smallYears(persons)[t] ?? true;
    return {
      year: y.year,
      byWorkForm: new Map([...y.byWorkForm].map(([f, m]) => [f, measuresView(m, formShown(f))])),
      total: measuresView(y.total, shownCells?.totalShown ?? false),
      impliedOutflow: impliedView(projection, y, smallGroup),
    };
  });
}

function measuresView(measures: Measures, forecastShown: boolean): MeasuresView {
  return Object.fromEntries(REALISED_MEASURES.map((q) => {
    const m = measures[q];
    const forecast = forecastShown ? m.forecast.toNumber() : null;
    const realised = m.realised === undefined ? null : m.realised.toNumber();
    const difference = forecastShown && m.realised !== undefined ? m.realised.minus(m.forecast).toNumber() : null;
    return [q, { forecast, realised, difference }];
  })) as MeasuresView;
}

function impliedView(projection: Projection, y: PopulationYearEvaluation, smallGroup: boolean): ImpliedOutflowView {
  const implied: ImpliedOutflow | undefined = y.impliedOutflow;
  if (implied === undefined) return { reason: 'no_headcount' };
  if (smallGroup) return { reason: 'small_cell' };
  if (!('factor' in implied)) return { reason: implied.reason };
  return { factor: implied.factor, rates: impliedRates(projection.scenario, implied.factor).map((r) => ({ ...(r.belowAge === undefined ? {} : { belowAge: r.belowAge }), rate: r.rate.toNumber() })) };
}


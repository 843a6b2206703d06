import { project, scenarioSubject, type Projection, type Subject } from '../engine/index.js';
import { forecastOf, statedFigures, type StatedFigure } from '../engine/calibration/figures.js';
import { checkInBounds, fitFactors, jacobianOf, remembered, weightedSum } from '../engine/calibration/fit.js';
import { fitStatistics } from '../engine/calibration/statistics.js';
import type { CalibratedParameter, Calibration, CalibrationWeights, FactorBounds } from '../engine/calibration/result.js';
import { InternalError, UserError, userError, type Issue } from '../errors.js';
import { applyOverrides, loadScenario } from '../load/index.js';
import { ONE, ZERO, decimalFromNumber, type Dec } from '../model/decimal.js';
import type { Scenario } from '../model/scenario.js';
import { didYouMean } from '../suggest.js';
import { appMessages } from './app-messages.js';
import { DEFAULT_BOUNDS, factorBounds } from './calibration-bounds.js';
import { calibrationMessages as msg } from './calibration-messages.js';
import { checkConfigurationOption } from './configuration-option.js';

/** What `calibrate` is asked: the file, the parameters to fit, their `--bounds`, and the weights. */
export interface CalibrationRequest {
  readonly file: string;
  readonly params: readonly string[];
  readonly bounds: readonly string[];
  readonly weights: CalibrationWeights;
  /** `--config <id>`: only this configuration's realised figures; all of them without. */
  readonly configuration?: string;
}

/** What a search needs: the scenario, the figures, the weights and bounds, and the forecast of every figure for factors θ. */
interface CalibrationProblem {
  readonly scenario: Scenario;
  readonly subject: Subject;
  readonly figures: readonly StatedFigure[];
  readonly observed: readonly number[];
  readonly weights: readonly number[];
  readonly bounds: readonly FactorBounds[];
  /** The projection of the files as they are (θ = 1). */
  readonly base: Projection;
  /** The exact projection of the scenario with these overrides. */
  readonly projectWith: (overrides: readonly string[]) => Projection;
  /** Fᵢ(θ), each θ projected once. */
  readonly forecast: (theta: readonly number[]) => readonly number[];
}

/**
 * Loads the scenario, checks the request, fits the factors and computes the figures with the
 * factors as written. `beforeSearch` sees the scenario once it is loaded and checked, before
 * any projection: where a command declares what it will write.
 */
export function calibrate(request: CalibrationRequest, beforeSearch: (scenario: Scenario) => void = () => undefined): Calibration {
  const problem = calibrationProblem(request, beforeSearch);
  const { bounds, observed, weights, forecast } = problem;
  const start = bounds.map((b) => Math.min(Math.max(1, b.low), b.high));
  checkDependence(request.params, jacobianOf(forecast, start, bounds));
  const fit = fitFactors({ observed, weights, bounds, start, forecast });
  checkInBounds(fit.theta, bounds);
  const factors = fit.theta.map(factorOf);
  const fitted = problem.projectWith(overrides(request.params, factors));
  const before = forecastsOf(problem.base, problem.figures);
  const after = forecastsOf(fitted, problem.figures);
  const sum = (forecasts: readonly Dec[]) => weightedSum({ observed, weights }, forecasts.map((x) => x.toNumber()));
  // J where the search ended (its points are known), not at the factors rounded to 10 decimals: the same to far more digits than a standard error has
  const statistics = fitStatistics(jacobianOf(forecast, fit.theta, bounds), weights, sum(after));
  const at = { base: problem.base, fitted, subject: problem.subject };
  return {
    scenario: problem.scenario,
    subject: problem.subject,
    weights: request.weights,
    parameters: request.params.map((name, j) => calibratedParameter(name, factors[j] ?? ONE, bounds[j] ?? { ...DEFAULT_BOUNDS, from: 'default' }, statistics.standardErrors[j] ?? null, at)),
    correlations: statistics.correlations,
    ...(statistics.undetermined === undefined ? {} : { undetermined: statistics.undetermined }),
    figures: problem.figures.map((figure, i) => ({ figure, weight: weights[i] ?? 1, before: before[i] ?? ZERO, after: after[i] ?? ZERO })),
    sumBefore: sum(before),
    sumAfter: sum(after),
    iterations: fit.iterations,
    converged: fit.converged,
    fitted,
  };
}

/** The scenario loaded and the request checked against it (before any search), with the forecast the search calls. */
function calibrationProblem(request: CalibrationRequest, beforeSearch: (scenario: Scenario) => void): CalibrationProblem {
  const scenario = loadScenario(request.file);
  checkParameters(scenario, request.params);
  checkConfigurationOption(scenario, request.configuration);
  beforeSearch(scenario);
  const subject = scenarioSubject(scenario);
  const uncertainty = scenario.municipalities.find((m) => m.id === scenario.focus)?.uncertainty ?? scenario.region.uncertainty;
  const bounds = factorBounds(request.params, request.bounds, uncertainty);
  const figures = statedFigures(scenario, request.configuration);
  if (figures.length === 0) throw userError('input', { file: request.file }, msg.noRealised(subjectName(scenario, subject)), msg.noRealisedHint);
  const base = project(scenario);
  // the population is the same for every θ: factors on parameters do not change it
  const projectWith = (texts: readonly string[]) => project(applyOverrides(scenario, texts.map((text, i) => ({ text, at: { file: `--param #${i + 1}` } }))), { populations: base.populations });
  const observed = figures.map((f) => f.realised.toNumber());
  const weights = observed.map((r) => (request.weights === 'relative' ? 1 / Math.max(Math.abs(r), 1) ** 2 : 1));
  // the search's own factors, every digit of the double: rounding them would make S a staircase
  const forecast = remembered((theta) => {
    const texts = overrides(request.params, theta.map(decimalFromNumber));
    return forecastsOf(searched(() => projectWith(texts), texts), figures).map((x) => x.toNumber());
  });
  return { scenario, subject, figures, observed, weights, bounds, base, projectWith, forecast };
}

/**
 * A projection at a point of the search. A factor the files cannot take there (an elasticity
 * pushed past 1, a figure past 10¹³) is refused as the overrides would be, with the factors the
 * search tried and the way out: bounds that keep the parameter valid.
 */
function searched(projection: () => Projection, texts: readonly string[]): Projection {
  try {
    return projection();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const tried: Issue = { at: { file: '--bounds' }, message: msg.searchTried(texts.join(' ')), hint: msg.searchTriedHint };
    throw new UserError('usage', [...error.issues, tried]);
  }
}

/** Every figure's forecast in a projection. */
function forecastsOf(projection: Projection, figures: readonly StatedFigure[]): Dec[] {
  return figures.map((f) => forecastFor(projection, f));
}

/**
 * Decimals of a factor as the variant writes it: far finer than any figure can tell (10⁻¹⁰ of a
 * series), and coarser than the search's own precision in doubles (about 10⁻¹¹ where S is flat
 * around its minimum), so that the digits written are digits found.
 */
const FACTOR_DECIMALS = 10;

/** A factor found in doubles as the decimal the variant writes, rounded to {@link FACTOR_DECIMALS}. */
function factorOf(x: number): Dec {
  return decimalFromNumber(x).toDecimalPlaces(FACTOR_DECIMALS);
}

/**
 * `name*=θ` for each parameter. A factor with exactly three decimals gets a fourth zero: the
 * rule for typed numbers reads `1.125` as ambiguous (1125 or 1.125?) and refuses it.
 */
export function overrides(params: readonly string[], factors: readonly Dec[]): string[] {
  return params.map((name, j) => {
    const text = (factors[j] ?? ONE).toFixed();
    return `${name}*=${/\.\d{3}$/.test(text) ? `${text}0` : text}`;
  });
}

/** A figure's forecast; loading checked every stated line against the scenario's configurations (variants included), so one is always there. */
function forecastFor(projection: Projection, figure: StatedFigure): Dec {
  const forecast = forecastOf(projection, figure);
  if (forecast === undefined) throw new InternalError(`no forecast for ${figure.configuration}/${figure.line}/${figure.year}`);
  return forecast;
}

/** Every `--param` a parameter of the region, each once. */
function checkParameters(scenario: Scenario, params: readonly string[]): void {
  const known = [...scenario.region.parameters.keys()];
  params.forEach((name, i) => {
    const at = { file: `--param #${i + 1}` };
    if (!scenario.region.parameters.has(name)) throw userError('usage', at, msg.unknownParameter(name, didYouMean(name, known)), msg.unknownParameterHint);
    if (params.indexOf(name) !== i) throw userError('usage', at, msg.twice(name), msg.twiceHint);
  });
}

/** Refuses a parameter whose factor moves no stated figure: no figure can determine it. */
function checkDependence(params: readonly string[], jacobian: readonly (readonly number[])[]): void {
  jacobian.forEach((column, j) => {
    if (column.every((x) => x === 0)) throw userError('usage', { file: `--param #${j + 1}` }, msg.noFigureDepends(params[j] ?? ''), msg.noFigureDependsHint);
  });
}

const BOUND_TOLERANCE = 1e-9;

function calibratedParameter(name: string, factor: Dec, bounds: FactorBounds, standardError: number | null, at: { base: Projection; fitted: Projection; subject: Subject }): CalibratedParameter {
  const x = factor.toNumber();
  const near = (bound: number) => Math.abs(x - bound) <= BOUND_TOLERANCE * Math.max(1, Math.abs(bound));
  const atBound = near(bounds.low) ? 'low' : near(bounds.high) ? 'high' : undefined;
  const before = firstYearValue(at.base, at.subject, name);
  const after = firstYearValue(at.fitted, at.subject, name);
  return {
    name,
    factor,
    override: overrides([name], [factor])[0] ?? '',
    bounds,
    ...(atBound === undefined ? {} : { atBound }),
    standardError,
    ...(before === undefined || after === undefined ? {} : { firstYear: { before, after } }),
  };
}

/**
 * A parameter's value in the horizon's first year as the subject reads it: a municipality its
 * own series if its lines read one, else the region's; for a region file the region's series
 * (as read by a municipality without a series of its own: lines read parameters per municipality).
 */
function firstYearValue(projection: Projection, subject: Subject, name: string): Dec | undefined {
  const readsRegion = projection.scenario.municipalities.filter((m) => !m.parameters.has(name)).map((m) => m.id);
  const scopes = subject.kind === 'municipality' ? [subject.id, 'region'] : ['region', ...readsRegion];
  const used = scopes.map((key) => projection.parameters.get(key)?.get(name)).find((u) => u !== undefined);
  const t = projection.region.horizon.start - (used?.series.from ?? Number.NaN);
  return t >= 0 ? used?.series.values[t] : undefined;
}

function subjectName(scenario: Scenario, subject: Subject): string {
  return subject.kind === 'region' ? appMessages.wholeRegion(scenario.region.name) : appMessages.municipality(scenario.municipalities.find((m) => m.id === subject.id)?.name ?? subject.id, scenario.region.name);
}

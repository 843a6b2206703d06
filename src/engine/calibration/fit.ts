import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { InternalError } from '../../errors.js';

/** A factor's bounds: the fit keeps it in [low, high]. */
export interface Bounds {
  readonly low: number;
  readonly high: number;
}

/**
 * A weighted least-squares problem in factors θ (docs/methodology.md#calibrate):
 * S(θ) = Σᵢ wᵢ · (Fᵢ(θ) − Rᵢ)², with each θⱼ in its bounds.
 */
export interface FitProblem {
  /** Rᵢ: the realised figures. */
  readonly observed: readonly number[];
  /** wᵢ > 0. */
  readonly weights: readonly number[];
  readonly bounds: readonly Bounds[];
  /** Where the search starts: 1 (the files as they are), moved into the bounds. */
  readonly start: readonly number[];
  /** Fᵢ(θ): the forecast of every figure with the factors θ; the search asks for some θ more than once (see {@link remembered}). */
  readonly forecast: (theta: readonly number[]) => readonly number[];
}

/** Where the search ended. */
export interface FitResult {
  readonly theta: readonly number[];
  readonly sum: number;
  readonly iterations: number;
  /** Whether a stopping rule was met before {@link MAX_ITERATIONS}. */
  readonly converged: boolean;
}

/** More steps than this: the search is stopped and says it did not converge (the model is nearly linear; a few steps do). */
const MAX_ITERATIONS = 100;
/** A step that moves no factor by more than this (relative) ends the search. */
const STEP_TOLERANCE = 1e-12;
/**
 * A Gauss–Newton step shorter than this (relative) from a point where no damped step lowers S
 * says the point is the minimum: the step's own rounding (of the forecasts in doubles and their
 * differences) is some 10⁻¹², and the variant writes 10 decimals.
 */
const MINIMUM_TOLERANCE = 1e-10;
/** The damping past which no step improves S any more: the search is at the minimum as far as doubles tell. */
const MAX_DAMPING = 1e7;

/** S(θ) in the problem's weights: Σ wᵢ (Fᵢ − Rᵢ)². */
export function weightedSum(problem: Pick<FitProblem, 'observed' | 'weights'>, forecast: readonly number[]): number {
  return problem.observed.reduce((s, r, i) => s + (problem.weights[i] ?? 0) * ((forecast[i] ?? 0) - r) ** 2, 0);
}

/**
 * Minimises S over the bounds with Levenberg–Marquardt (mljs' ml-levenberg-marquardt takes
 * each step: the damped normal equations, solved by Cholesky, the result clipped to the
 * bounds). The library stops only when S falls under an absolute tolerance, so the loop around
 * it is ours: one library step at a time, the damping lowered after a step that improves S and
 * raised after one that does not, until the step no longer moves the factors.
 */
export function fitFactors(problem: FitProblem): FitResult {
  const scaled = scaledProblem(problem);
  const finished = (theta: number[], iterations: number): FitResult => {
    const polished = polish(problem, scaled, theta);
    return { theta: polished, sum: weightedSum(problem, problem.forecast(polished)), iterations, converged: true };
  };
  let theta = [...problem.start];
  let damping = 1e-2;
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    if (scaled.sum(theta) <= ERROR_TOLERANCE) return finished(theta, iteration - 1);
    const next = libraryStep(problem, scaled, theta, damping);
    if (next.every((x, j) => x === theta[j])) {
      // the step did not lower S (near the minimum, or a factor on a bound that the library's
      // step pushed out and clipped): try the Gauss–Newton step with the factors on their bounds
      // held there; a step too short to matter is the minimum; else take shorter damped steps
      const newton = boundedGaussNewton(problem, scaled, theta);
      if (newton === undefined || damping >= MAX_DAMPING || !movesBeyond(newton, theta, MINIMUM_TOLERANCE)) return finished(theta, iteration);
      if (scaled.sum(newton) < scaled.sum(theta)) theta = newton;
      else damping = Math.min(damping * 11, MAX_DAMPING);
      continue;
    }
    const moved = movesBeyond(next, theta, STEP_TOLERANCE);
    theta = next;
    if (!moved) return finished(theta, iteration);
    damping = Math.max(damping / 9, 1e-12);
  }
  return { theta, sum: weightedSum(problem, problem.forecast(theta)), iterations: MAX_ITERATIONS, converged: false };
}

/** One step of the library from θ with this damping: the new point if it lowers S, else θ itself. */
function libraryStep(problem: FitProblem, scaled: ReturnType<typeof scaledProblem>, theta: number[], damping: number): number[] {
  return levenbergMarquardt(scaled.data, scaled.model, {
    initialValues: theta,
    minValues: problem.bounds.map((b) => b.low),
    maxValues: problem.bounds.map((b) => b.high),
    damping,
    maxIterations: 1,
    errorTolerance: ERROR_TOLERANCE,
    jacobianFunction: scaled.jacobian,
  }).parameterValues;
}

/** A scaled S under this is 0 as far as doubles tell: (10⁻¹² of the figures)². */
const ERROR_TOLERANCE = 1e-24;

/**
 * The problem as the library takes it: the points 0…n−1 with √wᵢ·Rᵢ / c and √wᵢ·Fᵢ / c, where
 * c² = max(Σ wᵢ Rᵢ², 1), so that S is relative to the figures' size and the damping and
 * tolerances mean the same for euros of a village or of a region. A single figure is given as
 * two halves (the library needs two points); S is the same.
 */
function scaledProblem(problem: FitProblem) {
  const single = problem.observed.length === 1;
  const c = Math.sqrt(Math.max(weightedSum(problem, problem.observed.map(() => 0)), 1));
  const factor = problem.weights.flatMap((w) => (single ? [Math.sqrt(w / 2) / c, Math.sqrt(w / 2) / c] : [Math.sqrt(w) / c]));
  const spread = (xs: readonly number[]) => xs.flatMap((x) => (single ? [x, x] : [x])).map((x, i) => x * (factor[i] ?? 0));
  const y = spread(problem.observed);
  const evaluate = (theta: readonly number[]) => spread(problem.forecast(theta));
  const model = (theta: number[]) => { const f = evaluate(theta); return (x: number) => f[x] ?? Number.NaN; };
  const jacobian = (theta: number[]) => { const j = jacobianOf(evaluate, theta, problem.bounds); return (x: number) => j.map((column) => column[x] ?? Number.NaN); };
  return {
    data: { x: y.map((_, i) => i), y },
    model,
    jacobian,
    sum: (theta: readonly number[]) => evaluate(theta).reduce((s, f, i) => s + (f - (y[i] ?? 0)) ** 2, 0),
  };
}

/** The step of the finite differences, in factor units: small, and exact for a forecast that is (nearly) linear in each factor. */
const DIFFERENCE = 1e-4;

/**
 * ∂Fᵢ/∂θⱼ by central differences (exact for a forecast that is linear or quadratic in θⱼ, as
 * the model's lines are: amount = rate × volume, a percent_of line a product); one-sided at a
 * bound, so that no point outside the box (where the files may not hold: an elasticity past 1)
 * is ever projected. One column per factor; the bounds have low < high.
 */
export function jacobianOf(forecast: (theta: readonly number[]) => readonly number[], theta: readonly number[], bounds: readonly Bounds[]): number[][] {
  return theta.map((x, j) => {
    const h = DIFFERENCE * Math.max(1, Math.abs(x));
    const { low, high } = bounds[j] ?? { low: 0, high: Number.POSITIVE_INFINITY };
    const up = x + h <= high ? x + h : x;
    const down = x - h >= Math.max(low, 0) ? x - h : x;
    const at = (v: number) => forecast(theta.map((t, k) => (k === j ? v : t)));
    const above = at(up);
    const below = at(down);
    return above.map((f, i) => (f - (below[i] ?? Number.NaN)) / (up - down));
  });
}

/** Whether a new point moves some factor by more than `tolerance`, relative to max(1, θ). */
function movesBeyond(next: readonly number[], theta: readonly number[], tolerance: number): boolean {
  return next.some((x, j) => Math.abs(x - (theta[j] ?? 0)) > tolerance * Math.max(1, Math.abs(theta[j] ?? 0)));
}

/**
 * One last Gauss–Newton step from where the search stopped, kept if it does not make S worse
 * beyond rounding. Near the minimum S is flat: a step of 10⁻¹⁰ changes it less than a double
 * can tell, so the library (which keeps a step only if S measurably falls) stops up to about
 * 10⁻¹¹ short; the step itself, from the gradient, is accurate to far less.
 */
function polish(problem: FitProblem, scaled: ReturnType<typeof scaledProblem>, theta: number[]): number[] {
  const next = boundedGaussNewton(problem, scaled, theta);
  if (next === undefined) return theta;
  const before = scaled.sum(theta);
  return scaled.sum(next) <= before + 1e-15 * Math.max(before, 1e-30) ? next : theta;
}

/**
 * The Gauss–Newton point from θ within the box: a factor on a bound whose step points out of
 * the box is held on it and the step solved again for the others (an active set); the point
 * is then clipped to the box. Undefined where JᵀJ of the free factors is not positive definite.
 */
function boundedGaussNewton(problem: FitProblem, scaled: ReturnType<typeof scaledProblem>, theta: readonly number[]): number[] | undefined {
  let free = theta.map(() => true);
  for (let round = 0; round <= theta.length; round++) {
    const step = gaussNewtonStep(scaled, theta, free);
    if (step === undefined) return undefined;
    const outward = theta.map((t, k) => {
      const b = problem.bounds[k];
      const d = step[k] ?? 0;
      return (free[k] ?? false) && b !== undefined && ((t <= b.low && d < 0) || (t >= b.high && d > 0));
    });
    if (!outward.some(Boolean)) return theta.map((t, k) => Math.min(Math.max(t + (step[k] ?? 0), problem.bounds[k]?.low ?? 0), problem.bounds[k]?.high ?? 0));
    free = free.map((f, k) => f && !(outward[k] ?? false));
  }
  return undefined;
}

/** δ with (JᵀJ) δ = Jᵀ r over the free factors of the scaled problem (0 for the others); undefined where that JᵀJ is not positive definite. */
function gaussNewtonStep(scaled: ReturnType<typeof scaledProblem>, theta: readonly number[], free: readonly boolean[]): number[] | undefined {
  const freeFactors = theta.map((_, k) => k).filter((k) => free[k] ?? false);
  if (freeFactors.length === 0) return theta.map(() => 0);
  const j = scaled.jacobian([...theta]);
  const f = scaled.model([...theta]);
  const columns = freeFactors.map((k) => scaled.data.y.map((_, i) => j(i)[k] ?? 0));
  const residual = scaled.data.y.map((y, i) => y - f(i));
  const normal = new Matrix(columns.map((a) => columns.map((b) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0))));
  const gradient = Matrix.columnVector(columns.map((a) => a.reduce((s, x, i) => s + x * (residual[i] ?? 0), 0)));
  const cholesky = new CholeskyDecomposition(normal);
  if (!cholesky.isPositiveDefinite()) return undefined;
  const solved = cholesky.solve(gradient).to1DArray();
  const step = theta.map(() => 0);
  freeFactors.forEach((k, i) => { step[k] = solved[i] ?? 0; });
  return step;
}

/** A forecast that computes each θ once: the search, its checks and its statistics ask for the same points. */
export function remembered(forecast: (theta: readonly number[]) => readonly number[]): (theta: readonly number[]) => readonly number[] {
  const seen = new Map<string, readonly number[]>();
  return (theta) => {
    const key = theta.join(' ');
    const known = seen.get(key);
    if (known !== undefined) return known;
    const f = forecast(theta);
    seen.set(key, f);
    return f;
  };
}

/** Guards the library's answer: a factor outside its bounds is a bug here, not in the input. */
export function checkInBounds(theta: readonly number[], bounds: readonly Bounds[]): void {
  theta.forEach((x, j) => {
    const b = bounds[j];
    if (b === undefined || !(x >= b.low && x <= b.high)) throw new InternalError(`fitted factor ${x} lies outside [${b?.low}, ${b?.high}]`);
  });
}

import type { Dec } from '../../model/decimal.js';
import type { Scenario } from '../../model/scenario.js';
import type { Projection } from '../project.js';
import type { Subject } from '../subject.js';
import type { StatedFigure } from './figures.js';
import type { Bounds } from './fit.js';
import type { FitStatistics } from './statistics.js';

/** Where a factor's bounds come from (docs/methodology.md#calibrate). */
export type BoundsSource = 'option' | 'uncertainty' | 'default';

/** A factor's bounds and where they come from. */
export interface FactorBounds extends Bounds {
  readonly from: BoundsSource;
}

/** How each squared difference counts (docs/methodology.md#calibrate): 1 (euros), or 1 / max(|R|, 1)² (relative). */
export type CalibrationWeights = 'euros' | 'relative';

/** One fitted parameter. */
export interface CalibratedParameter {
  readonly name: string;
  /** θ as written in the variant (10 decimals), which every figure after the fit is computed with. */
  readonly factor: Dec;
  /** The override the variant holds: `name*=θ`. */
  readonly override: string;
  readonly bounds: FactorBounds;
  /** Whether the fit ended on a bound: the figures would have it further out. */
  readonly atBound?: 'low' | 'high';
  /** The standard error of θ; null when the figures do not determine it (see {@link Calibration.undetermined}). */
  readonly standardError: number | null;
  /** The parameter's value in the horizon's first year as the subject reads it, in the files and after the fit; absent if no line reads it then. */
  readonly firstYear?: { readonly before: Dec; readonly after: Dec };
}

/** One stated figure with its forecast in the files and after the fit. */
export interface FigureFit {
  readonly figure: StatedFigure;
  readonly weight: number;
  readonly before: Dec;
  readonly after: Dec;
}

/** What `calibrate` found: the factors, how well they are determined, and the figures before and after. */
export interface Calibration {
  readonly scenario: Scenario;
  readonly subject: Subject;
  readonly weights: CalibrationWeights;
  readonly parameters: readonly CalibratedParameter[];
  readonly correlations: FitStatistics['correlations'];
  readonly undetermined?: FitStatistics['undetermined'];
  readonly figures: readonly FigureFit[];
  /** S(θ) in the files (θ = 1) and after the fit. */
  readonly sumBefore: number;
  readonly sumAfter: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** The projection with the fitted factors: what `run` of the written variant gives. */
  readonly fitted: Projection;
}

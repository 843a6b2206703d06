import type { GoalSeekResult, RiskFigures, TornadoBar } from '../../engine/index.js';
import type { UncertainVariable } from '../../model/uncertainty.js';

/** The tornado of one configuration: its measure where it stands, and each variable's bar. */
export interface TornadoReport {
  readonly configuration: string;
  readonly base: number;
  readonly bars: readonly TornadoBar[];
}

/** What `sensitivity` found: a tornado per configuration, the chosen one first. */
export interface SensitivityReport {
  readonly tornadoes: readonly TornadoReport[];
}

/** What `risk` found for one municipality (or the region). */
export interface RiskReport {
  readonly iterations: number;
  readonly seed: number;
  /** Per configuration, in the region's order. */
  readonly figures: readonly RiskFigures[];
  readonly variables: readonly UncertainVariable[];
}

/** A goal seek and its answer. */
export interface SolveReport {
  readonly parameter: string;
  readonly configuration: string;
  readonly measure: 'npv' | 'cumulative';
  readonly result: GoalSeekResult;
  /** The parameter's first-year value at the solution. */
  readonly value?: number;
  /** The difference at the solution by the exact engine (near zero). */
  readonly verified?: number;
}

/** The analyses a workbook shows on its Gevoeligheid and Risico sheets. */
export interface Analyses {
  readonly sensitivity?: SensitivityReport;
  readonly risk?: RiskReport;
  readonly solves?: readonly SolveReport[];
}

import { project, type Projection } from '../engine/index.js';
import { loadScenario } from '../load/index.js';
import { planRunWorkbook, type PlannedWorkbook } from './run-workbook.js';
import type { ReportRequest } from './report-outputs.js';

/** A scenario projected, with the workbook its run will write (the municipality's or the region's; none for --json without --out). */
export interface ScenarioRun {
  readonly projection: Projection;
  readonly workbook: PlannedWorkbook | undefined;
}

/**
 * `run`: loads the scenario with its `--set` overrides, declares the workbook (a refused
 * --out costs no calculation), and projects every configuration.
 */
export function runScenario(file: string, set: readonly string[], request: ReportRequest): ScenarioRun {
  const scenario = loadScenario(file, { set });
  const workbook = planRunWorkbook(file, scenario, request, { write: true });
  return { projection: project(scenario), workbook };
}

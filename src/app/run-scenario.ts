import { closedWorld, project, type ClosedWorld, type Projection } from '../engine/index.js';
import { loadScenario } from '../load/index.js';
import type { PopulationWorld } from '../model/population-world.js';
import { planRunWorkbook, type PlannedWorkbook } from './run-workbook.js';
import type { ReportRequest } from './report-outputs.js';

/** What a command line changes in the files before a projection: `--set` overrides and the `--population` world. */
export interface ScenarioChoice {
  readonly set: readonly string[];
  readonly population: PopulationWorld;
}

/** A scenario projected, with the workbook its run will write (the municipality's or the region's; none for --json without --out). */
export interface ScenarioRun {
  readonly projection: Projection;
  /**
   * The same scenario without its inflow streams, next to an open run of a scenario that has
   * some (docs/methodology.md#open-closed); absent otherwise, and then every report is as without it.
   */
  readonly closed: ClosedWorld | undefined;
  readonly workbook: PlannedWorkbook | undefined;
}

/**
 * `run`: loads the scenario with its `--set` overrides in the world chosen, declares the
 * workbook (a refused --out costs no calculation), and projects every configuration; in the
 * open world, also the closed one.
 */
export function runScenario(file: string, choice: ScenarioChoice, request: ReportRequest): ScenarioRun {
  const scenario = loadScenario(file, choice);
  const workbook = planRunWorkbook(file, scenario, request, { write: true });
  const projection = project(scenario);
  const closed = choice.population === 'open' ? closedWorld(scenario, projection) : undefined;
  return { projection, closed, workbook };
}

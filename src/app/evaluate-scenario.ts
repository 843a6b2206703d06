import { evaluateRealised, evaluateRegionRealised, project, realisedMunicipalities, regionHasRealised, type Evaluation, type Projection } from '../engine/index.js';
import { userError } from '../errors.js';
import { loadScenario } from '../load/index.js';
import { checkConfigurationOption } from './configuration-option.js';
import { evaluateMessages } from './evaluate-messages.js';
import type { ReportRequest } from './report-outputs.js';
import type { ScenarioChoice } from './run-scenario.js';
import { planRunWorkbook, type PlannedWorkbook } from './run-workbook.js';

/** What `evaluate` computed: the projection, each evaluated municipality's evaluation in the region's order (then the region's own, for a region file that states figures), and the workbook to write (with --out). */
export interface ScenarioEvaluation {
  readonly projection: Projection;
  readonly evaluations: readonly Evaluation[];
  readonly workbook: PlannedWorkbook | undefined;
}

/**
 * `evaluate`: loads the scenario with its `--set` overrides in the `--population` world chosen, projects it, and holds the
 * forecast of the municipality (of a municipality file) or of every municipality with realised
 * figures and of the region's sums, if the region file states figures of its own (of a region
 * file), against them (docs/methodology.md#evaluate). With `configuration`,
 * only that configuration's lines are compared. Input errors: nothing realised to compare.
 */
export function evaluateScenario(file: string, choice: ScenarioChoice, configuration: string | undefined, request: ReportRequest): ScenarioEvaluation {
  const scenario = loadScenario(file, choice);
  checkConfigurationOption(scenario, configuration);
  // the workbook with the Evaluatie sheet, only when --out asks for it: a municipality's, or for a region file the
  // region's when it states figures of its own (its municipalities' evaluations belong in their own workbooks)
  const workbook = request.outGiven ? planRunWorkbook(file, scenario, request, regionHasRealised(scenario) ? { write: true } : { write: false, command: 'evaluate' }) : undefined;
  const candidates = realisedMunicipalities(scenario);
  const chosen = scenario.focus === undefined ? candidates : candidates.filter((m) => m.id === scenario.focus);
  const withRegion = scenario.focus === undefined && regionHasRealised(scenario);
  if (chosen.length === 0 && !withRegion) {
    const focus = scenario.municipalities.find((m) => m.id === scenario.focus);
    throw userError('input', focus === undefined ? { file: scenario.region.file } : { file: focus.file, path: 'realised' },
      focus === undefined ? evaluateMessages.noRealisedInRegion : evaluateMessages.noRealised, focus === undefined ? evaluateMessages.noRealisedInRegionHint : evaluateMessages.noRealisedHint);
  }
  const projection = project(scenario);
  const evaluations = [...chosen.map((m) => evaluateRealised(projection, m)), ...(withRegion ? [evaluateRegionRealised(projection)] : [])].map((e) => onlyConfiguration(e, configuration));
  if (configuration !== undefined && evaluations.every((e) => e.configurations.length === 0)) {
    const stated = [...chosen.map((m) => m.realised), ...(withRegion ? [scenario.regionRealised] : [])];
    const named = [...new Set(stated.flatMap((r) => [...(r?.lines.keys() ?? [])]))];
    throw userError('usage', { file: '--config' }, evaluateMessages.configurationNotStated(configuration), evaluateMessages.configurationNotStatedHint(named));
  }
  return { projection, evaluations, workbook };
}

function onlyConfiguration(e: Evaluation, configuration: string | undefined): Evaluation {
  return configuration === undefined ? e : { ...e, configurations: e.configurations.filter((c) => c.configuration === configuration) };
}

import {
  REGION, buildRiskModel, project, resultFor, subjectKey, runSensitivity, scenarioSubject, sensitivityVariables, solveFactor, tornado,
  type Projection, type RiskModel, type Subject,
} from '../engine/index.js';
import { userError } from '../errors.js';
import { applyOverrides, loadScenario } from '../load/index.js';
import { didYouMean } from '../suggest.js';
import type { Scenario } from '../model/scenario.js';
import type { Uncertainty } from '../model/uncertainty.js';
import type { SensitivityReport, SolveReport } from '../report/risk/analyses.js';
import { planRunWorkbook, type PlannedWorkbook } from './run-workbook.js';
import type { ReportRequest } from './report-outputs.js';
import type { ScenarioChoice } from './run-scenario.js';
import { hasInflow } from '../model/population-world.js';
import { appMessages } from './app-messages.js';

/** Where an analysis looks: the scenario, its exact projection, the risk model, and the municipality or the region. */
export interface AnalysisContext {
  readonly scenario: Scenario;
  readonly projection: Projection;
  readonly model: RiskModel;
  readonly subject: Subject;
  readonly uncertainty: Uncertainty | undefined;
}

/**
 * `sensitivity`, `risk` and `solve`: loads the scenario with its `--set` overrides, in the
 * `--population` world chosen, and declares the workbook before any analysis (a refused --out
 * costs no calculation), then projects it and builds the risk model.
 */
export function prepareAnalysis(command: string, file: string, choice: ScenarioChoice, request: ReportRequest): { ctx: AnalysisContext; workbook: PlannedWorkbook | undefined } {
  const scenario = loadScenario(file, choice);
  const workbook = planRunWorkbook(file, scenario, request, { write: false, command });
  return { ctx: analysisContext(scenario), workbook };
}

/** The projection, risk model, subject and ranges of the analyses of `scenario`. */
function analysisContext(scenario: Scenario): AnalysisContext {
  const projection = project(scenario);
  const model = buildRiskModel(projection);
  const uncertainty = scenario.municipalities.find((m) => m.id === scenario.focus)?.uncertainty ?? scenario.region.uncertainty;
  return { scenario, projection, model, subject: scenarioSubject(scenario), uncertainty };
}

/**
 * The configuration a tornado or goal seek is about: the one named, else the cheapest
 * alternative to the baseline. A command that compares it with the baseline
 * (`notTheBaseline`: solve) refuses the baseline itself, which always costs as much as itself.
 */
export function chosenConfiguration(ctx: AnalysisContext, named: string | undefined, options: { notTheBaseline?: string } = {}): number {
  const ids = ctx.model.configurations;
  const alternatives = ids.map((id, i) => [id, i] as const).filter(([, i]) => i !== ctx.model.baseline);
  const command = options.notTheBaseline;
  if (named !== undefined) {
    const i = ids.indexOf(named);
    if (i < 0) throw userError('usage', { file: '--config' }, appMessages.unknownConfiguration(named, didYouMean(named, ids)), appMessages.configurationsHint(ids));
    if (i !== ctx.model.baseline || command === undefined) return i;
    const others = alternatives.length === 0 ? appMessages.noOther : appMessages.chooseOne(alternatives.map(([id]) => id));
    throw userError('usage', { file: '--config' }, appMessages.isBaseline(named, command), others);
  }
  if (alternatives.length === 0 && command !== undefined) {
    throw userError('usage', { file: command }, appMessages.onlyBaseline(ids[ctx.model.baseline] ?? '', command), appMessages.onlyBaselineHint);
  }
  const npv = (c: string) => resultFor(ctx.projection, c, ctx.subject)?.npv;
  const best = alternatives.reduce<readonly [string, number] | undefined>((b, a) => (b === undefined || (npv(a[0])?.lt(npv(b[0]) ?? 0) ?? false) ? a : b), undefined);
  return best?.[1] ?? ctx.model.baseline;
}

/** Every variable at its low and high change; a tornado per configuration, the chosen one first. */
export function sensitivityReport(ctx: AnalysisContext, configuration: number, range: number): SensitivityReport {
  const results = runSensitivity(ctx.model, ctx.scenario, sensitivityVariables(ctx.model, ctx.uncertainty, range, hasInflow(ctx.scenario)));
  const order = [configuration, ...ctx.model.configurations.map((_, i) => i).filter((i) => i !== configuration)];
  return {
    tornadoes: order.map((c) => ({ configuration: ctx.model.configurations[c] ?? '', ...tornado(ctx.model, results, ctx.subject, c) })),
  };
}

/** The value of a parameter at which a configuration breaks even with the baseline, checked with the exact engine. */
export function solveReport(ctx: AnalysisContext, configuration: number, parameter: string, measure: 'npv' | 'cumulative'): SolveReport {
  const names = [...ctx.scenario.region.parameters.keys()];
  if (!ctx.scenario.region.parameters.has(parameter)) throw userError('usage', { file: '--param' }, appMessages.unknownParameter(parameter, didYouMean(parameter, names)));
  const id = ctx.model.configurations[configuration] ?? '';
  const result = solveFactor(ctx.model, { parameter, configuration, subject: ctx.subject, measure });
  if (!result.found) return { parameter, configuration: id, measure, result };
  const checked = project(applyOverrides(ctx.scenario, [{ text: `${parameter}*=${result.factor}`, at: { file: 'solve' } }]));
  const difference = resultFor(checked, id, ctx.subject);
  const verified = measure === 'npv' ? difference?.deltaNpv : difference?.deltaCumulative;
  const own = subjectKey(ctx.subject);
  const scope = checked.parameters.get(own)?.has(parameter) === true ? own : subjectKey(REGION);
  const value = checked.parameters.get(scope)?.get(parameter)?.series.values[0];
  return { parameter, configuration: id, measure, result, ...(value === undefined ? {} : { value: value.toNumber() }), ...(verified === undefined ? {} : { verified: verified.toNumber() }) };
}

export { project, type Projection, type MunicipalityResult, type RegionalResult } from './project.js';
export {
  REGION,
  municipalitySubject,
  scenarioSubject,
  subjectKey,
  subjectName,
  municipalityName,
  resultFor,
  type Subject,
  type RegionSubject,
  type MunicipalitySubject,
} from './subject.js';
export { rateOf, rateUses, readsInput, type LineResult, type RateSource, type RateUse } from './line-result.js';
export type { PartVolumes, Population, StreamVolumes, Volumes } from './population.js';
export type { YearVector } from './year-vector.js';
export {
  compareProjections,
  hasInputDifferences,
  type ScenarioComparison,
  type SettingDifference,
  type ConfigurationDifference,
  type ResultDifference,
  type ResultTotals,
  type SeriesDifference,
  type SeriesSide,
  type YearDifference,
} from './scenario-comparison.js';
export { buildRiskModel, evaluate, resultSize, type RiskModel } from './risk/evaluator.js';
export { simulate, simulation, summarise, drawnVariables, CURVE_STEPS, type RiskFigures, type Percentiles } from './risk/monte-carlo.js';
export { sensitivityVariables, runSensitivity, tornado, DEFAULT_RANGE, type SensitivityVariable, type SensitivityResult, type TornadoBar } from './risk/sensitivity.js';
export { solveFactor, differenceAt, type GoalSeek, type GoalSeekResult } from './risk/goal-seek.js';
export { closedWorld, compareWorlds, type ClosedWorld, type WorldFigures, type WorldsRow } from './worlds.js';
export {
  evaluateRealised,
  evaluateRegionRealised,
  regionHasRealised,
  realisedMunicipalities,
  impliedRates,
  type Evaluation,
  type ConfigurationEvaluation,
  type YearEvaluation,
  type LineEvaluation,
  type NetEvaluation,
  type LineSplit,
  type SplitBasis,
  type Measures,
  type MeasureEvaluation,
  type PopulationYearEvaluation,
  type ImpliedOutflow,
  type NoImpliedOutflow,
} from './evaluate.js';

export { project, type Projection, type MunicipalityResult, type RegionalResult } from './project.js';
export type { LineResult, LineDetail, RateSource } from './line-result.js';
export type { Population, Volumes } from './population.js';
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

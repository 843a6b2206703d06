export { loadScenario, type LoadOptions } from './scenario.js';
export { applyOverrides, type SetOverride } from './set-overrides.js';
export { findRegionFiles } from './region-files.js';
export { readEmployees } from './employees-csv.js';

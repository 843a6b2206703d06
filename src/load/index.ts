export { loadScenario, type LoadOptions } from './scenario.js';
export { applyOverrides } from './set-overrides.js';

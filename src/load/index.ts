export { loadScenario } from './scenario.js';

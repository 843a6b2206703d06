export { loadScenario, type LoadOptions } from './scenario.js';
export { applyOverrides, type SetOverride } from './set-overrides.js';
export { findRegionFiles } from './region-files.js';
export { readEmployees } from './employees-csv.js';
export { MAX_CSV_BYTES, MAX_YAML_BYTES, readInputText, type InputText } from './input-file.js';
export { MAX_TEXT } from './schema/common.js';
export { checkReportNames, type NamedOwner } from './rules/report-names.js';
export { RecordingSource, snapshotSource, type InputSource } from './input-source.js';

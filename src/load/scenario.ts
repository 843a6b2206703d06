import { resolve } from 'node:path';
import type * as z from 'zod';
import { UserError, throwIfIssues, type Issue } from '../errors.js';
import type { Municipality } from '../model/municipality.js';
import type { InputFile, Scenario } from '../model/scenario.js';
import { MAX_YAML_BYTES, pathRelativeTo, readInputText, type InputText } from './input-file.js';
import { collectIssues } from './issue-collector.js';
import { yamlMessages } from './messages.js';
import { toMunicipality } from './municipality.js';
import { toRegion } from './region.js';
import { checkInhabitantsKnown } from './rules/inhabitants-known.js';
import { checkIdsUnique, checkListedOnce } from './rules/municipalities-unique.js';
import { municipalityFile, type WrittenMunicipality } from './schema/municipality-file.js';
import { regionFile, type WrittenRegion } from './schema/region-file.js';
import { optional } from './series.js';
import type { SourceRef } from '../errors.js';
import { parseYaml, type YamlFile } from './yaml-document.js';
import { issuesFromSchema } from './zod-issues.js';

/** A YAML file read, parsed and checked against its schema. */
interface CheckedFile<T> {
  readonly input: InputText;
  readonly yaml: YamlFile;
  readonly value?: T;
  readonly issues: Issue[];
}

/**
 * Loads a scenario from a region file or a municipality file: the region, every
 * municipality it lists and their CSVs, all checked before any calculation. Throws one
 * UserError holding every problem found.
 */
export function loadScenario(path: string): Scenario {
  const first = readYaml(path);
  const isMunicipality = isMap(first.yaml.value) && 'municipality' in first.yaml.value;
  if (!isMunicipality) return loadRegionScenario(path, first);
  const focus = checkSchema(first, municipalityFile);
  throwIfIssues(focus.issues);
  const regionPath = pathRelativeTo(path, focus.value?.region ?? '');
  const regionYaml = readYaml(regionPath, first.yaml.locate(['region']));
  if (isMap(regionYaml.yaml.value) && 'municipality' in regionYaml.yaml.value) {
    throw new UserError('input', [{ at: first.yaml.locate(['region']), message: yamlMessages.regionIsMunicipality(regionPath), hint: yamlMessages.regionIsMunicipalityHint }]);
  }
  return loadRegionScenario(regionPath, regionYaml, focus);
}

function loadRegionScenario(
  regionPath: string,
  regionYaml: CheckedFile<unknown>,
  focus?: CheckedFile<WrittenMunicipality>,
): Scenario {
  const region = checkSchema(regionYaml, regionFile);
  throwIfIssues(region.issues);
  const written = region.value as WrittenRegion;
  throwIfIssues(checkListedOnce(region.yaml, written.municipalities));
  const issues: Issue[] = [];
  const municipalityFiles = written.municipalities.map((named, i) => {
    const path = pathRelativeTo(regionPath, named);
    const namedAt = region.yaml.locate(['municipalities', i]);
    const checked = focus !== undefined && sameFile(focus.input.path, path) ? focus : checkSchema(readYaml(path, namedAt), municipalityFile);
    issues.push(...checked.issues, ...checkBelongsToRegion(checked, regionPath, namedAt));
    return checked;
  });
  if (focus !== undefined && !municipalityFiles.includes(focus)) {
    issues.push({
      at: region.yaml.locate(['municipalities']),
      message: `${focus.input.path} is not listed under "municipalities" in this region file`,
      hint: 'add its path to the list, relative to the region file',
    });
  }
  issues.push(...checkIdsUnique(municipalityFiles.map((f) => ({ path: f.input.path, yaml: f.yaml, ...optional('id', f.value?.municipality.id) }))));
  throwIfIssues(issues);
  const ids = municipalityFiles.map((f) => f.value?.municipality.id ?? '');

  const collector = collectIssues(region.yaml, issues);
  const model = toRegion(written, ids, collector);
  // the CSVs are checked against the region (its work forms, its horizon): a broken region would bury its own errors under theirs
  throwIfIssues(issues);
  const warnings: Issue[] = [];
  const csvs: InputText[] = [];
  const municipalities: Municipality[] = municipalityFiles.map((f) => {
    const loaded = toMunicipality(f.value as WrittenMunicipality, model, collectIssues(f.yaml, issues));
    warnings.push(...loaded.warnings);
    csvs.push(loaded.csv);
    return loaded.municipality;
  });
  issues.push(...checkInhabitantsKnown(model, municipalities));
  throwIfIssues(issues);
  const inputs: InputFile[] = [region.input, ...municipalityFiles.map((f) => f.input), ...csvs].map((f) => ({ path: f.path, sha256: f.sha256 }));
  const focusId = focus?.value?.municipality.id;
  return { region: model, municipalities, inputs, warnings, ...(focusId === undefined ? {} : { focus: focusId }) };
}

function readYaml(path: string, namedAt?: SourceRef): CheckedFile<unknown> {
  const input = readInputText(path, MAX_YAML_BYTES, namedAt);
  const { yaml, issues } = parseYaml(input.text, path);
  if (yaml === undefined) throw new UserError('input', issues);
  if (yaml.value === null && input.text.trim() === '') throw new UserError('input', [{ at: { file: path, line: 1, col: 1 }, message: yamlMessages.empty }]);
  if (!isMap(yaml.value)) throw new UserError('input', [{ at: { file: path, line: 1, col: 1 }, message: yamlMessages.notAMap, hint: yamlMessages.notAMapHint }]);
  return { input, yaml, value: yaml.value, issues: [] };
}

function checkSchema<T>(file: CheckedFile<unknown>, schema: z.ZodType<T>): CheckedFile<T> {
  const result = schema.safeParse(file.yaml.value, { reportInput: true });
  return result.success
    ? { ...file, value: result.data }
    : { input: file.input, yaml: file.yaml, issues: issuesFromSchema(file.yaml, result.error.issues) };
}

function checkBelongsToRegion(file: CheckedFile<WrittenMunicipality>, regionPath: string, namedAt: SourceRef): Issue[] {
  const named = file.value?.region;
  if (named === undefined || sameFile(pathRelativeTo(file.input.path, named), regionPath)) return [];
  return [{
    at: file.yaml.locate(['region']),
    message: `this municipality names region file ${pathRelativeTo(file.input.path, named)}, but ${regionPath} lists it (${namedAt.file}:${namedAt.line ?? 1})`,
    hint: 'a municipality belongs to exactly one region: make "region" point at the region file that lists it',
  }];
}

function sameFile(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

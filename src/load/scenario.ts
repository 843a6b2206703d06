import { basename, resolve } from 'node:path';
import type * as z from 'zod';
import { UserError, throwIfIssues, type Issue } from '../errors.js';
import type { Municipality } from '../model/municipality.js';
import { inWorld, type PopulationWorld } from '../model/population-world.js';
import type { Region } from '../model/region.js';
import type { InputFile, Scenario, VariantInfo } from '../model/scenario.js';
import { MAX_YAML_BYTES, pathRelativeTo, type InputText } from './input-file.js';
import { RecordingSource, type InputSource } from './input-source.js';
import { collectIssues } from './issue-collector.js';
import { variantMessages, yamlMessages } from './messages.js';
import { toMunicipality } from './municipality.js';
import { toRegion } from './region.js';
import { toRealised } from './realised.js';
import { checkBirthsBeforeStart } from './rules/births-before-start.js';
import { checkDissolution } from './rules/dissolution.js';
import { checkInhabitantsKnown } from './rules/inhabitants-known.js';
import { checkRegionSettings } from './rules/region-settings.js';
import { checkThousandsInAmounts, regionAmountPaths } from './rules/thousands-in-amounts.js';
import { checkIdsUnique, checkListedOnce } from './rules/municipalities-unique.js';
import { checkReportNames } from './rules/report-names.js';
import { municipalityFile, type WrittenMunicipality } from './schema/municipality-file.js';
import { regionFile, type WrittenRegion } from './schema/region-file.js';
import { variantFile, type WrittenVariant } from './schema/variant-file.js';
import { applySetsToMunicipalities, applySetsToRegion, commandLineOverrides, withOverrides, type SetOverride } from './set-overrides.js';
import { applyVariant, withoutOverrides } from './variant.js';
import { optional } from './series.js';
import type { SourceRef } from '../errors.js';
import { parseYaml, type YamlFile } from './yaml-document.js';
import { issuesFromSchema } from './zod-issues.js';
import { checkMessages as checks } from './check-messages.js';

/** A YAML file read, parsed and checked against its schema. */
interface CheckedFile<T> {
  readonly input: InputText;
  readonly yaml: YamlFile;
  readonly value?: T;
  readonly issues: Issue[];
}

/** Overrides on top of the files: `--set path=value`, in order, applied after any variant; and where the files' texts come from. */
export interface LoadOptions {
  readonly set?: readonly string[];
  /** Default: the disk, each file read once. A batch hands its workers the texts its main thread read. */
  readonly source?: InputSource;
  /** `--population`: `closed` leaves every inflow stream out (model/population-world.ts); default `open`. */
  readonly population?: PopulationWorld;
}

/** A variant file in the chain from the file the user named to the scenario it varies. */
interface Variant {
  readonly file: CheckedFile<WrittenVariant>;
}

/** More variants on top of each other than this is a mistake: nobody can follow such a chain. */
const MAX_VARIANT_DEPTH = 10;

/**
 * Loads a scenario from a region file, a municipality file or a variant of either: the
 * region, every municipality it lists and their CSVs, all checked before any calculation,
 * with the variants' replacements and the `--set` overrides applied. Throws one UserError
 * holding every problem found.
 */
export function loadScenario(path: string, options: LoadOptions = {}): Scenario {
  // the files are checked whole in either world: a stream left out of the closed one is still read and checked
  return inWorld(loadFiles(path, options), options.population ?? 'open');
}

/** {@link loadScenario} in the open world: everything the files and overrides say. */
function loadFiles(path: string, options: LoadOptions): Scenario {
  const source = options.source ?? new RecordingSource();
  const { base, basePath, variants } = readVariantChain(path, source);
  const isMunicipality = Object.hasOwn(base.yaml.value as object, 'municipality');
  const sets = [...variants.flatMap(variantSets), ...commandLineOverrides(options.set ?? [])];
  if (!isMunicipality) return loadRegionScenario(basePath, base, { variants, sets, source });
  const focus = checkSchema(base, municipalityFile);
  throwIfIssues(focus.issues);
  const regionPath = pathRelativeTo(basePath, focus.value?.region ?? '');
  const regionYaml = readYaml(source, regionPath, base.yaml.locate(['region']));
  if (isMap(regionYaml.yaml.value) && Object.hasOwn(regionYaml.yaml.value, 'municipality')) {
    throw new UserError('input', [{ at: base.yaml.locate(['region']), message: yamlMessages.regionIsMunicipality(regionPath), hint: yamlMessages.regionIsMunicipalityHint }]);
  }
  return loadRegionScenario(regionPath, regionYaml, { variants, sets, source, focus });
}

/** A variant's `set:` overrides, each at its line. */
function variantSets(variant: Variant): SetOverride[] {
  return (variant.file.value?.set ?? []).map((text, i) => ({ text, at: variant.file.yaml.locate(['set', i]) }));
}

/** Follows `extends` from the named file to the region or municipality file it starts from. */
function readVariantChain(path: string, source: InputSource): { base: CheckedFile<unknown>; basePath: string; variants: Variant[] } {
  const variants: Variant[] = [];
  const seen = new Set<string>();
  let current = path;
  let file = readYaml(source, current);
  while (isMap(file.yaml.value) && Object.hasOwn(file.yaml.value, 'extends')) {
    const variant = checkSchema(file, variantFile);
    throwIfIssues(variant.issues);
    seen.add(resolve(current));
    variants.push({ file: variant });
    const next = pathRelativeTo(current, variant.value?.extends ?? '');
    const at = file.yaml.locate(['extends']);
    if (seen.has(resolve(next))) {
      throw new UserError('input', [{ at, message: variantMessages.cycle(next, seen.size), hint: variantMessages.cycleHint }]);
    }
    if (variants.length > MAX_VARIANT_DEPTH) {
      throw new UserError('input', [{ at, message: variantMessages.tooDeep(MAX_VARIANT_DEPTH), hint: variantMessages.tooDeepHint }]);
    }
    current = next;
    file = readYaml(source, current, at);
  }
  // innermost first: the variant closest to the files is applied first, the one the user named last
  return { base: file, basePath: current, variants: variants.reverse() };
}

/** What a scenario changes in its files (its variants and overrides), where the files are read from, and the municipality the user named. */
interface Changes {
  readonly variants: readonly Variant[];
  /** The variants' `set:` and the command line's `--set`, in the order they apply. */
  readonly sets: readonly SetOverride[];
  readonly source: InputSource;
  readonly focus?: CheckedFile<WrittenMunicipality>;
}

function loadRegionScenario(regionPath: string, regionYaml: CheckedFile<unknown>, { variants, sets, source, focus }: Changes): Scenario {
  const region = checkSchema(regionYaml, regionFile);
  throwIfIssues(region.issues);
  const written = region.value as WrittenRegion;
  throwIfIssues(checkListedOnce(region.yaml, written.municipalities));
  const issues: Issue[] = [];
  const municipalityFiles = written.municipalities.map((named, i) => {
    const path = pathRelativeTo(regionPath, named);
    const namedAt = region.yaml.locate(['municipalities', i]);
    const checked = focus !== undefined && sameFile(focus.input.path, path) ? focus : checkSchema(readYaml(source, path, namedAt), municipalityFile);
    issues.push(...checked.issues, ...checkBelongsToRegion(checked, regionPath, namedAt));
    return checked;
  });
  if (focus !== undefined && !municipalityFiles.includes(focus)) {
    issues.push({
      at: region.yaml.locate(['municipalities']),
      message: checks.notListed(focus.input.path),
      hint: checks.notListedHint,
    });
  }
  issues.push(...checkIdsUnique(municipalityFiles.map((f) => ({ path: f.input.path, yaml: f.yaml, ...optional('id', f.value?.municipality.id) }))));
  issues.push(...checkReportNames(
    { kind: 'region', id: written.region.id, at: region.yaml.locate(['region', 'id']) },
    municipalityFiles.flatMap((f) => (f.value === undefined ? [] : [{ kind: 'municipality' as const, id: f.value.municipality.id, at: f.yaml.locate(['municipality', 'id']) }])),
  ));
  throwIfIssues(issues);
  const ids = municipalityFiles.map((f) => f.value?.municipality.id ?? '');

  const fromFiles = toRegion(written, ids, collectIssues(region.yaml, issues));
  issues.push(...checkThousandsInAmounts(region.yaml, regionAmountPaths(written)));
  const model = finalRegion(fromFiles, variants, sets, issues);
  // the CSVs are checked against the region (its work forms, its horizon): a broken region would bury its own errors under theirs
  throwIfIssues(issues);
  const replaced = variants.flatMap((v) => Object.keys(v.file.value?.parameters ?? {}));
  const warnings: Issue[] = [];
  const csvs: InputText[] = [];
  const loaded: Municipality[] = municipalityFiles.map((f) => {
    // each CSV row and inflow year is checked against the region file's horizon; a start that a variant or override moves, by the rule below
    const municipality = toMunicipality(f.value as WrittenMunicipality, model, fromFiles.horizon, collectIssues(f.yaml, issues), source);
    warnings.push(...municipality.warnings);
    csvs.push(...municipality.csvs);
    return withoutOverrides(municipality.municipality, replaced);
  });
  const regionRealised = written.realised === undefined ? undefined : toRealised(written.realised, { region: model, horizon: fromFiles.horizon }, collectIssues(region.yaml, issues), source);
  warnings.push(...(regionRealised?.warnings ?? []));
  csvs.push(...(regionRealised?.inputs ?? []));
  throwIfIssues(issues);
  const municipalities = applySetsToMunicipalities(loaded, model, sets);
  throwIfIssues([...checkBirthsBeforeStart(model, municipalities), ...checkInhabitantsKnown(model, municipalities), ...checkDissolution(model, municipalities)]);
  const variantInputs = [...variants].reverse().map((v) => v.file.input);
  const inputs: InputFile[] = [...variantInputs, region.input, ...municipalityFiles.map((f) => f.input), ...csvs].map((f) => ({
    path: f.path,
    // read when a report lists the inputs: a file is hashed only then (input-file.ts)
    get sha256() {
      return f.sha256;
    },
  }));
  const focusId = focus?.value?.municipality.id;
  const variant = withOverrides(variantInfo(variants), sets);
  return { region: model, municipalities, inputs, warnings, ...optional('regionRealised', regionRealised?.realised), ...(focusId === undefined ? {} : { focus: focusId }), ...(variant === undefined ? {} : { variant }) };
}

/**
 * The region with every change applied, in order: the variants' replacements, then their
 * `set:` and the command line's `--set`; and the rules on its settings, checked once, on the
 * final values. Every problem goes into `issues`, at its place in a file or on the command line.
 */
function finalRegion(fromFiles: Region, variants: readonly Variant[], sets: readonly SetOverride[], issues: Issue[]): Region {
  const varied = variants.reduce((r, v) => applyVariant(r, v.file.value as WrittenVariant, collectIssues(v.file.yaml, issues)), fromFiles);
  const region = applySetsToRegion(varied, sets, issues);
  issues.push(...checkRegionSettings(region));
  return region;
}

/** What the reports say about how this scenario differs from its files. */
function variantInfo(variants: readonly Variant[]): VariantInfo | undefined {
  if (variants.length === 0) return undefined;
  const outermost = [...variants].reverse();
  const description = outermost.map((v) => v.file.value?.description).find((d) => d !== undefined);
  const overrides = [
    ...variants.flatMap((v) => {
      const w = v.file.value;
      const name = basename(v.file.input.path);
      const parts = [...Object.keys(w?.indices ?? {}).map((i) => `index ${i}`), ...Object.keys(w?.parameters ?? {}), ...Object.keys(w?.configurations ?? {}).map((c) => `configuration ${c}`),
        ...(['horizon', 'discount_rate', 'baseline'] as const).filter((k) => w?.[k] !== undefined)];
      return parts.map((p) => `${p} (${name})`);
    }),
  ];
  return { files: outermost.map((v) => v.file.input.path), overrides, ...(description === undefined ? {} : { description }) };
}

function readYaml(source: InputSource, path: string, namedAt?: SourceRef): CheckedFile<unknown> {
  const input = source.read(path, MAX_YAML_BYTES, namedAt);
  const { yaml, issues } = parseYaml(input.text, path);
  if (yaml === undefined) throw new UserError('input', issues);
  if (yaml.value === null && input.text.trim() === '') throw new UserError('input', [{ at: { file: path, line: 1, col: 1 }, message: yamlMessages.empty }]);
  if (!isMap(yaml.value)) throw new UserError('input', [{ at: { file: path, line: 1, col: 1 }, message: yamlMessages.notAMap, hint: yamlMessages.notAMapHint }]);
  return { input, yaml, value: yaml.value, issues: [] };
}

function checkSchema<T>(file: CheckedFile<unknown>, schema: z.ZodType<T>): CheckedFile<T> {
  // jitless: zod would otherwise write and compile a parser for each object schema on its
  // first use, which pays only for many values, while a command checks a few files once each
  const result = schema.safeParse(file.yaml.value, { reportInput: true, jitless: true });
  return result.success
    ? { ...file, value: result.data }
    : { input: file.input, yaml: file.yaml, issues: issuesFromSchema(file.yaml, result.error.issues) };
}

function checkBelongsToRegion(file: CheckedFile<WrittenMunicipality>, regionPath: string, namedAt: SourceRef): Issue[] {
  const named = file.value?.region;
  if (named === undefined || sameFile(pathRelativeTo(file.input.path, named), regionPath)) return [];
  return [{
    at: file.yaml.locate(['region']),
    message: checks.otherRegion(pathRelativeTo(file.input.path, named), regionPath, `${namedAt.file}:${namedAt.line ?? 1}`),
    hint: checks.otherRegionHint,
  }];
}

function sameFile(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

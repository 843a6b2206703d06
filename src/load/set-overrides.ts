import { decimalFromText, type Dec } from '../engine/decimal.js';
import { basename } from 'node:path';
import { UserError, type Issue, type SourceRef } from '../errors.js';
import type { Municipality } from '../model/municipality.js';
import type { Region } from '../model/region.js';
import type { Scenario } from '../model/scenario.js';
import type { IndexSeries, Parameter } from '../model/series.js';
import { unfitCharacter } from '../text-characters.js';
import { didYouMean } from './suggest.js';

/**
 * A `--set path=value` override (style.md: scenario overrides are data, like PolicyEngine's
 * reforms): `name=value` sets a parameter's value for the horizon's first year (its other
 * years and index stay), `name.values.2025=value` one year, `name.index=0.02` or
 * `name.index=cao_sw` its index, `name*=0.97` every explicit value times a factor; `index.default=0.03` and `index.values.2023=0.05` change an
 * index series; `discount_rate`, `horizon.start`, `horizon.end` and `baseline` the region.
 */
type SetTarget =
  | { readonly kind: 'parameter'; readonly name: string; readonly year?: number; readonly value: Dec }
  | { readonly kind: 'parameter-scale'; readonly name: string; readonly factor: Dec }
  | { readonly kind: 'parameter-index'; readonly name: string; readonly index: Dec | string }
  | { readonly kind: 'index'; readonly name: string; readonly year?: number; readonly value: Dec }
  | { readonly kind: 'discount_rate'; readonly value: Dec }
  | { readonly kind: 'horizon'; readonly end: 'start' | 'end'; readonly value: number }
  | { readonly kind: 'baseline'; readonly value: string };

/** The longest override: a name (64 characters at most), a year and a number fit many times over. */
const MAX_SET_TEXT = 200;

interface Parsed {
  readonly target?: SetTarget;
  readonly issue?: Issue;
}

/** One override and where it was written: `--set #2` on the command line, or a line of a variant's `set:`. */
export interface SetOverride {
  readonly text: string;
  readonly at: SourceRef;
}

/** The `--set` values of the command line, each pointing at its flag. */
export function commandLineOverrides(texts: readonly string[]): SetOverride[] {
  return texts.map((text, i) => ({ text, at: { file: `--set #${i + 1}` } }));
}

/** Applies overrides to the region (parameters, indices, horizon, discount rate, baseline). Throws one error listing every bad one: a usage error for the command line's. */
function applySetsToRegion(region: Region, sets: readonly SetOverride[]): Region {
  const parsed = sets.map((set) => parseSet(set.text, set.at, region));
  const issues = parsed.flatMap((p) => (p.issue === undefined ? [] : [p.issue]));
  const kind = (where: readonly Issue[]) => (where.every((i) => i.at.file.startsWith('--set')) ? 'usage' : 'input');
  if (issues.length > 0) throw new UserError(kind(issues), issues);
  const result = parsed.reduce((r, p, i) => (p.target === undefined ? r : applyToRegion(r, p.target, sets[i]?.at ?? { file: '--set' })), region);
  const { start, end } = result.horizon;
  if (end < start) {
    const last = [...sets].reverse().find((s) => s.text.trim().startsWith('horizon.'));
    const issue = { at: at(last?.at ?? { file: '--set' }, 'horizon'), message: `the horizon ends (${end}) before it starts (${start})` };
    throw new UserError(kind([issue]), [issue]);
  }
  return result;
}

/** Applies the parameter overrides to a municipality's own series of the same names too: an override holds for the whole scenario. */
function applySetsToMunicipality(municipality: Municipality, region: Region, sets: readonly SetOverride[]): Municipality {
  let parameters = municipality.parameters;
  for (const set of sets) {
    const target = parseSet(set.text, set.at, region).target;
    if (target === undefined || (target.kind !== 'parameter' && target.kind !== 'parameter-scale' && target.kind !== 'parameter-index')) continue;
    const own = parameters.get(target.name);
    if (own !== undefined) parameters = new Map(parameters).set(target.name, editParameter(own, target, region.horizon.start, set.at));
  }
  return parameters === municipality.parameters ? municipality : { ...municipality, parameters };
}

function at(where: SourceRef, path: string): SourceRef {
  return { ...where, path };
}

/** An override, parsed and held to the ranges the files have (schema/): a --set may not do what a file may not. */
function parseSet(text: string, where: SourceRef, region: Region): Parsed {
  const parsed = parseSetText(text, where, region);
  const problem = parsed.target === undefined ? undefined : rangeProblem(parsed.target);
  if (problem === undefined) return parsed;
  const [path = '', ...value] = text.split('=');
  return fail(where, path.replace(/\*$/, '').trim(), `${problem}, got "${value.join('=').trim()}"`);
}

function rangeProblem(target: SetTarget): string | undefined {
  const rate = 'expected a yearly rate above -1 (-100%)';
  switch (target.kind) {
    case 'discount_rate':
      return target.value.gte(0) && target.value.lt(1) ? undefined : 'expected a discount rate ≥ 0 and < 1, such as 0.025';
    case 'horizon':
      return target.value >= 1900 && target.value <= 2200 ? undefined : 'expected a year from 1900 to 2200';
    case 'index':
      return target.value.gt(-1) ? undefined : rate;
    case 'parameter-index':
      return typeof target.index === 'string' || target.index.gt(-1) ? undefined : rate;
    default:
      return undefined;
  }
}

function parseSetText(text: string, where: SourceRef, region: Region): Parsed {
  // the text of an override is shown in the reports, as it was written
  const unfit = unfitCharacter(text);
  if (unfit !== undefined) return fail(where, '', `this override holds ${unfit.code}, a character that the reports cannot show`, 'retype it');
  if (text.length > MAX_SET_TEXT) return fail(where, '', `this override has ${text.length} characters: at most ${MAX_SET_TEXT}`, 'for example --set rijksbijdrage_per_se.values.2025=25000');
  const scale = /^([^=*]+)\*=(.*)$/.exec(text);
  if (scale !== null) return parseScale((scale[1] ?? '').trim(), (scale[2] ?? '').trim(), where, region);
  const match = /^([^=]+)=(.*)$/.exec(text);
  if (match === null) return fail(where, text, `expected path=value, got "${text}"`, 'for example --set rijksbijdrage_per_se=25000 or --set rijksbijdrage_per_se.values.2025=25000');
  const path = (match[1] ?? '').trim();
  const raw = (match[2] ?? '').trim();
  const parts = path.split('.');
  const [name = '', field, year] = parts;
  const number = parseNumber(raw);
  const needNumber = (make: (value: Dec) => SetTarget): Parsed =>
    number === undefined ? fail(where, path, `expected a number, got "${raw}"`, 'write a number such as 25000, 0.025 or 2,5%') : { target: make(number) };
  if (path === 'discount_rate') return needNumber((value) => ({ kind: 'discount_rate', value }));
  if (path === 'horizon.start' || path === 'horizon.end') {
    return /^\d{4}$/.test(raw) ? { target: { kind: 'horizon', end: path === 'horizon.start' ? 'start' : 'end', value: Number(raw) } } : fail(where, path, `expected a year, got "${raw}"`);
  }
  if (path === 'baseline') {
    const ids = region.configurations.map((c) => c.id);
    return ids.includes(raw) ? { target: { kind: 'baseline', value: raw } } : fail(where, path, `unknown configuration "${raw}"${didYouMean(raw, ids)}`);
  }
  const isParameter = region.parameters.has(name);
  const isIndex = !isParameter && region.indices.has(name);
  if (!isParameter && !isIndex) {
    const known = [...region.parameters.keys(), ...region.indices.keys(), 'discount_rate', 'horizon.start', 'horizon.end', 'baseline'];
    return fail(where, path, `unknown parameter or index "${name}"${didYouMean(name, known)}`);
  }
  if (year !== undefined && (field !== 'values' || !/^\d{4}$/.test(year) || parts.length > 3)) return fail(where, path, `expected ${name}.values.<year>, got "${path}"`);
  const yearNumber = year === undefined ? undefined : Number(year);
  if (isIndex) {
    if (field !== undefined && field !== 'default' && field !== 'values') return fail(where, path, `an index has "default" and "values.<year>", not "${field}"`);
    if (field === undefined) return fail(where, path, `say which rate of index "${name}": ${name}.default=… or ${name}.values.<year>=…`);
    return needNumber((value) => ({ kind: 'index', name, value, ...(yearNumber === undefined ? {} : { year: yearNumber }) }));
  }
  if (field === 'index') {
    if (number !== undefined) return { target: { kind: 'parameter-index', name, index: number } };
    const indices = [...region.indices.keys()];
    return indices.includes(raw) ? { target: { kind: 'parameter-index', name, index: raw } } : fail(where, path, `unknown index "${raw}"${didYouMean(raw, indices)}`);
  }
  if (field !== undefined && field !== 'values') return fail(where, path, `a parameter has "values.<year>" and "index", not "${field}"`);
  if (field === 'values' && year === undefined) return fail(where, path, `expected ${name}.values.<year>=…`);
  if (number !== undefined && number.isNegative()) return fail(where, path, `expected an amount ≥ 0, got ${raw}`);
  return needNumber((value) => ({ kind: 'parameter', name, value, ...(yearNumber === undefined ? {} : { year: yearNumber }) }));
}

/** `name*=1.05`: every explicit value of the parameter, in every definition, times the factor. */
function parseScale(name: string, raw: string, where: SourceRef, region: Region): Parsed {
  if (!region.parameters.has(name)) return fail(where, name, `unknown parameter "${name}"${didYouMean(name, [...region.parameters.keys()])}`, 'name*=factor scales a parameter\'s whole series');
  const factor = parseNumber(raw);
  if (factor === undefined || factor.isNegative()) return fail(where, name, `expected a factor ≥ 0, such as 0.97, got "${raw}"`);
  return { target: { kind: 'parameter-scale', name, factor } };
}

function fail(where: SourceRef, path: string, message: string, hint?: string): Parsed {
  return { issue: { at: at(where, path), message, ...(hint === undefined ? {} : { hint }) } };
}

/** `25000`, `0.025`, `0,025` or `2,5%`. */
function parseNumber(text: string): Dec | undefined {
  const percent = text.endsWith('%');
  const body = (percent ? text.slice(0, -1) : text).trim().replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(body)) return undefined;
  const value = decimalFromText(body);
  return percent ? value.div(100) : value;
}

function applyToRegion(region: Region, target: SetTarget, where: SourceRef): Region {
  switch (target.kind) {
    case 'discount_rate':
      return { ...region, discountRate: target.value };
    case 'horizon':
      return { ...region, horizon: { ...region.horizon, [target.end]: target.value } };
    case 'baseline':
      return { ...region, baseline: target.value };
    case 'index': {
      const index = region.indices.get(target.name);
      return index === undefined ? region : { ...region, indices: new Map(region.indices).set(target.name, editIndex(index, target)) };
    }
    case 'parameter':
    case 'parameter-scale':
    case 'parameter-index': {
      const parameter = region.parameters.get(target.name);
      if (parameter === undefined) return region;
      return { ...region, parameters: new Map(region.parameters).set(target.name, editParameter(parameter, target, region.horizon.start, where)) };
    }
  }
}

function editParameter(parameter: Parameter, target: SetTarget, start: number, where: SourceRef): Parameter {
  const edited = { ...parameter, origin: 'scenario' as const, at: at(where, parameter.name) };
  if (target.kind === 'parameter-index') {
    return { ...edited, index: typeof target.index === 'string' ? { kind: 'series', id: target.index, at: at(where, `${parameter.name}.index`) } : { kind: 'constant', rate: target.index } };
  }
  if (target.kind === 'parameter-scale') return { ...edited, values: new Map([...parameter.values].map(([year, v]) => [year, v.times(target.factor)])) };
  if (target.kind !== 'parameter') return parameter;
  const values = new Map(parameter.values).set(target.year ?? start, target.value);
  return { ...edited, values: new Map([...values].sort(([a], [b]) => a - b)) };
}

function editIndex(index: IndexSeries, target: { year?: number; value: Dec }): IndexSeries {
  if (target.year === undefined) return { ...index, default: target.value };
  return { ...index, values: new Map(index.values).set(target.year, target.value) };
}

/** A loaded scenario with overrides applied (`--set`, a variant's `set:`, what-if's tries), without reading any file again. */
export function applyOverrides(scenario: Scenario, sets: readonly SetOverride[]): Scenario {
  if (sets.length === 0) return scenario;
  const region = applySetsToRegion(scenario.region, sets);
  const municipalities = scenario.municipalities.map((m) => applySetsToMunicipality(m, region, sets));
  const before = scenario.variant;
  const overrides = [...(before?.overrides ?? []), ...sets.map((s) => (s.at.file.startsWith('--set') ? `--set ${s.text}` : `${s.text} (${basename(s.at.file)})`))];
  return { ...scenario, region, municipalities, variant: { files: before?.files ?? [], overrides, ...(before?.description === undefined ? {} : { description: before.description }) } };
}

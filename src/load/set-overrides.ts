import { decimalFromText, type Dec } from '../model/decimal.js';
import { basename } from 'node:path';
import { isOnCommandLine, throwIfIssues, type Issue, type SourceRef } from '../errors.js';
import type { Municipality } from '../model/municipality.js';
import type { Region } from '../model/region.js';
import type { Scenario, VariantInfo } from '../model/scenario.js';
import type { IndexSeries, Parameter } from '../model/series.js';
import { YEARS, isYearKeyInRange } from './schema/common.js';
import { checkBirthsBeforeStart } from './rules/births-before-start.js';
import { checkRegionSettings } from './rules/region-settings.js';
import { unfitCharacter } from '../text-characters.js';
import { didYouMean } from '../suggest.js';
import { readTypedNumber, type TypedNumber } from '../typed-number.js';
import { texts } from '../language.js';

/** The texts of refused overrides. */
export const setMessages = texts('set', {
  en: {
    got: (problem: string, value: string) => `${problem}, got "${value}"`,
    rate: 'expected a yearly rate above -1 (-100%)',
    discountRate: 'expected a discount rate ≥ 0 and < 1, such as 0.025',
    year: (first: number, last: number) => `expected a year from ${first} to ${last}`,
    unfit: (code: string) => `this override holds ${code}, a character that the reports cannot show`,
    unfitHint: 'retype it',
    tooLong: (length: number, max: number) => `this override has ${length} characters: at most ${max}`,
    tooLongHint: 'for example --set rijksbijdrage_per_se.values.2025=25000',
    shape: (text: string) => `expected path=value, got "${text}"`,
    shapeHint: 'for example --set rijksbijdrage_per_se=25000 or --set rijksbijdrage_per_se.values.2025=25000',
    notAYear: (raw: string) => `expected a year, got "${raw}"`,
    unknown: (name: string, suggestion: string) => `unknown parameter or index "${name}"${suggestion}`,
    valuesYear: (name: string, path: string) => `expected ${name}.values.<year>, got "${path}"`,
    yearRange: (first: number, last: number, year: string) => `expected a year from ${first} to ${last}, got ${year}`,
    yearTypoHint: 'check the year for a typo (2202 for 2022?)',
    indexField: (field: string) => `an index has "default" and "values.<year>", not "${field}"`,
    whichRate: (name: string) => `say which rate of index "${name}": ${name}.default=… or ${name}.values.<year>=…`,
    unknownIndex: (raw: string, suggestion: string) => `unknown index "${raw}"${suggestion}`,
    parameterField: (field: string) => `a parameter has "values.<year>" and "index", not "${field}"`,
    valuesWhich: (name: string) => `expected ${name}.values.<year>=…`,
    negative: (raw: string) => `expected an amount ≥ 0, got ${raw}`,
    unknownParameter: (name: string, suggestion: string) => `unknown parameter "${name}"${suggestion}`,
    scaleHint: 'name*=factor scales a parameter\'s whole series',
    factor: (raw: string) => `expected a factor ≥ 0, such as 0.97, got "${raw}"`,
    percentOfYear: (raw: string) => `"${raw}" is a change in percent, which changes the whole series, not one year`,
    percentOfYearHint: (name: string, raw: string) => `write ${name}=${raw} for every year, or the new amount of this year`,
    belowMinus100: (raw: string) => `a change of ${raw} would make the amount negative`,
  },
  nl: {
    got: (problem: string, value: string) => `${problem}, gevonden: "${value}"`,
    rate: 'verwacht een jaarpercentage boven -1 (-100%)',
    discountRate: 'verwacht een disconteringsvoet ≥ 0 en < 1, zoals 0.025',
    year: (first: number, last: number) => `verwacht een jaar van ${first} tot ${last}`,
    unfit: (code: string) => `deze aanpassing bevat ${code}, een teken dat de rapporten niet kunnen tonen`,
    unfitHint: 'typ haar opnieuw',
    tooLong: (length: number, max: number) => `deze aanpassing heeft ${length} tekens: hoogstens ${max}`,
    tooLongHint: 'bijvoorbeeld --set rijksbijdrage_per_se.values.2025=25000',
    shape: (text: string) => `verwacht pad=waarde, gevonden: "${text}"`,
    shapeHint: 'bijvoorbeeld --set rijksbijdrage_per_se=25000 of --set rijksbijdrage_per_se.values.2025=25000',
    notAYear: (raw: string) => `verwacht een jaar, gevonden: "${raw}"`,
    unknown: (name: string, suggestion: string) => `onbekende parameter of index "${name}"${suggestion}`,
    valuesYear: (name: string, path: string) => `verwacht ${name}.values.<jaar>, gevonden: "${path}"`,
    yearRange: (first: number, last: number, year: string) => `verwacht een jaar van ${first} tot ${last}, gevonden: ${year}`,
    yearTypoHint: 'controleer het jaar op een tikfout (2202 voor 2022?)',
    indexField: (field: string) => `een index heeft "default" en "values.<jaar>", niet "${field}"`,
    whichRate: (name: string) => `zeg welk percentage van index "${name}": ${name}.default=… of ${name}.values.<jaar>=…`,
    unknownIndex: (raw: string, suggestion: string) => `onbekende index "${raw}"${suggestion}`,
    parameterField: (field: string) => `een parameter heeft "values.<jaar>" en "index", niet "${field}"`,
    valuesWhich: (name: string) => `verwacht ${name}.values.<jaar>=…`,
    negative: (raw: string) => `verwacht een bedrag ≥ 0, gevonden: ${raw}`,
    unknownParameter: (name: string, suggestion: string) => `onbekende parameter "${name}"${suggestion}`,
    scaleHint: 'naam*=factor vermenigvuldigt de hele reeks van een parameter',
    factor: (raw: string) => `verwacht een factor ≥ 0, zoals 0.97, gevonden: "${raw}"`,
    percentOfYear: (raw: string) => `"${raw}" is een verandering in procenten, die de hele reeks verandert, niet één jaar`,
    percentOfYearHint: (name: string, raw: string) => `schrijf ${name}=${raw} voor elk jaar, of het nieuwe bedrag van dit jaar`,
    belowMinus100: (raw: string) => `een verandering van ${raw} zou het bedrag negatief maken`,
  },
});
const msg = setMessages;

/**
 * A `--set path=value` override (overrides are data, like PolicyEngine's
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

/**
 * Applies overrides to the region (parameters, indices, horizon, discount rate, baseline), in
 * order. An override that cannot be read or breaks a range is left out and reported in
 * `issues`, at its place (`--set #2`, or its line in a variant). The rules on the final region
 * are the caller's (rules/region-settings.ts), so that they hold whatever set the values.
 */
export function applySetsToRegion(region: Region, sets: readonly SetOverride[], issues: Issue[]): Region {
  const parsed = sets.map((set) => parseSet(set.text, set.at, region));
  issues.push(...parsed.flatMap((p) => (p.issue === undefined ? [] : [p.issue])));
  return parsed.reduce((r, p, i) => (p.target === undefined ? r : applyToRegion(r, p.target, sets[i]?.at ?? { file: '--set' })), region);
}

/** Applies the parameter overrides to every municipality's own series of the same names. */
export function applySetsToMunicipalities(municipalities: readonly Municipality[], region: Region, sets: readonly SetOverride[]): Municipality[] {
  return municipalities.map((m) => applySetsToMunicipality(m, region, sets));
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
  return fail(where, path.replace(/\*$/, '').trim(), msg.got(problem, value.join('=').trim()));
}

function rangeProblem(target: SetTarget): string | undefined {
  const rate = msg.rate;
  switch (target.kind) {
    case 'discount_rate':
      return target.value.gte(0) && target.value.lt(1) ? undefined : msg.discountRate;
    case 'horizon':
      return target.value >= YEARS.first && target.value <= YEARS.last ? undefined : msg.year(YEARS.first, YEARS.last);
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
  if (unfit !== undefined) return fail(where, '', msg.unfit(unfit.code), msg.unfitHint);
  if (text.length > MAX_SET_TEXT) return fail(where, '', msg.tooLong(text.length, MAX_SET_TEXT), msg.tooLongHint);
  const scale = /^([^=*]+)\*=(.*)$/.exec(text);
  if (scale !== null) return parseScale((scale[1] ?? '').trim(), (scale[2] ?? '').trim(), where, region);
  const match = /^([^=]+)=(.*)$/.exec(text);
  if (match === null) return fail(where, text, msg.shape(text), msg.shapeHint);
  const path = (match[1] ?? '').trim();
  const raw = (match[2] ?? '').trim();
  const parts = path.split('.');
  const [name = '', field, year] = parts;
  const number = parseNumber(raw);
  const needNumber = (make: (value: Dec) => SetTarget): Parsed =>
    'value' in number ? { target: make(number.value) } : fail(where, path, number.message, number.hint);
  if (path === 'discount_rate') return needNumber((value) => ({ kind: 'discount_rate', value }));
  if (path === 'horizon.start' || path === 'horizon.end') {
    return /^\d{4}$/.test(raw) ? { target: { kind: 'horizon', end: path === 'horizon.start' ? 'start' : 'end', value: Number(raw) } } : fail(where, path, msg.notAYear(raw));
  }
  // whether the baseline is a configuration is a rule on the final region (rules/region-settings.ts)
  if (path === 'baseline') return { target: { kind: 'baseline', value: raw } };
  const isParameter = region.parameters.has(name);
  const isIndex = !isParameter && region.indices.has(name);
  if (!isParameter && !isIndex) {
    const known = [...region.parameters.keys(), ...region.indices.keys(), 'discount_rate', 'horizon.start', 'horizon.end', 'baseline'];
    return fail(where, path, msg.unknown(name, didYouMean(name, known)));
  }
  if (year !== undefined && (field !== 'values' || !/^\d{4}$/.test(year) || parts.length > 3)) return fail(where, path, msg.valuesYear(name, path));
  if (year !== undefined && !isYearKeyInRange(year)) return fail(where, path, msg.yearRange(YEARS.first, YEARS.last, year), msg.yearTypoHint);
  const yearNumber = year === undefined ? undefined : Number(year);
  if (isIndex) {
    if (field !== undefined && field !== 'default' && field !== 'values') return fail(where, path, msg.indexField(field));
    if (field === undefined) return fail(where, path, msg.whichRate(name));
    return needNumber((value) => ({ kind: 'index', name, value, ...(yearNumber === undefined ? {} : { year: yearNumber }) }));
  }
  if (field === 'index') {
    if ('value' in number) return { target: { kind: 'parameter-index', name, index: number.value } };
    if (number.reason === 'unclear') return fail(where, path, number.message, number.hint);
    const indices = [...region.indices.keys()];
    return indices.includes(raw) ? { target: { kind: 'parameter-index', name, index: raw } } : fail(where, path, msg.unknownIndex(raw, didYouMean(raw, indices)));
  }
  if (field !== undefined && field !== 'values') return fail(where, path, msg.parameterField(field));
  if (field === 'values' && year === undefined) return fail(where, path, msg.valuesWhich(name));
  if ('value' in number && number.percent && region.parameters.get(name)?.unit !== 'ratio') return percentChange(name, raw, number.value, year, where, path);
  if ('value' in number && number.value.isNegative()) return fail(where, path, msg.negative(raw));
  return needNumber((value) => ({ kind: 'parameter', name, value, ...(yearNumber === undefined ? {} : { year: yearNumber }) }));
}

/** `name*=1.05`: every explicit value of the parameter, in every definition, times the factor. */
function parseScale(name: string, raw: string, where: SourceRef, region: Region): Parsed {
  if (!region.parameters.has(name)) return fail(where, name, msg.unknownParameter(name, didYouMean(name, [...region.parameters.keys()])), msg.scaleHint);
  const factor = parseNumber(raw);
  if ('reason' in factor && factor.reason === 'unclear') return fail(where, name, factor.message, factor.hint);
  if (!('value' in factor) || factor.value.isNegative()) return fail(where, name, msg.factor(raw));
  return { target: { kind: 'parameter-scale', name, factor: factor.value } };
}

/**
 * `name=-3%`: a change in percent of every year of an amount, as what-if takes it (the same
 * as `name*=0.97`). A ratio parameter takes a percentage as its value (`=30%` is 0.3).
 */
function percentChange(name: string, raw: string, fraction: Dec, year: string | undefined, where: SourceRef, path: string): Parsed {
  if (year !== undefined) return fail(where, path, msg.percentOfYear(raw), msg.percentOfYearHint(name, raw));
  const factor = fraction.plus(1);
  if (factor.isNegative()) return fail(where, path, msg.belowMinus100(raw));
  return { target: { kind: 'parameter-scale', name, factor } };
}

function fail(where: SourceRef, path: string, message: string, hint?: string): Parsed {
  return { issue: { at: at(where, path), message, ...(hint === undefined ? {} : { hint }) } };
}

/** `25000`, `0.025`, `0,025` or `2,5%`, by the one rule for typed numbers (typed-number.ts): `900.000` is refused, not read as 900. */
function parseNumber(text: string): { readonly value: Dec; readonly percent: boolean } | Extract<TypedNumber, { ok: false }> {
  const read = readTypedNumber(text, { percent: true });
  if (!read.ok) return read;
  const value = decimalFromText(read.text);
  return { value: read.percent ? value.div(100) : value, percent: read.percent };
}

function applyToRegion(region: Region, target: SetTarget, where: SourceRef): Region {
  switch (target.kind) {
    case 'discount_rate':
      return { ...region, discountRate: target.value };
    case 'horizon': {
      const place = at(where, `horizon.${target.end}`);
      const settingsAt = { ...region.settingsAt, horizon: place, [target.end === 'start' ? 'horizonStart' : 'horizonEnd']: place };
      return { ...region, horizon: { ...region.horizon, [target.end]: target.value }, settingsAt };
    }
    case 'baseline':
      return { ...region, baseline: target.value, settingsAt: { ...region.settingsAt, baseline: at(where, 'baseline') } };
    case 'index': {
      const index = region.indices.get(target.name);
      return index === undefined ? region : { ...region, indices: new Map(region.indices).set(target.name, editIndex(index, target, where)) };
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

function editIndex(index: IndexSeries, target: { year?: number; value: Dec }, where: SourceRef): IndexSeries {
  const edited = { ...index, origin: 'scenario' as const, at: at(where, index.id) };
  if (target.year === undefined) return { ...edited, default: target.value };
  return { ...edited, values: new Map([...index.values, [target.year, target.value] as const].sort(([a], [b]) => a - b)) };
}

/**
 * A loaded scenario with overrides applied (what-if's tries, solve's check), without reading
 * any file again, and held to the same rules as a scenario loaded with them.
 */
export function applyOverrides(scenario: Scenario, sets: readonly SetOverride[]): Scenario {
  if (sets.length === 0) return scenario;
  const issues: Issue[] = [];
  const region = applySetsToRegion(scenario.region, sets, issues);
  throwIfIssues(issues);
  throwIfIssues(checkRegionSettings(region));
  const municipalities = applySetsToMunicipalities(scenario.municipalities, region, sets);
  throwIfIssues(checkBirthsBeforeStart(region, municipalities));
  const variant = withOverrides(scenario.variant, sets);
  return { ...scenario, region, municipalities, ...(variant === undefined ? {} : { variant }) };
}

/** What the reports say about a scenario's variants, with the overrides added in the user's words. */
export function withOverrides(before: VariantInfo | undefined, sets: readonly SetOverride[]): VariantInfo | undefined {
  if (sets.length === 0) return before;
  const overrides = [...(before?.overrides ?? []), ...sets.map((s) => (isOnCommandLine(s.at) ? `--set ${s.text}` : `${s.text} (${basename(s.at.file)})`))];
  return { files: before?.files ?? [], overrides, ...(before?.description === undefined ? {} : { description: before.description }) };
}

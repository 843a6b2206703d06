import { decimalFromText, type Dec } from '../../model/decimal.js';
import { REGION, municipalitySubject, subjectKey, type Projection } from '../../engine/index.js';
import type { Scenario } from '../../model/scenario.js';
import type { Parameter } from '../../model/series.js';
import { formatEuros, formatPercent } from '../../report/number-format.js';
import { readTypedNumber } from '../../typed-number.js';
import type { Choice } from '../interactive.js';

/** Something what-if can change: a parameter, an index's default rate, the discount rate or the horizon's end. */
export type Assumption =
  | { readonly kind: 'parameter'; readonly name: string }
  | { readonly kind: 'index'; readonly id: string }
  | { readonly kind: 'discount_rate' }
  | { readonly kind: 'horizon_end' };

/** The assumptions a municipality's lines read, grouped and searchable, each with its current value, unit and source. */
export function assumptionChoices(scenario: Scenario, projection: Projection, municipality: string, term: string): (Choice<Assumption> | { separator: string })[] {
  const { region } = scenario;
  const start = region.horizon.start;
  const used = new Set([...(projection.parameters.get(subjectKey(municipalitySubject(municipality)))?.keys() ?? []), ...(projection.parameters.get(subjectKey(REGION))?.keys() ?? [])]);
  const own = scenario.municipalities.find((m) => m.id === municipality)?.parameters;
  const parameter = (name: string): Parameter | undefined => own?.get(name) ?? region.parameters.get(name);
  const matches = (...texts: (string | undefined)[]) => term === '' || texts.some((t) => t?.toLowerCase().includes(term.toLowerCase()));
  const parameters = [...used].flatMap((name): Choice<Assumption>[] => {
    const p = parameter(name);
    if (p === undefined || !matches(name, p.description)) return [];
    return [{ name: `${name} = ${valueText(p, start)}${p.description === undefined ? '' : ` — ${p.description}`}`, value: { kind: 'parameter', name }, description: p.source ?? '' }];
  });
  const indices = [...region.indices.values()].filter((i) => matches(i.id, i.description)).map((i): Choice<Assumption> => ({
    name: `${i.id} = ${i.default === undefined ? '–' : formatPercent(i.default, 'en')} a year${i.description === undefined ? '' : ` — ${i.description}`}`,
    value: { kind: 'index', id: i.id },
    description: i.source ?? '',
  }));
  const general = ([
    { name: `discount_rate = ${formatPercent(region.discountRate, 'en')}`, value: { kind: 'discount_rate' }, description: 'the discount rate for the net present value' },
    { name: `horizon end = ${region.horizon.end}`, value: { kind: 'horizon_end' }, description: 'the last year of the projection' },
  ] satisfies Choice<Assumption>[]).filter((c) => matches(c.name));
  const group = (title: string, items: Choice<Assumption>[]) => (items.length === 0 ? [] : [{ separator: `── ${title}` }, ...items]);
  return [...group('Parameters', parameters), ...group('Indices (yearly growth)', indices), ...group('General', general)];
}

function valueText(p: Parameter, start: number): string {
  const value = p.values.get(start) ?? p.values.values().next().value;
  if (value === undefined) return '–';
  const shown = p.unit === 'ratio' ? formatPercent(value, 'en') : formatEuros(value, 'en');
  return `${shown}${p.unit?.startsWith('EUR/') === true ? ` per ${p.unit.slice(4)}` : ''}`;
}

/** An answer: a new value, or a change in percent (`-3%`). */
export type Answer = { readonly kind: 'value'; readonly value: Dec } | { readonly kind: 'percent'; readonly factor: Dec };

/**
 * Reads an answer by the one rule for typed numbers (typed-number.ts: `900.000` is refused as
 * ambiguous, not read as 900); the problem as the prompt shows it, if it cannot be read.
 */
export function parseAnswer(text: string, allowPercent: boolean): Answer | string {
  const read = readTypedNumber(text, { percent: allowPercent });
  if (!read.ok) {
    if (read.reason === 'unclear') return `${read.message}: ${read.hint}`;
    return allowPercent ? 'type a number (such as 25000) or a change in percent (such as -3%)' : 'type a number';
  }
  const value = decimalFromText(read.text);
  return read.percent ? { kind: 'percent', factor: value.div(100).plus(1) } : { kind: 'value', value };
}

/**
 * The `--set` overrides that make an answer so: a value sets the first year's value; a
 * percentage scales every explicit value of the series.
 */
export function overridesFor(assumption: Assumption, answer: Answer, scenario: Scenario, municipality: string): string[] | string {
  const { region } = scenario;
  switch (assumption.kind) {
    case 'parameter': {
      const p = scenario.municipalities.find((m) => m.id === municipality)?.parameters.get(assumption.name) ?? region.parameters.get(assumption.name);
      if (p === undefined) return `unknown parameter ${assumption.name}`;
      if (answer.kind === 'value') return answer.value.isNegative() ? 'an amount cannot be negative' : [`${assumption.name}=${answer.value.toString()}`];
      if (answer.factor.isNegative()) return 'a change below -100% would make the amount negative';
      return [`${assumption.name}*=${answer.factor.toString()}`];
    }
    case 'index':
      return answer.kind === 'value' ? [`${assumption.id}.default=${answer.value.toString()}`] : [`${assumption.id}.default=${answer.factor.minus(1).toString()}`];
    case 'discount_rate':
      return answer.kind === 'value' ? [`discount_rate=${answer.value.toString()}`] : [`discount_rate=${answer.factor.minus(1).toString()}`];
    case 'horizon_end':
      // the rules of a horizon (not before its start, at most 100 years) are checked on the changed scenario
      return answer.kind === 'value' && answer.value.isInteger() ? [`horizon.end=${answer.value.toString()}`] : 'expected a year, such as 2035';
  }
}

/** How to ask for a new value of an assumption. */
export function questionFor(assumption: Assumption, scenario: Scenario): { message: string; allowPercent: boolean } {
  const start = scenario.region.horizon.start;
  switch (assumption.kind) {
    case 'parameter':
      return { message: `New value of ${assumption.name} for ${start}, or a change in percent of every year (e.g. -3%):`, allowPercent: true };
    case 'index':
      return { message: `New yearly rate of ${assumption.id} (e.g. 0.03 or 3%):`, allowPercent: true };
    case 'discount_rate':
      return { message: 'New discount rate (e.g. 0.025 or 2.5%):', allowPercent: true };
    case 'horizon_end':
      return { message: 'New last year of the horizon:', allowPercent: false };
  }
}

import { decimalFromText, type Dec } from '../../model/decimal.js';
import { REGION, municipalitySubject, subjectKey, type Projection } from '../../engine/index.js';
import type { Scenario } from '../../model/scenario.js';
import type { Parameter } from '../../model/series.js';
import { formatEuros, formatPercent } from '../../report/number-format.js';
import { readTypedNumber } from '../../typed-number.js';
import type { Language } from '../../report/i18n/index.js';
import type { Choice } from '../interactive.js';
import type { WhatIfTexts } from './texts.js';

/** Something what-if can change: a parameter, an index's default rate, the discount rate or the horizon's end. */
export type Assumption =
  | { readonly kind: 'parameter'; readonly name: string }
  | { readonly kind: 'index'; readonly id: string }
  | { readonly kind: 'discount_rate' }
  | { readonly kind: 'horizon_end' };

/** The assumptions a municipality's lines read, grouped and searchable, each with its current value, unit and source. */
export function assumptionChoices(scenario: Scenario, projection: Projection, municipality: string, term: string, t: WhatIfTexts, language: Language): (Choice<Assumption> | { separator: string })[] {
  const { region } = scenario;
  const used = new Set([...(projection.parameters.get(subjectKey(municipalitySubject(municipality)))?.keys() ?? []), ...(projection.parameters.get(subjectKey(REGION))?.keys() ?? [])]);
  const matches = (...texts: (string | undefined)[]) => term === '' || texts.some((t) => t?.toLowerCase().includes(term.toLowerCase()));
  const parameters = [...used].flatMap((name): Choice<Assumption>[] => {
    const p = parameterOf(scenario, municipality, name);
    if (p === undefined || !matches(name, p.description)) return [];
    const value = { kind: 'parameter', name } as const;
    return [{ name: `${name} = ${valueOf(value, scenario, municipality, t, language)}${p.description === undefined ? '' : ` — ${p.description}`}`, value, description: p.source ?? '' }];
  });
  const indices = [...region.indices.values()].filter((i) => matches(i.id, i.description)).map((i): Choice<Assumption> => {
    const value = { kind: 'index', id: i.id } as const;
    return { name: `${i.id} = ${valueOf(value, scenario, municipality, t, language)}${i.description === undefined ? '' : ` — ${i.description}`}`, value, description: i.source ?? '' };
  });
  const general = ([
    { name: `discount_rate = ${valueOf({ kind: 'discount_rate' }, scenario, municipality, t, language)}`, value: { kind: 'discount_rate' }, description: t.discountRateDescription },
    { name: `${t.horizonEnd} = ${region.horizon.end}`, value: { kind: 'horizon_end' }, description: t.horizonEndDescription },
  ] satisfies Choice<Assumption>[]).filter((c) => matches(c.name));
  const group = (title: string, items: Choice<Assumption>[]) => (items.length === 0 ? [] : [{ separator: `── ${title}` }, ...items]);
  return [...group(t.groups.parameters, parameters), ...group(t.groups.indices, indices), ...group(t.groups.general, general)];
}

/** The parameter a municipality's lines read: its own, or else the region's. */
function parameterOf(scenario: Scenario, municipality: string, name: string): Parameter | undefined {
  return scenario.municipalities.find((m) => m.id === municipality)?.parameters.get(name) ?? scenario.region.parameters.get(name);
}

/** An assumption's value in a scenario, as the list and the undo message show it: a parameter's first-year value, an index's default rate, the discount rate, the horizon's end. */
export function valueOf(assumption: Assumption, scenario: Scenario, municipality: string, t: WhatIfTexts, language: Language): string {
  const { region } = scenario;
  switch (assumption.kind) {
    case 'parameter': {
      const p = parameterOf(scenario, municipality, assumption.name);
      const value = p?.values.get(region.horizon.start) ?? p?.values.values().next().value;
      if (p === undefined || value === undefined) return '–';
      const shown = p.unit === 'ratio' ? formatPercent(value, language) : formatEuros(value, language);
      return `${shown}${p.unit?.startsWith('EUR/') === true ? ` ${t.per(p.unit.slice(4))}` : ''}`;
    }
    case 'index': {
      const rate = region.indices.get(assumption.id)?.default;
      return `${rate === undefined ? '–' : formatPercent(rate, language)} ${t.perYear}`;
    }
    case 'discount_rate':
      return formatPercent(region.discountRate, language);
    case 'horizon_end':
      return String(region.horizon.end);
  }
}

/** An answer: a new value, or a change in percent (`-3%`). */
export type Answer = { readonly kind: 'value'; readonly value: Dec } | { readonly kind: 'percent'; readonly factor: Dec };

/**
 * Reads an answer by the one rule for typed numbers (typed-number.ts: `900.000` is refused as
 * ambiguous, not read as 900); the problem as the prompt shows it, if it cannot be read.
 */
export function parseAnswer(text: string, allowPercent: boolean, t: WhatIfTexts): Answer | string {
  const read = readTypedNumber(text, { percent: allowPercent });
  if (!read.ok) {
    if (read.reason === 'unclear') return `${read.message}: ${read.hint}`;
    return allowPercent ? t.typeNumberOrPercent : t.typeNumber;
  }
  const value = decimalFromText(read.text);
  return read.percent ? { kind: 'percent', factor: value.div(100).plus(1) } : { kind: 'value', value };
}

/**
 * The `--set` overrides that make an answer so: a value sets the first year's value; a
 * percentage scales every explicit value of the series.
 */
export function overridesFor(assumption: Assumption, answer: Answer, scenario: Scenario, municipality: string, t: WhatIfTexts): string[] | string {
  switch (assumption.kind) {
    case 'parameter': {
      if (parameterOf(scenario, municipality, assumption.name) === undefined) return t.unknownParameter(assumption.name);
      if (answer.kind === 'value') return answer.value.isNegative() ? t.negativeAmount : [`${assumption.name}=${answer.value.toString()}`];
      if (answer.factor.isNegative()) return t.belowMinus100;
      return [`${assumption.name}*=${answer.factor.toString()}`];
    }
    case 'index':
      return answer.kind === 'value' ? [`${assumption.id}.default=${answer.value.toString()}`] : [`${assumption.id}.default=${answer.factor.minus(1).toString()}`];
    case 'discount_rate':
      return answer.kind === 'value' ? [`discount_rate=${answer.value.toString()}`] : [`discount_rate=${answer.factor.minus(1).toString()}`];
    case 'horizon_end':
      // the rules of a horizon (not before its start, at most 100 years) are checked on the changed scenario
      return answer.kind === 'value' && answer.value.isInteger() ? [`horizon.end=${answer.value.toString()}`] : t.expectedYear;
  }
}

/** How to ask for a new value of an assumption. */
export function questionFor(assumption: Assumption, scenario: Scenario, t: WhatIfTexts): { message: string; allowPercent: boolean } {
  switch (assumption.kind) {
    case 'parameter':
      return { message: t.newValue(assumption.name, scenario.region.horizon.start), allowPercent: true };
    case 'index':
      return { message: t.newRate(assumption.id), allowPercent: true };
    case 'discount_rate':
      return { message: t.newDiscountRate, allowPercent: true };
    case 'horizon_end':
      return { message: t.newHorizonEnd, allowPercent: false };
  }
}

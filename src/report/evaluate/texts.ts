import type { Language } from '../i18n/index.js';
import type { EvaluateLabels } from '../i18n/evaluate-labels.js';
import type { ImpliedOutflowView } from './view.js';

/** A year's implied outflow as one sentence: the factor and the rates it implies per band, or why there is none. */
export function impliedOutflowText(year: number, implied: ImpliedOutflowView, l: EvaluateLabels, language: Language): string {
  if ('reason' in implied) return l.noFactor(year, l.reasons[implied.reason] ?? implied.reason);
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const percent = (x: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(x);
  const factor = new Intl.NumberFormat(locale, { minimumFractionDigits: 6, maximumFractionDigits: 6 }).format(implied.factor);
  return l.factor(year, factor, implied.rates.map((r) => l.band(r.belowAge, percent(r.rate))).join(', '));
}

import type { Language } from '../i18n/index.js';
import type { EvaluateLabels } from '../i18n/evaluate-labels.js';
import { formatFixed, formatPercent } from '../number-format.js';
import type { ImpliedOutflowView } from './view.js';

/** A year's implied outflow as one sentence: the factor and the rates it implies per band, or why there is none. */
export function impliedOutflowText(year: number, implied: ImpliedOutflowView, l: EvaluateLabels, language: Language): string {
  if ('reason' in implied) return l.noFactor(year, l.reasons[implied.reason] ?? implied.reason);
  const factor = formatFixed(implied.factor, language, 6);
  return l.factor(year, factor, implied.rates.map((r) => l.band(r.belowAge, formatPercent(r.rate, language))).join(', '));
}

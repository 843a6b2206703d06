import type { Dec } from '../../model/decimal.js';
import type { Language } from '../i18n/index.js';
import { formatFixed } from '../number-format.js';

const NBSP = '\u00a0';

/** From this amount on, the summary's text speaks of millions. */
const MILLION = 1_000_000;

/**
 * An amount as the council summary's text writes it, without false precision (most inputs
 * are estimates): from € 1 mln on in millions with one decimal (`€ 34,4 mln`, `€34.4 million`),
 * below that rounded to € 1.000 (`€ 672.000`). Rounding is half away from zero, as in the tables.
 * The spaces are no-break spaces, so that a printed line never ends in `€`.
 */
export function formatCouncilAmount(x: Dec, language: Language): string {
  const millions = x.abs().gte(MILLION);
  const rounded = millions ? x.div(MILLION).toDecimalPlaces(1, 4 /* ROUND_HALF_UP */) : x.div(1000).toDecimalPlaces(0, 4).times(1000);
  // millions with one decimal, thousands with none
  const text = formatFixed(rounded.abs().toNumber(), language, millions ? 1 : 0);
  const sign = rounded.isNegative() && !rounded.isZero() ? '−' : '';
  // no line break inside an amount: a no-break space between € and the number and before "mln"
  if (language === 'nl') return `${sign}€${NBSP}${text}${millions ? `${NBSP}mln` : ''}`;
  return `${sign}€${text}${millions ? `${NBSP}million` : ''}`;
}

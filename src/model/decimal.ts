import { Decimal } from 'decimal.js';

/**
 * The one Decimal constructor of the project (methodology §1: at least 28 significant
 * digits, no intermediate rounding). A clone, so nothing global changes; ROUND_HALF_UP
 * rounds ties away from zero, as §6 and Excel's ROUND do.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** Money rounded to cents, half away from zero: only for output (§6). */
export function toCents(x: Decimal): Decimal {
  return x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Money rounded to whole euros, half away from zero: only for display. */
export function toEuros(x: Decimal): Decimal {
  return x.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/**
 * Σ of a list of decimals (exact up to the configured precision). A term that is ZERO itself
 * is passed over: the total is ZERO or a sum, rounded already and never −0, to which adding
 * +0 gives the very same number (test/engine/decimal-sum.test.ts), and lines that do not
 * apply in a year, or are not settled, give many.
 */
export function sum(xs: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const x of xs) if (x !== ZERO) total = total.plus(x);
  return total;
}

/** A decimal from the text of a number as the user wrote it (never from float arithmetic). */
export function decimalFromText(text: string): Decimal {
  return new Dec(text);
}

/** A decimal from a parsed YAML/JSON number: its shortest round-trip text is what the user wrote, up to 15 significant digits. */
export function decimalFromNumber(n: number): Decimal {
  return new Dec(String(n));
}

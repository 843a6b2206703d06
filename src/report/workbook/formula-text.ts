import type { Calculator, Comparison, YearRange } from '../../model/formula.js';
import { HEADER_ROW, columnLetter, yearColumn } from './layout.js';

/**
 * A piece of spreadsheet formula: its text, how tightly it binds (so that parentheses are
 * written only where needed), and whether it reads a figure the workbook may not show.
 */
export interface FormulaText {
  readonly text: string;
  /** 1: a sum or difference, 2: a product or quotient, 3: a reference, number or function. */
  readonly binds: 1 | 2 | 3;
  readonly hidden: boolean;
}

/** A reference, number or function call. */
export function atom(text: string, hidden = false): FormulaText {
  return { text, binds: 3, hidden };
}

const wrap = (x: FormulaText, below: number) => (x.binds < below ? `(${x.text})` : x.text);
const either = (...xs: readonly FormulaText[]) => xs.some((x) => x.hidden);
const COMPARE: Record<Comparison, string> = { eq: '=', gt: '>' };

/**
 * The workbook interpretation of a line's formula: spreadsheet formula text over cell
 * references, such as `=D12*D$5*(1-$C$9+$C$9*D20/$D20)`. Both branches of an `if` are written
 * (as IF); the years a line applies in are a condition on the year in the header row.
 */
export const formulaCalculator: Calculator<FormulaText> = {
  constant: (value) => atom(value),
  add: (a, b) => ({ text: `${wrap(a, 1)}+${wrap(b, 1)}`, binds: 1, hidden: either(a, b) }),
  sub: (a, b) => ({ text: `${wrap(a, 1)}-${wrap(b, 2)}`, binds: 1, hidden: either(a, b) }),
  mul: (a, b) => ({ text: `${wrap(a, 2)}*${wrap(b, 2)}`, binds: 2, hidden: either(a, b) }),
  div: (a, b) => ({ text: `${wrap(a, 2)}/${wrap(b, 3)}`, binds: 2, hidden: either(a, b) }),
  sum: (terms) => (terms.length === 0 ? atom('0') : { text: terms.map((x) => wrap(x, 1)).join('+'), binds: terms.length === 1 ? terms[0]?.binds ?? 3 : 1, hidden: either(...terms) }),
  choose: (cmp, a, b, then, otherwise) => {
    const yes = then();
    const no = otherwise();
    return atom(`IF(${a.text}${COMPARE[cmp]}${b.text},${yes.text},${no.text})`, either(a, b, yes, no));
  },
  inYears: (years, t, then) => {
    const x = then();
    const condition = yearCondition(years, columnLetter(yearColumn(t)));
    return condition === undefined ? x : atom(`IF(${condition},${x.text},0)`, x.hidden);
  },
};

/** A year range as a condition on the year in the header row, or undefined if it holds always. */
function yearCondition(years: YearRange, column: string): string | undefined {
  const year = `${column}$${HEADER_ROW}`;
  const parts = [years.from === undefined ? undefined : `${year}>=${years.from}`, years.to === undefined ? undefined : `${year}<=${years.to}`].filter((x) => x !== undefined);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `AND(${parts.join(',')})`;
}

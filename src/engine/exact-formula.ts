import { assertNever } from '../errors.js';
import { inRange, type Expr, type FormulaEnv } from '../model/formula.js';
import { Dec, ZERO } from '../model/decimal.js';

/** A row's tree made into a function of the year index, for the exact interpretation. */
export type ExactRow = (t: number) => Dec;

/**
 * The exact interpretation of a line's formula (methodology §1: decimals of 40 significant
 * digits, no intermediate rounding). `start` is the horizon's first year. It is what
 * `interpret` computes with decimals, operation for operation and in the same order, the
 * env read as lazily (only the branch taken); the tree is walked once, not once a year, and
 * its constants made once, since every row is computed for every year of the horizon.
 */
export function compileExact(expr: Expr, env: FormulaEnv<Dec>, start: number): ExactRow {
  const go = (e: Expr) => compileExact(e, env, start);
  switch (expr.op) {
    case 'const': {
      const value = new Dec(expr.value);
      return () => value;
    }
    case 'input': {
      const { input, year } = expr;
      return (t) => env.input(input, t, year);
    }
    case 'row': {
      const { row, year } = expr;
      return (t) => env.row(row, t, year);
    }
    case 'group_sum': {
      const { group } = expr;
      return (t) => env.group(group, t);
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
      return arithmetic(expr.op, go(expr.a), go(expr.b));
    case 'share':
      return arithmetic('mul', go(expr.total), go(expr.key));
    case 'sum':
      return sumOf(expr.terms.map(go));
    case 'if':
      return choice(expr.cmp, [go(expr.a), go(expr.b)], go(expr.then), go(expr.otherwise));
    case 'first_year': {
      const [then, otherwise] = [go(expr.then), go(expr.otherwise)];
      return (t) => (t === 0 ? then(t) : otherwise(t));
    }
    case 'in_years': {
      const { years } = expr;
      const then = go(expr.then);
      return (t) => (inRange(years, start + t) ? then(t) : ZERO);
    }
    default:
      return assertNever(expr);
  }
}

function arithmetic(op: 'add' | 'sub' | 'mul' | 'div', a: ExactRow, b: ExactRow): ExactRow {
  switch (op) {
    case 'add':
      return (t) => a(t).plus(b(t));
    case 'sub':
      return (t) => a(t).minus(b(t));
    case 'mul':
      return (t) => a(t).times(b(t));
    case 'div':
      return (t) => a(t).div(b(t));
    default:
      return assertNever(op);
  }
}

/** Σ of the terms from 0, in their order. */
function sumOf(terms: readonly ExactRow[]): ExactRow {
  return (t) => {
    let total = ZERO;
    for (const term of terms) total = total.plus(term(t));
    return total;
  };
}

/** `then` where a = b (`eq`) or a > b (`gt`), else `otherwise`: both sides computed first, then only the branch taken. */
function choice(cmp: 'eq' | 'gt', [a, b]: readonly [ExactRow, ExactRow], then: ExactRow, otherwise: ExactRow): ExactRow {
  return cmp === 'eq' ? (t) => (a(t).eq(b(t)) ? then(t) : otherwise(t)) : (t) => (a(t).gt(b(t)) ? then(t) : otherwise(t));
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileExact } from '../../src/engine/exact-formula.js';
import { Dec } from '../../src/model/decimal.js';
import { interpret, type Expr, type FormulaEnv, type Input } from '../../src/model/formula.js';
import { exactCalculator } from './oracle/exact-calculator.js';

// A row's tree is compiled once into a function of the year (src/engine/exact-formula.ts)
// instead of walked every year with the exact calculator: every value must be the same
// decimal, signed zeros included, and the figures read in the same order, only the branch taken.

const START = 2021;
const YEARS = 6;
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

const aDecimal = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map((n) => new Dec(n).div(7)),
  fc.integer({ min: -5, max: 5 }).map((n) => new Dec(n)),
  fc.constantFrom(new Dec('-0'), new Dec('0'), new Dec('1'), new Dec('0.123456789012345678901234567890123456789012345'), new Dec('-98765432109876543210987654321098765432109876')),
);
const INPUTS: readonly Input[] = [{ input: 'rate' }, { input: 'volume', whose: 'self', quantity: 'se' }, { input: 'one_off' }, { input: 'member_count' }];
const ROWS = ['base', 'factor'];
const GROUPS = ['terms'];
const aYearRef = fc.constantFrom('same' as const, 'first' as const, 'previous' as const);

const { expr: anExpr } = fc.letrec<{ expr: Expr }>((tie) => {
  const sub = tie('expr');
  return {
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('0', '-0', '1', '12', '0.5', '3.14159265358979323846264338327950288419716939937510').map((value): Expr => ({ op: 'const', value })),
      fc.record({ input: fc.constantFrom(...INPUTS), year: aYearRef }).map(({ input, year }): Expr => ({ op: 'input', input, year })),
      fc.record({ row: fc.constantFrom(...ROWS), year: aYearRef }).map(({ row, year }): Expr => ({ op: 'row', row, year })),
      fc.constantFrom(...GROUPS).map((group): Expr => ({ op: 'group_sum', group })),
      fc.record({ op: fc.constantFrom('add' as const, 'sub' as const, 'mul' as const, 'div' as const), a: sub, b: sub }).map((e): Expr => e),
      fc.record({ total: sub, key: sub }).map(({ total, key }): Expr => ({ op: 'share', total, key })),
      fc.array(sub, { maxLength: 4 }).map((terms): Expr => ({ op: 'sum', terms })),
      fc.record({ cmp: fc.constantFrom('eq' as const, 'gt' as const), a: sub, b: sub, then: sub, otherwise: sub }).map((e): Expr => ({ op: 'if', ...e })),
      fc.record({ then: sub, otherwise: sub }).map(({ then, otherwise }): Expr => ({ op: 'first_year', then, otherwise })),
      fc.record({ from: fc.option(fc.integer({ min: START - 1, max: START + YEARS }), { nil: undefined }), to: fc.option(fc.integer({ min: START - 1, max: START + YEARS }), { nil: undefined }), then: sub })
        .map(({ from, to, then }): Expr => ({ op: 'in_years', years: { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }, then })),
    ),
  };
});

/** An env on fixed figures that writes down every figure read, in order. */
function loggingEnv(figures: readonly Dec[], log: string[]): FormulaEnv<Dec> {
  const at = (key: string, t: number) => figures[Math.abs([...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7 + t)) % figures.length] ?? new Dec(0);
  return {
    input: (input, t, year) => { log.push(`input ${JSON.stringify(input)} ${t} ${year}`); return at(JSON.stringify(input) + year, t); },
    row: (row, t, year) => { log.push(`row ${row} ${t} ${year}`); return at(row + year, t); },
    group: (group, t) => { log.push(`group ${group} ${t}`); return at(group, t); },
  };
}

describe('a compiled exact row', () => {
  it('gives every year exactly the decimal the exact calculator gives, reading the same figures in the same order', () => {
    fc.assert(
      fc.property(anExpr, fc.array(aDecimal, { minLength: 1, maxLength: 8 }), (expr, figures) => {
        const compiledLog: string[] = [];
        const walkedLog: string[] = [];
        const compiled = compileExact(expr, loggingEnv(figures, compiledLog), START);
        const walkedEnv = loggingEnv(figures, walkedLog);
        const calc = exactCalculator(START);
        for (let t = 0; t < YEARS; t++) expect(compiled(t).valueOf()).toBe(interpret(expr, calc, walkedEnv, t).valueOf());
        expect(compiledLog).toEqual(walkedLog);
      }),
      runs,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactCalculator } from './oracle/exact-calculator.js';
import { buildRiskModel, evaluate, project, resultSize } from '../../src/engine/index.js';
import { neutralDraw } from '../../src/engine/risk/evaluator.js';
import { figureValue, floatCalculator, type DrawState, type Figure } from '../../src/engine/risk/float-formula.js';
import { Dec, ZERO } from '../../src/model/decimal.js';
import { AMOUNT_ROW, formulaInputs, inputKey, interpret, yearIndex, type Calculator, type FormulaEnv, type LineFormula } from '../../src/model/formula.js';
import { DRIVERS, lineKind } from '../../src/model/line-kinds/index.js';
import type { AllocationKey, Line } from '../../src/model/line.js';
import { atom, formulaCalculator, type FormulaText } from '../../src/report/workbook/formula-text.js';
import { HEADER_ROW, columnLetter, yearColumn } from '../../src/report/workbook/layout.js';
import { evaluateFormula, type Value } from '../support/formula-evaluator.js';
import { line as buildLine } from '../support/model-builders.js';
import { generatedRegion } from '../properties/generated-region.js';

const START = 2025;
const YEARS = 6;
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) };

/** A line of any kind with random fields, and the organisation it is computed in. */
const lineCase = fc.record({
  driver: fc.constantFrom(...DRIVERS),
  level: fc.constantFrom('municipality' as const, 'organisation' as const),
  allocation: fc.constantFrom<AllocationKey>('se_share', 'fte_share', 'headcount_share', 'inhabitants', 'equal'),
  members: fc.integer({ min: 1, max: 4 }),
  from: fc.option(fc.integer({ min: START - 1, max: START + YEARS }), { nil: undefined }),
  to: fc.option(fc.integer({ min: START - 1, max: START + YEARS }), { nil: undefined }),
  workForms: fc.integer({ min: 1, max: 3 }),
  /** A fixed line's volume_elasticity: a parameter (a ratio per year) or the number 0.4. */
  elasticityParameter: fc.boolean(),
  /** The organisation supplies others: an organisation-level fixed line reads the volume with its buyers (methodology, fees). */
  supplies: fc.boolean(),
  seed: fc.integer(),
});

/** A figure: zero now and then, so that the guards (V(start) = 0, Σ = 0) are taken. */
const figure = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2_000_000 }).map((x) => x / 100));

type LineCase = typeof lineCase extends fc.Arbitrary<infer T> ? T : never;

function caseLine(c: LineCase): { line: Line; formula: LineFormula } {
  const forms = ['binnen', 'detachering', 'begeleid'].slice(0, c.workForms);
  const fields = lineKind(c.driver).fields;
  const line = buildLine('l', {
    driver: c.driver,
    amount: fields.amount === 'by_year' ? { kind: 'by_year', byYear: new Map() } : 'rate',
    level: fields.level ? c.level : 'municipality',
    allocation: c.allocation,
    volumeElasticity: c.elasticityParameter ? { kind: 'parameter', name: 'e' } : { kind: 'number', value: new Dec(0.4) },
    years: { ...(c.from === undefined ? {} : { from: c.from }), ...(c.to === undefined ? {} : { to: c.to }) },
    of: fields.of ? ['a', 'b'] : [],
  });
  const members = Array.from({ length: c.members }, (_, i) => `m${i}`);
  return { line, formula: lineKind(c.driver).formula(line, { members, workForms: forms, supplies: c.supplies }) };
}

/** Every row of a formula in every year, by one interpretation, with the inputs given per input and year. */
function rowsBy<T>(formula: LineFormula, calc: Calculator<T>, input: (key: string, t: number) => T, read: (x: T) => T, sum: (xs: T[]) => T): Map<string, T[]> {
  const rows = new Map<string, T[]>();
  const env: FormulaEnv<T> = {
    input: (x, t, year) => input(inputKey(x), yearIndex(t, year)),
    row: (name, t, year) => read((rows.get(name) as T[])[yearIndex(t, year)] as T),
    group: (group, t) => sum(formula.rows.filter((r) => r.group === group).map((r) => (rows.get(r.name) as T[])[t] as T)),
  };
  for (const row of formula.rows) {
    const values: T[] = [];
    rows.set(row.name, values);
    for (let t = 0; t < YEARS; t++) values.push(interpret(row.expr, calc, env, t));
  }
  return rows;
}

/**
 * The workbook interpretation, evaluated by the test's own formula evaluator: inputs are
 * cells of a sheet `In` (a row per input, a column per year); the line's rows are rows of
 * the current sheet, each cell computed from its formula text.
 */
function formulaValues(formula: LineFormula, inputs: ReadonlyMap<string, number[]>): Map<string, number[]> {
  const inputRow = new Map([...inputs.keys()].map((key, i) => [key, i + 1]));
  const rowNumber = new Map(formula.rows.map((r, i) => [r.name, HEADER_ROW + 1 + i]));
  const texts = new Map<string, string>();
  const env: FormulaEnv<FormulaText> = {
    input: (x, t, year) => atom(`'In'!${columnLetter(yearColumn(yearIndex(t, year)))}${inputRow.get(inputKey(x)) ?? 0}`),
    row: (name, t, year) => atom(`${columnLetter(yearColumn(yearIndex(t, year)))}${rowNumber.get(name) ?? 0}`),
    group: (group, t) => {
      const rows = formula.rows.filter((r) => r.group === group).map((r) => rowNumber.get(r.name) ?? 0);
      const column = columnLetter(yearColumn(t));
      return atom(`SUM(${column}${Math.min(...rows)}:${column}${Math.max(...rows)})`);
    },
  };
  formula.rows.forEach((row) => {
    for (let t = 0; t < YEARS; t++) texts.set(`${columnLetter(yearColumn(t))}${rowNumber.get(row.name) ?? 0}`, interpret(row.expr, formulaCalculator, env, t).text);
  });
  const memo = new Map<string, Value>();
  const column = (address: string) => (address.match(/^[A-Z]+/)?.[0] ?? '').split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const resolve = (sheet: string | undefined, ref: string): Value => {
    const address = ref.replaceAll('$', '');
    const row = Number(address.replace(/^[A-Z]+/, ''));
    const t = column(address) - yearColumn(0);
    if (sheet === 'In') return [...inputs.values()][row - 1]?.[t] ?? null;
    if (row === HEADER_ROW) return START + t;
    const cached = memo.get(address);
    if (cached !== undefined) return cached;
    const text = texts.get(address);
    const value = text === undefined ? null : evaluateFormula(text, resolve);
    memo.set(address, value);
    return value;
  };
  return new Map(formula.rows.map((row) => [row.name, Array.from({ length: YEARS }, (_, t) => {
    const v = resolve(undefined, `${columnLetter(yearColumn(t))}${rowNumber.get(row.name) ?? 0}`);
    if (typeof v !== 'number') throw new Error(`row ${row.name}, year ${t}: ${JSON.stringify(v)} from ${texts.get(`${columnLetter(yearColumn(t))}${rowNumber.get(row.name) ?? 0}`)}`);
    return v;
  })]));
}

const close = (exact: Dec, other: number) => Math.abs(exact.toNumber() - other) <= 1e-6 * Math.max(1, Math.abs(exact.toNumber()));

describe('each line kind has one formula, and its three interpretations agree (docs/extending.md)', () => {
  it('exact decimals, binary floats and the workbook\'s formula text give the same figures for every row, on random inputs', () => {
    fc.assert(
      fc.property(lineCase, fc.array(figure, { minLength: 64, maxLength: 64 }), (c, pool) => {
        const { line, formula } = caseLine(c);
        let next = Math.abs(c.seed);
        const draw = () => pool[next++ % pool.length] ?? 0;
        // an elasticity is a ratio from 0 to 1 (a parameter's may differ per year), |M| a count
        const elasticity = (t: number) => (c.elasticityParameter ? ((Math.abs(c.seed) + 7 * t) % 11) / 10 : 0.4);
        const inputs = new Map(formulaInputs(formula).map((x) => [inputKey(x), Array.from({ length: YEARS }, (_, t) =>
          x.input === 'elasticity' ? elasticity(t) : x.input === 'member_count' ? c.members : draw())]));
        const exact = rowsBy<Dec>(formula, exactCalculator(START), (key, t) => new Dec(inputs.get(key)?.[t] ?? 0), (x) => x, (xs) => xs.reduce((a, b) => a.plus(b), ZERO));
        const state: DrawState = { series: new Float64Array(0), oneOffFactor: 1, values: new Float64Array(0) };
        // floats twice: with every input varying by draw (functions), and with every input fixed (folded at compile time)
        const value = (f: Figure) => figureValue(f, state);
        const asCode = (x: number): Figure => ({ code: String(x) });
        const varying = rowsBy<Figure>(formula, floatCalculator(START), (key, t) => asCode(inputs.get(key)?.[t] ?? 0),
          (f) => asCode(value(f)), (fs) => asCode(fs.reduce<number>((a, f) => a + value(f), 0)));
        const folded = rowsBy<Figure>(formula, floatCalculator(START), (key, t) => inputs.get(key)?.[t] ?? 0, (f) => value(f), (fs) => fs.reduce<number>((a, f) => a + value(f), 0));
        const text = formulaValues(formula, inputs);
        for (const row of formula.rows) {
          (exact.get(row.name) ?? []).forEach((x, t) => {
            expect(close(x, value(varying.get(row.name)?.[t] ?? NaN)), `${line.driver} ${row.name} ${t} float`).toBe(true);
            expect(close(x, value(folded.get(row.name)?.[t] ?? NaN)), `${line.driver} ${row.name} ${t} float, folded`).toBe(true);
            expect(close(x, text.get(row.name)?.[t] ?? NaN), `${line.driver} ${row.name} ${t} formula`).toBe(true);
          });
        }
        expect(formula.rows.at(-1)?.name).toBe(AMOUNT_ROW);
      }),
      runs,
    );
  });

  it('on generated regions with every driver, the risk model (floats, neutral draw) gives the exact engine\'s NPV and cumulative of every municipality and configuration', () => {
    fc.assert(
      fc.property(generatedRegion(), (scenario) => {
        const projection = project(scenario);
        const model = buildRiskModel(projection);
        const out = new Float64Array(resultSize(model));
        evaluate(model, neutralDraw(model), out);
        let k = 0;
        for (const target of model.targets) {
          for (const c of model.configurations) {
            const exact = projection.results.get(c)?.get(target.id);
            expect(close(exact?.npv ?? new Dec(NaN), out[k++] ?? NaN), `${c} ${target.id} npv`).toBe(true);
            expect(close(exact?.cumulative ?? new Dec(NaN), out[k++] ?? NaN), `${c} ${target.id} cumulative`).toBe(true);
          }
        }
      }),
      { numRuns: Math.min(runs.numRuns, 25) },
    );
  });

  it('the check can fail: a formula text that reads the wrong year gives other figures', () => {
    const { formula } = caseLine({ driver: 'fixed', level: 'municipality', allocation: 'equal', members: 1, from: undefined, to: undefined, workForms: 1, elasticityParameter: false, supplies: false, seed: 0 });
    const inputs = new Map(formulaInputs(formula).map((x) => [inputKey(x), x.input === 'elasticity' ? [0.5, 0.5, 0.5, 0.5, 0.5, 0.5] : [10, 20, 30, 40, 50, 60]]));
    const right = formulaValues(formula, inputs);
    const wrong = formulaValues({ ...formula, rows: formula.rows.map((r) => (r.name === 'factor' ? { ...r, expr: { op: 'const', value: '1' } } : r)) }, inputs);
    expect(right.get(AMOUNT_ROW)).not.toEqual(wrong.get(AMOUNT_ROW));
  });
});

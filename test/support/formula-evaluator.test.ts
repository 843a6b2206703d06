import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type CliResult } from './cli.js';
import { evaluateFormula, FormulaError, formulaMismatches, recalculateWorkbook, type CellResolver, type DefinedNames, type Value } from './formula-evaluator.js';
import { runInProcess } from './in-process.js';
import { smallCellsRegion } from './small-cells-region.js';
import { TINY, testDir, tinyCopy } from './testdir.js';
import { everyKindRegion } from './every-kind-region.js';

/** A resolver over given cells, by `Sheet!A1` (the formula's own sheet is `Here`); any other cell is empty. */
function cells(values: Record<string, Value>): CellResolver {
  return (sheet, address) => values[`${sheet ?? 'Here'}!${address}`] ?? null;
}

const evaluate = (formula: string, values: Record<string, Value> = {}, names?: DefinedNames) => evaluateFormula(formula, cells(values), names);

describe('evaluateFormula: operators as Excel reads them', () => {
  it.each([
    ['-2^2', 4], // unary minus binds tighter than ^
    ['2^3^2', 64], // ^ is left-associative
    ['1+2*3', 7],
    ['(1+2)*3', 9],
    ['1-2-3', -4],
    ['8/2/2', 2],
    ['2*-3', -6],
    ['2^-1', 0.5],
    ['=+3', 3],
    ['1.5e2+.5', 150.5],
    ['"a"&1&TRUE', 'a1TRUE'],
    ['"say ""hi"""', 'say "hi"'],
    ['1+2&"x"', '3x'], // & binds looser than +
  ] as const)('%s is %j', (formula, expected) => {
    expect(evaluate(formula)).toEqual(expected);
  });

  it.each([
    ['1<2', true],
    ['2<=2', true],
    ['2>=3', false],
    ['1<>1', false],
    ['"a"="A"', true], // text compares without regard to case
    ['"b">"a"', true],
    ['"1"=1', false], // no coercion in comparisons
    ['1<"a"', true], // numbers before texts
    ['TRUE>1', true], // flags after numbers
    ['1+1=2', true], // comparisons bind loosest
    ['E1=0', true], // an empty cell compares as 0 with a number
    ['E1=""', true], // and as "" with a text
  ] as const)('%s is %j', (formula, expected) => {
    expect(evaluate(formula)).toBe(expected);
  });

  it('counts an empty cell as 0 in arithmetic, and shows a reference to one as 0', () => {
    expect(evaluate('F5+1')).toBe(1);
    expect(evaluate('F5')).toBe(0);
    expect(evaluate('F5', { 'Here!F5': '' })).toBe('');
    expect(evaluate('D5*2', { 'Here!D5': true })).toBe(2);
  });

  it('reads references with and without $, on other sheets, with spaces and quotes in the sheet name', () => {
    const values = { 'Here!D5': 2, 'Per jaar!C10': 3, "it's!A1": 5, 'Aannames!C8': 7 };
    expect(evaluate('$D$5+D$5+$D5+d5', values)).toBe(8);
    expect(evaluate("'Per jaar'!$C$10*'it''s'!A1", values)).toBe(15);
    expect(evaluate("Aannames!C8+'Aannames'!$C$8", values)).toBe(14);
    expect(evaluate('Überblick!B2', { 'Überblick!B2': 4 })).toBe(4);
  });
});

describe('evaluateFormula: error values propagate as in Excel', () => {
  it.each([
    ['1/0', '#DIV/0!'],
    ['1+1/0', '#DIV/0!'],
    ['-(1/0)', '#DIV/0!'],
    ['1/0&"x"', '#DIV/0!'],
    ['#N/A+1/0', '#N/A'], // the left one wins
    ['"x"+1', '#VALUE!'],
    ['""+1', '#VALUE!'],
    ['0^0', '#NUM!'],
    ['0^-1', '#DIV/0!'],
    ['Unknown*2', '#NAME?'],
    ['SUM(D5:E5)', '#DIV/0!'],
    ['Nowhere!A1', '#REF!'],
  ])('%s is %s', (formula, error) => {
    const values: Record<string, Value> = { 'Here!E5': { error: '#DIV/0!' } };
    const resolve: CellResolver = (sheet, address) => (sheet === 'Nowhere' ? { error: '#REF!' } : cells(values)(sheet, address));
    expect(evaluateFormula(formula, resolve)).toEqual({ error });
  });

  it('IFERROR gives its fallback for an error and the value otherwise', () => {
    expect(evaluate('IFERROR(1/0,"n")')).toBe('n');
    expect(evaluate('IFERROR(D5/2,"n")', { 'Here!D5': 3 })).toBe(1.5);
    expect(evaluate('IFERROR(MATCH(5,D1:F1,0),-1)', { 'Here!D1': 4 })).toBe(-1);
  });
});

describe('evaluateFormula: functions', () => {
  const row: Record<string, Value> = { 'Here!D5': 1, 'Here!E5': 'x', 'Here!G5': 2.5, 'Here!H5': true }; // F5 empty

  it('SUM skips text, flags and empty cells of a range, and coerces its value arguments', () => {
    expect(evaluate('SUM(D5:H5)', row)).toBe(3.5);
    expect(evaluate('SUM(H5:D5)', row)).toBe(3.5);
    expect(evaluate('SUM(E5)', row)).toBe(0); // a reference, even to one cell, is a range
    expect(evaluate('SUM(D5,"2",TRUE)', row)).toBe(4);
    expect(evaluate('SUM("x")', row)).toEqual({ error: '#VALUE!' });
    expect(evaluate('D5:H5+1', row)).toEqual({ error: '#VALUE!' }); // no implicit intersection
  });

  it('MAX and MIN over numbers only, 0 without any', () => {
    expect(evaluate('MAX(D5:H5)', row)).toBe(2.5);
    expect(evaluate('MIN(D5:H5,-1)', row)).toBe(-1);
    expect(evaluate('MAX(E5:F5)', row)).toBe(0);
  });

  it('IF takes flags, numbers and text flags, evaluates only its branch, and is FALSE without an else', () => {
    expect(evaluate('IF(TRUE,1,2)')).toBe(1);
    expect(evaluate('IF(0,1,2)')).toBe(2);
    expect(evaluate('IF(-3,"yes","no")')).toBe('yes');
    expect(evaluate('IF(F5,1,2)')).toBe(2);
    expect(evaluate('IF("true",1,2)')).toBe(1);
    expect(evaluate('IF(FALSE,1)')).toBe(false);
    expect(evaluate('IF(TRUE,1,1/0)')).toBe(1);
    expect(evaluate('IF("x",1,2)')).toEqual({ error: '#VALUE!' });
    expect(evaluate('IF(1/0,1,2)')).toEqual({ error: '#DIV/0!' });
    expect(evaluate('IF(D26=0,0,D5/D26)', { 'Here!D5': 4 })).toBe(0);
  });

  it('AND, OR and ISNUMBER', () => {
    expect(evaluate('AND(D$4>=2021,D$4<=2022)', { 'Here!D4': 2022 })).toBe(true);
    expect(evaluate('AND(D$4>=2021,D$4<=2022)', { 'Here!D4': 2023 })).toBe(false);
    expect(evaluate('OR(FALSE,D5:H5)', row)).toBe(true); // text and empty cells of a range are skipped
    expect(evaluate('AND(E5:F5)', row)).toEqual({ error: '#VALUE!' }); // no flags at all
    expect(evaluate('IF(AND(ISNUMBER(D5),ISNUMBER(G5)),G5-D5,"–")', row)).toBe(1.5);
    expect(evaluate('IF(AND(ISNUMBER(D5),ISNUMBER(E5)),E5-D5,"–")', row)).toBe('–');
  });

  it('INDEX and MATCH as the break-even year uses them', () => {
    const formula = 'IFERROR(INDEX($D$4:$H$4,MATCH(1,D50:H50,0)),"nooit")';
    const years = { 'Here!D4': 2021, 'Here!E4': 2022, 'Here!F4': 2023, 'Here!G4': 2024, 'Here!H4': 2025 };
    const settled = (flags: number[]) => Object.fromEntries(flags.map((f, i) => [`Here!${'DEFGH'.charAt(i)}50`, f]));
    expect(evaluate(formula, { ...years, ...settled([0, 0, 1, 1, 1]) })).toBe(2023);
    expect(evaluate(formula, { ...years, ...settled([0, 0, 0, 0, 0]) })).toBe('nooit');
    expect(evaluate('MATCH("B",D1:D3,0)', { 'Here!D1': 'a', 'Here!D2': 'b' })).toBe(2); // without regard to case
    expect(evaluate('MATCH(0,D1:D3,0)', { 'Here!D3': 0 })).toBe(3); // empty cells do not match 0
    expect(evaluate('INDEX(D1:E2,2,1)', { 'Here!D2': 9 })).toBe(9);
    expect(evaluate('INDEX(D1:E2,1,2)', { 'Here!D2': 9 })).toBe(0); // an empty cell
    expect(evaluate('INDEX(D1:D2,3)')).toEqual({ error: '#REF!' });
    expect(evaluate('SUM(INDEX(D1:E2,0,2))', { 'Here!E1': 2, 'Here!E2': 3 })).toBe(5);
  });

  it('SUMPRODUCT multiplies ranges of the same shape, counting non-numbers as 0', () => {
    const values = { 'Here!D1': 2, 'Here!E1': 3, 'Here!F1': 'x', 'Here!D2': 0.5, 'Here!E2': 2, 'Here!F2': 4 };
    expect(evaluate('SUMPRODUCT(D1:F1,D2:F2)', values)).toBe(7);
    expect(evaluate('SUMPRODUCT(D1:F1,D2:E2)', values)).toEqual({ error: '#VALUE!' });
  });

  it('ROUND rounds half away from zero as Excel shows the number, ABS', () => {
    expect(evaluate('ROUND(2.675,2)')).toBe(2.68);
    expect(evaluate('ROUND(-2.5,0)')).toBe(-3);
    expect(evaluate('ROUND(0.03-0.025,2)')).toBe(0.01);
    expect(evaluate('ROUND(1234.5,-2)')).toBe(1200);
    expect(evaluate('ROUND(ABS(E6-D6),2)', { 'Here!D6': 10.004, 'Here!E6': 3 })).toBe(7);
  });

  it('reads defined names (without regard to case), as the discount factor does', () => {
    const names = { Disconteringsvoet: 'Aannames!$C$8', Startjaar: "'Aannames'!$C$6" };
    const values = { 'Aannames!C8': 0.03, 'Aannames!C6': 2021, 'Here!F4': 2023 };
    expect(evaluate('1/(1+Disconteringsvoet)^(F$4-Startjaar+0.5)', values, names)).toBeCloseTo(1 / 1.03 ** 2.5, 15);
    expect(evaluate('STARTJAAR', values, names)).toBe(2021);
  });
});

describe('evaluateFormula: what lies outside the subset fails loudly', () => {
  it.each(['1+', 'SUM(1', 'FOO(1)', '"open', '1 2', 'D5:', '10%', 'A:A', 'ROUND(1)', '(1,2)', 'Sheet!'])('%s', (formula) => {
    expect(() => evaluate(formula)).toThrow(FormulaError);
  });

  it('MATCH with an approximate match type', () => {
    expect(() => evaluate('MATCH(1,D1:D3)')).toThrow(/match type/);
  });
});

/** An in-memory workbook of one sheet: inputs in A, formulas (with the cached results given) in B. */
function smallWorkbook(formulas: Record<string, { formula: string; result?: number }>, inputs: Record<string, number> = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Blad 1');
  for (const [address, value] of Object.entries(inputs)) ws.getCell(address).value = value;
  for (const [address, value] of Object.entries(formulas)) ws.getCell(address).value = value as ExcelJS.CellFormulaValue;
  return wb;
}

describe('recalculateWorkbook and formulaMismatches', () => {
  it('recalculates chains of formulas from the inputs, ignoring the cached results', async () => {
    const wb = smallWorkbook({ B1: { formula: "'Blad 1'!A1*2", result: 999 }, B2: { formula: 'B1+Rente', result: 999 }, B3: { formula: 'SUM(B1:B2)' } }, { A1: 5, A2: 0.5 });
    wb.definedNames.add("'Blad 1'!$A$2", 'Rente');
    expect(await recalculateWorkbook(wb)).toEqual(new Map([['Blad 1!B1', 10], ['Blad 1!B2', 10.5], ['Blad 1!B3', 20.5]]));
    const { formulas, mismatches } = await formulaMismatches(wb);
    expect(formulas).toBe(3);
    expect(mismatches.map((m) => [m.address, m.value, m.computed])).toEqual([['B1', 999, 10], ['B2', 999, 10.5], ['B3', null, 20.5]]);
  });

  it('tells a circular reference', async () => {
    const wb = smallWorkbook({ B1: { formula: 'B2+1', result: 0 }, B2: { formula: 'B3', result: 0 }, B3: { formula: 'B1', result: 0 } });
    await expect(recalculateWorkbook(wb)).rejects.toThrow(/circular reference: Blad 1!B1 → Blad 1!B2 → Blad 1!B3 → Blad 1!B1/);
  });

  it('holds a difference within the tolerance for the same', async () => {
    const wb = smallWorkbook({ B1: { formula: 'A1/3', result: 1 / 3 + 1e-7 } }, { A1: 1 });
    expect((await formulaMismatches(wb)).mismatches).toEqual([]);
    expect((await formulaMismatches(wb, { relative: 0, absolute: 1e-8 })).mismatches).toHaveLength(1);
  });
});

describe('every formula of the workbooks soweco-bc writes recalculates to the engine\'s cached value', () => {
  const out = testDir();
  // a variant of the tiny region, so that the comparison of two scenarios has differences
  const variant = tinyCopy({
    'regio.yaml': readFileSync(join(TINY, 'regio.yaml'), 'utf8').replace('discount_rate: 0.03', 'discount_rate: 0.035').replace('end: 2030', 'end: 2032'),
  });
  /**
   * Each command, and the workbooks it writes with at least how many formulas each holds. All
   * in this process: a batch of a region this small takes no worker thread (app/batch/pool.ts).
   */
  const cases: { name: string; run: () => Promise<CliResult> | CliResult; files: Record<string, number> }[] = [
    { name: 'run almelo', run: () => runInProcess(['run', join(ROOT, 'scenarios/almelo.yaml'), '--out', join(out, 'run')]), files: { 'run/almelo.xlsx': 3000 } },
    // Gevoeligheid/Sensitivity (ROUND, ABS) and the English names
    { name: 'sensitivity almelo (English)', run: () => runInProcess(['sensitivity', join(ROOT, 'scenarios/almelo.yaml'), '--lang', 'en', '--out', join(out, 'sensitivity')]), files: { 'sensitivity/almelo.xlsx': 3000 } },
    {
      name: 'batch of the tiny region',
      run: () => runInProcess(['batch', join(TINY, 'regio.yaml'), '--out', join(out, 'batch'), '--no-docx']),
      files: { 'batch/noord.xlsx': 900, 'batch/oost.xlsx': 900, 'batch/zuid.xlsx': 900, 'batch/regio-vergelijking.xlsx': 150 },
    },
    {
      name: 'batch of the tiny region with small cells (marks in the cells formulas read around)',
      run: () => runInProcess(['batch', join(smallCellsRegion(), 'regio.yaml'), '--out', join(out, 'small-cells'), '--no-docx']),
      files: { 'small-cells/oost.xlsx': 900, 'small-cells/zuid.xlsx': 900 },
    },
    // every line kind, with numbers written in the lines and years ranges
    { name: 'batch of the tiny region with a line of every kind', run: () => runInProcess(['batch', join(everyKindRegion(), 'regio.yaml'), '--out', join(out, 'every-kind'), '--no-docx']), files: { 'every-kind/noord.xlsx': 1000, 'every-kind/oost.xlsx': 1000, 'every-kind/zuid.xlsx': 1000 } },
    { name: 'compare of noord and a variant', run: () => runInProcess(['compare', join(TINY, 'noord.yaml'), join(variant, 'noord.yaml'), '--out', join(out, 'compare')]), files: { 'compare/noord-vs-noord.xlsx': 10 } },
  ];
  const runs = new Map<string, CliResult>();
  beforeAll(async () => {
    for (const c of cases) runs.set(c.name, await c.run());
  }, 300_000);

  for (const c of cases) {
    it(c.name, async () => {
      const run = runs.get(c.name);
      expect(run?.code, run?.stderr).toBe(0);
      for (const [file, least] of Object.entries(c.files)) {
        const { formulas, mismatches } = await formulaMismatches(join(out, file));
        expect({ file, mismatches: mismatches.slice(0, 5) }).toEqual({ file, mismatches: [] });
        expect(formulas, file).toBeGreaterThan(least);
      }
    });
  }

  it('finds the formulas that no longer agree when an input changes or a cached result is wrong', async () => {
    expect(runs.get('run almelo')?.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'run/almelo.xlsx'));
    // a wrong cached result: that cell alone, since the formulas over it are recalculated from the inputs
    const summary = wb.getWorksheet('Samenvatting') as ExcelJS.Worksheet;
    const netCell = summary.getCell('D7');
    const { formula, result } = netCell;
    netCell.value = { formula, result: 1 };
    expect((await formulaMismatches(wb)).mismatches.map((m) => `${m.sheet}!${m.address}`)).toEqual(['Samenvatting!D7']);
    netCell.value = { formula, result };
    // a changed input: the discount rate moves the discount factors and every NPV
    const [discountRate] = wb.definedNames.model.filter((n) => n.name === 'Disconteringsvoet').flatMap((n) => n.ranges);
    expect(discountRate).toBe('Aannames!$C$8');
    const input = (wb.getWorksheet('Aannames') as ExcelJS.Worksheet).getCell('C8');
    input.value = Number(input.value) + 0.01;
    const { mismatches } = await formulaMismatches(wb);
    expect(mismatches.length).toBeGreaterThan(50);
    expect(new Set(mismatches.map((m) => m.sheet))).toEqual(new Set(['Samenvatting', 'gr', 'mo', 'eigen', 'samen4', 'gerealiseerd']));
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { formulaMismatches } from '../support/formula-evaluator.js';
import { tinyCopy } from '../support/testdir.js';

/** The tiny region with a line per inhabitant (€ 2.50, indexed with prices) from 2023 in the model "eigen". */
function regionWithLinePerInhabitant(): string {
  const dir = tinyCopy();
  const file = join(dir, 'regio.yaml');
  const text = readFileSync(file, 'utf8')
    .replace('  risico_opslag: { unit: ratio, values: { 2021: 0.05 } }', '  risico_opslag: { unit: ratio, values: { 2021: 0.05 } }\n  per_inwoner: { unit: EUR/inwoner, values: { 2021: 2.5 }, index: prijs }')
    .replace('          amount: overhead_eigen, volume_elasticity: 0.5 }', '          amount: overhead_eigen, volume_elasticity: 0.5 }\n      - { id: regio, label: Regiobijdrage, kind: cost, driver: per_inhabitant, amount: per_inwoner, years: { from: 2023 } }');
  expect(text).toContain('driver: per_inhabitant');
  writeFileSync(file, text);
  return dir;
}

describe('per_inhabitant: a(t) · inhabitants(m) (docs/extending.md, the worked example)', () => {
  it('gives the rate times the inhabitants in the years it applies, and the workbook shows both as formulas that recalculate to it', async () => {
    const dir = regionWithLinePerInhabitant();
    const json = await runInProcess(['run', 'noord.yaml', '--json'], { cwd: dir });
    expect(json.code).toBe(0);
    const line = JSON.parse(json.stdout).configurations.eigen.lines.regio;
    // 60,000 inhabitants · € 2.50 · 1.015^(t − 2021) for the price index, nothing before 2023
    const expected = [0, 0, ...[2, 3, 4, 5, 6, 7, 8, 9].map((k) => Math.round(60000 * 2.5 * 1.015 ** k * 100) / 100)];
    expect(line.amounts).toEqual(expected);
    const run = await runInProcess(['run', 'noord.yaml', '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(0);
    const workbook = join(dir, 'out', 'noord.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(workbook);
    const sheet = wb.getWorksheet('eigen');
    const label = (row: number) => String(sheet?.getRow(row).getCell(1).value);
    let at = 1;
    while (at < 200 && label(at) !== 'Regiobijdrage') at++;
    expect([label(at), label(at + 1), label(at + 2)]).toEqual(['Regiobijdrage', 'bedrag of tarief per jaar (zie Aannames)', 'inwoners']);
    const inhabitants = sheet?.getRow(at + 2).getCell(4).value;
    expect(inhabitants).toMatchObject({ formula: expect.stringMatching(/^'Personeel'!\$C\$\d+$/), result: 60000 });
    const { formulas, mismatches } = await formulaMismatches(workbook, { relative: 1e-9, absolute: 1e-6 });
    expect(formulas).toBeGreaterThan(900);
    expect(mismatches).toEqual([]);
  });

  it('makes inhabitants required: a member without them is an input error at the municipality', async () => {
    const dir = regionWithLinePerInhabitant();
    writeFileSync(join(dir, 'oost.yaml'), readFileSync(join(dir, 'oost.yaml'), 'utf8').replace(/, inhabitants: \d+/, ''));
    const result = await runInProcessEnglish(['run', 'oost.yaml', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/oost\.yaml:2:1 {2}municipality\n {2}municipality "oost" has no "inhabitants", but line "regio" of model "eigen" is an amount per inhabitant/);
  });

  it('refuses the fields it does not use, naming the drivers that do', async () => {
    const dir = regionWithLinePerInhabitant();
    const file = join(dir, 'regio.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('amount: per_inwoner, years', 'amount: per_inwoner, volume_elasticity: 0.5, years'));
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"volume_elasticity" is not allowed on a per_inhabitant line: it applies only to fixed lines');
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { plainValue, sameValue, type FormulaCell, type FormulaMismatch } from './formula-evaluator.js';

// Lets LibreOffice recalculate a workbook and compares every formula cell with the cached
// result the engine wrote. LibreOffice 7.4 does not
// recalculate an xlsx on load unless its profile says so: a fresh profile per run does.

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function hasLibreOffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Converts files with one headless LibreOffice (forcing a full recalculation), which costs
 * one start of LibreOffice however many files; `format` is a filter such as
 * `xlsx:Calc MS Excel 2007 XML` or `pdf`. Returns the output of each input, in order.
 */
export function convertWithLibreOffice(inputs: readonly string[], format: string): { outputs: string[]; cleanUp: () => void } {
  const work = mkdtempSync(join(process.env.SOWECO_TEST_TMP ?? tmpdir(), 'soweco-bc-lo-'));
  mkdirSync(join(work, 'profile', 'user'), { recursive: true });
  writeFileSync(join(work, 'profile', 'user', 'registrymodifications.xcu'), PROFILE);
  // LibreOffice names an output after its input: copies with distinct names keep them apart
  mkdirSync(join(work, 'in'));
  const extension = (path: string) => /\.[^.]+$/.exec(path)?.[0] ?? '';
  const copies = inputs.map((input, i) => {
    const copy = join(work, 'in', `${i}${extension(input)}`);
    copyFileSync(input, copy);
    return copy;
  });
  const outDir = join(work, 'out');
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
    '--convert-to', format, '--outdir', outDir, ...copies], { stdio: 'ignore', timeout: 600_000 });
  const outputs = copies.map((copy) => join(outDir, `${basename(copy).replace(/\.[^.]+$/, '')}.${format.split(':')[0] ?? 'xlsx'}`));
  // soffice exits 0 even when it wrote nothing
  for (const output of outputs) if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${output}`);
  return { outputs, cleanUp: () => rmSync(work, { recursive: true, force: true }) };
}

/** Every formula cell with its (cached) result; exceljs drops falsy results from `cell.value`, so read `cell.result`. */
export async function formulaCells(file: string): Promise<FormulaCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells: FormulaCell[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cells.push({ sheet: ws.name, address: cell.address, formula: cell.formula, value: plainValue(cell.result) });
      }),
    ),
  );
  return cells;
}

/** LibreOffice writes 15 significant digits: the same within a billionth of the value (absolutely, near 0). */
const LIBREOFFICE_TOLERANCE = { relative: 1e-9, absolute: 1e-9 };

/** Per workbook, the formula cells whose cached result LibreOffice does not reproduce, and how many formula cells there were. */
export async function recalculationMismatches(files: readonly string[]): Promise<{ formulas: number; mismatches: FormulaMismatch[] }[]> {
  const { outputs, cleanUp } = convertWithLibreOffice(files, 'xlsx:Calc MS Excel 2007 XML');
  try {
    return await Promise.all(files.map(async (file, i) => {
      const before = await formulaCells(file);
      const after = new Map((await formulaCells(outputs[i] ?? '')).map((c) => [`${c.sheet}!${c.address}`, c.value]));
      const mismatches = before
        .map((c) => ({ ...c, computed: after.get(`${c.sheet}!${c.address}`) ?? null }))
        .filter((c) => !sameValue(c.value, c.computed, LIBREOFFICE_TOLERANCE));
      return { formulas: before.length, mismatches };
    }));
  } finally {
    cleanUp();
  }
}

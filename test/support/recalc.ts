import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';

// Lets LibreOffice recalculate a workbook and compares every formula cell with the cached
// result the engine wrote (after shared/tools/xlsx-recalc). LibreOffice 7.4 does not
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

/** Converts with headless LibreOffice (forcing a full recalculation); `format` is a filter such as `xlsx:Calc MS Excel 2007 XML` or `pdf`. */
export function convertWithLibreOffice(input: string, format: string): { output: string; cleanUp: () => void } {
  const work = mkdtempSync(join(tmpdir(), 'soweco-bc-lo-'));
  mkdirSync(join(work, 'profile', 'user'), { recursive: true });
  writeFileSync(join(work, 'profile', 'user', 'registrymodifications.xcu'), PROFILE);
  const outDir = join(work, 'out');
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
    '--convert-to', format, '--outdir', outDir, resolve(input)], { stdio: 'ignore', timeout: 180_000 });
  const output = join(outDir, `${basename(input).replace(/\.[^.]+$/, '')}.${format.split(':')[0] ?? 'xlsx'}`);
  // soffice exits 0 even when it wrote nothing (excel-notes.md)
  if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${output}`);
  return { output, cleanUp: () => rmSync(work, { recursive: true, force: true }) };
}

type Plain = number | string | boolean | null | { error: string };

function plain(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') {
    if ('error' in v) return { error: String((v as { error: unknown }).error) };
    if ('richText' in v) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plain((v as { result?: unknown }).result);
  }
  return v as Plain;
}

export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly value: Plain;
}

/** Every formula cell with its (cached) result; exceljs drops falsy results from `cell.value`, so read `cell.result`. */
export async function formulaCells(file: string): Promise<FormulaCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells: FormulaCell[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cells.push({ sheet: ws.name, address: cell.address, formula: cell.formula, value: plain(cell.result) });
      }),
    ),
  );
  return cells;
}

function same(a: Plain, b: Plain): boolean {
  // LibreOffice writes 15 significant digits
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface Mismatch extends FormulaCell {
  readonly computed: Plain;
}

/** The formula cells whose cached result LibreOffice does not reproduce, and how many formula cells there were. */
export async function recalculationMismatches(file: string): Promise<{ formulas: number; mismatches: Mismatch[] }> {
  const { output, cleanUp } = convertWithLibreOffice(file, 'xlsx:Calc MS Excel 2007 XML');
  try {
    const before = await formulaCells(file);
    const after = new Map((await formulaCells(output)).map((c) => [`${c.sheet}!${c.address}`, c.value]));
    const mismatches = before
      .map((c) => ({ ...c, computed: after.get(`${c.sheet}!${c.address}`) ?? null }))
      .filter((c) => !same(c.value, c.computed));
    return { formulas: before.length, mismatches };
  } finally {
    cleanUp();
  }
}

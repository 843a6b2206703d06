import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formulaMismatches } from '../support/formula-evaluator.js';
import { runInProcess } from '../support/in-process.js';
import { testDir } from '../support/testdir.js';

// A settled organisation on the configuration sheet (docs/methodology.md#settlement): the own
// amount, the key, what the member bears and its verevening, live, recalculated by the tests'
// formula evaluator; the totals add what the member bears.

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));

async function workbookOf(municipality: string) {
  const dir = testDir();
  cpSync(SETTLED, dir, { recursive: true });
  const run = await runInProcess(['run', `${municipality}.yaml`, '--out', 'out'], { cwd: dir });
  expect(run.code).toBe(0);
  const file = join(dir, 'out', `${municipality}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { file, wb };
}

const labelsOf = (sheet: ExcelJS.Worksheet | undefined) => Array.from({ length: 200 }, (_, i) => String(sheet?.getRow(i + 1).getCell(1).value ?? ''));

describe('the configuration sheet of a settled organisation', () => {
  it('shows each pooled line\'s own amount, key, borne amount and verevening, as formulas that recalculate to the engine\'s figures', async () => {
    const { file, wb } = await workbookOf('noord');
    const gr = wb.getWorksheet('gr');
    const labels = labelsOf(gr);
    const at = labels.indexOf('Bedrijfsvoering') + 1;
    const below = labels.slice(at, at + 12);
    expect(below).toEqual(expect.arrayContaining(['totaal van de leden (eigen bedragen)', 'verdeelsleutel verevening', 'te dragen: sleutel × totaal', 'verevening (+ = betaalt voor anderen)']));
    const row = (label: string) => gr?.getRow(at + below.indexOf(label) + 1);
    // 2021 (column D): noord bears 0.55 of the GR's 900,000 overhead (expected-noord.json)
    expect(row('verdeelsleutel verevening')?.getCell(4).value).toBe(0.55);
    expect(row('te dragen: sleutel × totaal')?.getCell(4).value).toMatchObject({ formula: expect.stringMatching(/^D\d+\*D\d+$/), result: 495000 });
    expect(row('verevening (+ = betaalt voor anderen)')?.getCell(4).value).toMatchObject({ formula: expect.stringMatching(/^D\d+-D\d+$/) });
    const net = gr?.getRow(labels.indexOf('Netto kosten') + 1).getCell(4).value as { result: number };
    expect(net.result).toBeCloseTo(328920.32, 2);
    const verevening = gr?.getRow(labels.indexOf('Verevening (+ = betaalt voor anderen)') + 1).getCell(4).value as { result: number };
    expect(verevening.result).toBeCloseTo(-11752.15, 2);
    // the summary sheet links each settled configuration's verevening over the horizon
    const summary = wb.getWorksheet('Samenvatting');
    const grRow = labelsOf(summary).indexOf('Huidige GR') + 1;
    expect(summary?.getRow(6).getCell(8).value).toBe('Verevening cumulatief (+ = betaalt voor anderen)');
    expect(summary?.getRow(grRow).getCell(8).value).toMatchObject({ formula: expect.stringMatching(/^'?gr'?!\$C\$\d+$/) });
    expect((summary?.getRow(grRow).getCell(8).value as { result: number }).result).toBeLessThan(0);
    const { formulas, mismatches } = await formulaMismatches(file, { relative: 1e-9, absolute: 1e-6 });
    expect(formulas).toBeGreaterThan(900);
    expect(mismatches).toEqual([]);
  }, 60_000);

  it('leaves an unsettled configuration as it was: no settlement rows', async () => {
    const { wb } = await workbookOf('zuid');
    const labels = labelsOf(wb.getWorksheet('samen2'));
    expect(labels).not.toContain('verdeelsleutel verevening');
    expect(labels).not.toContain('Verevening (+ = betaalt voor anderen)');
  }, 60_000);
});

describe('the notes sheet says how members settle only where they do', () => {
  it('a settled region has the sentence; the tiny region without settlement has not', async () => {
    const settled = await workbookOf('noord');
    const sentence = (wb: ExcelJS.Workbook) => labelsOf(wb.getWorksheet('Toelichting')).some((text) => text.includes('verevenen'));
    expect(sentence(settled.wb)).toBe(true);
    const dir = testDir();
    cpSync(fileURLToPath(new URL('../fixtures/tiny', import.meta.url)), dir, { recursive: true });
    expect((await runInProcess(['run', 'noord.yaml', '--out', 'out'], { cwd: dir })).code).toBe(0);
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.readFile(join(dir, 'out', 'noord.xlsx'));
    expect(sentence(plain)).toBe(false);
  });
});

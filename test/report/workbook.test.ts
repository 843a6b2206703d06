import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { buildMunicipalityWorkbook } from '../../src/report/workbook/index.js';
import { FORMAT } from '../../src/report/workbook/styles.js';
import { ROOT } from '../support/cli.js';
import { TINY } from '../support/testdir.js';

const options = { language: 'nl' as const, version: '9.9.9' };

async function workbookOf(file: string, municipality: string, language: 'nl' | 'en' = 'nl') {
  const bytes = await buildMunicipalityWorkbook(project(loadScenario(file)), municipality, { ...options, language });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { bytes, wb, zip: await JSZip.loadAsync(bytes) };
}

describe('the council workbook of one municipality (docs/methodology.md, "The workbook")', () => {
  let noord: Awaited<ReturnType<typeof workbookOf>>;
  beforeAll(async () => {
    noord = await workbookOf(join(TINY, 'noord.yaml'), 'noord');
  });

  it('has the summary, assumptions, population, one sheet per configuration and the notes, in Dutch', () => {
    expect(noord.wb.worksheets.map((ws) => ws.name)).toEqual(['Samenvatting', 'Aannames', 'Personeel', 'gr', 'eigen', 'samen2', 'Toelichting']);
  });

  it('has English sheet names with --lang en', async () => {
    const { wb } = await workbookOf(join(TINY, 'noord.yaml'), 'noord', 'en');
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Summary', 'Assumptions', 'Population', 'gr', 'eigen', 'samen2', 'Notes']);
  });

  it('makes at least 95% of the money cells on configuration sheets formulas (in fact all)', () => {
    let formulas = 0;
    let values = 0;
    for (const name of ['gr', 'eigen', 'samen2']) {
      noord.wb.getWorksheet(name)?.eachRow((row, r) => {
        if (r <= 4) return;
        row.eachCell((cell, c) => {
          if (c < 3 || ![FORMAT.money, FORMAT.moneyCents, FORMAT.difference].includes(cell.numFmt as never)) return;
          if (cell.formula) formulas++;
          else values++;
        });
      });
    }
    expect(formulas).toBeGreaterThan(300);
    expect(formulas / (formulas + values)).toBeGreaterThanOrEqual(0.95);
  });

  it('caches the engine\'s figures: the summary shows cumulative and NPV of expected-noord.json', () => {
    const expected = JSON.parse(readFileSync(join(TINY, 'expected-noord.json'), 'utf8')) as { configurations: Record<string, { cumulative: number; npv: number; delta_npv: number }> };
    const summary = noord.wb.getWorksheet('Samenvatting');
    const rows = [7, 8, 9].map((r) => summary?.getRow(r));
    const byId = Object.fromEntries(rows.map((row) => [String(row?.getCell(2).value), row]));
    for (const [id, c] of Object.entries(expected.configurations)) {
      expect(byId[id]?.getCell(3).formula).toMatch(/^'.+'!\$C\$\d+$/);
      expect(Number(byId[id]?.getCell(3).result)).toBeCloseTo(c.cumulative, 2);
      expect(Number(byId[id]?.getCell(4).result)).toBeCloseTo(c.npv, 2);
      expect(Number(byId[id]?.getCell(6).result)).toBeCloseTo(c.delta_npv, 2);
    }
  });

  it('indexes parameter years with formulas on the assumptions sheet, and names the key inputs', () => {
    const assumptions = noord.wb.getWorksheet('Aannames');
    const formulas: string[] = [];
    assumptions?.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    expect(formulas.some((f) => /^[D-Z]\d+\*\(1\+[D-Z]\d+\)$/.test(f))).toBe(true); // previous × (1 + index rate)
    const names = noord.wb.definedNames.model.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Startjaar', 'Disconteringsvoet']));
  });

  it('splits shared lines with allocation keys that are formulas over the members\' SE on the population sheet', () => {
    const keysOn = (sheet: string) => {
      const keys: string[] = [];
      noord.wb.getWorksheet(sheet)?.eachRow((row) => row.eachCell((cell) => typeof cell.formula === 'string' && cell.formula.includes('/SUM(') && keys.push(cell.formula)));
      return keys;
    };
    // gr splits overhead by SE share (the default); samen2 by inhabitants
    expect(keysOn('gr').some((f) => f.includes("'Personeel'!") && f.startsWith('IF(SUM('))).toBe(true);
    expect(keysOn('samen2').some((f) => /^IF\(SUM\('Personeel'!\$C\$\d+.*,'Personeel'!\$C\$\d+\/SUM\(/.test(f))).toBe(true);
  });

  it('freezes the title rows and label columns and prints scaled to the page width (an explicit scale: Excel ignores page breaks under "fit to"), with page numbers', () => {
    const sheet = noord.wb.getWorksheet('gr');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 4 });
    expect(sheet?.pageSetup).toMatchObject({ paperSize: 9, fitToPage: false, printTitlesRow: '1:4' });
    expect(sheet?.pageSetup.scale).toBeGreaterThanOrEqual(10);
    expect(sheet?.pageSetup.scale).toBeLessThanOrEqual(100);
    expect(sheet?.headerFooter.oddFooter).toContain('&P');
  });

  it('holds two native charts on the summary sheet: a line chart of net cost per year and a bar chart of the NPV difference', async () => {
    const files = Object.keys(noord.zip.files);
    expect(files).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels']));
    const line = await noord.zip.file('xl/charts/chart1.xml')?.async('string');
    const bar = await noord.zip.file('xl/charts/chart2.xml')?.async('string');
    expect(line).toContain('<c:lineChart>');
    expect(line?.match(/<c:ser>/g)).toHaveLength(3);
    expect(line).toContain("<c:f>'Samenvatting'!$D$");
    expect(bar).toContain('<c:barDir val="bar"/>');
    const sheet = await noord.zip.file('xl/worksheets/sheet1.xml')?.async('string');
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/>(<legacyDrawing|<tableParts|<extLst|<\/worksheet>)/);
    const types = await noord.zip.file('[Content_Types].xml')?.async('string');
    expect(types).toContain('/xl/charts/chart2.xml');
    expect(types).toContain('drawingml.chart+xml');
  });

  it('contains no employee id and no birth date of the input, anywhere in its XML', async () => {
    const xml = (await Promise.all(Object.values(noord.zip.files).filter((f) => !f.dir).map((f) => f.async('string')))).join('\n');
    for (const csv of ['noord.csv', 'oost.csv']) {
      const rows = readFileSync(join(TINY, 'data', csv), 'utf8').trim().split('\n').slice(1).map((line) => line.split(/[;,]/));
      for (const [id, birthDate] of rows) {
        expect(xml).not.toContain(id ?? '');
        expect(xml).not.toContain(birthDate ?? '');
      }
    }
    expect(xml).toContain('Personeel'); // the search itself reads the sheets
  });

  it('gives byte-identical files for the same inputs', async () => {
    const again = await workbookOf(join(TINY, 'noord.yaml'), 'noord');
    expect(Buffer.compare(again.bytes, noord.bytes)).toBe(0);
  });

  it('is a valid workbook for the real Soweco region too', async () => {
    const { wb } = await workbookOf(join(ROOT, 'scenarios/almelo.yaml'), 'almelo');
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Samenvatting', 'Aannames', 'Personeel', 'gr', 'mo', 'eigen', 'samen4', 'gerealiseerd', 'Ontvlechting', 'Toelichting']);
  });
});

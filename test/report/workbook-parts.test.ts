import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { composeMunicipalityWorkbook } from '../../src/report/workbook/index.js';
import { workbookParts } from '../../src/report/workbook/workbook-parts.js';
import { TINY } from '../support/testdir.js';

/** Every file of an exceljs zip, as text. */
async function exceljsZip(wb: ExcelJS.Workbook): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return new Map(await Promise.all(files.map(async (f) => [f.name, await f.async('string')] as const)));
}

function asText(parts: Map<string, string | Uint8Array>): Map<string, string> {
  return new Map([...parts].map(([path, part]) => [path, typeof part === 'string' ? part : new TextDecoder().decode(part)]));
}

describe('workbookParts: the parts of an exceljs workbook, without its zip', () => {
  it('are the very parts exceljs zips itself, for real council workbooks (charts aside, which are added after)', async () => {
    const projection = project(loadScenario(join(TINY, 'noord.yaml')));
    for (const language of ['nl', 'en'] as const) {
      const compose = () => composeMunicipalityWorkbook(projection, 'noord', { language, version: '9.9.9' }).workbook;
      const parts = asText(await workbookParts(compose()));
      const zipped = await exceljsZip(compose());
      expect([...parts.keys()].sort()).toEqual([...zipped.keys()].sort());
      for (const [path, text] of zipped) expect(parts.get(path), path).toBe(text);
      expect(parts.get('xl/worksheets/sheet4.xml')).toContain('<f>');
      expect(parts.get('xl/styles.xml')?.match(/<xf /g)?.length).toBeGreaterThan(10);
    }
  });

  it('are the parts exceljs zips for a workbook with shared strings, styles, merged cells and a defined name', async () => {
    const build = () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Blad', { properties: { tabColor: { argb: 'FF1F4E79' } } });
      ws.getCell('A1').value = 'tekst';
      ws.getCell('B2').value = { formula: 'A3*2', result: 4 };
      ws.getCell('A3').value = 2;
      ws.getCell('A3').numFmt = '#,##0.00';
      ws.getCell('A1').font = { bold: true };
      ws.mergeCells('C1:D1');
      wb.definedNames.add("'Blad'!$A$3", 'twee');
      return wb;
    };
    const parts = asText(await workbookParts(build()));
    expect(parts).toEqual(await exceljsZip(build()));
  });
});

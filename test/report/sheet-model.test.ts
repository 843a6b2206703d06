import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/errors.js';
import { Book, type Sheet } from '../../src/report/workbook/sheet-model.js';

/** What the print layout and the writer read of a sheet, as plain data. */
function observe(ws: Sheet): unknown {
  const rows: unknown[] = [];
  ws.eachRow((row, r) => {
    const cells: unknown[] = [];
    row.eachCell((cell, c) => cells.push([c, cell.type, cell.value, cell.formula, cell.result, cell.font, cell.fill, cell.alignment, cell.numFmt]));
    rows.push([r, row.cellCount, row.hasValues, row.height, cells]);
  });
  return { rows, rowCount: ws.rowCount, columnCount: ws.columnCount, empty: ws.findRow(9)?.findCell(9)?.value ?? 'none' };
}

/** The same writes into a sheet of either model. */
function write(ws: Sheet): void {
  ws.getCell(1, 1).value = 'titel';
  ws.getCell(1, 3).value = { formula: 'A2*2', result: 0 };
  const header = ws.getRow(2);
  header.getCell(1).value = 1;
  header.font = { bold: true };
  header.getCell(4).value = 'later';
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  ws.getColumn(5).width = 20;
  ws.getCell(3, 5).value = true;
  ws.mergeCells(4, 1, 4, 3);
  ws.getCell(4, 1).value = 'samen';
  ws.getCell(4, 2).value = 'via de tweede';
  ws.getRow(6).height = 30;
  ws.getRow(7).eachCell({ includeEmpty: true }, () => undefined);
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => (cell.alignment = { ...cell.alignment, vertical: 'top' })));
}

describe('the sheet model behaves as exceljs\'s document model, for what the sheets do', () => {
  it('gives new cells their row\'s style, styles a row\'s cells, shows a merged range\'s value and counts rows and columns alike', () => {
    const ours = new Book(new Date(0)).addWorksheet('Blad');
    const theirs = new ExcelJS.Workbook().addWorksheet('Blad') as unknown as Sheet;
    write(ours);
    write(theirs);
    expect(observe(ours)).toEqual(observe(theirs));
    expect(ours.getCell(2, 4).font).toEqual({ bold: true });
    expect(ours.getCell(4, 3).value).toBe('via de tweede');
  });

  it('refuses a sheet name Excel does not take, and a second sheet of one name', () => {
    const book = new Book(new Date(0));
    book.addWorksheet('Aannames');
    for (const name of ['', 'x'.repeat(32), 'a/b', "'quote", 'History', 'aannames']) expect(() => book.addWorksheet(name), name).toThrow(InternalError);
    expect(book.addWorksheet('x'.repeat(31)).id).toBe(2);
  });
});

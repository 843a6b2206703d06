import { createRequire } from 'node:module';
import type { Book } from './sheet-model.js';
import { sheetRowsXml, type SheetDataContext } from './sheet-data-xml.js';
import { SharedStrings, appProperties, contentTypes, coreProperties, officeRels, workbookRels, workbookXml } from './xlsx/package-xml.js';
import { StyleSheet } from './xlsx/style-sheet.js';
import { prepareConditionalFormats, worksheetXml } from './xlsx/worksheet-xml.js';

/*
 * The parts of the xlsx package of a workbook (path → XML text), without zipping them: the
 * package is zipped once, after the charts are added (charts/package.ts). Every part is
 * rendered as exceljs 4's writer rendered it (lib/xlsx/xlsx.js), byte for byte, without
 * exceljs's document model or its writer: test/report/book-oracle.test.ts writes every kind
 * of workbook both ways and compares every part.
 */

/** The theme exceljs writes into every workbook: its one file, a text (not its document model or writer). */
const THEME = createRequire(import.meta.url)('exceljs/lib/xlsx/xml/theme1.js') as string;

/** The parts of the package of `book`. */
export function bookParts(book: Book): Map<string, string> {
  const strings = new SharedStrings();
  const styles = new StyleSheet();
  const data: SheetDataContext = { styles, strings, byContent: new Map(), parts: new Map(), partContents: new Map() };
  // as exceljs prepares them: sheet after sheet, the cells' styles and strings, then the conditional formats' styles
  const sheets = book.worksheets.map((sheet) => {
    const rows = sheetRowsXml(sheet, data);
    prepareConditionalFormats(sheet.conditionalFormattings, (style) => styles.addDxfStyle(style));
    return { sheet, rows };
  });
  const hasStrings = strings.count > 0;
  const parts = new Map<string, string>();
  parts.set('[Content_Types].xml', contentTypes(book, hasStrings));
  parts.set('_rels/.rels', officeRels());
  parts.set('xl/_rels/workbook.xml.rels', workbookRels(book, hasStrings));
  for (const { sheet, rows } of sheets) parts.set(`xl/worksheets/sheet${sheet.id}.xml`, worksheetXml(sheet, rows));
  if (hasStrings) parts.set('xl/sharedStrings.xml', strings.xml);
  parts.set('xl/theme/theme1.xml', THEME);
  parts.set('xl/styles.xml', styles.xml);
  parts.set('docProps/app.xml', appProperties(book));
  parts.set('docProps/core.xml', coreProperties(book));
  parts.set('xl/workbook.xml', workbookXml(book, hasStrings));
  return parts;
}

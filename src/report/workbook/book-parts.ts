import { createRequire } from 'node:module';
import { address } from './layout.js';
import type { Book, Sheet, SheetColumn } from './sheet-model.js';
import { sheetRowsXml, type SharedStrings, type SheetDataContext, type StyleManager, type XmlEncode } from './sheet-data-xml.js';

/*
 * The parts of the xlsx package of a workbook (path → XML text), without zipping them: the
 * package is zipped once, after the charts are added (charts/package.ts). The rows and cells
 * of every sheet, nearly all of a workbook, are rendered here (sheet-data-xml.ts); the few
 * parts around them (a sheet's views, columns and page setup; the styles, shared strings,
 * workbook, relationships and document properties) by exceljs's own renderers (its "xform"
 * modules, loaded one by one, not its document model), fed the model exceljs would build.
 * test/report/book-oracle.test.ts holds every part of every kind of workbook to exceljs's
 * own writer.
 */

interface XmlStream {
  openNode(name: string, attributes?: object): void;
  leafNode(name: string): void;
  writeXml(xml: string): void;
  closeNode(): void;
  readonly xml: string;
}

interface Xform {
  prepare(model: unknown, options?: object): void;
  render(stream: XmlStream, model: unknown): void;
  toXml(model: unknown): string;
  map: Record<string, { render(stream: XmlStream, model: unknown): void }>;
}

type XformClass = new (options?: unknown) => Xform;

const require = createRequire(import.meta.url);
const lib = (path: string): unknown => require(`exceljs/lib/${path}`);
const StylesXform = lib('xlsx/xform/style/styles-xform.js') as new (initialise: boolean) => Xform & StyleManager & { readonly xml: string };
const SharedStringsXform = lib('xlsx/xform/strings/shared-strings-xform.js') as new () => Xform & SharedStrings & { readonly count: number; readonly xml: string };
const WorksheetXform = lib('xlsx/xform/sheet/worksheet-xform.js') as XformClass;
const WorkbookXform = lib('xlsx/xform/book/workbook-xform.js') as XformClass;
const ContentTypesXform = lib('xlsx/xform/core/content-types-xform.js') as XformClass;
const AppXform = lib('xlsx/xform/core/app-xform.js') as XformClass;
const CoreXform = lib('xlsx/xform/core/core-xform.js') as XformClass;
const RelationshipsXform = lib('xlsx/xform/core/relationships-xform.js') as XformClass;
const XmlStreamClass = lib('utils/xml-stream.js') as new () => XmlStream;
const Range = lib('doc/range.js') as new () => { expand(top: number, left: number, bottom: number, right: number): void };
const DefinedNames = lib('doc/defined-names.js') as new () => { add(cell: string, name: string): void; readonly model: unknown };
const theme1 = lib('xlsx/xml/theme1.js') as string;
const { xmlEncode } = lib('utils/utils.js') as { xmlEncode: XmlEncode };
const RelType = lib('xlsx/rel-type.js') as Record<'OfficeDocument' | 'CoreProperties' | 'ExtenderProperties' | 'Styles' | 'Theme' | 'SharedStrings' | 'Worksheet', string>;

/** exceljs's default column width: a column of it is written as no column at all. */
const DEFAULT_COLUMN_WIDTH = 9;

/** The parts of the package of `book`, as exceljs 4's `XLSX.write` renders them (lib/xlsx/xlsx.js). */
export function bookParts(book: Book): Map<string, string> {
  const strings = new SharedStringsXform();
  const styles = new StylesXform(true);
  const model = workbookModel(book, strings, styles);
  new WorkbookXform().prepare(model);
  const data: SheetDataContext = { styles, strings, encode: xmlEncode, byObject: new WeakMap(), byContent: new Map() };
  const worksheetXform = new WorksheetXform();
  const options = { sharedStrings: strings, styles, drawingsCount: 0, media: [], drawings: [], commentRefs: [] };
  const sheetXml = model.worksheets.map((sheetModel, i) => {
    const sheet = book.worksheets[i] as Sheet;
    const rows = sheetRowsXml(sheet, data);
    const range = new Range();
    for (const { row, min, max } of rows.extents) range.expand(row, min, row, max);
    sheetModel.dimensions = range;
    worksheetXform.prepare(sheetModel, options);
    sheetModel.mergeCells = [...sheet.merges].map(([master, end]) => `${master}:${cornerAddress(end)}`);
    return rows.xml;
  });
  const parts = new Map<string, string>();
  parts.set('[Content_Types].xml', new ContentTypesXform().toXml(model));
  parts.set('_rels/.rels', officeRels());
  parts.set('xl/_rels/workbook.xml.rels', workbookRels(model));
  model.worksheets.forEach((sheetModel, i) => parts.set(`xl/worksheets/sheet${sheetModel.id}.xml`, renderSheet(worksheetXform, sheetModel, sheetXml[i] ?? '')));
  if (strings.count) parts.set('xl/sharedStrings.xml', strings.xml);
  parts.set('xl/theme/theme1.xml', theme1);
  parts.set('xl/styles.xml', styles.xml);
  parts.set('docProps/app.xml', new AppXform().toXml(model));
  parts.set('docProps/core.xml', new CoreXform().toXml(model));
  parts.set('xl/workbook.xml', new WorkbookXform().toXml(model));
  return parts;
}


function cornerAddress(end: { bottom: number; right: number }): string {
  return address(end.right, end.bottom);
}

/** A worksheet as exceljs models it for its writer (Worksheet.model), its rows rendered apart. */
interface SheetModel {
  readonly id: number;
  readonly name: string;
  dimensions?: unknown;
  mergeCells?: string[];
  rId?: string;
  [field: string]: unknown;
}

interface WorkbookModel {
  readonly worksheets: SheetModel[];
  readonly sharedStrings: { readonly count: number };
  [field: string]: unknown;
}

function workbookModel(book: Book, sharedStrings: SharedStrings & { readonly count: number }, styles: StyleManager): WorkbookModel {
  const names = new DefinedNames();
  for (const [name, cells] of book.definedNames.cells) for (const cell of cells) names.add(cell, name);
  const worksheets = book.worksheets.map(sheetModel);
  return {
    creator: book.creator || 'ExcelJS',
    lastModifiedBy: book.lastModifiedBy || 'ExcelJS',
    lastPrinted: undefined,
    created: book.created,
    modified: book.modified,
    properties: {},
    worksheets,
    sheets: worksheets,
    definedNames: names.model,
    views: [],
    company: '',
    manager: '',
    title: '',
    subject: '',
    keywords: '',
    category: '',
    description: '',
    media: [],
    calcProperties: book.calcProperties,
    useSharedStrings: true,
    useStyles: true,
    sharedStrings,
    styles,
    drawings: [],
    commentRefs: [],
    tables: [],
  };
}

function sheetModel(sheet: Sheet): SheetModel {
  return {
    id: sheet.id,
    name: sheet.name,
    dataValidations: {},
    properties: sheet.properties,
    state: 'visible',
    pageSetup: sheet.pageSetup,
    headerFooter: sheet.headerFooter,
    rowBreaks: sheet.rowBreaks,
    views: sheet.views,
    autoFilter: null,
    media: [],
    sheetProtection: null,
    tables: [],
    conditionalFormattings: sheet.conditionalFormattings,
    cols: columnsModel(sheet.columns),
    rows: [],
  };
}

/** The `<col>` ranges of a sheet (exceljs's Column.toModel): neighbours of one width share one. */
function columnsModel(columns: readonly SheetColumn[]): object[] | undefined {
  const cols: { min: number; max: number; width: number; style: object; isCustomWidth: boolean; hidden: boolean; outlineLevel: number; collapsed: boolean }[] = [];
  let last: (typeof cols)[number] | undefined;
  columns.forEach((column, index) => {
    const custom = column.width !== undefined && column.width !== DEFAULT_COLUMN_WIDTH;
    if (!custom) last = undefined;
    else if (last !== undefined && last.width === column.width) last.max = index + 1;
    else {
      last = { min: index + 1, max: index + 1, width: column.width ?? DEFAULT_COLUMN_WIDTH, style: column.style, isCustomWidth: true, hidden: false, outlineLevel: 0, collapsed: false };
      cols.push(last);
    }
  });
  return cols.length > 0 ? cols : undefined;
}

/** A worksheet part: exceljs's WorksheetXform, its `<sheetData>` the rows rendered here. */
function renderSheet(xform: Xform, model: SheetModel, rowsXml: string): string {
  xform.map.sheetData = {
    render(stream) {
      if (rowsXml === '') return stream.leafNode('sheetData');
      stream.openNode('sheetData');
      stream.writeXml(rowsXml);
      stream.closeNode();
    },
  };
  const stream = new XmlStreamClass();
  xform.render(stream, model);
  return stream.xml;
}

function officeRels(): string {
  return new RelationshipsXform().toXml([
    { Id: 'rId1', Type: RelType.OfficeDocument, Target: 'xl/workbook.xml' },
    { Id: 'rId2', Type: RelType.CoreProperties, Target: 'docProps/core.xml' },
    { Id: 'rId3', Type: RelType.ExtenderProperties, Target: 'docProps/app.xml' },
  ]);
}

function workbookRels(model: WorkbookModel): string {
  let count = 1;
  const relationships = [
    { Id: `rId${count++}`, Type: RelType.Styles, Target: 'styles.xml' },
    { Id: `rId${count++}`, Type: RelType.Theme, Target: 'theme/theme1.xml' },
  ];
  if (model.sharedStrings.count) relationships.push({ Id: `rId${count++}`, Type: RelType.SharedStrings, Target: 'sharedStrings.xml' });
  for (const sheet of model.worksheets) {
    sheet.rId = `rId${count++}`;
    relationships.push({ Id: sheet.rId, Type: RelType.Worksheet, Target: `worksheets/sheet${sheet.id}.xml` });
  }
  return new RelationshipsXform().toXml(relationships);
}

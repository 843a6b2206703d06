import { InternalError } from '../../../errors.js';
import type { Book, Sheet } from '../sheet-model.js';
import { XML_DECLARATION, attributes, leaf, textNode, xmlEncode } from './xml-text.js';

/*
 * The parts of an xlsx package around its sheets and styles, as exceljs 4 renders them
 * (lib/xlsx/xlsx.js and lib/xlsx/xform/core, book and strings): content types,
 * relationships, document properties, the workbook part and the shared strings.
 */

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument';

function relationships(rels: readonly { Id: string; Type: string; Target: string }[]): string {
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map((r) => leaf('Relationship', r)).join('')}</Relationships>`;
}

/** `_rels/.rels`. */
export function officeRels(): string {
  return relationships([
    { Id: 'rId1', Type: `${REL}/officeDocument`, Target: 'xl/workbook.xml' },
    { Id: 'rId2', Type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', Target: 'docProps/core.xml' },
    { Id: 'rId3', Type: `${REL}/extended-properties`, Target: 'docProps/app.xml' },
  ]);
}

/** The relationship id of each sheet in `xl/_rels/workbook.xml.rels`: after the styles, the theme and the shared strings (if any). */
function sheetRelId(index: number, hasStrings: boolean): string {
  return `rId${index + (hasStrings ? 4 : 3)}`;
}

/** `xl/_rels/workbook.xml.rels`. */
export function workbookRels(book: Book, hasStrings: boolean): string {
  return relationships([
    { Id: 'rId1', Type: `${REL}/styles`, Target: 'styles.xml' },
    { Id: 'rId2', Type: `${REL}/theme`, Target: 'theme/theme1.xml' },
    ...(hasStrings ? [{ Id: 'rId3', Type: `${REL}/sharedStrings`, Target: 'sharedStrings.xml' }] : []),
    ...book.worksheets.map((sheet, i) => ({ Id: sheetRelId(i, hasStrings), Type: `${REL}/worksheet`, Target: `worksheets/sheet${sheet.id}.xml` })),
  ]);
}

/** `[Content_Types].xml`. */
export function contentTypes(book: Book, hasStrings: boolean): string {
  const override = (part: string, type: string) => leaf('Override', { PartName: part, ContentType: type });
  return [
    XML_DECLARATION,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    leaf('Default', { Extension: 'rels', ContentType: 'application/vnd.openxmlformats-package.relationships+xml' }),
    leaf('Default', { Extension: 'xml', ContentType: 'application/xml' }),
    override('/xl/workbook.xml', `${TYPE}.spreadsheetml.sheet.main+xml`),
    ...book.worksheets.map((sheet) => override(`/xl/worksheets/sheet${sheet.id}.xml`, `${TYPE}.spreadsheetml.worksheet+xml`)),
    override('/xl/theme/theme1.xml', `${TYPE}.theme+xml`),
    override('/xl/styles.xml', `${TYPE}.spreadsheetml.styles+xml`),
    hasStrings ? override('/xl/sharedStrings.xml', `${TYPE}.spreadsheetml.sharedStrings+xml`) : '',
    leaf('Default', { Extension: 'vml', ContentType: `${TYPE}.vmlDrawing` }),
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
    override('/docProps/app.xml', `${TYPE}.extended-properties+xml`),
    '</Types>',
  ].join('');
}

/** `docProps/app.xml`: the sheets' names. */
export function appProperties(book: Book): string {
  const names = book.worksheets.map((sheet) => textNode('vt:lpstr', sheet.name)).join('');
  return [
    XML_DECLARATION,
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">',
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>',
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${book.worksheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>`,
    `<TitlesOfParts><vt:vector size="${book.worksheets.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>`,
    '<Company></Company><Manager></Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>',
    '</Properties>',
  ].join('');
}

/** A date as the core properties carry it: ISO 8601 without milliseconds. */
function coreDate(date: Date): string {
  return date.toISOString().replace(/[.]\d{3}/, '');
}

/** `docProps/core.xml`: author and dates. */
export function coreProperties(book: Book): string {
  const date = (tag: string, value: Date) => `<${tag} xsi:type="dcterms:W3CDTF">${xmlEncode(coreDate(value))}</${tag}>`;
  return [
    XML_DECLARATION,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    textNode('dc:creator', book.creator || 'ExcelJS'),
    '<dc:title></dc:title><dc:subject></dc:subject><dc:description></dc:description><cp:keywords></cp:keywords><cp:category></cp:category>',
    textNode('cp:lastModifiedBy', book.lastModifiedBy || 'ExcelJS'),
    date('dcterms:created', book.created),
    date('dcterms:modified', book.modified),
    '</cp:coreProperties>',
  ].join('');
}

/** A sheet name in a reference: bare if letters and digits only, else quoted (exceljs's Range). */
function referenceName(name: string): string {
  return /^[a-zA-Z0-9]*$/.test(name) ? name : `'${name}'`;
}

/** A defined name's cell (`'Aannames'!$C$5`) as exceljs writes it back: `Aannames!$C$5`. */
function definedCell(cell: string): string {
  const match = /^(?:'((?:[^']|'')*)'|([^'^ !]*))!(\$[A-Z]+\$\d+)$/.exec(cell);
  const sheet = match?.[1] ?? match?.[2];
  if (match === null || sheet === undefined || match[3] === undefined) throw new InternalError(`a defined name of ${cell}: the workbook names single cells only`);
  return `${referenceName(sheet)}!${match[3]}`;
}

/** The defined names of the workbook: the book's own, then each sheet's print area and title rows. */
function definedNames(book: Book): string {
  const names: string[] = [];
  for (const [name, cells] of book.definedNames.cells) names.push(`<definedName${attributes({ name })}>${xmlEncode(cells.map(definedCell).join(','))}</definedName>`);
  book.worksheets.forEach((sheet, index) => names.push(...printNames(sheet, index)));
  return names.length === 0 ? '' : `<definedNames>${names.join('')}</definedNames>`;
}

function printNames(sheet: Sheet, index: number): string[] {
  const name = (kind: string, ranges: readonly string[]) => `<definedName${attributes({ name: kind, localSheetId: index })}>${xmlEncode(ranges.join(','))}</definedName>`;
  const span = (range: string) => {
    const [from, to] = range.split(':');
    return `'${sheet.name}'!$${from ?? ''}:$${to ?? ''}`;
  };
  const names: string[] = [];
  const area = sheet.pageSetup.printArea;
  if (area) for (const part of area.split('&&')) names.push(name('_xlnm.Print_Area', [span(part)]));
  const titles = sheet.pageSetup.printTitlesRow;
  if (titles) names.push(name('_xlnm.Print_Titles', [span(titles)]));
  return names;
}

/** `xl/workbook.xml`: the sheets, the defined names and the calculation settings. */
export function workbookXml(book: Book, hasStrings: boolean): string {
  const sheets = book.worksheets.map((sheet, i) => leaf('sheet', { sheetId: sheet.id, name: sheet.name, state: 'visible', 'r:id': sheetRelId(i, hasStrings) })).join('');
  return [
    XML_DECLARATION,
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">',
    '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>',
    `<sheets>${sheets}</sheets>`,
    definedNames(book),
    leaf('calcPr', { calcId: 171027, fullCalcOnLoad: book.calcProperties.fullCalcOnLoad ? 1 : undefined }),
    '</workbook>',
  ].join('');
}

/** The shared strings table: each text once, by its index, and how many cells use one. */
export class SharedStrings {
  private readonly texts: string[] = [];
  private readonly index = new Map<string, number>();
  /** How many cells hold a shared string. */
  count = 0;

  add(text: string): number {
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.index.set(text, id);
      this.texts.push(text);
    }
    this.count++;
    return id;
  }

  /** `xl/sharedStrings.xml`. */
  get xml(): string {
    const items = this.texts.map((t) => `<si><t${/^\s|\n|\s$/.test(t) ? ' xml:space="preserve"' : ''}>${xmlEncode(t)}</t></si>`).join('');
    return `${XML_DECLARATION}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.texts.length}">${items}</sst>`;
  }
}

import { InternalError } from '../../errors.js';
import type { CellStyle, Sheet, SheetCell, SheetRow } from './sheet-model.js';
import { ValueType } from './sheet-model.js';
import type { SharedStrings } from './xlsx/package-xml.js';
import type { StyleSheet } from './xlsx/style-sheet.js';
import type { RowExtent } from './xlsx/worksheet-xml.js';
import { xmlEncode } from './xlsx/xml-text.js';

/** What rendering a sheet's rows needs: the workbook's styles and shared strings, and the style ids found so far. */
export interface SheetDataContext {
  readonly styles: Pick<StyleSheet, 'addStyleModel'>;
  readonly strings: Pick<SharedStrings, 'add'>;
  /** Style ids already found: by number format, then by parts ({@link partsKey}). */
  readonly byContent: Map<string, Map<number | string, number>>;
  /** The parts of the styles seen (fonts, fills…), numbered by content. */
  readonly parts: Map<object, number>;
  readonly partContents: Map<string, number>;
}

/**
 * The `<row>` elements of a sheet, as exceljs 4's RowXform and CellXform rendered them, with the
 * style ids and shared strings taken in the same order as exceljs's prepare step takes them
 * (row by row, the row's style, then each cell's): the ids come out the same. Also the rows
 * that count for the sheet's dimension, with their first and last cell.
 */
export function sheetRowsXml(sheet: Sheet, ctx: SheetDataContext): { xml: string; extents: RowExtent[] } {
  const parts: string[] = [];
  const extents: RowExtent[] = [];
  for (const row of sheet.rows) {
    if (row === undefined) continue;
    const cells = row.cells.filter((cell): cell is SheetCell => cell !== undefined);
    if (row.height === undefined && cells.length === 0) continue;
    const min = cells[0]?.col ?? 0;
    const max = cells[cells.length - 1]?.col ?? 0;
    extents.push({ row: row.number, min, max });
    parts.push(rowOpen(row, min, max, styleId(ctx, row.style, undefined)));
    const inner = cells.map((cell) => cellXml(cell, ctx)).join('');
    parts.push(inner === '' ? '/>' : `>${inner}</row>`);
  }
  return { xml: parts.join(''), extents };
}

function rowOpen(row: SheetRow, min: number, max: number, style: number): string {
  let xml = `<row r="${row.number}"`;
  if (row.height) xml += ` ht="${row.height}" customHeight="1"`;
  if (min > 0 && max > 0 && min <= max) xml += ` spans="${min}:${max}"`;
  if (style) xml += ` s="${style}" customFormat="1"`;
  return `${xml} x14ac:dyDescent="0.25"`;
}

/** The type of value a cell shows, which picks the default number format of its style. */
function effectiveType(cell: SheetCell): number {
  if (cell.type !== ValueType.Formula) return cell.type;
  const result = cell.result;
  return result === undefined ? ValueType.Null : typeof result === 'string' ? ValueType.String : typeof result === 'number' ? ValueType.Number : ValueType.Boolean;
}

/**
 * A style's id. exceljs rendered a style's parts to XML to find its id, for every cell; here a
 * style of the same number format and the same parts (told apart by their content) keeps the
 * id found first. Equal keys are equal styles, which have one id; equal styles with
 * differently ordered parts only miss the shortcut, and the style sheet finds their one id by
 * the XML. (exceljs also gave a style without a number format "General" for a number, and
 * remembered ids by style object: neither changes the XML of a style without dates.)
 */
function styleId(ctx: SheetDataContext, style: CellStyle, cellType: number | undefined): number {
  const format = style.numFmt ?? '';
  let byParts = ctx.byContent.get(format);
  if (byParts === undefined) {
    byParts = new Map();
    ctx.byContent.set(format, byParts);
  }
  const key = partsKey(partId(ctx, style.font), partId(ctx, style.fill), partId(ctx, style.alignment), partId(ctx, style.border));
  let id = byParts.get(key);
  if (id === undefined) {
    id = ctx.styles.addStyleModel(style, cellType);
    byParts.set(key, id);
  }
  return id;
}

/** The four part numbers of a style as one key: one number while each is below 2¹² (a workbook has some dozens), else a text. */
function partsKey(font: number, fill: number, alignment: number, border: number): number | string {
  const most = 4096;
  if (font < most && fill < most && alignment < most && border < most) return ((font * most + fill) * most + alignment) * most + border;
  return `${font}|${fill}|${alignment}|${border}`;
}

/** A number for the content of a style's part (a font, a fill…): the sheets share most part objects, each read once. */
function partId(ctx: SheetDataContext, part: object | undefined): number {
  if (part === undefined) return 0;
  let id = ctx.parts.get(part);
  if (id === undefined) {
    const content = JSON.stringify(part);
    id = ctx.partContents.get(content);
    if (id === undefined) {
      id = ctx.partContents.size + 1;
      ctx.partContents.set(content, id);
    }
    ctx.parts.set(part, id);
  }
  return id;
}

function cellXml(cell: SheetCell, ctx: SheetDataContext): string {
  const style = styleId(ctx, cell.style, effectiveType(cell));
  if (cell.type === ValueType.Null && !style) return '';
  const head = `<c r="${cell.address}"${style ? ` s="${style}"` : ''}`;
  const stored = cell.stored;
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return `${head}/>`;
    case ValueType.Number:
      // a number's text (digits, sign, point, exponent) holds nothing to escape
      return `${head}><v>${String(stored)}</v></c>`;
    case ValueType.Boolean:
      return `${head} t="b"><v>${stored === true ? '1' : '0'}</v></c>`;
    case ValueType.String:
      return `${head} t="s"><v>${ctx.strings.add(stored as string)}</v></c>`;
    case ValueType.Formula:
      return formulaXml(head, cell);
    default:
      throw new InternalError(`${cell.address}: a cell of a kind the workbook does not write`);
  }
}

function formulaXml(head: string, cell: SheetCell): string {
  const f = `<f>${xmlEncode(cell.formula ?? '')}</f>`;
  const result = cell.result;
  if (result === undefined) return `${head}>${f}</c>`;
  if (typeof result === 'string') return `${head} t="str">${f}<v>${xmlEncode(result)}</v></c>`;
  if (typeof result === 'boolean') return `${head} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  return `${head}>${f}<v>${String(result)}</v></c>`;
}

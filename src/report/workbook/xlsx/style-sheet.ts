import type ExcelJS from 'exceljs';
import { InternalError } from '../../../errors.js';
import type { CellStyle } from '../sheet-model.js';
import { ValueType } from '../sheet-model.js';
import { XML_DECLARATION, attributes, leaf } from './xml-text.js';

/*
 * The style sheet of a workbook (xl/styles.xml), built as exceljs 4's style manager builds it
 * (lib/xlsx/xform/style/styles-xform.js and the renderers of its parts): each distinct font,
 * fill, border, number format and cell format gets the next id in the order first asked
 * for, found by its rendered XML, so the ids and the bytes come out as exceljs's.
 */

/** The built-in number formats (ECMA-376 18.8.30) exceljs knows by their code: no `<numFmt>` for these. */
const BUILT_IN_FORMATS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '# ?/?': 12, '# ??/??': 13,
    'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, 'h:mm AM/PM': 18, 'h:mm:ss AM/PM': 19, 'h:mm': 20, 'h:mm:ss': 21,
    'm/d/yy "h":mm': 22, '#,##0 ;(#,##0)': 37, '#,##0 ;[Red](#,##0)': 38, '#,##0.00 ;(#,##0.00)': 39, '#,##0.00 ;[Red](#,##0.00)': 40,
    'mm:ss': 45, '[h]:mm:ss': 46, 'mmss.0': 47, '##0.0E+0': 48, '@': 49,
  }),
);
/** The first id of a number format of the workbook's own. */
const FIRST_CUSTOM_FORMAT = 164;

const DEFAULT_FONT: Partial<ExcelJS.Font> = { size: 11, color: { theme: 1 } as ExcelJS.Color, name: 'Calibri', family: 2, scheme: 'minor' };

/** A conditional format's style (a "dxf"), with its number format's id once known. */
interface DxfStyle extends CellStyle {
  numFmtId?: number;
}

/** A cell format: the ids of its parts, and its alignment. */
interface Xf {
  numFmtId?: number;
  fontId?: number;
  fillId?: number;
  borderId?: number;
  alignment?: Partial<ExcelJS.Alignment>;
}

/** XML fragments, each with its index, in the order first added. */
class Indexed {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  add(xml: string): number {
    let id = this.index.get(xml);
    if (id === undefined) {
      id = this.items.length;
      this.index.set(xml, id);
      this.items.push(xml);
    }
    return id;
  }
}

/** The style manager of one workbook: style ids for cells, dxf ids for conditional formats, and the style sheet. */
export class StyleSheet {
  private readonly numFmts: string[] = [];
  private readonly numFmtIds = new Map<string, number>();
  private readonly fonts = new Indexed();
  private readonly fills = new Indexed();
  private readonly borders = new Indexed();
  private readonly xfs = new Indexed();
  private readonly dxfs: DxfStyle[] = [];

  constructor() {
    this.borders.add(borderXml({}));
    this.xfs.add(xfXml({}));
    this.fills.add(fillXml({ type: 'pattern', pattern: 'none' }));
    this.fills.add(fillXml({ type: 'pattern', pattern: 'gray125' }));
  }

  /** The id of a cell's style; a style without a number format gets "General" for a number (or a row). */
  addStyleModel(style: CellStyle, cellType?: number): number {
    if (this.fonts.items.length === 0) this.fonts.add(fontXml(DEFAULT_FONT));
    const xf: Xf = {};
    if (style.numFmt) xf.numFmtId = this.numFmtId(style.numFmt);
    else if (!cellType || cellType === ValueType.Number) xf.numFmtId = 0;
    if (style.font) xf.fontId = this.fonts.add(fontXml(style.font));
    if (style.border) xf.borderId = this.borders.add(borderXml(style.border));
    if (style.fill) xf.fillId = this.fills.add(fillXml(style.fill));
    if (style.alignment) xf.alignment = style.alignment;
    return this.xfs.add(xfXml(xf));
  }

  /** The id of a conditional format's style. */
  addDxfStyle(style: CellStyle): number {
    const dxf: DxfStyle = { ...style };
    if (style.numFmt) dxf.numFmtId = this.numFmtId(style.numFmt);
    this.dxfs.push(dxf);
    return this.dxfs.length - 1;
  }

  private numFmtId(code: string): number {
    const id = BUILT_IN_FORMATS.get(code) ?? this.numFmtIds.get(code);
    if (id !== undefined) return id;
    const next = FIRST_CUSTOM_FORMAT + this.numFmts.length;
    this.numFmtIds.set(code, next);
    this.numFmts.push(leaf('numFmt', { numFmtId: next, formatCode: code }));
    return next;
  }

  /** xl/styles.xml. */
  get xml(): string {
    if (this.fonts.items.length === 0) this.fonts.add(fontXml(DEFAULT_FONT));
    const list = (tag: string, items: readonly string[], extra = '') => `<${tag} count="${items.length}"${extra}>${items.join('')}</${tag}>`;
    return [
      XML_DECLARATION,
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">',
      this.numFmts.length > 0 ? list('numFmts', this.numFmts) : '',
      list('fonts', this.fonts.items, ' x14ac:knownFonts="1"'),
      list('fills', this.fills.items),
      list('borders', this.borders.items),
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      list('cellXfs', this.xfs.items),
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      this.dxfs.length > 0 ? list('dxfs', this.dxfs.map(dxfXml)) : '<dxfs count="0"/>',
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst>',
      '</styleSheet>',
    ].join('');
  }
}

/** A cell format (`<xf>`), its `apply…` flags for the parts it sets. */
function xfXml(xf: Xf): string {
  const head = `<xf${attributes({
    numFmtId: xf.numFmtId ?? 0,
    fontId: xf.fontId ?? 0,
    fillId: xf.fillId ?? 0,
    borderId: xf.borderId ?? 0,
    xfId: 0,
    applyNumberFormat: xf.numFmtId ? '1' : undefined,
    applyFont: xf.fontId ? '1' : undefined,
    applyFill: xf.fillId ? '1' : undefined,
    applyBorder: xf.borderId ? '1' : undefined,
    applyAlignment: xf.alignment ? '1' : undefined,
  })}`;
  const alignment = xf.alignment === undefined ? '' : alignmentXml(xf.alignment);
  return alignment === '' ? `${head}/>` : `${head}>${alignment}</xf>`;
}

/** A colour: `rgb`, else `theme` (and `tint`), else `indexed`, else `auto`. */
function colorXml(name: string, color: Partial<ExcelJS.Color> & { theme?: number; tint?: number; indexed?: number }): string {
  if (color.argb) return leaf(name, { rgb: color.argb });
  if (color.theme !== undefined) return leaf(name, { theme: color.theme, tint: color.tint });
  if (color.indexed !== undefined) return leaf(name, { indexed: color.indexed });
  return leaf(name, { auto: '1' });
}

/** A font, its parts in exceljs's order. */
function fontXml(font: Partial<ExcelJS.Font>): string {
  const unwritten = ['underline', 'charset', 'condense', 'extend', 'outline', 'vertAlign', 'shadow', 'strike'];
  if (unwritten.some((part) => (font as Record<string, unknown>)[part] !== undefined)) {
    throw new InternalError('a font with a part the workbook writer does not write');
  }
  let xml = '<font>';
  if (font.bold) xml += '<b/>';
  if (font.italic) xml += '<i/>';
  if (font.color) xml += colorXml('color', font.color);
  if (font.family) xml += leaf('family', { val: font.family });
  if (font.scheme !== undefined) xml += leaf('scheme', { val: font.scheme });
  if (font.size) xml += leaf('sz', { val: font.size });
  if (font.name !== undefined) xml += leaf('name', { val: font.name });
  return `${xml}</font>`;
}

/** A pattern fill (the only kind the reports use). */
function fillXml(fill: ExcelJS.Fill): string {
  if (fill.type !== 'pattern') throw new InternalError('a fill the workbook writer does not write');
  const colors = (fill.fgColor ? colorXml('fgColor', fill.fgColor) : '') + (fill.bgColor ? colorXml('bgColor', fill.bgColor) : '');
  const pattern = `<patternFill${attributes({ patternType: fill.pattern })}`;
  return `<fill>${colors === '' ? `${pattern}/>` : `${pattern}>${colors}</patternFill>`}</fill>`;
}

/** A border: each edge with its style (and colour), in exceljs's order. */
function borderXml(border: Partial<ExcelJS.Borders>): string {
  if (border.diagonal !== undefined || (border as { color?: unknown }).color !== undefined) throw new InternalError('a border the workbook writer does not write');
  const edge = (name: string, e: Partial<ExcelJS.Border> | undefined) => {
    if (e?.style === undefined) return `<${name}/>`;
    return e.color === undefined ? leaf(name, { style: e.style }) : `<${name}${attributes({ style: e.style })}>${colorXml('color', e.color)}</${name}>`;
  };
  return `<border>${edge('left', border.left)}${edge('right', border.right)}${edge('top', border.top)}${edge('bottom', border.bottom)}<diagonal/></border>`;
}

const HORIZONTAL = new Set(['left', 'center', 'right', 'fill', 'centerContinuous', 'distributed', 'justify']);
const VERTICAL = new Set(['top', 'middle', 'bottom', 'distributed', 'justify']);

/** An alignment: the valid settings only, nothing if none is. */
function alignmentXml(a: Partial<ExcelJS.Alignment>): string {
  if (a.textRotation !== undefined || a.readingOrder !== undefined) throw new InternalError('an alignment the workbook writer does not write');
  const indent = Math.max(0, Number.isNaN(parseInt(String(a.indent), 10)) ? 0 : parseInt(String(a.indent), 10));
  const values = {
    horizontal: a.horizontal !== undefined && HORIZONTAL.has(a.horizontal) ? a.horizontal : undefined,
    vertical: a.vertical === 'middle' ? 'center' : a.vertical !== undefined && VERTICAL.has(a.vertical) ? a.vertical : undefined,
    wrapText: a.wrapText ? '1' : undefined,
    shrinkToFit: a.shrinkToFit ? '1' : undefined,
    indent: indent || undefined,
  };
  const xml = attributes(values);
  return xml === '' ? '' : `<alignment${xml}/>`;
}

/** A conditional format's style: font, number format, fill, alignment, border. */
function dxfXml(dxf: DxfStyle): string {
  let xml = '<dxf>';
  if (dxf.font) xml += fontXml(dxf.font);
  if (dxf.numFmt && dxf.numFmtId) xml += leaf('numFmt', { numFmtId: dxf.numFmtId, formatCode: dxf.numFmt });
  if (dxf.fill) xml += fillXml(dxf.fill);
  if (dxf.alignment) xml += alignmentXml(dxf.alignment);
  if (dxf.border) xml += borderXml(dxf.border);
  return `${xml}</dxf>`;
}

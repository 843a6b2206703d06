import type ExcelJS from 'exceljs';
import { InternalError } from '../../../errors.js';
import { address, columnLetter } from '../layout.js';
import type { CellStyle, ConditionalFormat, PageSetup, Sheet, SheetColumn } from '../sheet-model.js';
import { XML_DECLARATION, attributes, leaf, textNode } from './xml-text.js';

/*
 * A worksheet part (xl/worksheets/sheetN.xml) around its rows, element by element as exceljs
 * 4's WorksheetXform renders them (lib/xlsx/xform/sheet/), for what the reports set.
 */

/** exceljs's default column width: a column of it is written as no column at all. */
const DEFAULT_COLUMN_WIDTH = 9;

const WORKSHEET_OPEN =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';

/** A row's first and last cell, for the sheet's dimension. */
export interface RowExtent {
  readonly row: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Gives every rule of the sheet's conditional formats its priority and its style's dxf id,
 * as exceljs's prepare step does, sheet after sheet: the ids follow that order.
 */
export function prepareConditionalFormats(formats: readonly ConditionalFormat[], addDxf: (style: CellStyle) => number): void {
  const rules = formats.flatMap((f) => f.rules) as { priority?: number; style?: CellStyle; dxfId?: number }[];
  let next = Math.max(1, ...rules.map((r) => r.priority ?? 0));
  for (const rule of rules) {
    if (!rule.priority) rule.priority = next++;
    if (rule.style) rule.dxfId = addDxf(rule.style);
  }
}

/** The worksheet part of `sheet`, its `<row>` elements given. */
export function worksheetXml(sheet: Sheet, rows: { xml: string; extents: readonly RowExtent[] }): string {
  return [
    XML_DECLARATION,
    WORKSHEET_OPEN,
    sheetProperties(sheet),
    leaf('dimension', { ref: dimension(rows.extents) }),
    sheetViews(sheet.views),
    sheetFormat(sheet.properties),
    columns(sheet.columns),
    rows.xml === '' ? '<sheetData/>' : `<sheetData>${rows.xml}</sheetData>`,
    mergeCells(sheet),
    sheet.conditionalFormattings.map(conditionalFormatting).join(''),
    printOptions(sheet.pageSetup),
    pageMargins(sheet.pageSetup.margins),
    pageSetup(sheet.pageSetup),
    headerFooter(sheet.headerFooter),
    rowBreaks(sheet.rowBreaks),
    '</worksheet>',
  ].join('');
}

function sheetProperties(sheet: Sheet): string {
  if (sheet.properties['outlineProperties'] !== undefined) throw new InternalError(`${sheet.name}: outline properties, which the workbook writer does not write`);
  const tab = sheet.properties['tabColor'] as { argb?: string } | undefined;
  const inner = (tab?.argb === undefined ? '' : leaf('tabColor', { rgb: tab.argb })) + (sheet.pageSetup.fitToPage ? leaf('pageSetUpPr', { fitToPage: '1' }) : '');
  if (tab !== undefined && tab.argb === undefined) throw new InternalError(`${sheet.name}: a tab colour other than an RGB one`);
  return inner === '' ? '' : `<sheetPr>${inner}</sheetPr>`;
}

/** The range of the cells (exceljs's Range.expand, row by row). */
function dimension(extents: readonly RowExtent[]): string {
  const d = { top: 0, left: 0, bottom: 0, right: 0 };
  for (const { row, min, max } of extents) {
    if (!d.top || row < d.top) d.top = row;
    if (!d.left || min < d.left) d.left = min;
    if (!d.bottom || row > d.bottom) d.bottom = row;
    if (!d.right || max > d.right) d.right = max;
  }
  if (d.left < 1 || d.right < 1 || d.top < 1) throw new InternalError('a sheet without cells');
  return `${address(d.left, d.top)}:${address(d.right, d.bottom)}`;
}

function sheetViews(views: readonly Partial<ExcelJS.WorksheetView>[]): string {
  if (views.length === 0) return '';
  return `<sheetViews>${views.map(sheetView).join('')}</sheetViews>`;
}

const VIEW_KEYS = new Set(['state', 'xSplit', 'ySplit', 'topLeftCell', 'activeCell']);

function sheetView(view: Partial<ExcelJS.WorksheetView> & { xSplit?: number; ySplit?: number; topLeftCell?: string; activeCell?: string }): string {
  if (Object.keys(view).some((key) => !VIEW_KEYS.has(key))) throw new InternalError('a sheet view the workbook writer does not write');
  const open = '<sheetView workbookViewId="0">';
  if (view.state === 'frozen') {
    const xSplit = view.xSplit ?? 0;
    const ySplit = view.ySplit ?? 0;
    const topLeftCell = view.topLeftCell ?? address(xSplit + 1, ySplit + 1);
    const activePane = view.xSplit && view.ySplit ? 'bottomRight' : view.xSplit ? 'topRight' : 'bottomLeft';
    const pane = leaf('pane', { xSplit: view.xSplit || undefined, ySplit: view.ySplit || undefined, topLeftCell, activePane, state: 'frozen' });
    return `${open}${pane}${leaf('selection', { pane: activePane, activeCell: view.activeCell, sqref: view.activeCell })}</sheetView>`;
  }
  if (view.state !== 'normal') throw new InternalError('a sheet view the workbook writer does not write');
  if (view.activeCell === undefined) return '<sheetView workbookViewId="0"/>';
  return `${open}${leaf('selection', { activeCell: view.activeCell, sqref: view.activeCell })}</sheetView>`;
}

function sheetFormat(p: Record<string, unknown>): string {
  const number = (key: string) => p[key] as number | undefined;
  return leaf('sheetFormatPr', {
    defaultRowHeight: number('defaultRowHeight'),
    outlineLevelRow: number('outlineLevelRow'),
    outlineLevelCol: number('outlineLevelCol'),
    'x14ac:dyDescent': number('dyDescent'),
    defaultColWidth: number('defaultColWidth') || undefined,
    customHeight: !number('defaultRowHeight') || number('defaultRowHeight') !== 15 ? '1' : undefined,
  });
}

/** The `<col>` ranges (exceljs's Column.toModel): neighbours of one width share one. */
function columns(list: readonly SheetColumn[]): string {
  const cols: { min: number; max: number; width: number }[] = [];
  let last: (typeof cols)[number] | undefined;
  list.forEach((column, index) => {
    const custom = column.width !== undefined && column.width !== DEFAULT_COLUMN_WIDTH;
    if (!custom) last = undefined;
    else if (last !== undefined && last.width === column.width) last.max = index + 1;
    else {
      last = { min: index + 1, max: index + 1, width: column.width ?? DEFAULT_COLUMN_WIDTH };
      cols.push(last);
    }
  });
  if (cols.length === 0) return '';
  return `<cols>${cols.map((c) => leaf('col', { min: c.min, max: c.max, width: c.width || undefined, customWidth: '1' })).join('')}</cols>`;
}

function mergeCells(sheet: Sheet): string {
  if (sheet.merges.size === 0) return '';
  const refs = [...sheet.merges].map(([master, end]) => leaf('mergeCell', { ref: `${master}:${columnLetter(end.right)}${end.bottom}` }));
  return `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`;
}

function conditionalFormatting(format: ConditionalFormat): string {
  const rules = (format.rules as { type: string; dxfId?: number; priority?: number; operator?: string; formulae: string[] }[]).map((rule) => {
    const formula = (f: string) => textNode('formula', f);
    if (rule.type === 'expression') return `<cfRule${attributes({ type: 'expression', dxfId: rule.dxfId, priority: rule.priority })}>${formula(rule.formulae[0] ?? '')}</cfRule>`;
    if (rule.type === 'cellIs') return `<cfRule${attributes({ type: 'cellIs', dxfId: rule.dxfId, priority: rule.priority, operator: rule.operator })}>${rule.formulae.map(formula).join('')}</cfRule>`;
    throw new InternalError(`a conditional format of type ${rule.type}, which the workbook writer does not write`);
  });
  return `<conditionalFormatting${attributes({ sqref: format.ref })}>${rules.join('')}</conditionalFormatting>`;
}

const flag = (value: unknown) => (value ? '1' : undefined);

function printOptions(p: PageSetup): string {
  const values = { headings: flag(p.showRowColHeaders), gridLines: flag(p.showGridLines), horizontalCentered: flag(p.horizontalCentered), verticalCentered: flag(p.verticalCentered) };
  return Object.values(values).some((v) => v !== undefined) ? leaf('printOptions', values) : '';
}

function pageMargins(m: Partial<ExcelJS.Margins> | undefined): string {
  if (m === undefined) return '';
  const values = { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer };
  return Object.values(values).some((v) => v !== undefined) ? leaf('pageMargins', values) : '';
}

function pageSetup(p: PageSetup): string {
  const oneOf = (value: unknown, allowed: readonly string[]) => (typeof value === 'string' && allowed.includes(value) ? value : undefined);
  const extra = p as { usePrinterDefaults?: boolean; copies?: number };
  const values = {
    paperSize: p.paperSize,
    orientation: p.orientation,
    horizontalDpi: p.horizontalDpi,
    verticalDpi: p.verticalDpi,
    pageOrder: oneOf(p.pageOrder, ['overThenDown']),
    blackAndWhite: flag(p.blackAndWhite),
    draft: flag(p.draft),
    cellComments: oneOf(p.cellComments, ['atEnd', 'asDisplyed']),
    errors: oneOf(p.errors, ['dash', 'blank', 'NA']),
    scale: p.scale,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    firstPageNumber: p.firstPageNumber,
    useFirstPageNumber: flag(p.firstPageNumber),
    usePrinterDefaults: flag(extra.usePrinterDefaults),
    copies: extra.copies,
  };
  return Object.values(values).some((v) => v !== undefined) ? leaf('pageSetup', values) : '';
}

function headerFooter(h: Partial<ExcelJS.HeaderFooter>): string {
  const texts = (['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter'] as const)
    .map((key) => {
      const text = h[key];
      return typeof text === 'string' && text !== '' ? textNode(key, text) : '';
    })
    .join('');
  const open = `<headerFooter${attributes({ differentFirst: flag(h.differentFirst), differentOddEven: flag(h.differentOddEven) })}`;
  if (texts === '') return open === '<headerFooter' ? '' : `${open}/>`;
  return `${open}>${texts}</headerFooter>`;
}

function rowBreaks(breaks: readonly { id: number; max: number; man: number }[]): string {
  if (breaks.length === 0) return '';
  return `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => leaf('brk', { id: b.id, max: b.max, man: b.man })).join('')}</rowBreaks>`;
}

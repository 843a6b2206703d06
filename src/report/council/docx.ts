import { InternalError } from '../../errors.js';
import { isXmlText } from '../../text-characters.js';
import { workbookDates } from '../workbook/stamp.js';
import { CHART_HEIGHT, CHART_WIDTH, chartPng } from './chart-images.js';
import type { Block, Chart, CouncilDocument, Span, Table } from './document.js';
import { CORE_PART, coreProperties, documentParts } from './docx-package.js';
import { zipPackage } from '../zip-package.js';

type Docx = typeof import('docx');
type Child = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>;

/** A4 upright with margins of 2 cm, in twentieths of a point. */
const PAGE = { width: 11_906, height: 16_838, margin: 1_134 };
/** Body text 10,5 pt and table text 9 pt, in half points. */
const BODY_SIZE = 21;
const TABLE_SIZE = 18;
const HEADER_FILL = 'DCE6F1';

/**
 * The council summary as a Word document (`<id>-samenvatting.docx`), since council proposals
 * are Word documents: the same text as the Markdown, its tables as Word tables (the header
 * row repeated on a new page, no row split), and the two charts as pictures.
 *
 * The same inputs give the same bytes: the document's dates (its core properties and its zip
 * entries') are `date` (the report's date, when asked for) or the fixed package date of the
 * workbooks (workbook/stamp.ts), and every id is numbered, not drawn at random; `docx` is
 * loaded only when a document is written. The package is zipped once, by Node's zlib.
 */
export async function councilDocx(doc: CouncilDocument, date: Date | undefined): Promise<Buffer> {
  checkXmlText(doc);
  const docx = await import('docx');
  const children: Child[] = [new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, children: [new docx.TextRun(doc.title)] })];
  let figure = 0;
  for (const block of doc.blocks) {
    if (block.kind === 'chart') children.push(...chartParagraphs(docx, block.chart, doc, ++figure));
    else children.push(...blockChildren(docx, block));
  }
  const file = new docx.Document({
    styles: { default: { document: { run: { font: 'Arial', size: BODY_SIZE } } } },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } }, children }],
  });
  const stamp = workbookDates(date).stamp;
  return zipPackage(documentParts(docx, file, [{ path: CORE_PART, data: coreProperties(doc.title, stamp) }]), stamp);
}

/**
 * The last line of defence, as for the workbooks (workbook/charts/package.ts), against a
 * document Word cannot open: a text holding a character XML forbids (U+FFFF, a control
 * character). The loaders refuse such characters in every text; one that gets through is a bug.
 */
function checkXmlText(doc: CouncilDocument): void {
  if (![doc.title, ...doc.blocks.flatMap(blockTexts)].every(isXmlText)) throw new InternalError('a text of the council summary holds a character that XML forbids: the Word document would not open');
}

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return block.spans.map((s) => s.text);
    case 'list':
      return block.items.flat().map((s) => s.text);
    case 'table':
      return [block.table.caption, ...block.table.header, ...block.table.rows.flatMap((r) => r.cells)];
    case 'chart':
      return [block.chart.caption, block.chart.axis, ...(block.chart.kind === 'bars' ? block.chart.categories : block.chart.series.map((s) => s.name))];
  }
}

function blockChildren(docx: Docx, block: Exclude<Block, { kind: 'chart' }>): Child[] {
  switch (block.kind) {
    case 'heading':
      return [new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240 }, children: [new docx.TextRun(block.text)] })];
    case 'paragraph':
      return [new docx.Paragraph({ spacing: { before: 120, after: 120 }, children: runs(docx, block.spans, block.note === true) })];
    case 'list':
      return block.items.map((item) => new docx.Paragraph({ bullet: { level: 0 }, children: runs(docx, item, false) }));
    case 'table':
      return [caption(docx, block.table.caption, true), table(docx, block.table), new docx.Paragraph({})];
  }
}

function runs(docx: Docx, spans: readonly Span[], italics: boolean): InstanceType<Docx['TextRun']>[] {
  return spans.map((s) => new docx.TextRun({ text: s.text, bold: s.strong === true, italics }));
}

function caption(docx: Docx, text: string, keepNext: boolean): InstanceType<Docx['Paragraph']> {
  return new docx.Paragraph({ keepNext, spacing: { before: 120, after: 120 }, children: [new docx.TextRun({ text, italics: true, size: TABLE_SIZE })] });
}

/**
 * A table over the page's width: labels left, figures right, the header row shaded. A table
 * fits a page, so it is kept whole (each row kept with the next) and begins on a new page
 * rather than being split; its header row would repeat if a longer one ever were.
 */
function table(docx: Docx, t: Table): InstanceType<Docx['Table']> {
  const cell = (text: string, column: number, options: { bold: boolean; header: boolean; keepNext: boolean }) =>
    new docx.TableCell({
      ...(options.header ? { shading: { type: docx.ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
      margins: { left: 60, right: 60 },
      children: [
        new docx.Paragraph({
          keepNext: options.keepNext,
          alignment: column === 0 ? docx.AlignmentType.LEFT : docx.AlignmentType.RIGHT,
          children: [new docx.TextRun({ text, bold: options.bold, size: TABLE_SIZE })],
        }),
      ],
    });
  const header = new docx.TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((text, i) => cell(text, i, { bold: true, header: true, keepNext: true })) });
  const rows = t.rows.map(
    (r, n) => new docx.TableRow({ cantSplit: true, children: r.cells.map((text, i) => cell(text, i, { bold: r.strong === true, header: false, keepNext: n < t.rows.length - 1 })) }),
  );
  return new docx.Table({ width: { size: 100, type: docx.WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

/** A chart as a picture at the text's width, with its caption below (and its caption as the picture's alternative text). */
function chartParagraphs(docx: Docx, chart: Chart, doc: CouncilDocument, figure: number): Child[] {
  const png = chartPng(chart, doc.language);
  const image = new docx.ImageRun({
    type: 'png',
    data: png,
    transformation: { width: CHART_WIDTH, height: CHART_HEIGHT },
    // numbered here: docx's own counter runs on over every document the process writes
    altText: { id: String(figure), name: `chart${figure}`, title: chart.caption, description: chart.caption },
  });
  return [new docx.Paragraph({ keepNext: true, spacing: { before: 120 }, children: [image] }), caption(docx, chart.caption, false)];
}

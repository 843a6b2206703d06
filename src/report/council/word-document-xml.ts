import { InternalError } from '../../errors.js';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-images.js';
import type { Block, CouncilDocument, Span, Table } from './document.js';
import { DOCUMENT_START } from './word-fixed-parts.js';

/*
 * `word/document.xml` of a council summary, written as text: the very bytes docx 9.15 wrote
 * for the tree of paragraphs, runs and tables the summary was once built of (the oracle test,
 * test/report/docx-oracle.test.ts, writes every kind of summary both ways and compares them).
 * docx's element order, its explicit "false" values (`<w:b w:val="false"/>`) and its escaping
 * are kept because they are what the documents have always held.
 */

/** A4 upright with margins of 2 cm, in twentieths of a point. */
const PAGE = { width: 11_906, height: 16_838, margin: 1_134 };
/** Table text 9 pt, in half points. */
const TABLE_SIZE = 18;
const HEADER_FILL = 'DCE6F1';
/** English Metric Units per pixel (at 96 pixels to the inch), the unit of a picture's size. */
const EMU_PER_PIXEL = 9525;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** A text or attribute value escaped as docx escapes both, the control characters XML forbids left out. */
function escape(text: string): string {
  // eslint-disable-next-line no-control-regex -- these very characters
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}

/** The picture of a chart: the relationship id of its PNG in `word/_rels/document.xml.rels`. */
export interface ChartPicture {
  readonly relationshipId: string;
}

/**
 * The document part of a council summary: its title as the first heading, its blocks in
 * order, and one section of A4 pages. `pictures` holds, for each chart block in order, its
 * picture's relationship.
 */
export function documentXml(doc: CouncilDocument, pictures: readonly ChartPicture[]): string {
  let xml = `${DOCUMENT_START}<w:body>${paragraph('<w:pStyle w:val="Heading1"/>', run('', doc.title))}`;
  let figure = 0;
  for (const block of doc.blocks) {
    if (block.kind !== 'chart') xml += blockXml(block);
    else {
      const picture = pictures[figure++];
      if (picture === undefined) throw new InternalError('a chart of the council summary has no picture');
      xml += chartXml(block.chart.caption, figure, picture);
    }
  }
  const { width, height, margin } = PAGE;
  const section = `<w:sectPr><w:pgSz w:w="${width}" w:h="${height}" w:orient="portrait"/><w:pgMar w:top="${margin}" w:right="${margin}" w:bottom="${margin}" w:left="${margin}" w:header="708" w:footer="708" w:gutter="0"/><w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>`;
  return `${xml}${section}</w:body></w:document>`;
}

/** A paragraph: its properties (left out when none) and its runs. */
function paragraph(properties: string, runs: string): string {
  const pPr = properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`;
  return pPr === '' && runs === '' ? '<w:p/>' : `<w:p>${pPr}${runs}</w:p>`;
}

/** A run of text with its run properties (left out when none). */
function run(properties: string, text: string): string {
  return `<w:r>${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

/** Bold or italic, each stated either way (docx writes a `false` given). */
function toggle(name: 'b' | 'i', on: boolean): string {
  return on ? `<w:${name}/><w:${name}Cs/>` : `<w:${name} w:val="false"/><w:${name}Cs w:val="false"/>`;
}

function size(halfPoints: number): string {
  return `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
}

function keepNext(on: boolean): string {
  return on ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>';
}

const SPACED = '<w:spacing w:after="120" w:before="120"/>';

function spanRuns(spans: readonly Span[], italics: boolean): string {
  return spans.map((s) => run(toggle('b', s.strong === true) + toggle('i', italics), s.text)).join('');
}

function blockXml(block: Exclude<Block, { kind: 'chart' }>): string {
  switch (block.kind) {
    case 'heading':
      return paragraph('<w:pStyle w:val="Heading2"/><w:keepNext/><w:spacing w:before="240"/>', run('', block.text));
    case 'paragraph':
      return paragraph(SPACED, spanRuns(block.spans, block.note === true));
    case 'list':
      return block.items.map((item) => paragraph('<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>', spanRuns(item, false))).join('');
    case 'table':
      return caption(block.table.caption, true) + tableXml(block.table) + paragraph('', '');
  }
}

function caption(text: string, keep: boolean): string {
  return paragraph(keepNext(keep) + SPACED, run(`<w:i/><w:iCs/>${size(TABLE_SIZE)}`, text));
}

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const TABLE_PROPERTIES = `<w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders></w:tblPr>`;
const CELL_MARGINS = '<w:tcMar><w:left w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="60"/></w:tcMar>';

/**
 * A table over the page's width: labels left, figures right, the header row shaded. A table
 * fits a page, so it is kept whole (each row kept with the next, no row split) and begins on
 * a new page rather than being split; its header row would repeat if a longer one ever were.
 * Its columns share the text's width equally, in whole twentieths of a point, as docx
 * derived the grid from the table's width.
 */
function tableXml(t: Table): string {
  const columns = Math.max(t.header.length, ...t.rows.map((r) => r.cells.length));
  const column = Math.round((PAGE.width - 2 * PAGE.margin) / columns);
  const grid = columns === 0 ? '<w:tblGrid/>' : `<w:tblGrid>${`<w:gridCol w:w="${column}"/>`.repeat(columns)}</w:tblGrid>`;
  const cell = (text: string, i: number, bold: boolean, header: boolean, keep: boolean) =>
    `<w:tc><w:tcPr>${header ? `<w:shd w:fill="${HEADER_FILL}" w:color="auto" w:val="clear"/>` : ''}${CELL_MARGINS}</w:tcPr>` +
    `${paragraph(`${keepNext(keep)}<w:jc w:val="${i === 0 ? 'left' : 'right'}"/>`, run(toggle('b', bold) + size(TABLE_SIZE), text))}</w:tc>`;
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${t.header.map((text, i) => cell(text, i, true, true, true)).join('')}</w:tr>`;
  const rows = t.rows.map((r, n) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.cells.map((text, i) => cell(text, i, r.strong === true, false, n < t.rows.length - 1)).join('')}</w:tr>`);
  return `<w:tbl>${TABLE_PROPERTIES}${grid}${header}${rows.join('')}</w:tbl>`;
}

/** A chart as a picture at the text's width, with its caption below (and its caption as the picture's alternative text). */
function chartXml(text: string, figure: number, picture: ChartPicture): string {
  const [cx, cy] = [CHART_WIDTH * EMU_PER_PIXEL, CHART_HEIGHT * EMU_PER_PIXEL];
  const a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  const drawing =
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${figure}" name="chart${figure}" descr="${escape(text)}" title="${escape(text)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks ${a} noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic ${a}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    '<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>' +
    `<pic:blipFill><a:blip r:embed="${picture.relationshipId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>';
  return paragraph('<w:keepNext/><w:spacing w:before="120"/>', `<w:r>${drawing}</w:r>`) + caption(text, false);
}

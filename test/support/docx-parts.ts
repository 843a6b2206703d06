import * as docx from 'docx';
import { CHART_HEIGHT, CHART_WIDTH, chartPng } from '../../src/report/council/chart-images.js';
import type { Block, Chart, CouncilDocument, Span, Table } from '../../src/report/council/document.js';
import { CORE_PART, coreProperties } from '../../src/report/council/docx-package.js';
import type { PackagePart } from '../../src/report/zip-package.js';

/*
 * The oracle of the Word writer (src/report/council/docx.ts): a council summary as docx 9.15
 * builds it from its tree of paragraphs, runs, tables and pictures, the way every summary was
 * written before the program wrote the parts itself. test/report/docx-oracle.test.ts compares
 * the two, part for part and byte for byte.
 */

type Child = docx.Paragraph | docx.Table;

/** A4 upright with margins of 2 cm, in twentieths of a point. */
const PAGE = { width: 11_906, height: 16_838, margin: 1_134 };
/** Body text 10,5 pt and table text 9 pt, in half points. */
const BODY_SIZE = 21;
const TABLE_SIZE = 18;
const HEADER_FILL = 'DCE6F1';

/** The parts of a council summary's package as docx writes them, in the order it zips them, core properties dated `date`. */
export function docxSummaryParts(doc: CouncilDocument, date: Date): PackagePart[] {
  const children: Child[] = [new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, children: [new docx.TextRun(doc.title)] })];
  let figure = 0;
  for (const block of doc.blocks) {
    if (block.kind === 'chart') children.push(...chartParagraphs(block.chart, chartPng(block.chart, doc.language), ++figure));
    else children.push(...blockChildren(block));
  }
  const file = new docx.Document({
    styles: { default: { document: { run: { font: 'Arial', size: BODY_SIZE } } } },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } }, children }],
  });
  return compiledParts(file, [{ path: CORE_PART, data: coreProperties(doc.title, date) }]);
}

/** What docx's packer compiles a document to: each part's path and text or bytes, in the order docx zips them. */
type CompiledParts = ReadonlyMap<string, string | Uint8Array>;

/** The one part of docx's packer used here: the compiler its `Packer.toBuffer` zips the output of (docx 9.15). */
interface PackerCompiler {
  compile(file: docx.Document, prettify: undefined, overrides: readonly { readonly path: string; readonly data: string }[]): CompiledParts;
}

/** The parts of a Word document as docx writes them, with `overrides` in place of its own (by path), before docx zips them. */
export function compiledParts(file: docx.Document, overrides: readonly { readonly path: string; readonly data: string }[]): PackagePart[] {
  const compiler = (docx.Packer as unknown as { readonly compiler?: PackerCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('the installed docx has no packer compiler: install the docx version package.json names');
  return [...compiler.compile(file, undefined, overrides)].map(([path, data]) => ({ path, bytes: typeof data === 'string' ? Buffer.from(data, 'utf8') : data }));
}

function blockChildren(block: Exclude<Block, { kind: 'chart' }>): Child[] {
  switch (block.kind) {
    case 'heading':
      return [new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240 }, children: [new docx.TextRun(block.text)] })];
    case 'paragraph':
      return [new docx.Paragraph({ spacing: { before: 120, after: 120 }, children: runs(block.spans, block.note === true) })];
    case 'list':
      return block.items.map((item) => new docx.Paragraph({ bullet: { level: 0 }, children: runs(item, false) }));
    case 'table':
      return [caption(block.table.caption, true), table(block.table), new docx.Paragraph({})];
  }
}

function runs(spans: readonly Span[], italics: boolean): docx.TextRun[] {
  return spans.map((s) => new docx.TextRun({ text: s.text, bold: s.strong === true, italics }));
}

function caption(text: string, keepNext: boolean): docx.Paragraph {
  return new docx.Paragraph({ keepNext, spacing: { before: 120, after: 120 }, children: [new docx.TextRun({ text, italics: true, size: TABLE_SIZE })] });
}

function table(t: Table): docx.Table {
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

function chartParagraphs(chart: Chart, png: Uint8Array, figure: number): Child[] {
  const image = new docx.ImageRun({
    type: 'png',
    data: png,
    transformation: { width: CHART_WIDTH, height: CHART_HEIGHT },
    // numbered here: docx's own counter runs on over every document the process writes
    altText: { id: String(figure), name: `chart${figure}`, title: chart.caption, description: chart.caption },
  });
  return [new docx.Paragraph({ keepNext: true, spacing: { before: 120 }, children: [image] }), caption(chart.caption, false)];
}

import { InternalError } from '../../errors.js';
import { isXmlText } from '../../text-characters.js';
import { workbookDates } from '../workbook/stamp.js';
import { chartPng } from './chart-images.js';
import type { Block, CouncilDocument } from './document.js';
import { CORE_PART, coreProperties, documentRels, pictureRelationshipId } from './docx-package.js';
import { documentXml, type ChartPicture } from './word-document-xml.js';
import { STYLES, TRAILING_PARTS } from './word-fixed-parts.js';
import { zipPackage, type PackagePart } from '../zip-package.js';

/**
 * The council summary as a Word document (`<id>-samenvatting.docx`), since council proposals
 * are Word documents: the same text as the Markdown, its tables as Word tables (the header
 * row repeated on a new page, no row split), and the two charts as pictures.
 *
 * The package is written as docx 9.15 wrote it, part for part and byte for byte, but by the
 * program itself (word-document-xml.ts, word-fixed-parts.ts): building docx's tree of
 * objects and serialising it, its default styles and numbering included, took as long as
 * drawing a chart. docx is the tests' oracle (test/report/docx-oracle.test.ts).
 *
 * The same inputs give the same bytes: the document's dates (its core properties and its zip
 * entries') are `date` (the report's date, when asked for) or the fixed package date of the
 * workbooks (workbook/stamp.ts), and every id is numbered. The package is zipped once, by
 * Node's zlib.
 */
export async function councilDocx(doc: CouncilDocument, date: Date | undefined): Promise<Buffer> {
  checkXmlText(doc);
  const { pictures, media } = chartPictures(doc);
  const stamp = workbookDates(date).stamp;
  const text = (path: string, xml: string): PackagePart => ({ path, bytes: Buffer.from(xml, 'utf8') });
  const parts = [
    text('word/_rels/document.xml.rels', documentRels(media.length)),
    text('word/document.xml', documentXml(doc, pictures)),
    text(STYLES.path, STYLES.text),
    text(CORE_PART, coreProperties(doc.title, stamp)),
    ...TRAILING_PARTS.map((p) => text(p.path, p.text)),
    ...media.map((png, i) => ({ path: `word/media/image${i + 1}.png`, bytes: png })),
  ];
  return zipPackage(parts, stamp);
}

/**
 * The charts drawn, each once, and the picture of each chart block in order. A picture drawn
 * twice, byte for byte, is stored once, as docx stored an image by its hash.
 */
function chartPictures(doc: CouncilDocument): { pictures: ChartPicture[]; media: Buffer[] } {
  const media: Buffer[] = [];
  const pictures = doc.blocks.flatMap((block) => {
    if (block.kind !== 'chart') return [];
    const png = chartPng(block.chart, doc.language);
    let index = media.findIndex((m) => m.equals(png));
    if (index === -1) index = media.push(png) - 1;
    return [{ relationshipId: pictureRelationshipId(index) }];
  });
  return { pictures, media };
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

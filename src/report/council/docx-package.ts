/** The part that holds a Word document's title, author and dates. */
export const CORE_PART = 'docProps/core.xml';

const XML_SPECIALS: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * The core properties of a council summary (`docProps/core.xml`), dated `date`: as `docx`
 * writes them, but with a date of ours instead of the clock's, so that the same inputs give
 * the same bytes. Made by soweco-bc, revision 1.
 */
export function coreProperties(title: string, date: Date): string {
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  const when = (name: string) => `<dcterms:${name} xsi:type="dcterms:W3CDTF">${stamp}</dcterms:${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${title.replace(/[&<>]/g, (c) => XML_SPECIALS[c]!)}</dc:title><dc:creator>soweco-bc</dc:creator><cp:lastModifiedBy>soweco-bc</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `${when('created')}${when('modified')}</cp:coreProperties>`
  );
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts the document relates to before its pictures, as docx numbers them (rId1 to rId6). */
const DOCUMENT_TARGETS: readonly (readonly [type: string, target: string])[] = [
  ['styles', 'styles.xml'],
  ['numbering', 'numbering.xml'],
  ['footnotes', 'footnotes.xml'],
  ['endnotes', 'endnotes.xml'],
  ['settings', 'settings.xml'],
  ['theme', 'theme/theme1.xml'],
];

/** The relationship of the document's `index`th picture (from 0), after the parts it relates to first. */
export function pictureRelationshipId(index: number): string {
  return `rId${DOCUMENT_TARGETS.length + index + 1}`;
}

/**
 * `word/_rels/document.xml.rels` of a summary with `pictures` PNG pictures (media/image1.png
 * onwards), as docx writes it: the six parts above, then the pictures (rId7 onwards), then the
 * font table.
 */
export function documentRels(pictures: number): string {
  const targets = [
    ...DOCUMENT_TARGETS,
    ...Array.from({ length: pictures }, (_, i) => ['image', `media/image${i + 1}.png`] as const),
    ['fontTable', 'fontTable.xml'] as const,
  ];
  const rels = targets.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}

import { InternalError } from '../../errors.js';
import type { PackagePart } from '../zip-package.js';

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

type Docx = typeof import('docx');

/** What docx's packer compiles a document to: each part's path and text or bytes, in the order docx zips them. */
type CompiledParts = ReadonlyMap<string, string | Uint8Array>;

/** The one part of docx's packer used here: the compiler it zips the output of (docx 9.15). */
interface PackerCompiler {
  compile(file: InstanceType<Docx['Document']>, prettify: undefined, overrides: readonly { readonly path: string; readonly data: string }[]): CompiledParts;
}

/**
 * The parts of a Word document as docx writes them, with `overrides` in place of its own (by
 * path), before docx zips them: the package is then zipped by Node's zlib (zip-package.ts),
 * dated with our date. docx zips with its own JavaScript deflate, which took as long as
 * writing the parts, and dates each entry by the clock. docx offers no public call for the
 * parts, so its packer's compiler is called, the same call its `Packer.toBuffer` makes; a docx
 * without it is refused (a test writes a summary with the docx installed).
 */
export function documentParts(docx: Docx, file: InstanceType<Docx['Document']>, overrides: readonly { readonly path: string; readonly data: string }[]): PackagePart[] {
  const compiler = (docx.Packer as unknown as { readonly compiler?: PackerCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') throw new InternalError('the installed docx has no packer compiler: install the docx version package.json names');
  return [...compiler.compile(file, undefined, overrides)].map(([path, data]) => ({ path, bytes: typeof data === 'string' ? Buffer.from(data, 'utf8') : data }));
}

import { InternalError } from '../../errors.js';

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

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * A zip package with every entry dated `date` (in its local header and in the central
 * directory), its compressed data untouched: `docx` dates them by the clock. The zip's DOS
 * time has no zone; it is written in UTC, as the workbooks' (JSZip) are.
 */
export function withZipDates(zip: Uint8Array, date: Date): Buffer {
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || out.readUInt32LE(end) !== END_OF_DIRECTORY) throw new InternalError('the Word package has no zip directory');
  const [time, day] = dosDate(date);
  let entry = out.readUInt32LE(end + 16);
  for (let n = out.readUInt16LE(end + 10); n > 0; n--) {
    const local = out.readUInt32LE(entry + 42);
    if (out.readUInt32LE(entry) !== DIRECTORY_ENTRY || out.readUInt32LE(local) !== LOCAL_HEADER) throw new InternalError('the Word package is not a zip file as docx writes it');
    out.writeUInt16LE(time, entry + 12);
    out.writeUInt16LE(day, entry + 14);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(day, local + 12);
    entry += 46 + out.readUInt16LE(entry + 28) + out.readUInt16LE(entry + 30) + out.readUInt16LE(entry + 32);
  }
  return out;
}

/** A date as a zip's DOS time and date (two seconds apart, from 1980). */
function dosDate(date: Date): [number, number] {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return [time, day];
}

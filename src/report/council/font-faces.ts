import { closeSync, openSync, readSync } from 'node:fs';

/** What a font file says of one of its faces: its family names and whether it is the upright regular face. */
export interface FontFace {
  /** The family names (name IDs 1 and 16, in every language the file gives). */
  readonly families: readonly string[];
  /** Normal weight (400), normal width and neither italic nor oblique. */
  readonly regular: boolean;
}

const TTC = 0x74746366; // 'ttcf'
const SFNT_VERSIONS = new Set([0x00010000, 0x4f54544f, 0x74727565]); // TrueType, 'OTTO', 'true'
const FAMILY = 1;
const TYPOGRAPHIC_FAMILY = 16;
const WEIGHT_REGULAR = 400;
const WIDTH_NORMAL = 5;
const ITALIC_OR_OBLIQUE = 0x0001 | 0x0200;
/** The OS/2 fields read end with fsSelection, at bytes 62–63. */
const OS2_READ = 64;
/** More fonts than any collection holds: a corrupt count reads no further. */
const MAX_FACES = 256;

/**
 * The faces of a TrueType or OpenType font file (or collection), read from its name and OS/2
 * tables only: a few small reads, not the whole file. A file that is not a font, or whose
 * tables are cut short, has no faces.
 */
export function fontFaces(path: string): FontFace[] {
  const fd = openSync(path, 'r');
  try {
    // undefined where the file ends before `length` bytes
    const read = (offset: number, length: number): Buffer | undefined => {
      const buffer = Buffer.alloc(length);
      return readSync(fd, buffer, 0, length, offset) === length ? buffer : undefined;
    };
    const head = read(0, 12);
    if (head === undefined) return [];
    if (head.readUInt32BE(0) !== TTC) return faceAt(read, 0);
    const offsets = read(12, 4 * Math.min(head.readUInt32BE(8), MAX_FACES));
    if (offsets === undefined) return [];
    const faces = [];
    for (let i = 0; i < offsets.length; i += 4) faces.push(faceAt(read, offsets.readUInt32BE(i)));
    return faces.some((f) => f.length === 0) ? [] : faces.flat();
  } finally {
    closeSync(fd);
  }
}

type Reader = (offset: number, length: number) => Buffer | undefined;

function faceAt(read: Reader, offset: number): FontFace[] {
  const head = read(offset, 12);
  if (head === undefined || !SFNT_VERSIONS.has(head.readUInt32BE(0))) return [];
  const directory = read(offset + 12, 16 * head.readUInt16BE(4));
  if (directory === undefined) return [];
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i + 16 <= directory.length; i += 16) {
    tables.set(directory.toString('latin1', i, i + 4), { offset: directory.readUInt32BE(i + 8), length: directory.readUInt32BE(i + 12) });
  }
  const [nameEntry, os2Entry] = [tables.get('name'), tables.get('OS/2')];
  const name = nameEntry && read(nameEntry.offset, nameEntry.length);
  const os2 = os2Entry && read(os2Entry.offset, Math.min(os2Entry.length, OS2_READ));
  if (name === undefined || (os2Entry !== undefined && os2 === undefined)) return [];
  return [{ families: familyNames(name), regular: os2 === undefined || isRegular(os2) }];
}

/** The family names of a name table; Windows and Unicode names are UTF-16BE, Macintosh names (nearly) ASCII. */
function familyNames(table: Buffer): string[] {
  if (table.length < 6) return [];
  const count = table.readUInt16BE(2);
  const strings = table.readUInt16BE(4);
  const names = new Set<string>();
  for (let r = 6; r + 12 <= table.length && r < 6 + 12 * count; r += 12) {
    const [platform, id, length, start] = [table.readUInt16BE(r), table.readUInt16BE(r + 6), table.readUInt16BE(r + 8), strings + table.readUInt16BE(r + 10)];
    if ((id !== FAMILY && id !== TYPOGRAPHIC_FAMILY) || start + length > table.length) continue;
    const bytes = table.subarray(start, start + length);
    // a UTF-16 string of an odd length is cut short: its last byte is no character
    names.add(platform === 1 ? bytes.toString('latin1') : Buffer.from(bytes.subarray(0, length & ~1)).swap16().toString('utf16le'));
  }
  return [...names];
}

/** Whether an OS/2 table gives normal weight and width, upright (fontdb, resvg's font database, reads the same fields). */
function isRegular(os2: Buffer): boolean {
  if (os2.length < OS2_READ) return true;
  return os2.readUInt16BE(4) === WEIGHT_REGULAR && os2.readUInt16BE(6) === WIDTH_NORMAL && (os2.readUInt16BE(62) & ITALIC_OR_OBLIQUE) === 0;
}

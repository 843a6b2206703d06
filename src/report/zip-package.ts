import { crc32, deflateRawSync } from 'node:zlib';

/** One file inside a package (an xlsx or docx is a zip): its path in the package and its bytes. */
export interface PackagePart {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** Zip format constants (PKWARE APPNOTE 4.3/4.4): made by and needing version 2.0, on MS-DOS. */
const VERSION = 0x0014;
const DEFLATE = 8;
/** General purpose flag bit 11: the file name is UTF-8. */
const UTF8_NAME = 0x0800;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_OF_CENTRAL_DIRECTORY = 22;

/**
 * A zip of the parts, in the order given, each DEFLATE-compressed once by Node's own zlib,
 * all with one date: the same parts give the same bytes (for a given Node), which is what
 * keeps two runs' workbooks and documents byte-identical. No folder entries, no extra
 * fields, no comment: what Excel, Word and LibreOffice read.
 */
export function zipPackage(parts: readonly PackagePart[], date: Date): Buffer {
  const { time, day } = dosDateTime(date);
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.path, 'utf8');
    const data = deflateRawSync(part.bytes, { level: 6 });
    const entry = { name, flags: isAscii(part.path) ? 0 : UTF8_NAME, time, day, crc: crc32(part.bytes), compressed: data.length, size: part.bytes.length };
    const local = localHeader(entry);
    chunks.push(local, name, data);
    central.push(centralHeader(entry, offset), name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  return Buffer.concat([...chunks, directory, endOfCentralDirectory(parts.length, directory.length, offset)]);
}

interface Entry {
  readonly name: Buffer;
  readonly flags: number;
  readonly time: number;
  readonly day: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
}

/** The fields a local header and a central directory header share, from "version needed" to the name's length. */
function writeCommon(b: Buffer, at: number, e: Entry): void {
  b.writeUInt16LE(VERSION, at);
  b.writeUInt16LE(e.flags, at + 2);
  b.writeUInt16LE(DEFLATE, at + 4);
  b.writeUInt16LE(e.time, at + 6);
  b.writeUInt16LE(e.day, at + 8);
  b.writeUInt32LE(e.crc, at + 10);
  b.writeUInt32LE(e.compressed, at + 14);
  b.writeUInt32LE(e.size, at + 18);
  b.writeUInt16LE(e.name.length, at + 22);
}

function localHeader(e: Entry): Buffer {
  const b = Buffer.alloc(LOCAL_HEADER);
  b.writeUInt32LE(0x04034b50, 0);
  writeCommon(b, 4, e);
  return b;
}

function centralHeader(e: Entry, offset: number): Buffer {
  const b = Buffer.alloc(CENTRAL_HEADER);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(VERSION, 4);
  writeCommon(b, 6, e);
  b.writeUInt32LE(offset, 42);
  return b;
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(END_OF_CENTRAL_DIRECTORY);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}

/** The first and last moments a zip entry's MS-DOS date can carry (1980 to 2107). */
const DOS_FIRST = Date.UTC(1980, 0, 1);
const DOS_LAST = Date.UTC(2107, 11, 31, 23, 59, 58);

/**
 * The MS-DOS time and date fields of a zip entry, in UTC (as the packages were always
 * stamped); a date outside the years they hold (such as SOURCE_DATE_EPOCH=0, in 1970) is
 * stamped as the nearest they do.
 */
function dosDateTime(asked: Date): { time: number; day: number } {
  const date = new Date(Math.min(Math.max(asked.getTime(), DOS_FIRST), DOS_LAST));
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

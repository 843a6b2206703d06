import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize } from 'node:path';
import { UserError, userError, type SourceRef } from '../errors.js';
import { specialFileKind } from '../io/file-kind.js';
import { unfitCharacter } from '../text-characters.js';
import { fileMessages } from './messages.js';
import { suggest } from '../suggest.js';

/** A text file that went into a run: its path as shown to the user, its text and its SHA-256. */
export interface InputText {
  readonly path: string;
  readonly text: string;
  readonly sha256: string;
}

export const MAX_YAML_BYTES = 10 * 1024 * 1024;
/** About 1.5 million employee rows: the whole Dutch WSW has some 60,000 people, and memory grows with the rows. */
export const MAX_CSV_BYTES = 64 * 1024 * 1024;

/** The path of a file named in `parent`, relative to the folder of `parent` (input-format.md). */
export function pathRelativeTo(parent: string, named: string): string {
  return isAbsolute(named) ? named : normalize(join(dirname(parent), named));
}

/**
 * Reads a text file: refuses a name with a control character (usage when the command line
 * gave it); a missing or unreadable file, a folder, a device, a named pipe or a socket (io);
 * one larger than `maxBytes` or binary (input), before reading it all; strips a BOM and
 * decodes UTF-8 or UTF-16. `namedAt` is where another file names it, so that a wrong path
 * points at its mention.
 */
export function readInputText(path: string, maxBytes: number, namedAt?: SourceRef): InputText {
  const at = namedAt ?? { file: path };
  // the path is shown in the reports (the notes list every input file) and on the terminal
  const unfit = unfitCharacter(path);
  if (unfit !== undefined) throw userError(namedAt === undefined ? 'usage' : 'input', at, fileMessages.unfitName(unfit.code), fileMessages.unfitNameHint);
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    throw notReadable(path, at, error);
  }
  // checked before opening: opening a named pipe waits for a writer, and a device never ends
  checkRegularFile(stat, path, at, maxBytes);
  const bytes = readRegularFile(path, maxBytes, at);
  const text = decodeText(bytes, path);
  // hashed when first asked (a report lists it), of the very bytes read, which are then let go: validate asks for none
  let unhashed: Uint8Array | undefined = bytes;
  let sha256 = '';
  return {
    path,
    text,
    get sha256() {
      if (unhashed !== undefined) {
        sha256 = sha256Of(unhashed);
        unhashed = undefined;
      }
      return sha256;
    },
  };
}

/**
 * The SHA-256 of the bytes, in hex. Node's crypto module is loaded here, on first use, not when
 * the program starts: compiling it costs a command that hashes nothing some milliseconds.
 */
function sha256Of(bytes: Uint8Array): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex');
}

/** Refuses what is not a regular file of at most `maxBytes`. */
function checkRegularFile(stat: Stats, path: string, at: SourceRef, maxBytes: number): void {
  if (stat.isDirectory()) throw userError('io', at, fileMessages.isDirectory(path));
  if (!stat.isFile()) throw userError('io', at, fileMessages.notRegular(path, specialFileKind(stat)), fileMessages.notRegularHint);
  if (stat.size > maxBytes) throw userError('input', at, fileMessages.tooLarge(path, fileSize(stat.size), fileSize(maxBytes)));
}

/**
 * Reads a file that was a regular file a moment ago. Opened without waiting (O_NONBLOCK) and
 * checked again on the open file, so that a pipe or device swapped in meanwhile cannot make
 * the run hang; reads at most `maxBytes` (a file may grow while it is read).
 */
function readRegularFile(path: string, maxBytes: number, at: SourceRef): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw notReadable(path, at, error);
  }
  try {
    checkRegularFile(fstatSync(fd), path, at, maxBytes);
    return readAtMost(fd, path, maxBytes, at);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw notReadable(path, at, error);
  } finally {
    closeSync(fd);
  }
}

function readAtMost(fd: number, path: string, maxBytes: number, at: SourceRef): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) throw userError('input', at, fileMessages.grewTooLarge(path, fileSize(maxBytes)));
  }
}

function notReadable(path: string, at: SourceRef, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    const nearby = similarFile(path);
    const hint = nearby === undefined
      ? namedHint(at, path)
      : fileMessages.didYouMeanFile(nearby);
    return userError('io', at, fileMessages.notFound(path), hint);
  }
  return userError('io', at, fileMessages.notReadable(path, code ?? String(error)));
}

function namedHint(at: SourceRef, path: string): string | undefined {
  return at.file === path ? undefined : fileMessages.relativePaths(at.file);
}

/** A file in the same folder whose name is a likely typo of the missing one. */
function similarFile(path: string): string | undefined {
  try {
    const match = suggest(basename(path), readdirSync(dirname(path) || '.'));
    return match === undefined ? undefined : join(dirname(path), match);
  } catch {
    return undefined; // the folder itself is missing: no suggestion to make
  }
}

/** A file size as people say it: 11 MB, 1.0 GB. */
function fileSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
}

/**
 * Bytes → text: UTF-8 (BOM optional), UTF-16 with a BOM (Excel's "Unicode text"),
 * else Windows-1252 (Excel's plain "CSV" on Windows, and Notepad's "ANSI"). NUL bytes mean
 * a binary file.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) throw userError('input', { file, line: 1 }, fileMessages.binary);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return decodeWindows1252(bytes, file);
  }
}

/**
 * Windows-1252 in 0x80–0x9F, where it differs from Latin-1 (which it is from 0xA0 on): € ‚ ƒ
 * „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. The five bytes it leaves undefined are
 * empty. Node's own 'windows-1252' decoder (without full ICU) reads these bytes as the C1
 * control characters U+0080–U+009F, so that a euro sign would be refused as a control
 * character.
 */
const WINDOWS_1252_80_9F = [
  '€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
  '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
];

/** Bytes that are neither UTF-8 nor Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) are refused at their line. */
function decodeWindows1252(bytes: Uint8Array, file: string): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c, offset: number) => {
    const mapped = WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80] ?? '';
    if (mapped !== '') return mapped;
    const line = latin1.slice(0, offset).split('\n').length;
    throw userError('input', { file, line }, fileMessages.notText(c.charCodeAt(0)), fileMessages.notTextHint);
  });
}

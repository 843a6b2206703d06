import { readdirSync, statSync, type Dirent } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fontFaces } from './font-faces.js';

/**
 * The charts' fonts, in order of preference: Liberation Sans (Debian's fonts-liberation2),
 * whose letters are as wide as Arial's, the widths ECharts assumes when it lays out text
 * without a browser; then Arial itself; then DejaVu Sans, which every Debian with LibreOffice has.
 */
export const CHART_FONT_FAMILIES: readonly string[] = ['Liberation Sans', 'Arial', 'DejaVu Sans'];

/** Font files as resvg's font database (fontdb) recognises them. */
const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i;
/** Font folders nest (truetype/dejavu/…), but not deeply; a limit keeps a link to a parent from looping. */
const MAX_DEPTH = 8;

let found: readonly string[] | undefined;

/**
 * The font files resvg is given for the charts: the upright regular face of each chart family
 * that is installed (the charts set no bold or italic text), looked for where resvg itself
 * looks for the system's fonts. Found once per process (once per thread of a batch): loading
 * every system font for every chart, as resvg does when asked to, cost more than drawing it.
 * Empty when none of the families is installed.
 */
export function chartFontFiles(): readonly string[] {
  found ??= chartFaces(fontFiles());
  return found;
}

function chartFaces(files: readonly string[]): string[] {
  const wanted = new Map(CHART_FONT_FAMILIES.map((family, rank) => [family.toLowerCase(), rank]));
  const ranked = files.flatMap((file) => {
    const faces = unlessUnreadable(() => fontFaces(file), []).filter((face) => face.regular);
    const ranks = faces.flatMap((face) => face.families.flatMap((family) => wanted.get(family.toLowerCase()) ?? []));
    return ranks.length === 0 ? [] : [{ file, rank: Math.min(...ranks) }];
  });
  return ranked.sort((a, b) => a.rank - b.rank || (a.file < b.file ? -1 : 1)).map((r) => r.file);
}

/** The folders resvg's font database reads for the system's fonts on this platform. */
function fontFolders(): string[] {
  const home = homedir();
  if (process.platform === 'win32') return [join(process.env['SYSTEMROOT'] ?? 'C:\\Windows', 'Fonts'), join(home, 'AppData', 'Local', 'Microsoft', 'Windows', 'Fonts')];
  if (process.platform === 'darwin') return ['/Library/Fonts', '/System/Library/Fonts', '/Network/Library/Fonts', join(home, 'Library', 'Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.fonts'), join(home, '.local', 'share', 'fonts')];
}

function fontFiles(): string[] {
  const files: string[] = [];
  for (const folder of fontFolders()) collect(folder, 0, files);
  return files;
}

function collect(folder: string, depth: number, files: string[]): void {
  const entries = unlessUnreadable((): Dirent[] => readdirSync(folder, { withFileTypes: true }), []);
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const kind = entry.isSymbolicLink() ? unlessUnreadable(() => statSync(path), undefined) : entry;
    if (kind?.isDirectory() === true && depth < MAX_DEPTH) collect(path, depth + 1, files);
    else if (kind?.isFile() === true && FONT_FILE.test(entry.name)) files.push(path);
  }
}

/** Skipped, as resvg skips them: a folder that is not there, a link to nothing, a file this user may not read. */
const UNREADABLE = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'ELOOP']);

function unlessUnreadable<T>(read: () => T, otherwise: T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof Error && UNREADABLE.has((error as NodeJS.ErrnoException).code ?? '')) return otherwise;
    throw error;
  }
}

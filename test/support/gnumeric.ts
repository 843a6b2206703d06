import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Value } from './formula-evaluator.js';

// A second spreadsheet engine: Gnumeric's ssconvert recalculates a workbook and writes it back
// as xlsx, whose values are read here. Its xlsx differs from exceljs's reading in one way that
// matters: a formula's text result is a shared string (t="s"), which exceljs would read as the
// string's index. So the cells are read from the XML, with the shared strings resolved.

/** Whether `ssconvert` (Debian package gnumeric) is on the path. */
export function hasGnumeric(): boolean {
  return spawnSync('ssconvert', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Recalculates each workbook with Gnumeric; returns the recalculated copies, in order, and a clean-up. */
export function recalculateWithGnumeric(files: readonly string[]): { outputs: string[]; cleanUp: () => void } {
  const work = mkdtempSync(join(process.env.SOWECO_TEST_TMP ?? tmpdir(), 'soweco-bc-gnumeric-'));
  const outputs = files.map((file, i) => {
    const output = join(work, `${i}.xlsx`);
    execFileSync('ssconvert', ['--recalc', '--export-type=Gnumeric_Excel:xlsx2', file, output], { stdio: 'ignore', timeout: 300_000 });
    return output;
  });
  return { outputs, cleanUp: () => rmSync(work, { recursive: true, force: true }) };
}

/** Every cell's value of a workbook, keyed `Sheet!A1`, read from the package's XML. */
export async function cellValues(file: string): Promise<Map<string, Value>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const strings = [...(await text('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1] ?? ''));
  const rels = new Map([...(await text('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attribute(m[0], 'Id'), attribute(m[0], 'Target')]));
  const values = new Map<string, Value>();
  for (const sheet of (await text('xl/workbook.xml')).matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescape(attribute(sheet[0], 'name') ?? '');
    const target = rels.get(attribute(sheet[0], 'r:id')) ?? '';
    const xml = await text(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    for (const cell of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const address = attribute(cell[1] ?? '', 'r');
      if (address !== undefined) values.set(`${name}!${address}`, valueOf(attribute(cell[1] ?? '', 't'), cell[2] ?? '', strings));
    }
  }
  return values;
}

function valueOf(type: string | undefined, body: string, strings: readonly string[]): Value {
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (type === 'inlineStr') return textOf(body);
  if (v === undefined) return null;
  switch (type) {
    case 's':
      return strings[Number(v)] ?? null;
    case 'str':
      return unescape(v);
    case 'b':
      return v === '1';
    case 'e':
      return { error: unescape(v) };
    default:
      return Number(v);
  }
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => unescape(m[1] ?? '')).join('');
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

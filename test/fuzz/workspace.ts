import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import JSZip from 'jszip';
import { expect } from 'vitest';
import type { CliResult } from '../support/cli.js';
import { runInProcess } from '../support/in-process.js';
import { TINY, tinyCopy } from '../support/testdir.js';

/** The input files of the tiny example that the fuzz suite replaces. */
export const INPUT_FILES = ['regio.yaml', 'noord.yaml', 'oost.yaml', 'zuid.yaml', 'data/noord.csv', 'data/oost.csv', 'data/zuid-cohorten.csv'] as const;
export type InputFile = (typeof INPUT_FILES)[number];

const ORIGINALS = new Map(INPUT_FILES.map((path) => [path, readFileSync(join(TINY, path))]));

/** The text of a file of the tiny example. */
export function original(path: InputFile): string {
  return ORIGINALS.get(path)?.toString('utf8') ?? '';
}

/** A stack trace, a JavaScript error class, or our own message for a bug. */
const CRASH = /^\s+at .+:\d+:\d+|node:internal|internal error|interne fout|\b(Type|Range|Reference|Syntax|Internal)Error\b/m;

/** Control characters other than the line break: escape sequences, NUL, a carriage return. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** Where the §6 document may hold null: no break-even, no SE to divide by, no description. */
const NULLABLE = new Set(['break_even_year', 'net_per_se', 'description']);

/** The paths of the nulls in a JSON document, outside the places where null means something. */
function nullsIn(value: unknown, path = ''): string[] {
  if (value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (NULLABLE.has(key) ? [] : nullsIn(v, `${path}.${key}`)));
}

/**
 * One copy of the tiny example, reused case after case (a fresh folder per case would cost
 * more than the run): every case puts the original files back, then writes its own.
 */
export class Workspace {
  readonly dir = tinyCopy();
  readonly out = join(this.dir, 'out');
  /** The file of the last {@link run}: its workbook is named after it. */
  private file = 'noord.yaml';

  /**
   * `run <file> --json --out out` in this process, with `files` in place of the originals
   * (or added). The document holds every figure (no `--protect`), so that a null in it is a
   * broken figure, not a small cell kept out (the small-cells tests check those).
   */
  async run(files: Partial<Record<string, string | Uint8Array>>, file = 'noord.yaml'): Promise<CliResult> {
    for (const [path, bytes] of ORIGINALS) writeFileSync(join(this.dir, path), bytes);
    for (const [path, bytes] of Object.entries(files)) if (bytes !== undefined) writeFileSync(join(this.dir, path), bytes);
    rmSync(this.out, { recursive: true, force: true });
    this.file = file;
    return runInProcess(['run', join(this.dir, file), '--json', '--out', this.out], { cwd: this.dir });
  }

  /**
   * The contract for any input: exit 0 with a complete workbook (named after the file run) and a JSON document whose
   * figures are all numbers (an infinite or undefined one would be null), or a clean error
   * (exit 1, 2 or 3) without a stack trace, with nothing on stdout and nothing in the output folder.
   */
  async expectCleanOutcome(result: CliResult): Promise<void> {
    expect([0, 1, 2, 3], result.stderr).toContain(result.code);
    expect(result.stderr).not.toMatch(CRASH);
    expect(result.stderr, 'a control character from the input reached the terminal').not.toMatch(CONTROL);
    const written = existsSync(this.out) ? readdirSync(this.out) : [];
    if (result.code !== 0) {
      expect(result.stdout).toBe('');
      expect(written).toEqual([]);
      return;
    }
    expect(nullsIn(JSON.parse(result.stdout))).toEqual([]);
    // a municipality's run writes its workbook, a region's (a variant of the region file) the region's: named after the file run
    const workbook = `${basename(this.file, extname(this.file))}.xlsx`;
    expect(written).toEqual([workbook]);
    const bytes = readFileSync(join(this.out, workbook));
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(bytes.subarray(-22, -18).toString('latin1')).toBe('PK\u0005\u0006'); // end of central directory, no comment
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('xl/workbook.xml')).not.toBeNull();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

import { writeMessages } from '../io/write-all.js';
import { lstatSync, statSync, type BigIntStats } from 'node:fs';
import { normalize, resolve } from 'node:path';
import { InternalError, userError, type SourceRef } from '../errors.js';
import { writeFilesAtomic, type FileToWrite } from './write-atomic.js';

/** A file as the file system knows it, whatever its name (device and inode): two names of one file have the same identity. */
type Identity = string;

/**
 * The files one run of a command writes. A command declares them all ({@link plan}) before it
 * writes anything (and before long calculations), and writes only what it declared:
 *
 * - a file that the run read is never written over: an output that is one of the inputs is
 *   refused as a usage error at the command-line option (or question) that chose where to
 *   write. Files are compared as the file system knows them (device and inode), so
 *   `./x` and `x`, symbolic and hard links and a name in other letter case on Windows and
 *   macOS are all caught;
 * - no file is written twice in one run, so that no report can replace another.
 */
export class OutputFiles {
  /** Identity → the input's path. */
  private readonly inputs = new Map<Identity, string>();
  private readonly planned = new Set<string>();
  private readonly written = new Set<string>();

  /**
   * `inputs`: the files the run read (`scenario.inputs`); `chosen`: what chose the place of
   * the outputs (e.g. `--out reports`), and the hint for a place that holds an input.
   */
  constructor(inputs: readonly string[], private readonly chosen: { readonly at: SourceRef; readonly hint: string }) {
    for (const path of inputs) for (const identity of identitiesOf(path)) if (!this.inputs.has(identity)) this.inputs.set(identity, path);
  }

  /** For the `--out` folder of a command: a file there that is an input is refused at `--out`. */
  static forOutFolder(inputs: readonly string[], out: string): OutputFiles {
    return new OutputFiles(inputs, { at: { file: `--out ${out}` }, hint: writeMessages.outFolderHint });
  }

  /** The outputs that another thread (a batch's main thread) has planned and checked against the inputs: for a worker. */
  static plannedElsewhere(paths: readonly string[]): OutputFiles {
    const outputs = new OutputFiles([], { at: { file: 'batch' }, hint: '' });
    outputs.plan(paths);
    return outputs;
  }

  /**
   * Declares files the run will write. A file that is an input of the run is the user's
   * mistake (usage error); one declared before is a bug, since the inputs are checked so that
   * no two reports have one name.
   */
  plan(paths: readonly string[]): void {
    for (const path of paths) {
      const problem = this.problemWith(path);
      if (problem !== undefined) throw userError('usage', this.chosen.at, problem, this.chosen.hint);
      const key = pathKey(path);
      if (this.planned.has(key)) throw new InternalError(`two outputs of one run would be the same file: ${path}`);
      this.planned.add(key);
    }
  }

  /** Why `path` may not be written by this run, if it may not: it is one of the run's input files. */
  problemWith(path: string): string | undefined {
    const target = identityOf(path, lstatSync);
    const input = target === undefined ? undefined : this.inputs.get(target);
    if (input === undefined) return undefined;
    const named = normalize(input) === normalize(path) ? path : `${path} (that is ${input}, by another name)`;
    return `${named} is an input of this run: writing there would destroy it`;
  }

  /** Writes declared files, all or none (write-atomic.ts); each file at most once. */
  write(files: readonly FileToWrite[]): void {
    for (const { path } of files) {
      const key = pathKey(path);
      if (!this.planned.has(key)) throw new InternalError(`an output was written without being declared first: ${path}`);
      if (this.written.has(key)) throw new InternalError(`an output was written twice in one run: ${path}`);
      this.written.add(key);
    }
    writeFilesAtomic(files);
  }
}

/**
 * How a path is compared with the paths planned before: resolved, and in lower case, since
 * Windows and macOS do not tell `Noord.xlsx` from `noord.xlsx`.
 */
function pathKey(path: string): string {
  return resolve(path).normalize('NFC').toLowerCase();
}

/** The file a name stands for and, if it is a symbolic link, the link itself: replacing either would destroy the input. */
function identitiesOf(path: string): Identity[] {
  return [identityOf(path, lstatSync), identityOf(path, statSync)].filter((i): i is Identity => i !== undefined);
}

/** The identity of the file at `path`; none if there is no file there (or it cannot be reached, and so cannot be replaced either). */
function identityOf(path: string, stat: (path: string, options: { bigint: true }) => BigIntStats): Identity | undefined {
  try {
    const s = stat(path, { bigint: true });
    return `${s.dev}:${s.ino}`;
  } catch (error) {
    if (UNREACHABLE.has((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
}

const UNREACHABLE = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'EACCES', 'ENAMETOOLONG']);

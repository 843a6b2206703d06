import { resolve } from 'node:path';
import { InternalError, type SourceRef } from '../errors.js';
import { readInputText, type InputText } from './input-file.js';

/** Where loading gets the text of a file: the disk, or texts read before. */
export interface InputSource {
  read(path: string, maxBytes: number, namedAt?: SourceRef): InputText;
}

/**
 * Reads each file from the disk at most once and keeps what it read: a second read of a file
 * (by any spelling of its path) gives the same text, so that one run never mixes two versions
 * of a file that changes while it runs; and {@link texts} can be handed to another thread
 * ({@link snapshotSource}), which then works from exactly these bytes.
 */
export class RecordingSource implements InputSource {
  private readonly read_ = new Map<string, InputText>();

  read(path: string, maxBytes: number, namedAt?: SourceRef): InputText {
    const known = this.read_.get(resolve(path));
    if (known !== undefined) return { ...known, path };
    const input = readInputText(path, maxBytes, namedAt);
    this.read_.set(resolve(path), input);
    return input;
  }

  /** Every file read, as first read. */
  texts(): InputText[] {
    return [...this.read_.values()];
  }
}

/**
 * The texts another thread has read (a {@link RecordingSource}'s), and never the disk: a file
 * that is not among them is a bug, since the same load asks for the same files.
 */
export function snapshotSource(texts: readonly InputText[]): InputSource {
  const byPath = new Map(texts.map((t) => [resolve(t.path), t]));
  return {
    read(path) {
      const text = byPath.get(resolve(path));
      if (text === undefined) throw new InternalError(`${path} was not read by the main thread, and a worker never reads the disk`);
      return { ...text, path };
    },
  };
}

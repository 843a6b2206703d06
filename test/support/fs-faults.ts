import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';

const PRELOAD = pathToFileURL(fileURLToPath(new URL('./fs-faults.mjs', import.meta.url))).href;

/** How the file system of a CLI run misbehaves (fs-faults.mjs). */
export interface Faults {
  /** Bytes of temporary files that fit on the disk; after them writes are cut short, then fail with ENOSPC. */
  readonly diskFree?: number;
  /** The most one write call writes (a legal short write). */
  readonly writeChunk?: number;
  /** Like `diskFree`, for standard output redirected to a file. */
  readonly stdoutFree?: number;
  /** A folder: the run stops before its first rename until `<folder>/go` exists (writes `<folder>/paused` first). */
  readonly pauseBeforeRename?: string;
  /** A file that is replaced by a named pipe right after it was checked to be a regular file. */
  readonly swapToFifo?: string;
  /** A folder of inputs: each thread logs to `readLog` which files under it it opens or reads, and when it starts. */
  readonly watch?: string;
  readonly readLog?: string;
  /** Edit (add a comment to) every .yaml file under `watch` when the first worker thread is created. */
  readonly editOnWorker?: boolean;
}

/** The environment that runs the real CLI with fs-faults.mjs preloaded. */
export function faultsEnv(faults: Faults): NodeJS.ProcessEnv {
  return {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${PRELOAD}`.trim(),
    ...(faults.diskFree === undefined ? {} : { SOWECO_TEST_DISK_FREE: String(faults.diskFree) }),
    ...(faults.writeChunk === undefined ? {} : { SOWECO_TEST_WRITE_CHUNK: String(faults.writeChunk) }),
    ...(faults.stdoutFree === undefined ? {} : { SOWECO_TEST_STDOUT_FREE: String(faults.stdoutFree) }),
    ...(faults.pauseBeforeRename === undefined ? {} : { SOWECO_TEST_PAUSE_BEFORE_RENAME: faults.pauseBeforeRename }),
    ...(faults.swapToFifo === undefined ? {} : { SOWECO_TEST_SWAP_TO_FIFO: faults.swapToFifo }),
    ...(faults.watch === undefined ? {} : { SOWECO_TEST_WATCH: faults.watch }),
    ...(faults.readLog === undefined ? {} : { SOWECO_TEST_READ_LOG: faults.readLog }),
    ...(faults.editOnWorker === true ? { SOWECO_TEST_EDIT_ON_WORKER: '1' } : {}),
  };
}

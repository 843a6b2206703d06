/**
 * The jobs of a batch as its threads share them, in shared memory: every thread claims the
 * next job itself, so that no thread waits for a busy main thread to hand one out, and the
 * worker threads, started while the main thread still projects the region, wait for its word
 * before they write anything (bad input must stop a batch before any report is written).
 */
export interface JobBoard {
  /** Two 32-bit cells: the next job to claim, and whether the jobs are open (see {@link openJobs}). */
  readonly memory: SharedArrayBuffer;
  /** How many jobs there are; a claim past the last gets none. */
  readonly size: number;
}

const NEXT = 0;
const STATE = 1;
const WAITING = 0;
const OPEN = 1;
const CALLED_OFF = 2;

/** A board of `size` jobs, not yet open. */
export function jobBoard(size: number): JobBoard {
  return { memory: new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT), size };
}

/** The index of the next job no thread has claimed yet, now this thread's; undefined when all are taken. */
export function claimJob(board: JobBoard): number | undefined {
  const index = Atomics.add(new Int32Array(board.memory), NEXT, 1);
  return index < board.size ? index : undefined;
}

/** Opens the jobs (`true`) or calls them off (`false`), and wakes the threads waiting for it. */
export function openJobs(board: JobBoard, open: boolean): void {
  const cells = new Int32Array(board.memory);
  Atomics.store(cells, STATE, open ? OPEN : CALLED_OFF);
  Atomics.notify(cells, STATE);
}

/** Blocks a worker thread until the jobs are opened or called off; whether they were opened. */
export function awaitJobs(board: JobBoard): boolean {
  const cells = new Int32Array(board.memory);
  Atomics.wait(cells, STATE, WAITING);
  return Atomics.load(cells, STATE) === OPEN;
}

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
  /** The job claimed first; the others follow in their order. */
  readonly first: number;
}

const NEXT = 0;
const STATE = 1;
const WAITING = 0;
const OPEN = 1;
const CALLED_OFF = 2;

/**
 * A board of `size` jobs, not yet open, whose job `first` is claimed first (the longest, so
 * that no thread is left with it while the others have nothing more to do), then the others
 * in their order.
 */
export function jobBoard(size: number, first = 0): JobBoard {
  if (!Number.isInteger(first) || first < 0 || (size > 0 && first >= size)) throw new RangeError(`no job ${first} among ${size}`);
  return { memory: new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT), size, first };
}

/** The index of the next job no thread has claimed yet, now this thread's; undefined when all are taken. */
export function claimJob(board: JobBoard): number | undefined {
  const claim = Atomics.add(new Int32Array(board.memory), NEXT, 1);
  if (claim >= board.size) return undefined;
  if (claim === 0) return board.first;
  return claim <= board.first ? claim - 1 : claim;
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

/**
 * The draws of a Monte Carlo shared by its threads: every result in one shared buffer, and
 * the number of the next chunk of iterations to draw, which each thread takes in turn
 * (atomically): a thread that starts late or gets less of the processor draws fewer chunks,
 * and all finish together. Every iteration has its own generator and its own place in the
 * buffer, so the results do not depend on which thread drew what.
 */
export interface SharedDraws {
  readonly results: Float64Array;
  readonly next: Int32Array;
  readonly iterations: number;
  readonly chunk: number;
  /** Results per iteration. */
  readonly size: number;
}

/** The shared buffers of `iterations` draws of `size` results each, in chunks of `chunk`. */
export function sharedDraws(iterations: number, size: number, chunk: number): SharedDraws {
  const results = new Float64Array(new SharedArrayBuffer(iterations * size * Float64Array.BYTES_PER_ELEMENT));
  return { results, next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)), iterations, chunk, size };
}

/** Draws chunks with `draw` (monte-carlo.ts `simulation`) until none is left. */
export function drawChunks(shared: SharedDraws, draw: (from: number, to: number, out: Float64Array, at: number) => void): void {
  for (;;) {
    const from = Atomics.add(shared.next, 0, 1) * shared.chunk;
    if (from >= shared.iterations) return;
    draw(from, Math.min(from + shared.chunk, shared.iterations), shared.results, from * shared.size);
  }
}

/**
 * Waits for the next turn of the event loop, between two jobs of a batch thread. A job's
 * awaits are mostly promises that are already settled, so a thread could run job after job
 * without one turn; but Node frees the native memory of a finished object (the pixels and
 * fonts of resvg's chart images, some 17 MB per council summary) only in finalizers it runs
 * on a turn, after the garbage collector has found the object unreachable: without turns a
 * worker's memory grew by that much per job until its last job. On the main thread a turn
 * also lets the workers' messages in.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

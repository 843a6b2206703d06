import { availableParallelism } from 'node:os';

/**
 * How many threads a command uses: what `--jobs` asks, but never more than the cores. More
 * threads than cores only take turns on them, each with its own memory (60 threads on 2
 * cores made a risk run 6 times slower with 8 times the memory), so the number is capped.
 */
export function threadCount(requested: number | undefined): number {
  const cores = availableParallelism();
  return Math.min(requested ?? cores, cores);
}

import { setFlagsFromString } from 'node:v8';

/**
 * How far, in percent, V8 lets a thread's heap grow past what its last full collection kept
 * before it collects again, during a batch. Left to itself, V8 lets a heap of a few hundred
 * megabytes grow to up to four times that when memory is plentiful: each batch thread holds
 * the region's projection (some 200 MB for 80,000 employees) and makes a workbook's and a
 * summary's garbage per job, so a national batch peaked at 1.6–1.9 GB. At 60% it peaks under
 * 1 GB for some 4% more CPU time; at 30% it took some 15% more (more, and more costly,
 * collections of the same live heap).
 */
const BATCH_HEAP_GROWTH_PERCENT = 60;

/**
 * Bounds the heap growth of every thread of this process (the flag is V8's, one for the whole
 * process) for a batch, before it loads anything. It changes only when the garbage collector
 * runs, never how much memory a thread may have: a region too large for a bounded growth still
 * gets the room it needs, with more frequent collections, rather than running out of memory.
 * V8 takes a code cache only under the flags it was made with (build/code-cache.ts): the
 * chunks a batch loads after this (the reports', the workers') are compiled from their source,
 * some tens of milliseconds per thread in a batch of minutes.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${BATCH_HEAP_GROWTH_PERCENT}`);
}

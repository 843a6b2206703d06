/** A seeded pseudo-random generator (mulberry32): uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The generator of one Monte Carlo iteration: seeded from the run's seed and the
 * iteration's number, so that iteration i draws the same numbers however the iterations are
 * split over threads.
 */
export function iterationRandom(seed: number, iteration: number): () => number {
  // splitmix32-style mixing of seed and iteration number
  let h = (seed ^ Math.imul(iteration + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return seededRandom((h ^ (h >>> 16)) >>> 0);
}

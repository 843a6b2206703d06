import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimJob, jobBoard } from '../../src/app/batch/job-board.js';

// Issue 16: a batch's longest job (the region's comparison) is claimed first, so that no
// thread is left with it at the end while the others wait.

function claimAll(size: number, first: number): (number | undefined)[] {
  const board = jobBoard(size, first);
  return Array.from({ length: size + 2 }, () => claimJob(board));
}

describe('the order in which a batch claims its jobs', () => {
  it('is the first job named, then every other job once, in order, and none after the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }).chain((size) => fc.tuple(fc.constant(size), fc.integer({ min: 0, max: size - 1 }))), ([size, first]) => {
        const claims = claimAll(size, first);
        const rest = Array.from({ length: size }, (_, i) => i).filter((i) => i !== first);
        expect(claims).toEqual([first, ...rest, undefined, undefined]);
      }),
    );
  });

  it('puts the region (the last job of a batch) first', () => {
    expect(claimAll(4, 3)).toEqual([3, 0, 1, 2, undefined, undefined]);
  });

  it('refuses a first job that is not on the board', () => {
    expect(() => jobBoard(3, 3)).toThrow(RangeError);
    expect(() => jobBoard(3, -1)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { allocationKeys, splitByKeys } from '../../src/engine/allocation.js';
import type { Population } from '../../src/engine/population.js';
import { d } from '../support/model-builders.js';

function populations(se: Record<string, number[]>): Map<string, Population> {
  return new Map(
    Object.entries(se).map(([m, values]) => {
      const v = values.map(d);
      return [m, { fte: v, se: v, headcount: v, yearEndHeadcount: v, byWorkForm: new Map(), persons: { working: [], atYearEnd: [] }, personsByWorkForm: new Map(), excludedCount: 0 }];
    }),
  );
}

describe('§4 allocation keys', () => {
  it('se_share is the member\'s share of the organisation\'s SE', () => {
    const basis = { members: ['a', 'b'], volumes: populations({ a: [3, 1], b: [1, 1] }), inhabitants: new Map(), years: 2 };
    const keys = allocationKeys('se_share', basis);
    expect(keys.get('a')?.map(String)).toEqual(['0.75', '0.5']);
    expect(keys.get('b')?.map(String)).toEqual(['0.25', '0.5']);
  });

  it('when everyone has left, the keys of the latest year with a positive total are kept', () => {
    const basis = { members: ['a', 'b'], volumes: populations({ a: [3, 0, 0], b: [1, 0, 0] }), inhabitants: new Map(), years: 3 };
    expect(allocationKeys('se_share', basis).get('a')?.map(String)).toEqual(['0.75', '0.75', '0.75']);
  });

  it('with no positive total in any year so far, the shares are equal', () => {
    const basis = { members: ['a', 'b', 'c', 'e'], volumes: populations({ a: [0, 2], b: [0, 2], c: [0, 0], e: [0, 0] }), inhabitants: new Map(), years: 2 };
    expect(allocationKeys('se_share', basis).get('a')?.map(String)).toEqual(['0.25', '0.5']);
  });

  it('inhabitants split by population size, and a single member carries everything', () => {
    const basis = { members: ['a', 'b'], volumes: populations({ a: [1], b: [1] }), inhabitants: new Map([['a', d(60000)], ['b', d(15000)]]), years: 1 };
    expect(allocationKeys('inhabitants', basis).get('b')?.map(String)).toEqual(['0.2']);
    const alone = { ...basis, members: ['a'] };
    expect(allocationKeys('inhabitants', alone).get('a')?.map(String)).toEqual(['1']);
  });

  it('splitting by thirds gives shares that sum exactly to the total', () => {
    const third = d(1).div(3);
    const keys = new Map([['a', [third]], ['b', [third]], ['c', [third]]]);
    const shares = splitByKeys([d(100)], keys);
    const total = [...shares.values()].reduce((acc, v) => acc.plus(v[0] ?? d(0)), d(0));
    expect(total.eq(100)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { splitByKeys, type OrganisationBasis } from '../../src/engine/allocation.js';
import { computeOrganisationLines } from '../../src/engine/organisation-lines.js';
import type { ParameterBook } from '../../src/engine/parameter-book.js';
import type { Population } from '../../src/engine/population.js';
import type { Configuration } from '../../src/model/configuration.js';
import type { AllocationKey } from '../../src/model/line.js';
import type { Region } from '../../src/model/region.js';
import { d, line, model } from '../support/model-builders.js';

function populations(se: Record<string, number[]>): Map<string, Population> {
  return new Map(
    Object.entries(se).map(([m, values]) => {
      const v = values.map(d);
      return [m, { fte: v, se: v, headcount: v, yearEndHeadcount: v, byWorkForm: new Map(), employeeFile: { fte: v, se: v, headcount: v, yearEndHeadcount: v, byWorkForm: new Map() }, byStream: new Map(), persons: { working: [], atYearEnd: [] }, personsByWorkForm: new Map(), excludedCount: 0 }];
    }),
  );
}

/** A book for lines whose amounts are numbers written in the line. */
const numbersOnly: ParameterBook = {
  rateVector: (rate, _scope, active) => active.map(() => (rate.kind === 'number' ? rate.value : d(NaN))),
  elasticityVector: (rate, _scope, active) => active.map(() => (rate.kind === 'number' ? rate.value : d(NaN))),
  used: new Map(),
  issues: [],
};

/** The organisation-level line "o" (€ 1,000 a year) split by `key`: each member's key row and amounts. */
function split(key: AllocationKey, basis: OrganisationBasis) {
  const region = { horizon: { start: 2021, end: 2020 + basis.years }, workForms: [] } as unknown as Region;
  const organisation = { model: 'm', members: basis.members } as unknown as Configuration['organisations'][number];
  const lines = computeOrganisationLines({ region, organisation, model: model('m', [line('o', { driver: 'fixed', level: 'organisation', allocation: key, amount: 1000 })]), basis, book: numbersOnly });
  const of = (m: string) => lines.get(m)?.[0];
  return { key: (m: string) => of(m)?.rows.get('key')?.map(String), amounts: (m: string) => of(m)?.amounts.map(String) };
}

const allocationKeys = (key: AllocationKey, basis: OrganisationBasis) => ({ get: (m: string) => split(key, basis).key(m) ?? [] });

describe('§4 allocation keys (the key row of a shared line)', () => {
  it('se_share is the member\'s share of the organisation\'s SE', () => {
    const basis = { members: ['a', 'b'], volumes: populations({ a: [3, 1], b: [1, 1] }), inhabitants: new Map(), years: 2 };
    const keys = allocationKeys('se_share', basis);
    expect(keys.get('a')).toEqual(['0.75', '0.5']);
    expect(keys.get('b')).toEqual(['0.25', '0.5']);
  });

  it('when everyone has left, the keys of the latest year with a positive total are kept', () => {
    const basis = { members: ['a', 'b'], volumes: populations({ a: [3, 0, 0], b: [1, 0, 0] }), inhabitants: new Map(), years: 3 };
    expect(allocationKeys('se_share', basis).get('a')).toEqual(['0.75', '0.75', '0.75']);
  });

  it('with no positive total in any year so far, the shares are equal', () => {
    const basis = { members: ['a', 'b', 'c', 'e'], volumes: populations({ a: [0, 2], b: [0, 2], c: [0, 0], e: [0, 0] }), inhabitants: new Map(), years: 2 };
    expect(allocationKeys('se_share', basis).get('a')).toEqual(['0.25', '0.5']);
  });

  it('inhabitants split by population size, and a single member carries everything', () => {
    const basis = { members: ['a', 'b'], volumes: populations({ a: [1], b: [1] }), inhabitants: new Map([['a', d(60000)], ['b', d(15000)]]), years: 1 };
    expect(allocationKeys('inhabitants', basis).get('b')).toEqual(['0.2']);
    expect(split('inhabitants', basis).amounts('b')).toEqual(['200']);
    const alone = split('inhabitants', { ...basis, members: ['a'] });
    // nothing to split: no key row, the whole amount
    expect(alone.key('a')).toBeUndefined();
    expect(alone.amounts('a')).toEqual(['1000']);
  });

  it('splitting by thirds gives shares that sum exactly to the total', () => {
    const third = d(1).div(3);
    const keys = new Map([['a', [third]], ['b', [third]], ['c', [third]]]);
    const shares = splitByKeys([d(100)], keys);
    const total = [...shares.values()].reduce((acc, v) => acc.plus(v[0] ?? d(0)), d(0));
    expect(total.eq(100)).toBe(true);
  });
});

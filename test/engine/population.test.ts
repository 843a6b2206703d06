import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/decimal.js';
import { projectPopulation } from '../../src/engine/population.js';
import { employees, scenario } from '../support/model-builders.js';

const regionWith = (spec: Parameters<typeof scenario>[0]) => scenario(spec).region;
const base = { models: [], configurations: [], municipalities: [] };

describe('§3 population projection', () => {
  it('with no outflow, someone retiring on 1 April of the second year is present 3/12 of that year', () => {
    // born 1 Apr 1955 + 67 y = 1 Apr 2022: works Jan–Mar 2022
    const region = regionWith({ ...base, start: 2021, end: 2023 });
    const p = projectPopulation(employees([{ birth: { year: 1955, month: 4, day: 1 }, fte: '0.8' }]), region);
    expect(p.headcount.map(String)).toEqual(['1', '0.25', '0']);
    expect(p.fte.map(String)).toEqual(['0.8', '0.2', '0']);
    expect(p.yearEndHeadcount.map(String)).toEqual(['1', '0', '0']);
  });

  it('survival is taken at mid-month: one year of outflow q gives Σ S(k)/12 with S(k) = g^(k+½)', () => {
    const q = new Dec('0.12');
    const region = regionWith({ ...base, start: 2021, end: 2021, outflow: { kind: 'constant', rate: q } });
    const p = projectPopulation(employees([{ birth: { year: 1980, month: 1, day: 1 } }]), region);
    const g = new Dec(1).minus(q).pow(new Dec(1).div(12));
    let expected = new Dec(0);
    for (let k = 0; k < 12; k++) expected = expected.plus(g.pow(k + 0.5));
    expect(p.headcount[0]?.toSignificantDigits(30).toString()).toBe(expected.div(12).toSignificantDigits(30).toString());
    expect(p.yearEndHeadcount[0]?.toSignificantDigits(30).toString()).toBe('0.88');
  });

  it('an outflow rate so small that (1 − q)^(1/12) rounds to 1 gives full presence, not an infinite one (found by the fuzz suite)', () => {
    const region = regionWith({ ...base, start: 2021, end: 2022, outflow: { kind: 'constant', rate: new Dec('5e-324') } });
    const p = projectPopulation(employees([{ birth: { year: 1980, month: 1, day: 1 }, fte: '0.8' }]), region);
    expect(p.headcount.map((x) => x.toSignificantDigits(30).toString())).toEqual(['1', '1']);
    expect(p.fte.map((x) => x.toSignificantDigits(30).toString())).toEqual(['0.8', '0.8']);
  });

  it('the outflow band is chosen by age = year − birth year', () => {
    const region = regionWith({
      ...base,
      start: 2021,
      end: 2022,
      outflow: { kind: 'bands', bands: [{ belowAge: 41, rate: new Dec(0) }, { rate: new Dec('0.5') }] },
    });
    const p = projectPopulation(employees([{ birth: { year: 1981, month: 12, day: 31 } }]), region);
    // age 40 in 2021: no outflow; age 41 in 2022: half leave over the year
    expect(p.yearEndHeadcount.map((x) => x.toSignificantDigits(20).toString())).toEqual(['1', '0.5']);
  });

  it('people past the AOW date at the start are left out and counted', () => {
    const region = regionWith({ ...base, start: 2021, end: 2022 });
    const p = projectPopulation(employees([{ birth: { year: 1953, month: 6, day: 1 }, count: 3, fte: 3 }, { birth: { year: 1980, month: 1, day: 1 } }]), region);
    expect(p.excludedCount).toBe(3);
    expect(p.headcount.map(String)).toEqual(['1', '1']);
  });

  it('a cohort counts as `count` people with its total fte and se', () => {
    const region = regionWith({ ...base, start: 2021, end: 2021 });
    const p = projectPopulation(employees([{ birth: { year: 1970, month: 7, day: 1 }, count: 4, fte: '3.6', se: '4.1', workForm: 'detachering' }]), region);
    const form = p.byWorkForm.get('detachering');
    expect([form?.headcount[0], form?.fte[0], form?.se[0]].map(String)).toEqual(['4', '3.6', '4.1']);
    expect(p.byWorkForm.get('binnen')?.headcount[0]?.toString()).toBe('0');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { UserError } from '../../src/errors.js';
import { configuration, d, employees, line, model, parameter, scenario } from '../support/model-builders.js';
import { useLanguage } from '../../src/language.js';

beforeEach(() => useLanguage('en')); // the tests check the English texts

const born1980 = { year: 1980, month: 1, day: 1 };
const twoMunicipalities = [
  { id: 'a', employees: employees([{ birth: born1980, count: 3, fte: 3 }]), inhabitants: 30000 },
  { id: 'b', employees: employees([{ birth: born1980, count: 1, fte: 1 }]), inhabitants: 10000 },
];
const together = configuration('gr', [{ model: 'm', members: ['a', 'b'] }]);
const alone = configuration('eigen', [{ model: 'm', members: ['a'] }, { model: 'm', members: ['b'] }]);

function amounts(p: ReturnType<typeof project>, config: string, m: string, lineId: string): string[] {
  return p.results.get(config)?.get(m)?.lines.find((l) => l.line.id === lineId)?.amounts.map(String) ?? [];
}

describe('§4 drivers', () => {
  it('fte lines multiply each work form\'s FTE by its rate; a work form filter leaves the others out', () => {
    const s = scenario({
      start: 2021, end: 2021,
      models: [model('m', [
        line('all', { driver: 'fte', amount: { kind: 'by_work_form', byWorkForm: new Map([['binnen', { kind: 'number', value: d(10) }], ['detachering', { kind: 'number', value: d(100) }]]) } }),
        line('only_detachering', { driver: 'headcount', amount: 7, workForms: ['detachering'] }),
      ])],
      configurations: [alone],
      municipalities: [{ id: 'a', employees: employees([{ birth: born1980, count: 2, fte: '1.5' }, { birth: born1980, workForm: 'detachering' }]) }, twoMunicipalities[1]!],
    });
    const p = project(s);
    expect(amounts(p, 'eigen', 'a', 'all')).toEqual(['115']);
    expect(amounts(p, 'eigen', 'a', 'only_detachering')).toEqual(['7']);
  });

  it('an organisation-level fixed line of several members reads the region\'s parameter; alone, the municipality\'s override', () => {
    const s = scenario({
      start: 2021, end: 2021,
      parameters: [parameter('overhead', { 2021: 1000 })],
      models: [model('m', [line('overhead', { driver: 'fixed', level: 'organisation', amount: 'overhead' })])],
      configurations: [together, alone],
      municipalities: [twoMunicipalities[0]!, { ...twoMunicipalities[1]!, parameters: [parameter('overhead', { 2021: 1 })] }],
    });
    const p = project(s);
    expect(amounts(p, 'gr', 'a', 'overhead')).toEqual(['750']);
    expect(amounts(p, 'gr', 'b', 'overhead')).toEqual(['250']);
    expect(amounts(p, 'eigen', 'b', 'overhead')).toEqual(['1']);
    expect(amounts(p, 'eigen', 'a', 'overhead')).toEqual(['1000']);
  });

  it('volume elasticity scales a fixed line with the SE relative to the first year', () => {
    const s = scenario({
      start: 2021, end: 2022,
      models: [model('m', [line('fixed', { driver: 'fixed', amount: 1000, volumeElasticity: { kind: 'number', value: d('0.4') } })])],
      configurations: [alone],
      // one of two retires on 1 Jan 2022: SE halves
      municipalities: [{ id: 'a', employees: employees([{ birth: born1980 }, { birth: { year: 1955, month: 1, day: 1 } }]) }, twoMunicipalities[1]!],
    });
    expect(amounts(project(s), 'eigen', 'a', 'fixed')).toEqual(['1000', '800']);
  });

  it('one_off amounts apply in their years only and split by the allocation key', () => {
    const s = scenario({
      start: 2021, end: 2023,
      models: [model('m', [line('frictie', { driver: 'one_off', level: 'organisation', allocation: 'inhabitants', amount: { kind: 'by_year', byYear: new Map([[2022, d(400)]]) } })])],
      configurations: [together],
      municipalities: twoMunicipalities,
    });
    const p = project(s);
    expect(amounts(p, 'gr', 'a', 'frictie')).toEqual(['0', '300', '0']);
    expect(amounts(p, 'gr', 'b', 'frictie')).toEqual(['0', '100', '0']);
  });

  it('percent_of takes a rate of the listed lines\' amounts, revenue or cost alike, within its years', () => {
    const s = scenario({
      start: 2021, end: 2022,
      models: [model('m', [
        line('tarief', { driver: 'headcount', amount: 100 }),
        line('subsidie', { driver: 'headcount', amount: 50, kind: 'revenue' }),
        line('btw', { driver: 'percent_of', amount: 0.21, of: ['tarief', 'subsidie'], years: { to: 2021 } }),
      ])],
      configurations: [alone],
      municipalities: twoMunicipalities,
    });
    expect(amounts(project(s), 'eigen', 'b', 'btw')).toEqual(['31.5', '0']);
  });

  it('a parameter without a value in a year a line needs is an input error naming the year', () => {
    const s = scenario({
      start: 2021, end: 2022,
      parameters: [parameter('late', { 2022: 5 })],
      models: [model('m', [line('x', { driver: 'headcount', amount: 'late' })])],
      configurations: [alone],
      municipalities: twoMunicipalities,
    });
    expect(() => project(s)).toThrow(UserError);
    expect(() => project(s)).toThrow(/no value for 2021.*first explicit year is 2022/);
  });

  it('a line that starts later does not need the earlier years', () => {
    const s = scenario({
      start: 2021, end: 2022,
      parameters: [parameter('late', { 2022: 5 })],
      models: [model('m', [line('x', { driver: 'headcount', amount: 'late', years: { from: 2022 } })])],
      configurations: [alone],
      municipalities: twoMunicipalities,
    });
    expect(amounts(project(s), 'eigen', 'b', 'x')).toEqual(['0', '5']);
  });
});

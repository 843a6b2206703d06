import fc from 'fast-check';
import type { AllocationKey } from '../../src/model/line.js';
import type { Scenario } from '../../src/model/scenario.js';
import { configuration, d, employees, line, model, parameter, scenario } from '../support/model-builders.js';

const KEYS: AllocationKey[] = ['se_share', 'fte_share', 'headcount_share', 'inhabitants', 'equal'];
const FORMS = ['binnen', 'detachering'];

const employeeGroup = fc.record({
  year: fc.integer({ min: 1952, max: 1998 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  count: fc.integer({ min: 1, max: 3 }),
  ftePerPerson: fc.integer({ min: 1, max: 150 }),
  seWeight: fc.integer({ min: 50, max: 200 }),
  workForm: fc.constantFrom(...FORMS),
});

const municipality = fc.record({
  groups: fc.array(employeeGroup, { maxLength: 6 }),
  inhabitants: fc.integer({ min: 1000, max: 100000 }),
});

/** Options for a generated region. */
export interface GeneratedRegionOptions {
  /** Everyone works past the horizon and nobody leaves otherwise. */
  readonly noOutflow?: boolean;
}

/**
 * Random small regions with every driver, level and allocation key, and four
 * configurations: `gr` (all together, the baseline), `gr_copy` (identical to it), `eigen`
 * (each alone) and `mixed` (the first half together, the rest alone).
 */
export function generatedRegion(options: GeneratedRegionOptions = {}): fc.Arbitrary<Scenario> {
  return fc
    .record({
      years: fc.integer({ min: 1, max: 12 }),
      municipalities: fc.array(municipality, { minLength: 1, maxLength: 4 }),
      outflowPerMille: options.noOutflow ? fc.constant(0) : fc.integer({ min: 0, max: 100 }),
      wage: fc.integer({ min: 1000, max: 50000 }),
      wageIndexPerMille: fc.integer({ min: -20, max: 80 }),
      overhead: fc.integer({ min: 0, max: 2_000_000 }),
      elasticityPercent: fc.integer({ min: 0, max: 100 }),
      elasticityParameter: fc.boolean(),
      key: fc.constantFrom(...KEYS),
      oneOff: fc.integer({ min: 0, max: 500_000 }),
      ratePercent: fc.integer({ min: 0, max: 30 }),
    })
    .map((g) => {
      const ids = g.municipalities.map((_, i) => `m${i}`);
      const half = ids.slice(0, Math.ceil(ids.length / 2));
      const gr = model('gr', [
        line('loon', { driver: 'fte', amount: 'loon' }),
        line('bijdrage', { driver: 'se', kind: 'revenue', amount: 25000 }),
        line('begeleiding', { driver: 'headcount', amount: { kind: 'by_work_form', byWorkForm: new Map([['binnen', { kind: 'number', value: d(3000) }], ['detachering', { kind: 'parameter', name: 'loon' }]]) } }),
        line('overhead', {
          driver: 'fixed', level: 'organisation', amount: 'overhead', allocation: g.key,
          volumeElasticity: g.elasticityParameter ? { kind: 'parameter', name: 'elasticiteit' } : { kind: 'number', value: d(g.elasticityPercent).div(100) },
        }),
        line('frictie', { driver: 'one_off', level: 'organisation', allocation: g.key, amount: { kind: 'by_year', byYear: new Map([[2021, d(g.oneOff)]]) } }),
        line('opslag', { driver: 'percent_of', amount: 'opslag', of: ['loon', 'overhead'] }),
      ]);
      return scenario({
        start: 2021,
        end: 2020 + g.years,
        outflow: { kind: 'constant', rate: d(g.outflowPerMille).div(1000) },
        aowSchedule: [{ years: options.noOutflow ? 90 : 67, months: 0, at: { file: 'generated' } }],
        parameters: [
          parameter('loon', { 2021: g.wage }, g.wageIndexPerMille / 1000),
          parameter('overhead', { 2021: g.overhead }),
          parameter('opslag', { 2021: g.ratePercent / 100 }),
          { ...parameter('elasticiteit', { 2021: g.elasticityPercent / 100 }), unit: 'ratio' },
        ],
        models: [gr],
        configurations: [
          configuration('gr', [{ model: 'gr', members: ids }]),
          configuration('gr_copy', [{ model: 'gr', members: ids }]),
          configuration('eigen', ids.map((m) => ({ model: 'gr', members: [m] }))),
          configuration('mixed', [{ model: 'gr', members: half }, ...ids.filter((m) => !half.includes(m)).map((m) => ({ model: 'gr', members: [m] }))]),
        ],
        municipalities: g.municipalities.map((m, i) => ({
          id: `m${i}`,
          inhabitants: m.inhabitants,
          employees: employees(
            m.groups.map((e) => ({
              birth: { year: e.year, month: e.month, day: e.day },
              workForm: e.workForm,
              count: e.count,
              fte: d(e.ftePerPerson * e.count).div(100).toString(),
              se: d(e.ftePerPerson * e.count).div(100).times(e.seWeight).div(100).toString(),
            })),
          ),
        })),
      });
    });
}

import fc from 'fast-check';
import { Dec } from '../../src/model/decimal.js';
import type { InflowStream } from '../../src/model/inflow.js';
import type { Region } from '../../src/model/region.js';

/**
 * An inflow stream of `region` for property tests of the projection: a target or a number of
 * people in one to three years of the horizon, entrants of one to three ages in equal shares,
 * FTE 0.8 and the SE given, with the region's outflow rate or one of its own.
 */
export function anInflowStream(region: Region, id: string, se: Dec): fc.Arbitrary<InflowStream> {
  return fc.record({
    form: fc.constantFrom(...region.workForms.map((f) => f.id)),
    target: fc.boolean(),
    years: fc.dictionary(fc.integer({ min: region.horizon.start, max: region.horizon.end }).map(String), fc.integer({ min: 0, max: 300 }), { minKeys: 1, maxKeys: 3 }),
    month: fc.integer({ min: 1, max: 12 }),
    ages: fc.uniqueArray(fc.integer({ min: 18, max: 66 }), { minLength: 1, maxLength: 3 }),
    rate: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  }).map((r) => ({
    id,
    workForm: r.form,
    size: { kind: r.target ? 'target' : 'people', byYear: new Map(Object.entries(r.years).map(([y, n]) => [Number(y), new Dec(n).div(10)])) },
    entryMonth: r.month,
    ages: r.ages.map((age) => ({ age, share: new Dec(1).div(r.ages.length) })),
    fte: new Dec('0.8'),
    se,
    at: { file: 'noord.yaml' },
    ...(r.rate === undefined ? {} : { outflowRate: new Dec(r.rate).div(100) }),
  }));
}

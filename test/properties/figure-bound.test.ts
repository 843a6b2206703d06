import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import type { Bound } from '../../src/engine/bound-interval.js';
import { figureBounds, warningsWithoutProjection } from '../../src/engine/magnitude-bound.js';
import { populationBound } from '../../src/engine/population-bound.js';
import { projectPopulation } from '../../src/engine/population.js';
import type { Configuration, Organisation, SettlementKey } from '../../src/model/configuration.js';
import { Dec, type Dec as Decimal } from '../../src/model/decimal.js';
import type { Dissolution } from '../../src/model/dissolution.js';
import type { InflowStream } from '../../src/model/inflow.js';
import type { Scenario } from '../../src/model/scenario.js';
import { UserError } from '../../src/errors.js';
import { line, model } from '../support/model-builders.js';
import { generatedRegion } from './generated-region.js';

// Outflow rates are drawn as the loader allows them, from 0 to below 1.
// The bound on every figure of a projection (docs/methodology.md#figure-bound) against the
// projection itself, on generated regions with every driver, inflow streams, settlement,
// fees between organisations and a dissolution balance: every projected figure lies in its
// interval, and where validate skips the projection, the projection would have raised no
// issue and given the very same warnings.

const at = { file: 'generated' };
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) };

const stream = fc.record({
  kind: fc.constantFrom('people' as const, 'target' as const),
  sizes: fc.array(fc.integer({ min: -5, max: 40 }), { minLength: 1, maxLength: 3 }),
  entryMonth: fc.integer({ min: 1, max: 12 }),
  ages: fc.array(fc.record({ age: fc.integer({ min: 18, max: 70 }), share: fc.integer({ min: 0, max: 10 }) }), { minLength: 1, maxLength: 3 }),
  ftePerMille: fc.integer({ min: 0, max: 1000 }),
  sePerMille: fc.integer({ min: 0, max: 1500 }),
  ownOutflowPerMille: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
  workForm: fc.constantFrom('binnen', 'detachering'),
});

const extras = fc.record({
  streams: fc.array(stream, { maxLength: 2 }),
  bands: fc.option(fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 2, maxLength: 3 }), { nil: undefined }),
  settlement: fc.constantFrom('none', 'fixed', 'by', 'reference'),
  fees: fc.boolean(),
  dissolution: fc.option(fc.record({ amount: fc.integer({ min: -1e6, max: 1e6 }), by: fc.constantFrom('fixed', 'se_share', 'inhabitants') }), { nil: undefined }),
  perInhabitant: fc.integer({ min: 0, max: 100 }),
});

type Extras = typeof extras extends fc.Arbitrary<infer T> ? T : never;

/** Shares that sum to 1 over the members: equal, the last taking the rest. */
function equalShares(members: readonly string[]): Map<string, Decimal> {
  const share = new Dec(1).div(members.length).toDecimalPlaces(6, Dec.ROUND_DOWN);
  return new Map(members.map((m, i) => [m, i === members.length - 1 ? new Dec(1).minus(share.times(members.length - 1)) : share]));
}

function inflowStreams(g: Extras, start: number): InflowStream[] {
  return g.streams.map((s, i) => {
    const shares = s.ages.reduce((acc, a) => acc + a.share, 0) || 1;
    return {
      id: `s${i}`,
      workForm: s.workForm,
      size: { kind: s.kind, byYear: new Map(s.sizes.map((n, k) => [start + 2 * k, new Dec(n)])) },
      entryMonth: s.entryMonth,
      ages: s.ages.map((a) => ({ age: a.age, share: new Dec(a.share).div(shares) })),
      fte: new Dec(s.ftePerMille).div(1000),
      se: new Dec(s.sePerMille).div(1000),
      ...(s.ownOutflowPerMille === undefined ? {} : { outflowRate: new Dec(s.ownOutflowPerMille).div(1000) }),
      at,
    };
  });
}

function settlementKey(g: Extras, members: readonly string[], start: number): SettlementKey | undefined {
  if (g.settlement === 'fixed') return { kind: 'fixed', shares: equalShares(members), at };
  if (g.settlement === 'by') return { kind: 'by', by: 'fte_share', lag: 1, at };
  return g.settlement === 'reference' ? { kind: 'by', by: 'headcount_share', lag: 0, referenceYear: start, at } : undefined;
}

/** The generated region with the extras: streams, age bands, a per-inhabitant line, a settled configuration, a supplier, a dissolution. */
function withExtras(s: Scenario, g: Extras): Scenario {
  const { region } = s;
  const { start } = region.horizon;
  const ids = region.municipalityIds;
  const half = ids.slice(0, Math.ceil(ids.length / 2));
  const rest = ids.filter((m) => !half.includes(m));
  const gr = region.models.get('gr');
  if (gr === undefined) throw new Error('the generated region has model gr');
  const grLines = [...gr.lines, line('inwoners', { driver: 'per_inhabitant', amount: g.perInhabitant })];
  const koper = model('koper', grLines.map((l) => (l.id === 'loon' || l.id === 'opslag' ? { ...l, fee: true as const } : l)));
  const key = settlementKey(g, ids, start);
  const configurations: Configuration[] = [...region.configurations];
  if (key !== undefined) configurations.push({ id: 'verevend', label: 'verevend', at, organisations: [{ model: 'gr', members: ids, at, settlement: { pooled: g.settlement === 'fixed' ? 'all' : ['loon', 'overhead'], key, at } }] });
  if (g.fees && rest.length > 0) {
    const supplier: Organisation = { id: 'lev', model: 'gr', members: half, at, ...(key === undefined || g.settlement === 'fixed' ? {} : { settlement: { pooled: ['overhead'], key, at } }) };
    configurations.push({ id: 'levering', label: 'levering', at, organisations: [supplier, { model: 'koper', members: rest, supplier: 'lev', at }] });
  }
  const dissolution: Dissolution | undefined = g.dissolution === undefined ? undefined : {
    label: 'opheffing', year: start, yearAt: at, at,
    key: g.dissolution.by === 'fixed' ? { kind: 'fixed', shares: equalShares(ids), at } : { kind: 'by', by: g.dissolution.by, referenceYear: start, at },
    items: [{ id: 'pand', label: 'pand', kind: 'cost', amounts: new Map([[start, new Dec(g.dissolution.amount)]]), at, yearsAt: new Map() }],
  };
  const outflow = g.bands === undefined ? region.outflow : { kind: 'bands' as const, bands: g.bands.map((q, i) => ({ ...(i < (g.bands?.length ?? 0) - 1 ? { belowAge: 30 + 10 * i } : {}), rate: new Dec(q).div(1000) })) };
  return {
    ...s,
    region: { ...region, outflow, models: new Map([...region.models, ['gr', { ...gr, lines: grLines }], ['koper', koper]]), configurations, ...(dissolution === undefined ? {} : { dissolution }) },
    municipalities: s.municipalities.map((m, i) => (i === 0 ? { ...m, inflow: inflowStreams(g, start) } : m)),
  };
}

const region = fc.tuple(generatedRegion(), extras).map(([s, g]) => withExtras(s, g));

function holds(bound: Bound, x: Decimal | undefined): boolean {
  return bound !== undefined && x !== undefined && x.gte(bound.lo) && x.lte(bound.hi);
}

describe('the bound on every figure of a projection (docs/methodology.md#figure-bound)', () => {
  it('holds every figure of every municipality\'s projected population, and counts the people left out as the projection does', () => {
    fc.assert(fc.property(region, (s) => {
      for (const m of s.municipalities) {
        const bound = populationBound(m, s.region);
        const population = projectPopulation(m.employees, s.region, m.inflow);
        expect(bound?.excludedCount).toBe(population.excludedCount);
        for (const q of ['fte', 'se', 'headcount'] as const) {
          population[q].forEach((x, t) => expect(holds(bound?.[q][t], x), `${m.id} ${q} ${t}`).toBe(true));
          for (const [form, volumes] of population.byWorkForm) volumes[q].forEach((x, t) => expect(holds(bound?.byWorkForm.get(form)?.[q][t], x)).toBe(true));
        }
      }
    }), runs);
  });

  it('holds every amount of every line of every municipality in every configuration, where it gives a bound', () => {
    fc.assert(fc.property(region, (s) => {
      const p = project(s);
      const bounds = figureBounds(s);
      let lines = 0;
      for (const [c, byM] of p.results) {
        for (const [m, r] of byM) {
          for (const lr of r.lines) {
            const amounts = bounds?.lines.get(c)?.get(m)?.get(lr.line.id);
            expect(amounts, `${c} ${m} ${lr.line.id}`).toBeDefined();
            lr.amounts.forEach((x, t) => {
              const bound = amounts?.[t];
              if (bound !== undefined) expect(holds(bound, x), `${c} ${m} ${lr.line.id} ${t}: ${x.toString()} in [${bound.lo}, ${bound.hi}]`).toBe(true);
            });
            lines++;
          }
          // no line the projection does not have
          expect(bounds?.lines.get(c)?.get(m)?.size).toBe(r.lines.length);
        }
      }
      expect(lines).toBeGreaterThan(0);
    }), runs);
  });

  it('where validate skips the projection, the projection raises no issue and gives the same warnings', () => {
    // rates and amounts up to far past the figure limit, so that both ways are taken
    const large = fc.tuple(region, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 4 })).map(([s, digits, index]) => {
      const parameters = new Map([...s.region.parameters].map(([name, p]) => [name, name === 'overhead' ? { ...p, values: new Map([...p.values].map(([y, v]) => [y, v.plus(new Dec(10).pow(digits))])) } : name === 'loon' && index > 2 ? { ...p, index: { kind: 'constant' as const, rate: new Dec(index * 10) } } : p]));
      return { ...s, region: { ...s.region, parameters } };
    });
    let skipped = 0;
    let projectedOnly = 0;
    fc.assert(fc.property(large, (s) => {
      const warnings = warningsWithoutProjection(s);
      if (warnings === undefined) {
        projectedOnly++;
        return;
      }
      skipped++;
      let projected: readonly unknown[] | UserError;
      try {
        projected = project(s).warnings;
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        projected = e;
      }
      expect(projected).toEqual(warnings);
    }), { ...runs, numRuns: runs.numRuns * 2 });
    expect(skipped).toBeGreaterThan(0);
    expect(projectedOnly).toBeGreaterThan(0);
  });
});

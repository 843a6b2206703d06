import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project, type Projection } from '../../src/engine/index.js';
import type { Configuration, SettlementKey } from '../../src/model/configuration.js';
import { Dec, ONE, ZERO } from '../../src/model/decimal.js';
import type { Scenario } from '../../src/model/scenario.js';
import { generatedRegion } from './generated-region.js';

// Settlement (docs/methodology.md#settlement) on random regions: the `gr` organisation of
// generated-region.ts settled by a random fixed key, a random volume key and on part of its lines.

const at = { file: 'generated' };
/**
 * Own amounts are pooled on the exact shares' grid of 10⁻²⁴ euro, and unsettled sums keep 40
 * significant digits: figures that the methodology makes equal agree to far below 10⁻¹⁸ euro.
 */
const TINY = new Dec('1e-18');
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) };

/** Shares on a grid of 10⁻⁴ that sum to exactly 1: the last member takes the rest. */
function fixedShares(weights: readonly number[], members: readonly string[]): Map<string, Dec> {
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = members.map((_, i) => new Dec(weights[i] ?? 0).div(total).toDecimalPlaces(4, Dec.ROUND_DOWN));
  const rest = ONE.minus(shares.slice(0, -1).reduce((a, b) => a.plus(b), ZERO));
  return new Map(members.map((m, i) => [m, i === members.length - 1 ? rest : shares[i] ?? ZERO]));
}

const draw = fc.record({
  weights: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 4 }).filter((w) => w.some((x) => x > 0)),
  by: fc.constantFrom('se_share', 'fte_share', 'headcount_share', 'inhabitants', 'equal' as const),
  timing: fc.constantFrom('current', 'lag', 'reference'),
  referenceOffset: fc.nat(),
});

type Draw = typeof draw extends fc.Arbitrary<infer T> ? T : never;

/** The generated scenario with three settled copies of `gr`: fixed key (all lines), a volume key (all lines), and part of the lines. */
function settled(s: Scenario, g: Draw): Scenario {
  const region = s.region;
  const members = region.municipalityIds;
  const gr = (id: string, key: SettlementKey, pooled: 'all' | string[]): Configuration => ({
    id, label: id, at, organisations: [{ id: 'gr', model: 'gr', members, at, settlement: { pooled, key, at } }],
  });
  const years = region.horizon.end - region.horizon.start + 1;
  const byKey: SettlementKey = g.timing === 'lag' ? { kind: 'by', by: g.by, lag: 1, at }
    : g.timing === 'reference' ? { kind: 'by', by: g.by, lag: 0, referenceYear: region.horizon.start + (g.referenceOffset % years), at }
      : { kind: 'by', by: g.by, lag: 0, at };
  const fixed: SettlementKey = { kind: 'fixed', shares: fixedShares(g.weights, members), at };
  const configurations = [...region.configurations, gr('fixed', fixed, 'all'), gr('by', byKey, 'all'), gr('part', fixed, ['loon', 'overhead', 'opslag'])];
  return { ...s, region: { ...region, configurations } };
}

function byMember(p: Projection, configuration: string) {
  return [...(p.results.get(configuration)?.values() ?? [])];
}

/** key(m,t) of a volume key, written out again from the projection's populations (an independent reading of the methodology). */
function expectedKey(p: Projection, key: Extract<SettlementKey, { kind: 'by' }>, member: string, t: number): Dec {
  const ids = p.region.municipalityIds;
  const weight = (m: string, y: number): Dec => {
    if (key.by === 'equal') return ONE;
    if (key.by === 'inhabitants') return p.scenario.municipalities.find((x) => x.id === m)?.inhabitants ?? ZERO;
    const pop = p.populations.get(m);
    return (key.by === 'se_share' ? pop?.se : key.by === 'fte_share' ? pop?.fte : pop?.headcount)?.[y] ?? ZERO;
  };
  const current = (y: number): Dec => {
    const total = ids.reduce((acc, m) => acc.plus(weight(m, y)), ZERO);
    if (total.gt(0)) return weight(member, y).div(total);
    return y === 0 ? ONE.div(ids.length) : current(y - 1);
  };
  if (key.referenceYear !== undefined) return current(key.referenceYear - p.region.horizon.start);
  return current(key.lag === 1 ? Math.max(0, t - 1) : t);
}

describe('settlement of an organisation (methodology, settlement)', () => {
  it('Σ verevening over the members is exactly 0 every year; own net + verevening = net (to 10⁻¹⁸ euro); unsettled: verevening 0', () => {
    fc.assert(fc.property(generatedRegion(), draw, (s, g) => {
      const p = project(settled(s, g));
      for (const c of p.region.configurations) {
        const rs = byMember(p, c.id);
        p.years.forEach((_, t) => {
          expect(rs.reduce((acc, r) => acc.plus(r.verevening[t] ?? ZERO), ZERO).eq(0)).toBe(true);
          for (const r of rs) expect(r.ownNet[t]?.plus(r.verevening[t] ?? ZERO).minus(r.net[t] ?? NaN).abs().lt(TINY)).toBe(true);
          if (c.organisations.every((o) => o.settlement === undefined)) for (const r of rs) expect(r.verevening[t]?.eq(0)).toBe(true);
        });
      }
    }), runs);
  });

  it('the region\'s total is the same whatever the key, and each member\'s own net is its net without settlement', () => {
    fc.assert(fc.property(generatedRegion(), draw, (s, g) => {
      const p = project(settled(s, g));
      const gr = p.regional.get('gr');
      for (const id of ['fixed', 'by', 'part']) {
        p.years.forEach((_, t) => expect(p.regional.get(id)?.net[t]?.minus(gr?.net[t] ?? NaN).abs().lt(TINY)).toBe(true));
        for (const r of byMember(p, id)) {
          const unsettled = p.results.get('gr')?.get(r.municipality);
          p.years.forEach((_, t) => expect(r.ownNet[t]?.minus(unsettled?.net[t] ?? NaN).abs().lt(TINY)).toBe(true));
        }
      }
    }), runs);
  });

  it('with pooled: all, each member\'s net is its key share of the organisation\'s net (to 10⁻¹⁸ euro)', () => {
    fc.assert(fc.property(generatedRegion(), draw, (s, g) => {
      const scenario = settled(s, g);
      const p = project(scenario);
      const organisationNet = p.regional.get('gr')?.net ?? [];
      const keyOf = (c: string) => scenario.region.configurations.find((x) => x.id === c)?.organisations[0]?.settlement?.key;
      for (const id of ['fixed', 'by']) {
        const key = keyOf(id);
        for (const r of byMember(p, id)) {
          p.years.forEach((_, t) => {
            const share = key?.kind === 'fixed' ? key.shares.get(r.municipality) ?? ZERO : key === undefined ? ZERO : expectedKey(p, key, r.municipality, t);
            const expected = share.times(organisationNet[t] ?? ZERO);
            expect(r.net[t]?.minus(expected).abs().lt(TINY), `${id} ${r.municipality} ${t}: ${r.net[t]?.toString()} ≠ ${expected.toString()}`).toBe(true);
          });
        }
      }
    }), runs);
  });

  it('with part of the lines pooled, the lines left out stay the member\'s own', () => {
    fc.assert(fc.property(generatedRegion(), draw, (s, g) => {
      const p = project(settled(s, g));
      for (const r of byMember(p, 'part')) {
        const unsettled = p.results.get('gr')?.get(r.municipality);
        for (const lr of r.lines) {
          const pooled = ['loon', 'overhead', 'opslag'].includes(lr.line.id);
          expect(lr.own !== undefined).toBe(pooled);
          const own = unsettled?.lines.find((l) => l.line.id === lr.line.id)?.amounts ?? [];
          (lr.own ?? lr.amounts).forEach((x, t) => expect(x.minus(own[t] ?? NaN).abs().lt(TINY)).toBe(true));
        }
      }
    }), runs);
  });
});

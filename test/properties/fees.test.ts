import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project, type Projection } from '../../src/engine/index.js';
import type { Configuration, Organisation, SettlementKey } from '../../src/model/configuration.js';
import { Dec, ZERO } from '../../src/model/decimal.js';
import type { Scenario } from '../../src/model/scenario.js';
import { line, model } from '../support/model-builders.js';
import { generatedRegion } from './generated-region.js';

// Fees between organisations (docs/methodology.md#fees) on random regions: the first half of
// the municipalities run `gr` and supply the rest, who run `koper` (a fee per SE, a margin on
// it as a fee, and non-compensable VAT on both, which is no fee).

const at = { file: 'generated' };
const TINY = new Dec('1e-18');
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) };

const draw = fc.record({
  rate: fc.integer({ min: 0, max: 20_000 }),
  otherRate: fc.integer({ min: 0, max: 20_000 }),
  marginPerMille: fc.integer({ min: 0, max: 200 }),
  vatPerMille: fc.integer({ min: 0, max: 210 }),
  settles: fc.constantFrom('no', 'fixed', 'by'),
  /** The buyers settle all their lines, fees included, among themselves. */
  buyersSettle: fc.boolean(),
});
type Draw = typeof draw extends fc.Arbitrary<infer T> ? T : never;

const multiMember = generatedRegion().filter((s) => s.municipalities.length >= 2);

/** Shares of 1/n to 10⁻⁴ that sum to exactly 1: the first member takes the rest. */
function equalShares(members: readonly string[]): Map<string, Dec> {
  const share = new Dec(1).div(members.length).toDecimalPlaces(4, Dec.ROUND_DOWN);
  return new Map(members.map((m, i) => [m, i === 0 ? new Dec(1).minus(share.times(members.length - 1)) : share]));
}

function koper(id: string, rate: number, g: Draw) {
  return model(id, [
    line('loon', { driver: 'fte', amount: 'loon' }),
    line('dienst', { driver: 'se', amount: rate, fee: true }),
    line('marge', { driver: 'percent_of', amount: { kind: 'number', value: new Dec(g.marginPerMille).div(1000) }, of: ['dienst'], fee: true }),
    line('btw', { driver: 'percent_of', amount: { kind: 'number', value: new Dec(g.vatPerMille).div(1000) }, of: ['dienst', 'marge'] }),
  ]);
}

/**
 * The generated scenario with `levering` (half supplies the rest at `rate`), `levering_ander`
 * (the same at `otherRate`), and `zonder` (the `mixed` configuration with the half named as an
 * organisation that supplies nobody, and the rest running `koper`'s fee lines without a supplier).
 */
function withFees(s: Scenario, g: Draw): Scenario {
  const region = s.region;
  const ids = region.municipalityIds;
  const half = ids.slice(0, Math.ceil(ids.length / 2));
  const rest = ids.filter((m) => !half.includes(m));
  const settlement: SettlementKey | undefined = g.settles === 'fixed'
    ? { kind: 'fixed', shares: equalShares(half), at }
    : g.settles === 'by' ? { kind: 'by', by: 'headcount_share', lag: 1, at } : undefined;
  const supplier: Organisation = { id: 'lev', model: 'gr', members: half, at, ...(settlement === undefined ? {} : { settlement: { pooled: ['overhead'], key: settlement, at } }) };
  const buyerSettlement = g.buyersSettle ? { settlement: { pooled: 'all' as const, key: { kind: 'by' as const, by: 'se_share' as const, lag: 0 as const, at }, at } } : {};
  const buyers = (m: string): Organisation[] => (rest.length === 0 ? [] : [{ model: m, members: rest, supplier: 'lev', at, ...buyerSettlement }]);
  const configurations: Configuration[] = [
    ...region.configurations,
    { id: 'levering', label: 'levering', at, organisations: [supplier, ...buyers('koper')] },
    { id: 'levering_ander', label: 'levering_ander', at, organisations: [supplier, ...buyers('koper_ander')] },
    { id: 'zonder', label: 'zonder', at, organisations: [{ id: 'lev', model: 'gr', members: half, at }, ...rest.map((m) => ({ model: 'koper', members: [m], at }))] },
    { id: 'zonder_fee', label: 'zonder_fee', at, organisations: [{ model: 'gr', members: half, at }, ...rest.map((m) => ({ model: 'koper_plain', members: [m], at }))] },
  ];
  const plain = koper('koper_plain', g.rate, g);
  const models = new Map(region.models);
  for (const m of [koper('koper', g.rate, g), koper('koper_ander', g.otherRate, g), { ...plain, lines: plain.lines.map(({ fee: _fee, ...l }) => l) }]) models.set(m.id, m);
  return { ...s, region: { ...region, models, configurations } };
}

function results(p: Projection, configuration: string) {
  return [...(p.results.get(configuration)?.values() ?? [])];
}

const sum = (xs: readonly (Dec | undefined)[]) => xs.reduce<Dec>((acc, x) => acc.plus(x ?? ZERO), ZERO);

describe('fees between organisations (methodology, fees between organisations)', () => {
  it('Σ fee revenue over the supplier\'s members = Σ fees paid by the buyers, exactly, every year, and per buyer', () => {
    fc.assert(fc.property(multiMember, draw, (s, g) => {
      const p = project(withFees(s, g));
      for (const c of ['levering', 'levering_ander']) {
        const rs = results(p, c);
        p.years.forEach((_, t) => {
          // per buyer the split is exact (below); summed over buyers in another order, to 40 significant digits
          expect(sum(rs.map((r) => r.feeRevenue[t])).minus(sum(rs.map((r) => r.feesPaid[t]))).abs().lt(TINY)).toBe(true);
          for (const buyer of rs.filter((r) => r.feesPaid[t]?.gt(0))) {
            const received = sum(rs.flatMap((r) => r.lines.filter((lr) => lr.fee?.buyer === buyer.municipality).map((lr) => lr.amounts[t])));
            expect(received.eq(buyer.feesPaid[t] ?? NaN)).toBe(true);
          }
        });
        // the fees are the buyers' own amounts of dienst and marge (before their settlement); over the buyers, what they bear of them
        const buyers = rs.filter((x) => x.model !== 'gr');
        for (const r of buyers) {
          const fees = r.lines.filter((lr) => lr.line.fee === true);
          p.years.forEach((_, t) => expect(r.feesPaid[t]?.minus(sum(fees.map((lr) => (lr.own ?? lr.amounts)[t]))).abs().lt(TINY)).toBe(true));
        }
        p.years.forEach((_, t) => {
          const borne = sum(buyers.flatMap((r) => r.lines.filter((lr) => lr.line.fee === true).map((lr) => lr.amounts[t])));
          expect(borne.minus(sum(buyers.map((r) => r.feesPaid[t]))).abs().lt(TINY)).toBe(true);
        });
      }
    }), runs);
  });

  it('the region\'s total does not depend on the fee\'s level, apart from the VAT on it', () => {
    fc.assert(fc.property(multiMember, draw, (s, g) => {
      const p = project(withFees(s, g));
      const vat = (c: string, t: number) => sum(results(p, c).flatMap((r) => r.lines.filter((lr) => lr.line.id === 'btw').map((lr) => lr.amounts[t])));
      p.years.forEach((_, t) => {
        const a = p.regional.get('levering')?.net[t] ?? ZERO;
        const b = p.regional.get('levering_ander')?.net[t] ?? ZERO;
        expect(a.minus(vat('levering', t)).minus(b.minus(vat('levering_ander', t))).abs().lt(TINY)).toBe(true);
      });
    }), runs);
  });

  it('the supplier\'s organisation-level fixed line follows the SE of its members and its buyers; its key stays its members\'', () => {
    fc.assert(fc.property(multiMember, draw, (s, g) => {
      const p = project(withFees(s, g));
      const rs = results(p, 'levering');
      const all = p.region.municipalityIds;
      for (const r of rs.filter((x) => x.model === 'gr')) {
        const overhead = r.lines.find((lr) => lr.line.id === 'overhead');
        p.years.forEach((_, t) => {
          const se = sum(all.map((m) => p.populations.get(m)?.se[t]));
          expect(overhead?.rows.get('volume')?.[t]?.eq(se)).toBe(true);
        });
        expect(r.organisationBuyers).toEqual(all.filter((m) => !r.organisationMembers.includes(m)));
      }
    }), runs);
  });

  it('a supplier without buyers, and fee lines without a supplier, give the same figures as neither', () => {
    fc.assert(fc.property(multiMember, draw, (s, g) => {
      const p = project(withFees(s, g));
      const plain = p.results.get('zonder_fee');
      for (const r of results(p, 'zonder')) {
        const other = plain?.get(r.municipality);
        p.years.forEach((_, t) => expect(r.net[t]?.eq(other?.net[t] ?? NaN)).toBe(true));
        expect(r.lines.map((lr) => lr.amounts.map((x) => x.toString()))).toEqual(other?.lines.map((lr) => lr.amounts.map((x) => x.toString())));
        expect(r.feesPaid.every((x) => x.eq(0)) && r.feeRevenue.every((x) => x.eq(0))).toBe(true);
      }
      // and the organisation without buyers computes as in `mixed` of generated-region.ts
      for (const r of results(p, 'zonder').filter((x) => x.model === 'gr')) {
        const mixed = p.results.get('mixed')?.get(r.municipality);
        p.years.forEach((_, t) => expect(r.net[t]?.eq(mixed?.net[t] ?? NaN)).toBe(true));
      }
    }), runs);
  });
});

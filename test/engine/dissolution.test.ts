import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dissolutionLineId } from '../../src/engine/dissolution.js';
import { project, type Projection } from '../../src/engine/project.js';
import { buildRiskModel, evaluate, neutralDraw, resultSize } from '../../src/engine/risk/evaluator.js';
import { ZERO, sum, type Dec } from '../../src/model/decimal.js';
import type { Dissolution, DissolutionItem, DissolutionKey } from '../../src/model/dissolution.js';
import { ALLOCATION_KEYS } from '../../src/model/line.js';
import type { Scenario } from '../../src/model/scenario.js';
import { configuration, d, employees, line, model, scenario } from '../support/model-builders.js';

const at = { file: 'region.yaml' };
const MUNICIPALITIES = ['a', 'b', 'c', 'e'];
const START = 2021;
const END = 2026;

/**
 * A region whose own lines are finite decimals (whole FTE, a whole rate, no outflow, nobody
 * reaching the AOW age), so that every sum is exact and invariants can be checked with `eq`.
 */
function region(dissolution: Dissolution | undefined, fte: readonly number[] = [3, 1, 0, 2]): Scenario {
  const s = scenario({
    start: START,
    end: END,
    models: [model('m', [line('loon', { amount: 30000 })])],
    configurations: [configuration('gr', [{ model: 'm', members: MUNICIPALITIES }]), configuration('eigen', [{ model: 'm', members: ['a'] }, { model: 'm', members: ['b', 'c', 'e'] }]), configuration('rest', [{ model: 'm', members: MUNICIPALITIES }])],
    municipalities: MUNICIPALITIES.map((id, i) => ({ id, inhabitants: 1000 * (i + 1), employees: (fte[i] ?? 0) > 0 ? employees([{ birth: { year: 1980, month: 1, day: 1 }, count: fte[i] ?? 0 }]) : [] })),
  });
  return dissolution === undefined ? s : { ...s, region: { ...s.region, dissolution } };
}

function item(id: string, kind: 'cost' | 'revenue', amounts: ReadonlyMap<number, Dec>, appliesTo?: string[]): DissolutionItem {
  return { id, label: id, kind, amounts, at, yearsAt: new Map(), ...(appliesTo === undefined ? {} : { appliesTo: appliesTo.map((c) => ({ id: c, at })) }) };
}

function dissolution(key: DissolutionKey, items: DissolutionItem[], appliesTo?: string[]): Dissolution {
  return { label: 'Saldo', year: START + 1, yearAt: at, key, items, at, ...(appliesTo === undefined ? {} : { appliesTo: appliesTo.map((c) => ({ id: c, at })) }) };
}

/** Euros with cents, up to ten million. */
const cents = fc.integer({ min: 0, max: 1_000_000_000 }).map((c) => d(c).div(100));
const amounts = fc.dictionary(fc.integer({ min: START, max: END }).map(String), cents, { minKeys: 1, maxKeys: 4 })
  .map((m) => new Map(Object.entries(m).map(([y, v]) => [Number(y), v])));
/** A fixed key: shares in 1/10000 that add up to exactly 1. */
const fixedKey = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: MUNICIPALITIES.length, maxLength: MUNICIPALITIES.length }).map((w): DissolutionKey => {
  const total = w.reduce((a, b) => a + b, 0) || 1;
  const shares = w.map((x) => d(Math.floor((x * 10_000) / total)).div(10_000));
  shares[0] = d(1).minus(sum(shares.slice(1)));
  return { kind: 'fixed', shares: new Map(MUNICIPALITIES.map((m, i) => [m, shares[i] ?? ZERO])), at };
});
const dynamicKey = fc.record({ by: fc.constantFrom(...ALLOCATION_KEYS), year: fc.integer({ min: START, max: END }) })
  .map(({ by, year }): DissolutionKey => ({ kind: 'by', by, referenceYear: year, at }));
const anyKey = fc.oneof(fixedKey, dynamicKey);
const items = fc.array(fc.tuple(fc.constantFrom<'cost' | 'revenue'>('cost', 'revenue'), amounts), { minLength: 1, maxLength: 3 })
  .map((xs) => xs.map(([kind, a], i) => item(`i${i}`, kind, a)));

const shareOf = (p: Projection, c: string, m: string, id: string) => p.results.get(c)?.get(m)?.lines.find((l) => l.line.id === dissolutionLineId(id));
const regionalNet = (p: Projection, c: string) => p.regional.get(c)?.net.map(String);

describe('dissolution balance (methodology "Dissolution balance")', () => {
  it('the municipalities\' shares of each item add up to the item exactly, every year', () => {
    fc.assert(fc.property(anyKey, items, (key, xs) => {
      const p = project(region(dissolution(key, xs)));
      for (const x of xs) {
        p.years.forEach((year, t) => {
          const total = sum(MUNICIPALITIES.map((m) => shareOf(p, 'eigen', m, x.id)?.amounts[t] ?? d(NaN)));
          expect(total.eq(x.amounts.get(year) ?? ZERO)).toBe(true);
        });
      }
    }), { numRuns: 60 });
  });

  it('the region\'s total is the same whatever the key', () => {
    fc.assert(fc.property(anyKey, anyKey, items, (k1, k2, xs) => {
      const p1 = project(region(dissolution(k1, xs)));
      const p2 = project(region(dissolution(k2, xs)));
      for (const c of ['gr', 'eigen', 'rest']) expect(regionalNet(p1, c)).toEqual(regionalNet(p2, c));
    }), { numRuns: 40 });
  });

  it('configurations the dissolution does not apply to are unchanged, and those it applies to change by the items', () => {
    fc.assert(fc.property(anyKey, items, (key, xs) => {
      const without = project(region(undefined));
      const withIt = project(region(dissolution(key, xs, ['eigen'])));
      for (const c of ['gr', 'rest']) {
        for (const m of MUNICIPALITIES) {
          const [r0, r1] = [without.results.get(c)?.get(m), withIt.results.get(c)?.get(m)];
          expect(r1?.lines.map((l) => l.line.id)).toEqual(r0?.lines.map((l) => l.line.id));
          expect(r1?.net.map(String)).toEqual(r0?.net.map(String));
          expect(r1?.delta.map(String)).toEqual(r0?.delta.map(String));
        }
      }
      const change = without.years.map((y) => sum(xs.map((x) => (x.amounts.get(y) ?? ZERO).times(x.kind === 'cost' ? 1 : -1))));
      const net0 = without.regional.get('eigen')?.net ?? [];
      expect(withIt.regional.get('eigen')?.net.map(String)).toEqual(net0.map((n, t) => n.plus(change[t] ?? ZERO).toString()));
    }), { numRuns: 40 });
  });

  it('by default applies to every configuration but the baseline; an item\'s applies_to narrows it', () => {
    const key: DissolutionKey = { kind: 'fixed', shares: new Map([['a', d('0.5')], ['b', d('0.25')], ['c', d('0.25')], ['e', ZERO]]), at };
    const p = project(region(dissolution(key, [item('x', 'cost', new Map([[2022, d(100)]])), item('y', 'cost', new Map([[2022, d(8)]]), ['rest'])])));
    expect(shareOf(p, 'gr', 'a', 'x')).toBeUndefined();
    expect(shareOf(p, 'eigen', 'a', 'x')?.amounts[1]?.toString()).toBe('50');
    expect(shareOf(p, 'eigen', 'a', 'y')).toBeUndefined();
    expect(shareOf(p, 'rest', 'b', 'y')?.amounts[1]?.toString()).toBe('2');
  });

  it('a dynamic key takes the shares of its reference year, over the whole region', () => {
    // SE a:3, b:1, c:0, e:2 every year: se_share gives 1/2, 1/6, 0, 1/3
    const p = project(region(dissolution({ kind: 'by', by: 'se_share', referenceYear: 2023, at }, [item('x', 'revenue', new Map([[2021, d(600)]]))])));
    expect(MUNICIPALITIES.map((m) => shareOf(p, 'eigen', m, 'x')?.amounts[0]?.toString())).toEqual(['300', '100', '0', '200']);
    expect(shareOf(p, 'eigen', 'a', 'x')?.line.kind).toBe('revenue');
  });

  it('the risk model reads the shares as one-off amounts: the one-off factor scales them', () => {
    const key: DissolutionKey = { kind: 'fixed', shares: new Map([['a', d(1)], ['b', ZERO], ['c', ZERO], ['e', ZERO]]), at };
    const s = region(dissolution(key, [item('x', 'cost', new Map([[2021, d(1_000_000)]]))]));
    const p = project(s);
    const model = buildRiskModel(p);
    const run = (oneOffFactor: number) => {
      const out = new Float64Array(resultSize(model));
      evaluate(model, { ...neutralDraw(model), oneOffFactor }, out);
      return out;
    };
    const [neutral, doubled] = [run(1), run(2)];
    // target a (0), configuration eigen (1): [npv, cumulative]
    const cumulative = 1 * 2 + 1;
    expect(neutral[cumulative]).toBeCloseTo(p.results.get('eigen')?.get('a')?.cumulative.toNumber() ?? NaN, 2);
    expect((doubled[cumulative] ?? NaN) - (neutral[cumulative] ?? NaN)).toBeCloseTo(1_000_000, 2);
  });
});

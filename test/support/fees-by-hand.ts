import { Decimal } from 'decimal.js';
import type { Projection } from '../../src/engine/index.js';

/**
 * The worked example of fees between organisations (docs/methodology.md, "Fees between
 * organisations"; fixtures/tiny-fees, configuration `levering`), worked out a second time
 * from the methodology's formulas and independently of src/engine/fees.ts. It starts from
 * the tiny example's figures (fixtures/tiny, which expected-*.json there checks to the
 * cent): the populations, the lines of `samen2` that fees do not touch, and Zuid's lines of
 * `eigen` that `inkoop` shares; the rest is plain decimal arithmetic.
 */

const D = Decimal.clone({ precision: 60 });
type D = Decimal;

const DISCOUNT_RATE = new D('0.03');
const SUPPLIER = ['noord', 'oost'];
const BUYER = 'zuid';
/** overhead_samen: 500,000 in 2021, growing with the price index of 1.5% a year; volume elasticity 0.2; allocation by inhabitants. */
const OVERHEAD = { amount: new D(500000), index: new D('0.015'), elasticity: new D('0.2') };
const INHABITANTS: Record<string, D> = { noord: new D(60000), oost: new D(25000) };
/** tarief_per_se 2,500 (no index), marge 4%, btw_niet_compensabel 21%. */
const FEE = { perSe: new D(2500), margin: new D('0.04'), vat: new D('0.21') };

interface LineFigures { readonly id: string; readonly kind: 'cost' | 'revenue'; readonly amounts: D[] }

const cents = (x: D): number => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
const vector = (v: readonly D[]): number[] => v.map(cents);
const npv = (v: readonly D[]) => v.reduce((acc, x, t) => acc.plus(x.times(DISCOUNT_RATE.plus(1).pow(-(t + 0.5)))), new D(0));
const total = (v: readonly D[]) => v.reduce((acc, x) => acc.plus(x), new D(0));

function linesOf(p: Projection, configuration: string, member: string, ids: readonly string[]): LineFigures[] {
  const r = p.results.get(configuration)?.get(member);
  if (r === undefined) throw new Error(`no result for ${member} under ${configuration}`);
  return ids.map((id) => {
    const l = r.lines.find((x) => x.line.id === id);
    if (l === undefined) throw new Error(`no line ${id} for ${member} under ${configuration}`);
    return { id, kind: l.line.kind, amounts: l.amounts.map((x) => new D(x.toString())) };
  });
}

function net(lines: readonly LineFigures[], years: number): D[] {
  return Array.from({ length: years }, (_, t) => lines.reduce((acc, l) => (l.kind === 'cost' ? acc.plus(l.amounts[t] ?? NaN) : acc.minus(l.amounts[t] ?? NaN)), new D(0)));
}

/** The expected §6 figures of configuration `levering` for each municipality of fixtures/tiny-fees. */
export function feesByHand(tiny: Projection): Map<string, object> {
  const years = tiny.years.length;
  const se = (m: string, t: number) => new D(tiny.populations.get(m)?.se[t]?.toString() ?? NaN);
  // Zuid's fees: dienstverlening = SE · 2,500; marge = 4% of it; the VAT of 21% on both is no fee
  const dienst = tiny.years.map((_, t) => se(BUYER, t).times(FEE.perSe));
  const marge = dienst.map((x) => x.times(FEE.margin));
  const btw = dienst.map((x, t) => x.plus(marge[t] ?? NaN).times(FEE.vat));
  const fees = dienst.map((x, t) => x.plus(marge[t] ?? NaN));
  // the supplier's overhead follows the SE of Noord, Oost and Zuid
  const v = tiny.years.map((_, t) => se('noord', t).plus(se('oost', t)).plus(se(BUYER, t)));
  const overhead = tiny.years.map((_, t) => OVERHEAD.amount.times(OVERHEAD.index.plus(1).pow(t))
    .times(new D(1).minus(OVERHEAD.elasticity).plus(OVERHEAD.elasticity.times((v[t] ?? new D(NaN)).div(v[0] ?? NaN)))));
  const inhabitants = INHABITANTS.noord?.plus(INHABITANTS.oost ?? NaN) ?? new D(NaN);
  const byMember = new Map<string, { lines: LineFigures[]; paid: D[]; revenue: D[] }>();
  for (const m of SUPPLIER) {
    const same = linesOf(tiny, 'samen2', m, ['rijksbijdrage', 'loonkosten', 'toegevoegde_waarde', 'begeleiding', 'frictie']);
    const ownOverhead = overhead.map((x) => x.times(INHABITANTS[m] ?? NaN).div(inhabitants));
    // its share of Zuid's fees: its SE share in the supplier, per year
    const revenue = fees.map((x, t) => x.times(se(m, t)).div(se('noord', t).plus(se('oost', t))));
    const lines = [...same.slice(0, 4), { id: 'overhead', kind: 'cost' as const, amounts: ownOverhead }, ...same.slice(4), { id: `fee.${BUYER}`, kind: 'revenue' as const, amounts: revenue }];
    byMember.set(m, { lines, paid: revenue.map(() => new D(0)), revenue });
  }
  const own = linesOf(tiny, 'eigen', BUYER, ['rijksbijdrage', 'loonkosten', 'regie']);
  byMember.set(BUYER, {
    lines: [...own.slice(0, 2), { id: 'dienstverlening', kind: 'cost', amounts: dienst }, { id: 'marge', kind: 'cost', amounts: marge }, { id: 'btw', kind: 'cost', amounts: btw }, ...own.slice(2)],
    paid: fees,
    revenue: fees.map(() => new D(0)),
  });
  return new Map([...byMember].map(([m, f]) => {
    const n = net(f.lines, years);
    const baseline = (tiny.results.get('gr')?.get(m)?.net ?? []).map((x) => new D(x.toString()));
    const delta = n.map((x, t) => x.minus(baseline[t] ?? NaN));
    const levering = {
      lines: Object.fromEntries(f.lines.map((l) => [l.id, { kind: l.kind, amounts: vector(l.amounts) }])),
      net: vector(n),
      cumulative: cents(total(n)),
      npv: cents(npv(n)),
      delta_npv: cents(npv(delta)),
      fees_paid: vector(f.paid),
      fee_revenue: vector(f.revenue),
    };
    return [m, { municipality: m, years: tiny.years, baseline: 'gr', configurations: { levering } }];
  }));
}

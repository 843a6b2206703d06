import { Decimal } from 'decimal.js';
import type { Projection } from '../../src/engine/index.js';

/**
 * The worked example of settlement (docs/methodology.md, "Settlement";
 * fixtures/tiny-settlement), worked out a second time from the methodology's formulas and
 * independently of src/engine/settlement.ts: it starts from the own figures of the tiny
 * example (fixtures/tiny, which expected-*.json there checks to the cent) and applies
 * settlement by plain decimal arithmetic, without the exact-share rule (which moves no more
 * than 10⁻²⁴ euro).
 */

const D = Decimal.clone({ precision: 60 });
type D = Decimal;

/** The settlements of fixtures/tiny-settlement/regio.yaml, as the methodology reads them. */
const GR_KEY: Record<string, string> = { noord: '0.55', oost: '0.3', zuid: '0.15' };
const SAMEN = { members: ['noord', 'oost'], pooled: ['overhead', 'frictie'] };
const DISCOUNT_RATE = new D('0.03');

interface LineFigures { readonly id: string; readonly kind: 'cost' | 'revenue'; readonly own: D[]; readonly settled?: D[] }
interface Figures { readonly model: string; readonly members: readonly string[]; readonly lines: LineFigures[]; readonly key?: D[] }

const cents = (x: D): number => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
const vector = (v: readonly D[]): number[] => v.map(cents);

/** The own figures of one municipality under one configuration, from the unsettled tiny projection. */
function ownFigures(own: Projection, configuration: string, member: string): Figures {
  const r = own.results.get(configuration)?.get(member);
  if (r === undefined) throw new Error(`no result for ${member} under ${configuration}`);
  return {
    model: r.model,
    members: r.organisationMembers,
    lines: r.lines.map((l) => ({ id: l.line.id, kind: l.line.kind, own: l.amounts.map((x) => new D(x.toString())) })),
  };
}

/** key(m,t) · Σ_n X_l(n,t) for each pooled line of `member`. */
function settle(all: ReadonlyMap<string, Figures>, member: string, pooled: (id: string) => boolean, key: D[]): Figures {
  const mine = all.get(member);
  if (mine === undefined) throw new Error(`no figures for ${member}`);
  const lines = mine.lines.map((l) => {
    if (!pooled(l.id)) return l;
    const pool = l.own.map((_, t) => mine.members.reduce((acc, n) => acc.plus(all.get(n)?.lines.find((x) => x.id === l.id)?.own[t] ?? NaN), new D(0)));
    return { ...l, settled: pool.map((x, t) => x.times(key[t] ?? NaN)) };
  });
  return { ...mine, lines, key };
}

/** SE shares of the samen organisation, last year's (the first year its own). */
function samenKey(own: Projection, member: string): D[] {
  const se = (m: string, t: number) => new D(own.populations.get(m)?.se[t]?.toString() ?? NaN);
  return own.years.map((_, t) => {
    const y = Math.max(0, t - 1);
    return se(member, y).div(SAMEN.members.reduce((acc, m) => acc.plus(se(m, y)), new D(0)));
  });
}

function net(f: Figures, which: 'own' | 'settled'): D[] {
  const years = f.lines[0]?.own.length ?? 0;
  return Array.from({ length: years }, (_, t) => f.lines.reduce((acc, l) => {
    const x = (which === 'settled' ? l.settled ?? l.own : l.own)[t] ?? new D(NaN);
    return l.kind === 'cost' ? acc.plus(x) : acc.minus(x);
  }, new D(0)));
}

const npv = (v: readonly D[]) => v.reduce((acc, x, t) => acc.plus(x.times(DISCOUNT_RATE.plus(1).pow(-(t + 0.5)))), new D(0));
const total = (v: readonly D[]) => v.reduce((acc, x) => acc.plus(x), new D(0));

function breakEven(delta: readonly D[], years: readonly number[]): number | null {
  const running = delta.map((_, t) => total(delta.slice(0, t + 1)));
  const t = running.findIndex((_, i) => running.slice(i).every((x) => x.lte(0)));
  return t < 0 ? null : years[t] ?? null;
}

/** The expected §6 document of each municipality of fixtures/tiny-settlement (without population and warnings). */
export function settledByHand(own: Projection): Map<string, object> {
  const ids = own.region.municipalityIds;
  const figures = new Map<string, Map<string, Figures>>();
  for (const c of ['gr', 'eigen', 'samen2']) {
    const unsettled = new Map(ids.map((m) => [m, ownFigures(own, c, m)]));
    figures.set(c, new Map(ids.map((m) => {
      if (c === 'gr') return [m, settle(unsettled, m, () => true, own.years.map(() => new D(GR_KEY[m] ?? NaN)))];
      if (c === 'samen2' && SAMEN.members.includes(m)) return [m, settle(unsettled, m, (id) => SAMEN.pooled.includes(id), samenKey(own, m))];
      return [m, unsettled.get(m) as Figures];
    })));
  }
  return new Map(ids.map((m) => {
    const baseline = net(figures.get('gr')?.get(m) as Figures, 'settled');
    const configurations = Object.fromEntries([...figures].map(([c, byMember]) => {
      const f = byMember.get(m) as Figures;
      const settled = net(f, 'settled');
      const ownNet = net(f, 'own');
      const delta = settled.map((x, t) => x.minus(baseline[t] ?? NaN));
      return [c, {
        model: f.model,
        organisation_members: f.members,
        lines: Object.fromEntries(f.lines.map((l) => [l.id, { kind: l.kind, amounts: vector(l.settled ?? l.own), ...(l.settled === undefined ? {} : { own: vector(l.own) }) }])),
        net: vector(settled),
        cumulative: cents(total(settled)),
        npv: cents(npv(settled)),
        delta: vector(delta),
        delta_cumulative: cents(total(delta)),
        delta_npv: cents(npv(delta)),
        break_even_year: c === 'gr' ? null : breakEven(delta, own.years),
        own: vector(ownNet),
        settled: vector(settled),
        verevening: vector(settled.map((x, t) => x.minus(ownNet[t] ?? NaN))),
        ...(f.key === undefined ? {} : { settlement_key: f.key.map((k) => k.toNumber()) }),
      }];
    }));
    return [m, { municipality: m, years: own.years, baseline: 'gr', configurations }];
  }));
}

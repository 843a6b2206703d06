import { Dec, ONE, ZERO } from '../model/decimal.js';
import type { EmployeeGroup } from '../model/employee.js';
import type { InflowStream } from '../model/inflow.js';
import type { Municipality } from '../model/municipality.js';
import type { Region } from '../model/region.js';
import { aowDate, workedMonths } from './aow.js';
import { add, between, div, exactly, mul, sub, ZERO_BOUND, type Bound } from './bound-interval.js';

/** Intervals that hold a municipality's FTE, SE and average head count in each year (as population.ts `Volumes`). */
export interface VolumeBounds {
  readonly fte: Bound[];
  readonly se: Bound[];
  readonly headcount: Bound[];
}

/**
 * Intervals that hold every figure of a municipality's projected population, per work form
 * and in total, found without projecting it (docs/methodology.md#figure-bound), and the
 * number of people the projection leaves out, which needs no projection either.
 */
export interface PopulationBound extends VolumeBounds {
  readonly byWorkForm: ReadonlyMap<string, VolumeBounds>;
  readonly excludedCount: number;
}

const QUANTITIES = ['fte', 'se', 'headcount'] as const;

/** Employees of one work form who work the same number of months of the horizon: their sums. */
interface Group {
  count: Dec;
  fte: Dec;
  se: Dec;
}

/**
 * The bounds of municipality `m`'s population (docs/methodology.md#figure-bound): none where
 * an outflow rate lies outside [0, 1), which the bounds' reasoning on survival needs (at 1,
 * an entrant's survival to the entry day is zero, and the engine divides by it).
 */
export function populationBound(m: Municipality, region: Region): PopulationBound | undefined {
  const rates = outflowRates(region, m.inflow ?? []);
  if (rates.some((q) => q.isNegative() || q.gte(ONE))) return undefined;
  const n = region.horizon.end - region.horizon.start + 1;
  const byWorkForm = new Map(region.workForms.map((f): [string, VolumeBounds] => [f.id, emptyVolumes(n)]));
  const { groups, excludedCount } = groupByWorked(m.employees, region);
  const presence = presenceBounds(n, rates.reduce((a, b) => Dec.max(a, b), ZERO));
  for (const [key, group] of groups) {
    const [form = '', worked = '0'] = key.split('\u0000');
    const volumes = byWorkForm.get(form);
    if (volumes !== undefined) addEmployees(volumes, group, Number(worked), presence);
  }
  for (const stream of m.inflow ?? []) {
    const volumes = byWorkForm.get(stream.workForm);
    if (volumes !== undefined) addStream(volumes, stream, region);
  }
  const forms = [...byWorkForm.values()];
  const total = (q: (typeof QUANTITIES)[number]) => Array.from({ length: n }, (_, t) => forms.reduce((acc: Bound, v) => add(acc, v[q][t]), ZERO_BOUND));
  return { fte: total('fte'), se: total('se'), headcount: total('headcount'), byWorkForm, excludedCount };
}

function emptyVolumes(n: number): VolumeBounds {
  return { fte: new Array<Bound>(n).fill(ZERO_BOUND), se: new Array<Bound>(n).fill(ZERO_BOUND), headcount: new Array<Bound>(n).fill(ZERO_BOUND) };
}

/** Every outflow rate the projection may read: the region's (constant or per band) and the streams' own. */
function outflowRates(region: Region, streams: readonly InflowStream[]): Dec[] {
  const { outflow } = region;
  const own = streams.flatMap((s) => (s.outflowRate === undefined ? [] : [s.outflowRate]));
  return [...(outflow.kind === 'constant' ? [outflow.rate] : outflow.bands.map((b) => b.rate)), ...own];
}

/** The employees by work form and months worked (as population.ts counts them), and those left out: no month worked. */
function groupByWorked(employees: readonly EmployeeGroup[], region: Region): { groups: Map<string, Group>; excludedCount: number } {
  const groups = new Map<string, Group>();
  let excludedCount = 0;
  for (const e of employees) {
    const worked = workedMonths(aowDate(e.birth, region.aowSchedule), region.horizon);
    if (worked === 0) {
      excludedCount += e.count;
      continue;
    }
    const key = `${e.workForm}\u0000${worked}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { count: new Dec(e.count), fte: e.fte, se: e.se });
    else Object.assign(group, { count: group.count.plus(e.count), fte: group.fte.plus(e.fte), se: group.se.plus(e.se) });
  }
  return { groups, excludedCount };
}

/**
 * presence[t][m]: an interval that holds the presence in year t of someone who works its
 * first m months (1–12): at most m/12, at least m/12 · (1 − q_max)^(t+1), as survival to
 * any month of year t is at least survival to its end.
 */
function presenceBounds(n: number, qMax: Dec): Bound[][] {
  const yearly = sub(exactly(ONE), exactly(qMax))?.lo ?? 0;
  const factor = Math.max(0, yearly);
  const twelve = exactly(new Dec(12));
  const presence: Bound[][] = [];
  let survival: Bound = { lo: 1, hi: 1 };
  for (let t = 0; t < n; t++) {
    survival = mul(survival, { lo: factor, hi: factor });
    const lowest = Math.max(0, survival?.lo ?? 0);
    presence.push(Array.from({ length: 13 }, (_, m) => {
      const share = div(exactly(new Dec(m)), twelve);
      return share === undefined ? undefined : { lo: mul(share, { lo: lowest, hi: lowest })?.lo ?? 0, hi: share.hi };
    }));
  }
  return presence;
}

/** Adds a group of employees who work `worked` months to the years they work in: their sums times their presence. */
function addEmployees(volumes: VolumeBounds, group: Group, worked: number, presence: Bound[][]): void {
  const amounts = { fte: exactly(group.fte), se: exactly(group.se), headcount: exactly(group.count) };
  for (let t = 0; t < presence.length && worked > 12 * t; t++) {
    const p = presence[t]?.[Math.min(12, worked - 12 * t)];
    for (const q of QUANTITIES) volumes[q][t] = add(volumes[q][t], mul(amounts[q], p));
  }
}

/**
 * Adds an inflow stream: its head count in year t is at most the people it can have
 * brought in up to t (each entrant's presence is at most 1), times the share of its ages
 * that bring anyone in; each year at most the people written, or the largest target
 * written (a year's inflow only tops the head count up to the target).
 */
function addStream(volumes: VolumeBounds, stream: InflowStream, region: Region): void {
  const shares = stream.ages.reduce((acc, a) => (a.share.gt(0) ? acc.plus(a.share) : acc), ZERO);
  const written = [...stream.size.byYear.values()];
  const largest = written.reduce((a, b) => Dec.max(a, b), ZERO);
  const first = Math.min(...stream.size.byYear.keys());
  let entered = ZERO;
  for (let t = 0; t <= region.horizon.end - region.horizon.start; t++) {
    const year = region.horizon.start + t;
    const inflow = stream.size.kind === 'people' ? Dec.max(ZERO, stream.size.byYear.get(year) ?? ZERO) : year >= first ? largest : ZERO;
    entered = entered.plus(inflow);
    const heads = between(ZERO, entered.times(shares));
    volumes.headcount[t] = add(volumes.headcount[t], heads);
    volumes.fte[t] = add(volumes.fte[t], mul(heads, exactly(stream.fte)));
    volumes.se[t] = add(volumes.se[t], mul(heads, exactly(stream.se)));
  }
}

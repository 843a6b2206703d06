import type { SourceRef } from '../errors.js';
import type { Unit } from '../model/series.js';
import type { Dec } from '../model/decimal.js';
import { rateUses } from './line-result.js';
import type { UsedParameter } from './parameter-book.js';
import type { Projection } from './project.js';
import { indexRate } from './series.js';
import { REGION, subjectKey, type Subject } from './subject.js';

/** One side's view of a compared series: its values on the comparison's timeline (null where it has none) and where it is defined. */
export interface SeriesSide {
  readonly values: readonly (Dec | null)[];
  readonly unit?: Unit;
  readonly description?: string;
  readonly source?: string;
  readonly at: SourceRef;
}

/** A year in which a and b differ; `change` is b − a where both have a value. */
export interface YearDifference {
  readonly year: number;
  readonly a: Dec | null;
  readonly b: Dec | null;
  readonly change: Dec | null;
}

/** A parameter or index whose resolved values differ between a and b, or that only one side uses. */
export interface SeriesDifference {
  readonly kind: 'parameter' | 'index';
  readonly name: string;
  /** The parameter scopes whose lines see this difference (`region`, municipality ids); `region` for an index. */
  readonly scopes: readonly string[];
  /** Undefined when only the other side uses the series. */
  readonly a?: SeriesSide;
  readonly b?: SeriesSide;
  readonly years: readonly YearDifference[];
}

interface SeenParameter {
  readonly scope: string;
  readonly used: UsedParameter;
}

/**
 * Every parameter whose resolved series differ between a and b as the compared lines read
 * them: the municipality's lines (its own scope and the region's), or every municipality's
 * for the region. A difference seen identically in several scopes is listed once.
 */
export function parameterDifferences(a: Projection, b: Projection, subject: Subject, years: readonly number[]): SeriesDifference[] {
  const seenA = parametersSeen(a, subject);
  const seenB = parametersSeen(b, subject);
  const span = timeline(a, b, years);
  const candidates = [...new Set([...seenA.keys(), ...seenB.keys()])].flatMap((key) => {
    const sa = seenA.get(key);
    const sb = seenB.get(key);
    const seen = sa ?? sb;
    if (seen === undefined) return [];
    const difference = seriesDifference('parameter', seen.used.parameter.name, [seen.scope], sa && parameterSide(sa.used, years), sb && parameterSide(sb.used, years), span);
    return difference === undefined ? [] : [difference];
  });
  const order = [...new Set([...a.region.parameters.keys(), ...b.region.parameters.keys()])];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return mergeScopes(candidates).sort((x, y) => rank(x.name) - rank(y.name) || x.name.localeCompare(y.name));
}

/** Every index that a compared parameter (on either side) grows with and whose yearly rates differ. */
export function indexDifferences(a: Projection, b: Projection, subject: Subject, years: readonly number[]): SeriesDifference[] {
  const indexIds = (seen: ReadonlyMap<string, SeenParameter>) =>
    [...seen.values()].flatMap(({ used }) => (used.parameter.index?.kind === 'series' ? [used.parameter.index.id] : []));
  const ids = [...new Set([...indexIds(parametersSeen(a, subject)), ...indexIds(parametersSeen(b, subject))])];
  const span = timeline(a, b, years);
  return ids.flatMap((id) => {
    const difference = seriesDifference('index', id, [subjectKey(REGION)], indexSide(a, id, years), indexSide(b, id, years), span);
    return difference === undefined ? [] : [difference];
  });
}

/** `scope:name` → the parameter the compared lines read there, in the order the lines read them. */
function parametersSeen(projection: Projection, subject: Subject): Map<string, SeenParameter> {
  const seen = new Map<string, SeenParameter>();
  for (const byMunicipality of projection.results.values()) {
    for (const result of byMunicipality.values()) {
      if (subject.kind === 'municipality' && result.municipality !== subject.id) continue;
      for (const source of result.lines.flatMap((l) => rateUses(l).map((use) => use.source))) {
        if (source.kind !== 'parameter') continue;
        const scope = subjectKey(source.scope);
        const used = projection.parameters.get(scope)?.get(source.name);
        if (used !== undefined) seen.set(`${scope}:${source.name}`, { scope, used });
      }
    }
  }
  return seen;
}


function parameterSide({ parameter, series }: UsedParameter, years: readonly number[]): SeriesSide {
  const values = years.map((year) => series.values[year - series.from] ?? null);
  return { values, at: parameter.at, ...metadata(parameter) };
}

function indexSide(projection: Projection, id: string, years: readonly number[]): SeriesSide | undefined {
  const index = projection.region.indices.get(id);
  if (index === undefined) return undefined;
  const { start, end } = projection.region.horizon;
  const values = years.map((year) => (year >= start && year <= end ? indexRate(index, year) ?? null : null));
  return { values, unit: 'ratio', at: index.at, ...metadata(index) };
}

function metadata(x: { readonly unit?: Unit; readonly description?: string; readonly source?: string }): Partial<SeriesSide> {
  return {
    ...(x.unit === undefined ? {} : { unit: x.unit }),
    ...(x.description === undefined ? {} : { description: x.description }),
    ...(x.source === undefined ? {} : { source: x.source }),
  };
}

/** The comparison's years, each with whether it lies in both horizons: only there can two values differ (docs/methodology.md#scenario-comparison). */
interface Timeline {
  readonly years: readonly number[];
  readonly common: readonly boolean[];
}

function timeline(a: Projection, b: Projection, years: readonly number[]): Timeline {
  const inside = (p: Projection, year: number) => year >= p.region.horizon.start && year <= p.region.horizon.end;
  return { years, common: years.map((year) => inside(a, year) && inside(b, year)) };
}

function seriesDifference(
  kind: SeriesDifference['kind'],
  name: string,
  scopes: readonly string[],
  a: SeriesSide | undefined,
  b: SeriesSide | undefined,
  span: Timeline,
): SeriesDifference | undefined {
  const years = span.years.flatMap((year, t): YearDifference[] => {
    const va = a?.values[t] ?? null;
    const vb = b?.values[t] ?? null;
    const differs = a === undefined || b === undefined ? (va ?? vb) !== null : span.common[t] === true && !sameValue(va, vb);
    return differs ? [{ year, a: va, b: vb, change: va !== null && vb !== null ? vb.minus(va) : null }] : [];
  });
  if (a !== undefined && b !== undefined && years.length === 0) return undefined;
  return { kind, name, scopes, ...(a === undefined ? {} : { a }), ...(b === undefined ? {} : { b }), years };
}

function sameValue(x: Dec | null, y: Dec | null): boolean {
  return x === null || y === null ? x === y : x.eq(y);
}

function sameSide(x: SeriesSide | undefined, y: SeriesSide | undefined): boolean {
  if (x === undefined || y === undefined) return x === y;
  return x.values.length === y.values.length && x.values.every((v, t) => sameValue(v, y.values[t] ?? null));
}

/** One entry per name and pair of value rows: the scopes that see the same difference are listed together, the region first. */
function mergeScopes(candidates: readonly SeriesDifference[]): SeriesDifference[] {
  const merged: SeriesDifference[] = [];
  for (const c of candidates) {
    const i = merged.findIndex((m) => m.name === c.name && sameSide(m.a, c.a) && sameSide(m.b, c.b));
    const existing = merged[i];
    if (existing === undefined) merged.push(c);
    else merged[i] = { ...existing, scopes: [...existing.scopes, ...c.scopes].sort((x, y) => Number(y === subjectKey(REGION)) - Number(x === subjectKey(REGION))) };
  }
  return merged;
}

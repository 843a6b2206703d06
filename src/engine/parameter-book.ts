import { InternalError, type Issue, type SourceRef } from '../errors.js';
import type { Rate } from '../model/line.js';
import type { Municipality } from '../model/municipality.js';
import type { Region } from '../model/region.js';
import type { Parameter } from '../model/series.js';
import { ZERO, type Dec } from '../model/decimal.js';
import { elasticityRangeIssue, elasticityUnitIssue, seriesGapIssue, type HorizonMoves, type Need } from './messages.js';
import { resolveParameter, type ResolvedSeries, type SeriesGap } from './series.js';
import { REGION, subjectKey, type Subject } from './subject.js';
import type { YearVector } from './year-vector.js';

/**
 * Which parameter set a line reads (methodology §2, scope): `region` for the
 * organisation-level lines of an organisation with several members, else the municipality's
 * own set (its overrides over the region's).
 */
export type Scope = Subject;

/** A parameter's resolved series as one scope sees it; the report shows these on the assumptions sheet. */
export interface UsedParameter {
  readonly parameter: Parameter;
  readonly series: ResolvedSeries;
}

/** Resolves parameter series per scope, each once, and collects every year a line needs but a series lacks. */
export interface ParameterBook {
  rateVector(rate: Rate, scope: Scope, active: readonly boolean[], need: Need): YearVector;
  /** A rate read as a volume elasticity: as `rateVector`, with every active year's value checked to lie in [0, 1] (§4). */
  elasticityVector(rate: Rate, scope: Scope, active: readonly boolean[], need: Need): YearVector;
  /** Per scope key (`region` or a municipality id), the parameters that lines used. */
  readonly used: ReadonlyMap<string, ReadonlyMap<string, UsedParameter>>;
  readonly issues: readonly Issue[];
}

export function createParameterBook(region: Region, municipalities: readonly Municipality[]): ParameterBook {
  const { start, end } = region.horizon;
  const sets = new Map<string, ReadonlyMap<string, Parameter>>([[subjectKey(REGION), region.parameters]]);
  for (const m of municipalities) sets.set(m.id, new Map([...region.parameters, ...m.parameters]));
  const resolved = new Map<Parameter, ResolvedSeries>();
  const used = new Map<string, Map<string, UsedParameter>>();
  const issues: Issue[] = [];
  const reported = new Set<string>();
  const moves = horizonMoves(region);

  const seriesOf = (scopeKey: string, name: string): UsedParameter => {
    const parameter = sets.get(scopeKey)?.get(name);
    // load/models.ts checks every name against the region: a missing one is our bug
    if (parameter === undefined) throw new InternalError(`parameter ${name} is not defined for ${scopeKey}`);
    let series = resolved.get(parameter);
    if (series === undefined) {
      series = resolveParameter(parameter, region.indices, start, end);
      resolved.set(parameter, series);
    }
    const entry = { parameter, series };
    if (!used.has(scopeKey)) used.set(scopeKey, new Map());
    used.get(scopeKey)?.set(name, entry);
    return entry;
  };

  const book: ParameterBook = {
    used,
    issues,
    elasticityVector(rate, scope, active, need) {
      const values = book.rateVector(rate, scope, active, need);
      if (rate.kind === 'number') return values; // the loader's schema checks a number
      const parameter = sets.get(subjectKey(scope))?.get(rate.name);
      const t = values.findIndex((v, i) => active[i] === true && (v.isNegative() || v.greaterThan(1)));
      // the loader checks the region's unit; a municipality's own series may give another
      const issue = parameter === undefined ? undefined
        : parameter.unit !== 'ratio' ? elasticityUnitIssue(parameter, need)
          : t >= 0 ? elasticityRangeIssue(parameter, start + t, values[t] ?? ZERO, need) : undefined;
      const key = `elasticity#${parameter?.at.file ?? ''}#${rate.name}`;
      if (issue !== undefined && !reported.has(key)) {
        reported.add(key);
        issues.push(issue);
      }
      return values;
    },
    rateVector(rate, scope, active, need) {
      if (rate.kind === 'number') return active.map(() => rate.value);
      const entry = seriesOf(subjectKey(scope), rate.name);
      return active.map((isActive, t): Dec => {
        if (!isActive) return ZERO;
        const value = entry.series.values[t];
        if (value !== undefined) return value;
        const gap = gapIn(entry, start + t);
        const issue = seriesGapIssue(entry.parameter, gap, need, moves);
        // one message per index year that is missing, however many parameters it indexes; one per horizon change that causes gaps
        const key = isAtHorizonMove(issue.at, moves) ? `moved#${issue.at.file}#${issue.at.line ?? 0}`
          : gap.reason === 'index_year_missing' ? `index#${gap.index.id}#${gap.year}` : `${entry.parameter.at.file}#${rate.name}`;
        if (!reported.has(key)) {
          reported.add(key);
          issues.push(issue);
        }
        return ZERO;
      });
    },
  };
  return book;
}

/** The ends of the horizon that a variant or override moved away from the region file's. */
function horizonMoves(region: Region): HorizonMoves {
  const { horizonStart, horizonEnd } = region.settingsAt;
  return {
    ...(horizonStart.file === region.file ? {} : { start: { year: region.horizon.start, at: horizonStart } }),
    ...(horizonEnd.file === region.file ? {} : { end: { year: region.horizon.end, at: horizonEnd } }),
  };
}

/** Whether an issue points at a change that moved the horizon (one issue per such change is enough). */
function isAtHorizonMove(at: SourceRef, moves: HorizonMoves): boolean {
  return at === moves.start?.at || at === moves.end?.at;
}

/** Why `entry` has no value in `year`: a missing index rate on the way, or a year before its first value. */
function gapIn(entry: UsedParameter, year: number): SeriesGap {
  const gap = entry.series.gap;
  if (gap?.reason === 'index_year_missing' && gap.year <= year) return gap;
  return { reason: 'before_first_value', year, firstYear: Math.min(...entry.parameter.values.keys()) };
}

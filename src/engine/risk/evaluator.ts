import type { Parameter } from '../../model/series.js';
import { indexRate } from '../series.js';
import type { LineResult, Projection, RateSource, YearVector } from '../index.js';
import { orderForCalculation } from '../../model/line-order.js';

/**
 * A projection reduced to what changes when assumptions change: every line as plain numbers
 * (binary floating point, docs/risk.md) over the parameter series it reads. The population,
 * volume factors and allocation keys stay as the exact engine computed them; so a draw
 * re-evaluates only the §2 series and the §4 line arithmetic, fast enough for thousands of
 * iterations. Plain data: it can be sent to worker threads.
 */
export interface RiskModel {
  readonly years: number;
  readonly start: number;
  readonly discountRate: number;
  readonly series: readonly SeriesModel[];
  readonly indexRates: ReadonlyMap<string, readonly number[]>;
  readonly configurations: readonly string[];
  readonly baseline: number;
  /** Municipalities in the region's order: per configuration, its lines in calculation order. */
  readonly targets: readonly { readonly id: string; readonly lines: readonly (readonly LineModel[])[] }[];
}

/** One parameter series as one scope reads it. */
export interface SeriesModel {
  readonly name: string;
  readonly values: readonly number[];
  /** Years whose value is written in the file: an index shift restarts there. */
  readonly explicit: readonly boolean[];
  readonly index?: string;
}

/** A rate: a series (by position in `RiskModel.series`) or a constant. */
type Rate = { readonly series: number } | { readonly constant: number };

export type LineModel =
  | { readonly kind: 'terms'; readonly cost: boolean; readonly active: readonly boolean[]; readonly terms: readonly { readonly rate: Rate; readonly quantity: readonly number[] }[] }
  | { readonly kind: 'scaled'; readonly cost: boolean; readonly active: readonly boolean[]; readonly rate: Rate; readonly multiplier: readonly number[] }
  | { readonly kind: 'one_off'; readonly cost: boolean; readonly amounts: readonly number[] }
  | { readonly kind: 'percent'; readonly cost: boolean; readonly active: readonly boolean[]; readonly rate: Rate; readonly of: readonly number[] };

/** Builds the risk model of a projection (the exact engine's figures as numbers). */
export function buildRiskModel(projection: Projection): RiskModel {
  const { region } = projection;
  const years = projection.years.length;
  const series: SeriesModel[] = [];
  const seriesIndex = new Map<Parameter, number>();
  const rateOf: RateOf = (source, fallback) => {
    if (source.kind === 'number') return { constant: fallback.find((x) => x.toNumber() !== 0)?.toNumber() ?? 0 };
    const scope = source.scope.kind === 'region' ? 'region' : source.scope.id;
    const used = projection.parameters.get(scope)?.get(source.name);
    if (used === undefined) return { constant: 0 };
    let i = seriesIndex.get(used.parameter);
    if (i === undefined) {
      i = series.length;
      seriesIndex.set(used.parameter, i);
      const p = used.parameter;
      series.push({
        name: p.name,
        values: used.series.values.map((v) => v?.toNumber() ?? NaN),
        explicit: projection.years.map((y, t) => t === 0 || p.values.has(y)),
        ...(p.index?.kind === 'series' ? { index: p.index.id } : {}),
      });
    }
    return { series: i };
  };
  const targets = region.municipalityIds.map((id) => ({
    id,
    lines: region.configurations.map((c) => {
      const result = projection.results.get(c.id)?.get(id);
      return result === undefined ? [] : lineModels(result.lines, rateOf);
    }),
  }));
  const indexRates = new Map([...region.indices.values()].map((index) => [index.id, projection.years.map((y) => indexRate(index, y)?.toNumber() ?? NaN)]));
  return {
    years,
    start: region.horizon.start,
    discountRate: region.discountRate.toNumber(),
    series,
    indexRates,
    configurations: region.configurations.map((c) => c.id),
    baseline: region.configurations.findIndex((c) => c.id === region.baseline),
    targets,
  };
}

/** The rate a line reads: its series, or a number written in the line (taken from the rate vector, which holds it in every active year). */
type RateOf = (source: RateSource, rates: YearVector) => Rate;

function lineModels(lines: readonly LineResult[], rateOf: RateOf): LineModel[] {
  const ordered = orderForCalculation(lines.map((l) => l.line));
  const byId = new Map(lines.map((l) => [l.line.id, l]));
  const position = new Map(ordered.map((l, i) => [l.id, i]));
  return ordered.map((line): LineModel => {
    const lr = byId.get(line.id) as LineResult;
    const d = lr.detail;
    const cost = line.kind === 'cost';
    const active = [...lr.active];
    switch (d.driver) {
      case 'fte':
      case 'se':
      case 'headcount':
        return { kind: 'terms', cost, active, terms: d.terms.map((term) => ({ rate: rateOf(term.rateSource, term.rate), quantity: term.volume.map((v) => v.toNumber()) })) };
      case 'fixed':
        return {
          kind: 'scaled',
          cost,
          active,
          rate: rateOf(d.baseSource, d.base),
          multiplier: d.volumeFactor.map((f, t) => f.toNumber() * (d.key?.[t]?.toNumber() ?? 1)),
        };
      case 'one_off':
        return { kind: 'one_off', cost, amounts: lr.amounts.map((x) => x.toNumber()) };
      case 'percent_of':
        return { kind: 'percent', cost, active, rate: rateOf(d.rateSource, d.rate), of: line.of.map((id) => position.get(id) ?? -1) };
    }
  });
}

/** What one draw changes: a factor per parameter name, a shift per index, the one-off factor and the discount rate. */
export interface Draw {
  readonly parameterFactor: ReadonlyMap<string, number>;
  readonly indexShift: ReadonlyMap<string, number>;
  readonly oneOffFactor: number;
  readonly discountRate: number;
}

/** The draw that changes nothing. */
export function neutralDraw(model: RiskModel): Draw {
  return { parameterFactor: new Map(), indexShift: new Map(), oneOffFactor: 1, discountRate: model.discountRate };
}

/**
 * NPV and cumulative net cost of every municipality under every configuration for one draw,
 * written into `out` at `offset`: per target, per configuration, [npv, cumulative].
 */
export function evaluate(model: RiskModel, draw: Draw, out: Float64Array, offset = 0): void {
  const values = model.series.map((s) => perturbedSeries(model, s, draw));
  const n = model.years;
  const discount = Array.from({ length: n }, (_, t) => Math.pow(1 + draw.discountRate, -(t + 0.5)));
  const rate = (r: Rate, t: number) => ('constant' in r ? r.constant : values[r.series]?.[t] ?? 0);
  const amounts: number[][] = [];
  let k = offset;
  for (const target of model.targets) {
    for (const lines of target.lines) {
      amounts.length = 0;
      let npv = 0;
      let cumulative = 0;
      const net = new Array<number>(n).fill(0);
      for (const line of lines) {
        const a = new Array<number>(n).fill(0);
        for (let t = 0; t < n; t++) {
          switch (line.kind) {
            case 'terms':
              if (line.active[t] === true) for (const term of line.terms) a[t]! += (term.quantity[t] ?? 0) * rate(term.rate, t);
              break;
            case 'scaled':
              if (line.active[t] === true) a[t] = rate(line.rate, t) * (line.multiplier[t] ?? 0);
              break;
            case 'one_off':
              a[t] = (line.amounts[t] ?? 0) * draw.oneOffFactor;
              break;
            case 'percent':
              if (line.active[t] === true) a[t] = rate(line.rate, t) * line.of.reduce((s, i) => s + (amounts[i]?.[t] ?? 0), 0);
          }
          net[t]! += line.cost ? a[t]! : -a[t]!;
        }
        amounts.push(a);
      }
      for (let t = 0; t < n; t++) {
        npv += net[t]! * discount[t]!;
        cumulative += net[t]!;
      }
      out[k++] = npv;
      out[k++] = cumulative;
    }
  }
}

/** §2 in numbers: the series × its parameter's factor, with an index shift compounding from the last explicit year. */
function perturbedSeries(model: RiskModel, s: SeriesModel, draw: Draw): readonly number[] {
  const factor = draw.parameterFactor.get(s.name) ?? 1;
  const shift = s.index === undefined ? 0 : draw.indexShift.get(s.index) ?? 0;
  if (factor === 1 && shift === 0) return s.values;
  const rates = s.index === undefined ? undefined : model.indexRates.get(s.index);
  let chain = 1;
  return s.values.map((v, t) => {
    const r = rates?.[t] ?? NaN;
    if (s.explicit[t] === true) chain = 1;
    else if (shift !== 0 && Number.isFinite(r)) chain *= (1 + r + shift) / (1 + r);
    return v * factor * chain;
  });
}

/** The number of results `evaluate` writes per draw. */
export function resultSize(model: RiskModel): number {
  return model.targets.length * model.configurations.length * 2;
}

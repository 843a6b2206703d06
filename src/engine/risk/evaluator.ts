import { InternalError } from '../../errors.js';
import { formulaInputs, inputKey, type FormulaRow } from '../../model/formula.js';
import { orderForCalculation } from '../../model/line-order.js';
import type { Line } from '../../model/line.js';
import type { Parameter } from '../../model/series.js';
import type { FeeShare } from '../fees.js';
import { figureVector } from '../line-figures.js';
import { rateOfInput, rateSource, type LineResult, type RateSource } from '../line-result.js';
import type { MunicipalityResult, Projection } from '../project.js';
import { indexRate } from '../series.js';
import type { YearVector } from '../year-vector.js';
import { drawProgram, runDraw, type DrawInputs } from './draw-program.js';
import { municipalitySubject, resultFor, subjectKey } from '../subject.js';

/**
 * A projection reduced to what changes when assumptions change: every line's formula (the
 * same tree the exact engine computes) over its inputs as plain numbers (binary floating
 * point, docs/risk.md). Rates and elasticities are bound to the parameter series a draw
 * varies (or to the number written in the line); the population, inhabitants and |M| stay
 * as the exact engine has them. Plain data: it can be sent to worker threads.
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
export type RateBinding = { readonly series: number } | { readonly constant: number };

/**
 * What one input of a line's formula is bound to in the risk model: a rate or elasticity
 * (a series varied by a draw, kept within [0, 1] for an elasticity, or a constant), figures
 * that stay as the exact engine computed them (population, inhabitants, |M|), the one-off
 * amounts (scaled by a draw), or an earlier line's amounts (by position in calculation order).
 */
export type InputBinding =
  | { readonly key: string; readonly rate: RateBinding; readonly unitInterval?: true }
  | { readonly key: string; readonly figures: readonly number[] }
  | { readonly key: string; readonly oneOff: readonly number[] }
  | { readonly key: string; readonly line: number };

/** One line of one municipality: its formula (plain data) and what its inputs are bound to. */
export interface LineModel {
  readonly cost: boolean;
  readonly rows: readonly FormulaRow[];
  readonly inputs: readonly InputBinding[];
  /**
   * A line its organisation settles (docs/methodology.md#settlement): the member bears
   * `key[t]` times the sum of the own amounts of this line of the organisation's members,
   * each by its position in `RiskModel.targets` and in that member's calculation order.
   * A supplier member's fee revenue line reads the same way: its fee key times the buyer's
   * own amounts of its fee lines (docs/methodology.md#fees).
   */
  readonly settlement?: { readonly key: readonly number[]; readonly members: readonly { readonly target: number; readonly line: number }[] };
}

/** Builds the risk model of a projection (the exact engine's figures as numbers). */
export function buildRiskModel(projection: Projection): RiskModel {
  const { region } = projection;
  const years = projection.years.length;
  const series: SeriesModel[] = [];
  const seriesIndex = new Map<Parameter, number>();
  const seriesOf = (source: RateSource): RateBinding => {
    if (source.kind === 'number') return { constant: 0 };
    const used = projection.parameters.get(subjectKey(source.scope))?.get(source.name);
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
      const result = resultFor(projection, c.id, municipalitySubject(id));
      return result === undefined ? [] : lineModels(projection, result, seriesOf);
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

/** The lines of one municipality's result in calculation order, each with its inputs bound. */
function lineModels(projection: Projection, result: MunicipalityResult, seriesOf: (source: RateSource) => RateBinding): LineModel[] {
  const ordered = orderForCalculation(result.lines.map((l) => l.line));
  const byId = new Map(result.lines.map((l) => [l.line.id, l]));
  const position = new Map(ordered.map((l, i) => [l.id, i]));
  const inhabitants = new Map(projection.scenario.municipalities.map((m) => [m.id, m.inhabitants]));
  return ordered.map((line): LineModel => {
    const lr = byId.get(line.id) as LineResult;
    const sources = {
      line, member: result.municipality, members: result.organisationMembers, buyers: result.organisationBuyers, volumes: projection.populations, inhabitants,
      start: projection.region.horizon.start, years: projection.years.length,
    };
    const numbers = (v: YearVector) => v.map((x) => x.toNumber());
    const inputs = formulaInputs(lr.formula).map((input): InputBinding => {
      const key = inputKey(input);
      switch (input.input) {
        case 'rate':
        case 'elasticity': {
          const rate = rateOfInput(line, input);
          const binding = rate.kind === 'number' ? { constant: rate.value.toNumber() } : seriesOf(rateSource(rate, lr.scope));
          // a draw scales the series: an elasticity stays a ratio from 0 to 1
          return input.input === 'elasticity' ? { key, rate: binding, unitInterval: true } : { key, rate: binding };
        }
        case 'line':
          return { key, line: position.get(input.id) ?? -1 };
        case 'one_off':
          return { key, oneOff: numbers(figureVector(input, sources)) };
        default:
          return { key, figures: numbers(figureVector(input, sources)) };
      }
    });
    const settlement = lr.fee !== undefined ? feeBinding(projection, result.configuration, lr.fee) : lr.own === undefined || result.settlementKey === undefined ? undefined : {
      key: numbers(result.settlementKey),
      members: result.organisationMembers.map((m) => sameLineOf(projection, result.configuration, m, line)),
    };
    return { cost: line.kind === 'cost', rows: lr.formula.rows, inputs, ...(settlement === undefined ? {} : { settlement }) };
  });
}

/**
 * A supplier member's fee revenue line as the risk model reads it: its key times the buyer's
 * own amounts of its fee lines in the same draw, as a settled line reads its pool
 * (docs/methodology.md#fees): so a draw that changes a fee moves it, and the region's total
 * keeps out of it.
 */
function feeBinding(projection: Projection, configuration: string, fee: FeeShare): NonNullable<LineModel['settlement']> {
  const lines = resultFor(projection, configuration, municipalitySubject(fee.buyer))?.lines ?? [];
  const target = projection.region.municipalityIds.indexOf(fee.buyer);
  const ordered = orderForCalculation(lines.map((l) => l.line));
  const members = ordered.flatMap((l, i) => (l.fee === true ? [{ target, line: i }] : []));
  return { key: fee.key.map((x) => x.toNumber()), members };
}

/** Where the risk model finds a line of an organisation's model for another member: the same Line object, in that member's calculation order. */
function sameLineOf(projection: Projection, configuration: string, member: string, line: Line): { target: number; line: number } {
  const lines = resultFor(projection, configuration, municipalitySubject(member))?.lines ?? [];
  const at = orderForCalculation(lines.map((l) => l.line)).indexOf(line);
  if (at < 0) throw new InternalError(`member ${member} has no line ${line.id} to settle`);
  return { target: projection.region.municipalityIds.indexOf(member), line: at };
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
  const inputs: DrawInputs = {
    seriesFactor: Float64Array.from(model.series, (s) => draw.parameterFactor.get(s.name) ?? 1),
    seriesShift: Float64Array.from(model.series, (s) => (s.index === undefined ? 0 : draw.indexShift.get(s.index) ?? 0)),
    oneOffFactor: draw.oneOffFactor,
    discountRate: draw.discountRate,
  };
  runDraw(drawProgram(model), inputs, out, offset);
}

/** The number of results `evaluate` writes per draw. */
export function resultSize(model: RiskModel): number {
  return model.targets.length * model.configurations.length * 2;
}

import { toCents, type Dec } from '../../model/decimal.js';
import type { ResultTotals, ScenarioComparison, SeriesDifference, SeriesSide, SettingDifference, Subject } from '../../engine/index.js';
import { formatSourceRef } from '../../errors.js';
import { warningLines } from '../issue-text.js';
import { municipalityField, warningsAbout } from '../json.js';
import type { ComparedSide, ComparedSides } from './sides.js';

/** Money as a JSON number rounded to cents, half away from zero (§6). */
function money(x: Dec): number {
  return toCents(x).toNumber();
}

/** Inputs keep their full precision: a parameter is what the file says, or its index made of it. */
function figure(x: Dec | null): number | null {
  return x === null ? null : x.toNumber();
}

/**
 * The `compare --json` document: both sides' files, the inputs that differ (per year where
 * they differ) and per configuration the results of A, B and B − A, the cheapest of each.
 * Settings that do not differ are null, so the document always has the same shape.
 */
export function scenarioComparisonDocument(comparison: ScenarioComparison, sides: ComparedSides): object {
  const setting = <K extends SettingDifference['kind']>(kind: K) => comparison.settings.find((s): s is Extract<SettingDifference, { kind: K }> => s.kind === kind);
  const horizon = setting('horizon');
  const rate = setting('discount_rate');
  const baseline = setting('baseline');
  return {
    municipality: municipalityField(comparison.subject),
    region: sides.b.projection.region.id,
    a: sideDocument(sides.a, comparison.subject),
    b: sideDocument(sides.b, comparison.subject),
    years: comparison.years,
    inputs: {
      horizon: horizon === undefined ? null : { a: horizon.a, b: horizon.b },
      discount_rate: rate === undefined ? null : { a: rate.a.toNumber(), b: rate.b.toNumber(), difference: rate.change.toNumber() },
      baseline: baseline === undefined ? null : { a: baseline.a, b: baseline.b },
      indices: comparison.indices.map(seriesDocument),
      parameters: comparison.parameters.map(seriesDocument),
      configurations: comparison.configurations.map((c) => ({ id: c.id, a: c.a ?? null, b: c.b ?? null })),
    },
    results: Object.fromEntries(
      comparison.results.map((r) => [r.configuration, {
        label: r.label,
        a: r.a === undefined ? null : totalsDocument(r.a),
        b: r.b === undefined ? null : totalsDocument(r.b),
        difference: r.change === undefined ? null : {
          cumulative: money(r.change.cumulative),
          npv: money(r.change.npv),
          delta_cumulative: money(r.change.deltaCumulative),
          delta_npv: money(r.change.deltaNpv),
          break_even_years: r.change.breakEvenYears,
        },
      }]),
    ),
    cheapest: { a: comparison.cheapest.a ?? null, b: comparison.cheapest.b ?? null },
  };
}

function sideDocument(side: ComparedSide, subject: Subject): object {
  const { projection } = side;
  const warnings = warningsAbout(projection, subject);
  const v = projection.scenario.variant;
  return {
    file: side.file,
    baseline: projection.region.baseline,
    variant: v === undefined ? null : { files: v.files, description: v.description ?? null, overrides: v.overrides },
    inputs: projection.scenario.inputs,
    warnings: warningLines(warnings),
    warning_count: warnings.length,
  };
}

function seriesDocument(d: SeriesDifference): object {
  const unit = d.b?.unit ?? d.a?.unit;
  return {
    kind: d.kind,
    name: d.name,
    scopes: d.scopes,
    unit: unit ?? null,
    description: d.b?.description ?? d.a?.description ?? null,
    a: seriesSideDocument(d.a),
    b: seriesSideDocument(d.b),
    years: d.years.map((y) => ({ year: y.year, a: figure(y.a), b: figure(y.b), difference: figure(y.change) })),
  };
}

function seriesSideDocument(side: SeriesSide | undefined): object | null {
  return side === undefined ? null : { at: formatSourceRef(side.at), source: side.source ?? null };
}

function totalsDocument(t: ResultTotals): object {
  return {
    cumulative: money(t.cumulative),
    npv: money(t.npv),
    delta_cumulative: money(t.deltaCumulative),
    delta_npv: money(t.deltaNpv),
    break_even_year: t.breakEvenYear,
  };
}

import type { Projection } from '../../engine/index.js';
import { REGION, municipalitySubject } from '../../engine/index.js';
import { warningLines } from '../issue-text.js';
import { warningsAbout } from '../json.js';
import type { CentsSplit, EvaluationView, MeasuresView, PopulationYearView } from './view.js';

/**
 * The document of `evaluate --json` (docs/methodology.md#evaluate, JSON): money in cents as
 * JSON numbers, population figures in full, null where not stated or hidden by the
 * small-cell rule.
 */
export function evaluationDocument(projection: Projection, views: readonly EvaluationView[]): object {
  const subject = projection.scenario.focus === undefined ? REGION : municipalitySubject(projection.scenario.focus);
  const warnings = warningsAbout(projection, subject);
  const region = views.find((v) => v.subject.kind === 'region');
  return {
    municipalities: views.filter((v) => v.subject.kind === 'municipality').map(evaluationField),
    ...(region === undefined ? {} : { region_evaluation: evaluationField(region) }),
    warnings: warningLines(warnings),
    warning_count: warnings.length,
    region: projection.region.id,
    inputs: projection.scenario.inputs,
  };
}

const money = (x: CentsSplit['forecast']) => x.toNumber();

function split(s: CentsSplit): object {
  return { forecast: money(s.forecast), realised: money(s.realised), difference: money(s.difference), volume: money(s.volume), price: money(s.price), rest: money(s.rest) };
}

/** A municipality's evaluation, or the region's (without the `municipality` field). */
function evaluationField(v: EvaluationView): object {
  return {
    ...(v.subject.kind === 'municipality' ? { municipality: v.subject.id } : {}),
    name: v.name,
    years: v.years,
    skipped_years: v.skippedYears,
    configurations: v.configurations.map((c) => ({
      configuration: c.id,
      label: c.label,
      years: c.years.map((y) => ({
        year: y.year,
        lines: y.lines.map((l) => ({ line: l.id, label: l.label, kind: l.kind, driver: l.driver, ...split(l), basis: l.basis })),
        ...(y.statedLines === undefined ? {} : { stated_lines: split(y.statedLines) }),
        ...(y.net === undefined ? {} : { net: { forecast: money(y.net.forecast), realised: money(y.net.realised), difference: money(y.net.difference) } }),
      })),
    })),
    population: v.population.map(populationField),
  };
}

function measures(m: MeasuresView): object {
  return { se: m.se, fte: m.fte, headcount: m.headcount };
}

function populationField(y: PopulationYearView): object {
  const implied = y.impliedOutflow;
  return {
    year: y.year,
    by_work_form: Object.fromEntries([...y.byWorkForm].map(([f, m]) => [f, measures(m)])),
    total: measures(y.total),
    implied_outflow: 'reason' in implied
      ? { factor: null, reason: implied.reason }
      : { factor: implied.factor, rates: implied.rates.map((r) => ({ ...(r.belowAge === undefined ? {} : { below_age: r.belowAge }), rate: r.rate })) },
  };
}

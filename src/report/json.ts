import { toCents, type Dec } from '../engine/decimal.js';
import type { MunicipalityResult, Projection, RegionalResult } from '../engine/index.js';
import type { YearVector } from '../engine/year-vector.js';
import type { Issue } from '../errors.js';
import { warningLines } from './issue-text.js';

/** Money as a JSON number rounded to cents, half away from zero (§6). */
function money(x: Dec): number {
  return toCents(x).toNumber();
}

function moneyVector(v: YearVector): number[] {
  return v.map(money);
}

/** Population figures keep full double precision (at least 6 decimals, §6). */
function figures(v: YearVector): number[] {
  return v.map((x) => x.toNumber());
}

/**
 * The §6 document for one municipality: population, and every configuration's lines and
 * results. Extra fields (labels, regional context, inputs) follow the required ones.
 */
export function municipalityDocument(projection: Projection, municipality: string): object {
  const { region } = projection;
  const population = projection.populations.get(municipality);
  const configurations = Object.fromEntries(
    region.configurations.map((c) => {
      const result = projection.results.get(c.id)?.get(municipality);
      return [c.id, result === undefined ? null : configurationDocument(result, c.label)];
    }),
  );
  const warnings = warningsAbout(projection, municipality);
  return {
    municipality,
    years: projection.years,
    population: population && {
      fte: figures(population.fte),
      se: figures(population.se),
      headcount: figures(population.headcount),
      year_end_headcount: figures(population.yearEndHeadcount),
      by_work_form: Object.fromEntries(
        [...population.byWorkForm].map(([form, v]) => [form, { fte: figures(v.fte), se: figures(v.se), headcount: figures(v.headcount) }]),
      ),
      excluded_at_start: population.excludedCount,
    },
    baseline: region.baseline,
    configurations,
    warnings: warningLines(warnings),
    warning_count: warnings.length,
    region: region.id,
    discount_rate: region.discountRate.toNumber(),
    inputs: projection.scenario.inputs,
    ...variantField(projection),
  };
}

function configurationDocument(r: MunicipalityResult, label: string): object {
  return {
    model: r.model,
    organisation_members: r.organisationMembers,
    lines: Object.fromEntries(r.lines.map((l) => [l.line.id, { kind: l.line.kind, amounts: moneyVector(l.amounts), label: l.line.label, driver: l.line.driver }])),
    ...totals(r),
    label,
    costs: moneyVector(r.costs),
    revenues: moneyVector(r.revenues),
    net_per_se: r.netPerSe.map((x) => (x === null ? null : money(x))),
  };
}

function totals(r: MunicipalityResult | RegionalResult): object {
  return {
    net: moneyVector(r.net),
    cumulative: money(r.cumulative),
    npv: money(r.npv),
    delta: moneyVector(r.delta),
    delta_cumulative: money(r.deltaCumulative),
    delta_npv: money(r.deltaNpv),
    break_even_year: r.breakEvenYear,
  };
}

/** The region as a whole: every configuration's regional totals, and each municipality's document. */
export function regionDocument(projection: Projection): object {
  const { region } = projection;
  return {
    region: region.id,
    years: projection.years,
    baseline: region.baseline,
    municipalities: region.municipalityIds,
    configurations: Object.fromEntries(
      region.configurations.map((c) => {
        const r = projection.regional.get(c.id);
        return [c.id, r === undefined ? null : { label: c.label, ...totals(r) }];
      }),
    ),
    by_municipality: Object.fromEntries(region.municipalityIds.map((m) => [m, municipalityDocument(projection, m)])),
    warnings: warningLines(projection.warnings),
    warning_count: projection.warnings.length,
    inputs: projection.scenario.inputs,
    ...variantField(projection),
  };
}

/** The warnings about a municipality's own files and about the region file (§6). */
export function warningsAbout(projection: Projection, municipality: string): Issue[] {
  const m = projection.scenario.municipalities.find((x) => x.id === municipality);
  const files = new Set([projection.region.file, m?.file, m?.employeesFile]);
  return projection.warnings.filter((w) => files.has(w.at.file));
}

/** `variant`: which variant files and overrides the scenario has, when it has any. */
function variantField(projection: Projection): object {
  const v = projection.scenario.variant;
  return v === undefined ? {} : { variant: { files: v.files, description: v.description ?? null, overrides: v.overrides } };
}

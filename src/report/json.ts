import { ZERO, toCents, type Dec } from '../model/decimal.js';
import { REGION, compareWorlds, municipalitySubject, resultFor, type ClosedWorld, type WorldFigures, type LineResult, type MunicipalityResult, type Population, type Projection, type RegionalResult, type Subject, type Volumes } from '../engine/index.js';
import type { YearVector } from '../engine/year-vector.js';
import type { Issue } from '../errors.js';
import { warningLines } from './issue-text.js';
import { MIN_CELL_PERSONS, populationCells, type PopulationCells } from './small-cells.js';

/**
 * Whether the document holds every population figure (`detail`: `run --json`, the §6
 * calculation contract, for checks; never for a council) or keeps small cells out
 * (`protected`: `batch --json` and `run --json --protect`, like every council report).
 * docs/methodology.md#small-cells.
 */
export type JsonCells = 'protected' | 'detail';

/** Money as a JSON number rounded to cents, half away from zero (§6). */
function money(x: Dec): number {
  return toCents(x).toNumber();
}

function moneyVector(v: YearVector): number[] {
  return v.map(money);
}

/** Population figures keep full double precision (at least 6 decimals, §6); null where a figure is not shown. */
function figures(v: YearVector, shown: (t: number) => boolean = () => true): (number | null)[] {
  return v.map((x, t) => (shown(t) ? x.toNumber() : null));
}

/**
 * The §6 document for one municipality: population, and every configuration's lines and
 * results. Extra fields (labels, regional context, inputs) follow the required ones. With
 * `protected` cells, population figures of fewer than five people are null (small cells).
 * With the closed world of an open run, `closed_population` ({@link closedPopulationField}).
 */
export function municipalityDocument(projection: Projection, municipality: string, cells: JsonCells, closed?: ClosedWorld): object {
  const { region } = projection;
  const subject = municipalitySubject(municipality);
  const population = projection.populations.get(municipality);
  const shown = population && cells === 'protected' ? populationCells(population, region.workForms.map((f) => f.id)) : undefined;
  const configurations = Object.fromEntries(
    region.configurations.map((c) => {
      const result = resultFor(projection, c.id, subject);
      return [c.id, result === undefined ? null : configurationDocument(result, c.label, shown)];
    }),
  );
  const warnings = warningsAbout(projection, subject);
  return {
    municipality,
    years: projection.years,
    population: population && (shown === undefined ? detailedPopulation(population) : protectedPopulation(population, shown)),
    baseline: region.baseline,
    configurations,
    warnings: warningLines(warnings),
    warning_count: warnings.length,
    region: region.id,
    discount_rate: region.discountRate.toNumber(),
    inputs: projection.scenario.inputs,
    ...variantField(projection),
    small_cells: smallCellsField(cells),
    ...closedPopulationField(projection, closed, subject),
  };
}

/**
 * `closed_population` (docs/methodology.md#open-closed): per configuration the NPV and the
 * difference in NPV with the baseline without the inflow streams, and `from_inflow`, the part
 * that comes from the newcomers: the document's own figures minus these, as rounded to cents,
 * so that the document adds up to the cent. Nothing without a closed world, so that a run
 * without inflow gives the document it always gave.
 */
function closedPopulationField(open: Projection, closed: ClosedWorld | undefined, subject: Subject): object {
  if (closed === undefined) return {};
  const cents = (f: WorldFigures) => ({ npv: toCents(f.npv), delta_npv: toCents(f.deltaNpv) });
  const rows = compareWorlds(open, closed, subject);
  return {
    closed_population: Object.fromEntries(rows.map((r) => {
      const [o, x] = [cents(r.open), cents(r.closed)];
      const from = { npv: o.npv.minus(x.npv).toNumber(), delta_npv: o.delta_npv.minus(x.delta_npv).toNumber() };
      return [r.configuration, { npv: x.npv.toNumber(), delta_npv: x.delta_npv.toNumber(), from_inflow: from }];
    })),
  };
}

/** Every population figure, as §6 has them. */
function detailedPopulation(population: Population): object {
  return {
    fte: figures(population.fte),
    se: figures(population.se),
    headcount: figures(population.headcount),
    year_end_headcount: figures(population.yearEndHeadcount),
    by_work_form: Object.fromEntries(
      [...population.byWorkForm].map(([form, v]) => [form, { fte: figures(v.fte), se: figures(v.se), headcount: figures(v.headcount) }]),
    ),
    excluded_at_start: population.excludedCount,
  };
}

/**
 * The population with small cells kept out: a work form's figures are null in the years it is
 * merged into `other_work_forms` (0 in years that merge nothing), and every figure is null
 * where its group holds 1 to 4 people.
 */
function protectedPopulation(population: Population, cells: PopulationCells): object {
  const year = (t: number) => cells.years[t];
  const total = (t: number) => year(t)?.totalShown === true;
  const merged = (t: number) => year(t)?.merged ?? [];
  const other = (quantity: keyof Volumes) =>
    population[quantity].map((_, t) => {
      if (year(t)?.mergedShown !== true) return merged(t).length === 0 ? 0 : null;
      return merged(t).reduce((acc, form) => acc.plus(population.byWorkForm.get(form)?.[quantity][t] ?? ZERO), ZERO).toNumber();
    });
  return {
    fte: figures(population.fte, total),
    se: figures(population.se, total),
    headcount: figures(population.headcount, total),
    year_end_headcount: figures(population.yearEndHeadcount, (t) => year(t)?.yearEndShown === true),
    by_work_form: Object.fromEntries(
      [...population.byWorkForm].map(([form, v]) => {
        const shown = (t: number) => !merged(t).includes(form);
        return [form, { fte: figures(v.fte, shown), se: figures(v.se, shown), headcount: figures(v.headcount, shown) }];
      }),
    ),
    other_work_forms: { fte: other('fte'), se: other('se'), headcount: other('headcount') },
    excluded_at_start: population.excludedCount,
  };
}

/** `small_cells`: whether this document keeps small cells out, and the threshold. */
function smallCellsField(cells: JsonCells): object {
  return { protected: cells === 'protected', min_persons: MIN_CELL_PERSONS };
}

/**
 * One line of a configuration; a municipality's share of a dissolution item (its id
 * `dissolution.<item>`) says so by its driver, with the key share and the item's source; a
 * supplier member's share of a buyer's fees (its id `fee.<buyer>`) by driver `fee`, with the
 * buyer and the supplying organisation (§6).
 */
function lineDocument(l: LineResult): object {
  const line = { kind: l.line.kind, amounts: moneyVector(l.amounts), ...(l.own === undefined ? {} : { own: moneyVector(l.own) }), label: l.line.label };
  if (l.fee !== undefined) return { ...line, driver: 'fee', buyer: l.fee.buyer, supplier: l.fee.supplier };
  if (l.dissolution === undefined) return { ...line, driver: l.line.driver };
  const { item, key } = l.dissolution;
  return { ...line, driver: 'dissolution', key: key.toNumber(), ...(item.source === undefined ? {} : { source: item.source }) };
}

function configurationDocument(r: MunicipalityResult, label: string, cells: PopulationCells | undefined): object {
  // net cost per SE gives the SE back from the net cost: null where the SE is not shown
  const perSeShown = (t: number) => cells === undefined || cells.years[t]?.totalShown === true;
  return {
    model: r.model,
    organisation_members: r.organisationMembers,
    lines: Object.fromEntries(r.lines.map((l) => [l.line.id, lineDocument(l)])),
    ...totals(r),
    own: moneyVector(r.ownNet),
    settled: moneyVector(r.net),
    verevening: moneyVector(r.verevening),
    fees_paid: moneyVector(r.feesPaid),
    fee_revenue: moneyVector(r.feeRevenue),
    // a volume key is a ratio of members' SE, FTE or headcount: left out where small cells are
    ...(r.settlementKey === undefined || cells !== undefined ? {} : { settlement_key: r.settlementKey.map((k) => k.toNumber()) }),
    label,
    costs: moneyVector(r.costs),
    revenues: moneyVector(r.revenues),
    net_per_se: r.netPerSe.map((x, t) => (x === null || !perSeShown(t) ? null : money(x))),
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

/** The region as a whole: every configuration's regional totals, and each municipality's document; with a closed world, each with `closed_population`. */
export function regionDocument(projection: Projection, cells: JsonCells, closed?: ClosedWorld): object {
  const { region } = projection;
  return {
    region: region.id,
    years: projection.years,
    baseline: region.baseline,
    municipalities: region.municipalityIds,
    configurations: Object.fromEntries(
      region.configurations.map((c) => {
        const r = resultFor(projection, c.id, REGION);
        return [c.id, r === undefined ? null : { label: c.label, ...totals(r) }];
      }),
    ),
    by_municipality: Object.fromEntries(region.municipalityIds.map((m) => [m, municipalityDocument(projection, m, cells, closed)])),
    warnings: warningLines(projection.warnings),
    warning_count: projection.warnings.length,
    inputs: projection.scenario.inputs,
    ...variantField(projection),
    small_cells: smallCellsField(cells),
    ...closedPopulationField(projection, closed, REGION),
  };
}

/** A document's `municipality`: the municipality's id, or null for the region. */
export function municipalityField(subject: Subject): string | null {
  return subject.kind === 'region' ? null : subject.id;
}

/** Whether a municipality's population (or any municipality's, for the region) has a figure that a protected document leaves out. */
export function holdsSmallCells(projection: Projection, subject: Subject): boolean {
  const workForms = projection.region.workForms.map((f) => f.id);
  const ids = subject.kind === 'region' ? projection.region.municipalityIds : [subject.id];
  return ids.some((m) => {
    const population = projection.populations.get(m);
    return population !== undefined && populationCells(population, workForms).years.some((y) => y.merged.length > 0 || !y.totalShown || !y.yearEndShown);
  });
}

/**
 * The warnings about a subject: for a municipality, those about its own files, the region
 * file, a variant and the command line (§6); for the region, every warning.
 */
export function warningsAbout(projection: Projection, subject: Subject): readonly Issue[] {
  if (subject.kind === 'region') return projection.warnings;
  // every warning but those about another municipality's files: the region's, a variant's, the command line's
  const others = new Set(projection.scenario.municipalities.filter((x) => x.id !== subject.id).flatMap((x) => [x.file, x.employeesFile]));
  return projection.warnings.filter((w) => !others.has(w.at.file));
}

/** `variant`: which variant files and overrides the scenario has, when it has any. */
function variantField(projection: Projection): object {
  const v = projection.scenario.variant;
  return v === undefined ? {} : { variant: { files: v.files, description: v.description ?? null, overrides: v.overrides } };
}

import type { Sheet } from '../sheet-model.js';
import { municipalityName, type Population } from '../../../engine/index.js';
import { setUpTimelineSheet, writeFormula, writeText, writeValue } from '../cells.js';
import { hasInflow, populationKey, type WorkbookContext } from '../context.js';
import { HEADER_ROW, LABEL_COLUMN, UNIT_COLUMN, VALUE_COLUMN, address, yearColumn } from '../layout.js';
import { FORMAT, styleSection, styleTotal } from '../styles.js';
import { Dec, ZERO } from '../../../model/decimal.js';
import { MIN_CELL_PERSONS } from '../../small-cells.js';
import { isListed, othersKey, othersShown, othersTotal, sharedOrganisations, totalShown } from '../member-rows.js';
import type { Quantity } from '../../../model/formula.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { QUANTITIES, quantityLabel, unitOf, writeSuppressed, writeVolumes } from './population-cells.js';
import { writeOriginSection } from './population-origin.js';

/**
 * The population sheet: FTE, SE and average headcount per work form with totals, and the
 * year-end headcount, computed by the engine from the employee file (and the municipality's
 * inflow streams) and written as values
 * (they are inputs to the workbook); then the totals of the other members of
 * every organisation this municipality shares, for the allocation keys. A figure about 1 to
 * 4 people is marked instead (src/report/small-cells.ts): such work forms are summed in an
 * "other work forms" row, so the totals stay `SUM`s of the rows above them. Where the
 * municipality has inflow streams, its population by origin follows, with a chart (the
 * specs returned, which the packaging step adds); without streams there is none.
 */
export function writePopulationSheet(ws: Sheet, ctx: WorkbookContext): ChartSpec[] {
  const { labels: l, projection } = ctx;
  const { region } = projection;
  const rows = ctx.populationRows;
  const name = (id: string) => municipalityName(projection.scenario, id);
  setUpTimelineSheet(ws, `${l.sheets.population} — ${name(ctx.municipality)}`, l.populationSubtitle(region.name, region.horizon.start, region.horizon.end, hasInflow(ctx)),
    projection.years, { item: l.columns.item, unit: l.columns.unit, value: '' }, ctx.footer);
  writeText(ws, HEADER_ROW - 1, LABEL_COLUMN, l.population.smallCells(MIN_CELL_PERSONS), { italic: true });
  const population = projection.populations.get(ctx.municipality);
  if (population === undefined) return [];

  styleSection(writeText(ws, rows.take(), LABEL_COLUMN, name(ctx.municipality)));
  const years = ctx.cells.years;
  for (const quantity of QUANTITIES) {
    const first = rows.current;
    for (const form of region.workForms) {
      const volumes = population.byWorkForm.get(form.id);
      if (volumes === undefined) continue;
      const row = rows.take(populationKey.volume(ctx.municipality, quantity, form.id));
      writeText(ws, row, LABEL_COLUMN, `${quantityLabel(ctx, quantity)} — ${form.label}`, { indent: 1 });
      writeVolumes(ws, ctx, row, volumes[quantity], unitOf(ctx, quantity), (t) => years[t]?.merged.includes(form.id) !== true);
    }
    if (ctx.cells.hasMerged) writeOtherForms(ws, ctx, population, quantity);
    const total = rows.take(populationKey.volume(ctx.municipality, quantity));
    writeText(ws, total, LABEL_COLUMN, `${quantityLabel(ctx, quantity)} — ${l.population.total}`);
    writeText(ws, total, UNIT_COLUMN, unitOf(ctx, quantity));
    projection.years.forEach((_, t) => {
      const column = yearColumn(t);
      if (years[t]?.totalShown === true) writeFormula(ws, total, column, `SUM(${address(column, first)}:${address(column, total - 1)})`, population[quantity][t] ?? null, FORMAT.quantity);
      else writeSuppressed(ws, ctx, total, column);
    });
    styleTotal(ws.getRow(total));
    rows.skip();
  }
  const yearEnd = rows.take(populationKey.yearEnd(ctx.municipality));
  writeText(ws, yearEnd, LABEL_COLUMN, l.population.yearEnd);
  writeVolumes(ws, ctx, yearEnd, population.yearEndHeadcount, l.population.persons, (t) => years[t]?.yearEndShown === true);
  writeInhabitants(ws, ctx, ctx.municipality);
  rows.skip();
  const charts = writeOriginSection(ws, ctx, population);
  writeOtherMembers(ws, ctx, name);
  return charts;
}

/** The sum of the work forms merged in each year: empty where none is, suppressed where the group is small too. */
function writeOtherForms(ws: Sheet, ctx: WorkbookContext, population: Population, quantity: Quantity): void {
  const row = ctx.populationRows.take(populationKey.otherForms(ctx.municipality, quantity));
  writeText(ws, row, LABEL_COLUMN, `${quantityLabel(ctx, quantity)} — ${ctx.labels.population.otherForms}`, { indent: 1 });
  writeText(ws, row, UNIT_COLUMN, unitOf(ctx, quantity));
  ctx.cells.years.forEach((year, t) => {
    if (year.merged.length === 0) return;
    if (!year.mergedShown) {
      writeSuppressed(ws, ctx, row, yearColumn(t));
      return;
    }
    const sum = year.merged.reduce((acc, form) => acc.plus(population.byWorkForm.get(form)?.[quantity][t] ?? ZERO), ZERO);
    writeValue(ws, row, yearColumn(t), sum, 'engine', FORMAT.quantity);
  });
}

function writeOtherMembers(ws: Sheet, ctx: WorkbookContext, name: (id: string) => string): void {
  const { projection, labels: l } = ctx;
  const rows = ctx.populationRows;
  const organisations = sharedOrganisations(ctx);
  const listed = new Set(organisations.filter(isListed).flat());
  const others = projection.region.municipalityIds.filter((m) => m !== ctx.municipality && listed.has(m));
  const large = organisations.filter((o) => !isListed(o));
  if (others.length === 0 && large.length === 0) return;
  styleSection(writeText(ws, rows.take(), LABEL_COLUMN, l.population.others));
  for (const m of others) {
    const population = projection.populations.get(m);
    if (population === undefined) continue;
    for (const quantity of QUANTITIES) {
      const row = rows.take(populationKey.volume(m, quantity));
      writeText(ws, row, LABEL_COLUMN, `${name(m)} — ${quantityLabel(ctx, quantity)}`, { indent: 1 });
      writeVolumes(ws, ctx, row, population[quantity], unitOf(ctx, quantity), (t) => totalShown(ctx, m, t));
    }
    writeInhabitants(ws, ctx, m, name(m));
  }
  for (const members of large) {
    const label = l.population.otherMembers(members.length - 1);
    for (const quantity of QUANTITIES) {
      const row = rows.take(populationKey.others(othersKey(members), quantity));
      writeText(ws, row, LABEL_COLUMN, `${label} — ${quantityLabel(ctx, quantity)}`, { indent: 1 });
      writeVolumes(ws, ctx, row, othersTotal(ctx, members, quantity), unitOf(ctx, quantity), (t) => othersShown(ctx, members, t));
    }
    const inhabitants = members.filter((m) => m !== ctx.municipality).map((m) => projection.scenario.municipalities.find((x) => x.id === m)?.inhabitants);
    if (inhabitants.every((x) => x !== undefined)) {
      const row = rows.take(populationKey.othersInhabitants(othersKey(members)));
      writeText(ws, row, LABEL_COLUMN, `${label} — ${l.population.inhabitants}`, { indent: 1 });
      writeValue(ws, row, VALUE_COLUMN, inhabitants.reduce((acc, x) => acc.plus(x ?? 0), new Dec(0)), 'input', FORMAT.integer);
    }
  }
}

function writeInhabitants(ws: Sheet, ctx: WorkbookContext, municipality: string, prefix?: string): void {
  const inhabitants = ctx.projection.scenario.municipalities.find((x) => x.id === municipality)?.inhabitants;
  if (inhabitants === undefined) return;
  const row = ctx.populationRows.take(populationKey.inhabitants(municipality));
  const label = ctx.labels.population.inhabitants;
  writeText(ws, row, LABEL_COLUMN, prefix === undefined ? label : `${prefix} — ${label}`, { indent: prefix === undefined ? 0 : 1 });
  writeValue(ws, row, VALUE_COLUMN, inhabitants, 'input', FORMAT.integer);
}

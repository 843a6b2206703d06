import type { Sheet } from '../sheet-model.js';
import { municipalityName } from '../../../engine/index.js';
import { indexRate } from '../../../engine/series.js';
import type { Parameter } from '../../../model/series.js';
import { assumptionUses, type AssumptionUses } from '../assumption-uses.js';
import { WRAP_COLUMN_WIDTH, writeFormula, writeText, writeValue, setUpTimelineSheet } from '../cells.js';
import { assumptionKey, type WorkbookContext } from '../context.js';
import { UNIT_COLUMN, VALUE_COLUMN, address, columnLetter, yearColumn, LABEL_COLUMN, sheetRef } from '../layout.js';
import { FORMAT, moneyFormatFor, styleSection } from '../styles.js';
import { lineKind } from '../../../model/line-kinds/index.js';
import { sourceLabel } from '../../source-label.js';

/**
 * The assumptions sheet: every parameter, index and model constant that this
 * municipality's lines read, per year on the timeline, with unit and source. Explicit
 * values are inputs; indexed years are formulas `previous × (1 + rate)`.
 */
export function writeAssumptionsSheet(ws: Sheet, ctx: WorkbookContext): void {
  const { labels: l, projection } = ctx;
  const { region } = projection;
  const uses = assumptionUses(projection, ctx.municipality);
  const rows = ctx.assumptionRows;
  const sourceColumn = yearColumn(projection.years.length);
  setUpTimelineSheet(ws, `${l.sheets.assumptions} — ${municipalityName(projection.scenario, ctx.municipality)}`, l.subtitle(region.name, region.horizon.start, region.horizon.end),
    projection.years, { item: l.columns.item, unit: l.columns.unit, value: l.columns.value, after: l.columns.source }, ctx.footer);

  section(ws, rows.take(), l.assumptions.general);
  const scalar = (key: string, label: string, value: number, numFmt: string, source: string) => {
    const row = rows.take(key);
    writeText(ws, row, LABEL_COLUMN, label);
    writeValue(ws, row, VALUE_COLUMN, value, 'input', numFmt);
    writeText(ws, row, sourceColumn, source, { wrap: WRAP_COLUMN_WIDTH });
    return row;
  };
  scalar(assumptionKey.startYear, l.assumptions.startYear, region.horizon.start, FORMAT.year, region.file);
  scalar(assumptionKey.endYear, l.assumptions.endYear, region.horizon.end, FORMAT.year, region.file);
  scalar(assumptionKey.discountRate, l.assumptions.discountRate, region.discountRate.toNumber(), FORMAT.rate, l.assumptions.discountSource);
  rows.skip();
  writeIndices(ws, ctx, uses, sourceColumn);
  writeParameters(ws, ctx, uses, sourceColumn);
  writeConstants(ws, ctx, uses, sourceColumn);
}

function section(ws: Sheet, row: number, title: string): void {
  styleSection(writeText(ws, row, LABEL_COLUMN, title));
}

function writeIndices(ws: Sheet, ctx: WorkbookContext, uses: AssumptionUses, sourceColumn: number): void {
  const { projection, labels: l } = ctx;
  const rows = ctx.assumptionRows;
  if (uses.indices.length === 0) return;
  section(ws, rows.take(), l.assumptions.indices);
  for (const id of uses.indices) {
    const index = projection.region.indices.get(id);
    if (index === undefined) continue;
    const row = rows.take(assumptionKey.index(id));
    writeText(ws, row, LABEL_COLUMN, `${index.description ?? id} (${id})`);
    writeText(ws, row, UNIT_COLUMN, l.assumptions.growth);
    if (index.default !== undefined) writeValue(ws, row, VALUE_COLUMN, index.default, 'input', FORMAT.rate);
    projection.years.forEach((year, t) => {
      const explicit = index.values.get(year);
      const column = yearColumn(t);
      if (explicit !== undefined) writeValue(ws, row, column, explicit, 'input', FORMAT.rate);
      else if (index.default !== undefined) writeFormula(ws, row, column, address(VALUE_COLUMN, row, true), indexRate(index, year) ?? null, FORMAT.rate);
    });
    writeText(ws, row, sourceColumn, sourceLabel(index.source, ctx.language), { wrap: WRAP_COLUMN_WIDTH });
  }
  rows.skip();
}

function writeParameters(ws: Sheet, ctx: WorkbookContext, uses: AssumptionUses, sourceColumn: number): void {
  const { projection, labels: l } = ctx;
  const rows = ctx.assumptionRows;
  section(ws, rows.take(), l.assumptions.parameters);
  const names = uses.parameters.map((p) => p.used.parameter.name);
  for (const { used, scopes } of uses.parameters) {
    const { parameter, series } = used;
    const row = rows.take(...scopes.map((s) => assumptionKey.parameter(s, parameter.name)));
    const twice = names.filter((n) => n === parameter.name).length > 1;
    const origin = { region: l.assumptions.region, municipality: l.assumptions.municipality, scenario: l.assumptions.scenario }[parameter.origin];
    const scope = twice || parameter.origin === 'scenario' ? ` [${origin}]` : '';
    writeText(ws, row, LABEL_COLUMN, `${parameter.description ?? parameter.name} (${parameter.name})${scope}`);
    writeText(ws, row, UNIT_COLUMN, parameter.unit === undefined ? '' : l.assumptions.unit(parameter.unit));
    const numFmt = parameter.unit === 'ratio' ? FORMAT.rate : moneyFormatFor(series.values);
    if (parameter.index?.kind === 'constant') writeValue(ws, row, VALUE_COLUMN, parameter.index.rate, 'input', FORMAT.rate);
    else if (parameter.index?.kind === 'series') writeText(ws, row, VALUE_COLUMN, `${l.assumptions.index}: ${parameter.index.id}`);
    projection.years.forEach((year, t) => {
      const value = series.values[t];
      const explicit = parameter.values.get(year);
      const column = yearColumn(t);
      if (explicit !== undefined || (t === 0 && value !== undefined)) writeValue(ws, row, column, explicit ?? value ?? null, 'input', numFmt);
      else if (value !== undefined) writeFormula(ws, row, column, growthFormula(ctx, parameter, row, t), value, numFmt);
    });
    const firstYear = Math.min(...parameter.values.keys());
    const carried = parameter.values.has(projection.years[0] ?? 0) || firstYear > (projection.years[0] ?? 0) ? '' : ` (${l.assumptions.carriedIn(firstYear)})`;
    // the short label; the full source is in the notes (source-notes.ts)
    writeText(ws, row, sourceColumn, `${sourceLabel(parameter.source, ctx.language)}${carried}`, { wrap: WRAP_COLUMN_WIDTH });
  }
  rows.skip();
}

/** `previous × (1 + rate)`: the rate from the index row in the same column, or the constant in column C; flat without index (§2). */
function growthFormula(ctx: WorkbookContext, parameter: Parameter, row: number, t: number): string {
  const previous = address(yearColumn(t - 1), row);
  const index = parameter.index;
  if (index === undefined) return previous;
  if (index.kind === 'constant') return `${previous}*(1+${address(VALUE_COLUMN, row, true)})`;
  const indexRow = ctx.assumptionRows.row(assumptionKey.index(index.id));
  return `${previous}*(1+${columnLetter(yearColumn(t))}${indexRow ?? 0})`;
}

function writeConstants(ws: Sheet, ctx: WorkbookContext, uses: AssumptionUses, sourceColumn: number): void {
  const { projection, labels: l } = ctx;
  const rows = ctx.assumptionRows;
  const modelLabel = (model: string) => projection.region.models.get(model)?.label ?? model;
  if (uses.constants.length + uses.elasticities.length > 0) {
    section(ws, rows.take(), l.assumptions.constants);
    for (const c of uses.constants) {
      const row = rows.take(assumptionKey.constant(c.model, c.line.id, c.workForm));
      const form = c.workForm === undefined ? '' : `, ${c.workForm}`;
      writeText(ws, row, LABEL_COLUMN, `${modelLabel(c.model)}: ${c.line.label}${form}`);
      const ratio = lineKind(c.line.driver).rateUnit === 'ratio';
      writeText(ws, row, UNIT_COLUMN, ratio ? l.assumptions.unit('ratio') : l.assumptions.constantRate);
      writeValue(ws, row, VALUE_COLUMN, c.value, 'input', ratio ? FORMAT.rate : moneyFormatFor([c.value]));
      writeText(ws, row, sourceColumn, `${c.line.at.file}:${c.line.at.line ?? ''}`, { wrap: WRAP_COLUMN_WIDTH });
    }
    for (const e of uses.elasticities) {
      const row = rows.take(assumptionKey.elasticity(e.model, e.line.id));
      writeText(ws, row, LABEL_COLUMN, `${modelLabel(e.model)}: ${e.line.label}, ${l.assumptions.elasticity}`);
      writeValue(ws, row, VALUE_COLUMN, e.value, 'input', FORMAT.factor);
      writeText(ws, row, sourceColumn, `${e.line.at.file}:${e.line.at.line ?? ''}`, { wrap: WRAP_COLUMN_WIDTH });
    }
    rows.skip();
  }
  if (uses.oneOffs.length === 0) return;
  section(ws, rows.take(), l.assumptions.oneOffs);
  for (const o of uses.oneOffs) {
    const row = rows.take(assumptionKey.oneOff(o.model, o.line.id));
    writeText(ws, row, LABEL_COLUMN, `${modelLabel(o.model)}: ${o.line.label}`);
    writeText(ws, row, UNIT_COLUMN, l.assumptions.unit('EUR'));
    const byYear = o.line.amount.kind === 'by_year' ? o.line.amount.byYear : new Map();
    projection.years.forEach((year, t) => {
      const amount = byYear.get(year);
      if (amount !== undefined) writeValue(ws, row, yearColumn(t), amount, 'input', FORMAT.money);
    });
    writeText(ws, row, sourceColumn, `${o.line.at.file}:${o.line.at.line ?? ''}`, { wrap: WRAP_COLUMN_WIDTH });
  }
}

/** The cell a line reads its rate from in year t: a parameter's year cell, or a model constant's value cell. */
export function rateCell(ctx: WorkbookContext, scope: string, parameterName: string | undefined, constantKey: string, t: number): string {
  const rows = ctx.assumptionRows;
  if (parameterName !== undefined) {
    return sheetRef(ctx.sheets.assumptions, yearColumn(t), rows.row(assumptionKey.parameter(scope, parameterName)) ?? 0);
  }
  return sheetRef(ctx.sheets.assumptions, VALUE_COLUMN, rows.row(constantKey) ?? 0, true);
}

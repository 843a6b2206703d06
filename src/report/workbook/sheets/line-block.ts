import type { Sheet } from '../sheet-model.js';
import { rateOf, type LineResult } from '../../../engine/index.js';
import type { YearVector } from '../../../engine/year-vector.js';
import { municipalityName, subjectKey } from '../../../engine/subject.js';
import { assertNever, InternalError } from '../../../errors.js';
import { ZERO, sum } from '../../../model/decimal.js';
import { AMOUNT_ROW, interpret, yearIndex, type FormulaEnv, type Input, type RowLabel } from '../../../model/formula.js';
import { writeFormula, writeMark, writeText, writeValue, type CellValue } from '../cells.js';
import { assumptionKey, populationKey, type WorkbookContext } from '../context.js';
import { atom, formulaCalculator, type FormulaText } from '../formula-text.js';
import { LABEL_COLUMN, UNIT_COLUMN, VALUE_COLUMN, address, columnLetter, sheetRef, yearColumn } from '../layout.js';
import { buyersShown, inhabitantCells, memberCells, memberCellsShown, totalShown } from '../member-rows.js';
import { FORMAT, moneyFormatFor, styleSection } from '../styles.js';
import { rateCell } from './assumptions.js';
import { dissolutionRowKey } from './dissolution.js';
import { OTHER_TERM_ROW, lineRowKey, type ConfigurationPlan } from './configuration-rows.js';

/*
 * A line's block on a configuration sheet: its amount row and the rows of its formula, written
 * by the workbook interpretation of the line's formula tree (docs/extending.md §3).
 */

/**
 * One cell of a row that reads the population sheet: a formula (with the engine's value as
 * its cache); the engine's value, where the figure it would read is a small cell; the
 * small-cell mark; or nothing.
 */
export type RowCell = { readonly formula: string; readonly value: CellValue } | { readonly value: CellValue } | 'mark' | 'empty';

/** Writes one row of {@link RowCell}s over the timeline. */
type CellWriter = (cellOf: (t: number, column: string) => RowCell, numFmt: string) => void;

/** Writes a row of cells, each a formula, the engine's value, the small-cell mark or nothing, over the timeline. */
export function cellWriter(ws: Sheet, ctx: WorkbookContext, row: number): CellWriter {
  return (cellOf, numFmt) =>
    ctx.projection.years.forEach((_, t) => {
      const column = yearColumn(t);
      const cell = cellOf(t, columnLetter(column));
      if (cell === 'empty') return;
      if (cell === 'mark') writeMark(ws, row, column, ctx.labels.population.suppressed);
      else if ('formula' in cell) writeFormula(ws, row, column, cell.formula, cell.value, numFmt);
      else writeValue(ws, row, column, cell.value, 'engine', numFmt);
    });
}

/** A formula where `live`, else the engine's value (its figures would be read from a small cell). */
function formulaOrValue(live: boolean, formula: string, value: CellValue): RowCell {
  return live ? { formula, value } : { value };
}

/** The row a key of the plan was given. */
export function rowOf(plan: ConfigurationPlan, key: string): number {
  return plan.rows.row(key) ?? 0;
}

/**
 * A line as rows of formulas: every row of its formula (the tree the engine computes),
 * written by the workbook interpretation over the assumptions and population sheets, with
 * the engine's figures as cached values; and the row of the work forms merged for privacy.
 */
export function writeLine(ws: Sheet, ctx: WorkbookContext, plan: ConfigurationPlan, lr: LineResult): void {
  const { labels: l } = ctx;
  const { line } = lr;
  const rowOfKind = (kind: string) => rowOf(plan, lineRowKey(line.id, kind));
  const lineRow = rowOfKind(AMOUNT_ROW);
  styleSection(writeText(ws, lineRow, LABEL_COLUMN, lr.fee === undefined ? line.label : l.configuration.feeRevenue(municipalityName(ctx.projection.scenario, lr.fee.buyer))));
  writeText(ws, lineRow, UNIT_COLUMN, line.kind === 'cost' ? l.configuration.cost : l.configuration.revenue);
  const own = lr.own ?? lr.amounts;
  writeFormula(ws, lineRow, VALUE_COLUMN, `SUM(${address(yearColumn(0), lineRow)}:${address(yearColumn(own.length - 1), lineRow)})`, sum(own), FORMAT.money);
  const marks = new Map<string, boolean[]>();
  const env = lineCells(ctx, plan, lr, marks);
  for (const row of lr.formula.rows) {
    // as numbers once: both the row's format and its cells read them
    const values = (lr.rows.get(row.name) ?? []).map((v) => v.toNumber());
    const shown: boolean[] = [];
    marks.set(row.name, shown);
    if (row.label !== undefined) writeText(ws, rowOfKind(row.name), LABEL_COLUMN, rowLabel(ctx, row.label), { indent: 1 });
    cellWriter(ws, ctx, rowOfKind(row.name))((t) => {
      const text = interpret(row.expr, formulaCalculator, env, t);
      const cell: RowCell = !text.hidden ? { formula: text.text, value: values[t] ?? null } : row.whenHidden === 'mark' ? 'mark' : { value: values[t] ?? null };
      shown[t] = cell === 'mark';
      return cell;
    }, row.format === 'money' ? moneyFormatFor(values) : FORMAT[row.format]);
  }
  if (plan.rows.row(lineRowKey(line.id, OTHER_TERM_ROW)) !== undefined) writeOtherTerm(ws, ctx, plan, lr);
  if (lr.own !== undefined) writeSettlement(ws, ctx, plan, lr, lr.own);
}

/**
 * The rows of a settled line (docs/methodology.md#settlement): the pool and the key as the
 * engine's figures (the other members' own amounts are not in this workbook), what the member
 * bears as key × pool and the verevening as borne − own, both live.
 */
function writeSettlement(ws: Sheet, ctx: WorkbookContext, plan: ConfigurationPlan, lr: LineResult, own: YearVector): void {
  const l = ctx.labels.configuration.settlement;
  const row = (kind: string) => rowOf(plan, lineRowKey(lr.line.id, kind));
  const key = plan.result.settlementKey ?? [];
  const values = (kind: string, label: string, cell: (t: number, c: string) => RowCell, numFmt: string) => {
    writeText(ws, row(kind), LABEL_COLUMN, label, { indent: 1 });
    cellWriter(ws, ctx, row(kind))(cell, numFmt);
  };
  values('settle-pool', l.pool, (t) => ({ value: lr.pool?.[t] ?? null }), FORMAT.money);
  values('settle-key', l.key, (t) => ({ value: key[t] ?? null }), FORMAT.key);
  values('settle-amount', l.borne, (t, c) => ({ formula: `${c}${row('settle-key')}*${c}${row('settle-pool')}`, value: lr.amounts[t] ?? null }), FORMAT.money);
  values('settle-verevening', l.verevening, (t, c) => ({ formula: `${c}${row('settle-amount')}-${c}${row(AMOUNT_ROW)}`, value: (lr.amounts[t] ?? ZERO).minus(own[t] ?? ZERO) }), FORMAT.money);
  for (const kind of ['settle-amount', 'settle-verevening']) {
    const r = row(kind);
    const total = kind === 'settle-amount' ? sum(lr.amounts) : sum(lr.amounts).minus(sum(own));
    writeFormula(ws, r, VALUE_COLUMN, `SUM(${address(yearColumn(0), r)}:${address(yearColumn(own.length - 1), r)})`, total, FORMAT.money);
  }
}

/** The words of a row's label. */
function rowLabel(ctx: WorkbookContext, label: RowLabel): string {
  const l = ctx.labels.configuration;
  switch (label.label) {
    case 'term':
      return l.term(ctx.projection.region.workForms.find((f) => f.id === label.workForm)?.label ?? label.workForm, l.quantities[label.quantity]);
    case 'key':
      return l.key(label.allocation);
    case 'percent_base':
      return `${l.percentBase}: ${label.of.join(' + ')}`;
    default:
      return l.rows[label.label];
  }
}

/**
 * Where the workbook finds what a line reads: the assumptions sheet (rates, elasticity,
 * one-off amounts), the population sheet (volumes, inhabitants) and the line's own rows.
 * `marks` holds, per row already written, the years it shows the small-cell mark.
 */
function lineCells(ctx: WorkbookContext, plan: ConfigurationPlan, lr: LineResult, marks: ReadonlyMap<string, readonly boolean[]>): FormulaEnv<FormulaText> {
  const { line } = lr;
  const model = plan.result.model;
  const members = plan.result.organisationMembers;
  const scope = subjectKey(lr.scope);
  const population = (key: string, column: number, anchored: boolean) => sheetRef(ctx.sheets.population, column, ctx.populationRows.row(key) ?? 0, anchored);
  const input = (x: Input, t: number, anchored: boolean): FormulaText => {
    switch (x.input) {
      case 'rate': {
        const rate = rateOf(line, x.workForm);
        return atom(rateCell(ctx, scope, rate.kind === 'parameter' ? rate.name : undefined, assumptionKey.constant(model, line.id, x.workForm), t));
      }
      case 'volume':
        // the buyers' SE is not on this municipality's population sheet: the engine's value (docs/methodology.md#fees)
        if (x.whose === 'organisation' && x.withBuyers === true && plan.result.organisationBuyers.length > 0) {
          return atom(engineValue(lr, 'volume', t), !memberCellsShown(ctx, members, t) || !buyersShown(ctx, plan.result.organisationBuyers, t));
        }
        if (x.whose === 'organisation') return atom(`SUM(${memberCells(ctx, members, x.quantity, yearColumn(t)).join(',')})`, !memberCellsShown(ctx, members, t));
        return atom(population(populationKey.volume(ctx.municipality, x.quantity, x.workForm), yearColumn(t), anchored),
          x.workForm === undefined ? !totalShown(ctx, ctx.municipality, t) : ctx.cells.years[t]?.merged.includes(x.workForm) === true);
      case 'inhabitants':
        return atom(x.whose === 'organisation' ? `SUM(${inhabitantCells(ctx, members).join(',')})` : population(populationKey.inhabitants(ctx.municipality), VALUE_COLUMN, true));
      case 'elasticity': {
        // a parameter's year cell, like a rate; a number is one input cell
        const e = line.volumeElasticity;
        return atom(rateCell(ctx, scope, e.kind === 'parameter' ? e.name : undefined, assumptionKey.elasticity(model, line.id), t));
      }
      case 'one_off':
        // a dissolution share is read from the dissolution sheet, where it is key × item
        // a fee revenue line's amounts come from the buyer's lines, which are not in this workbook: the engine's (docs/methodology.md#fees)
        if (lr.fee !== undefined) return atom(engineValue(lr, AMOUNT_ROW, t));
        if (lr.dissolution !== undefined) return atom(sheetRef(ctx.sheets.dissolution, yearColumn(t), ctx.dissolutionRows.row(dissolutionRowKey.share(lr.dissolution.item.id)) ?? 0));
        return atom(sheetRef(ctx.sheets.assumptions, yearColumn(t), ctx.assumptionRows.row(assumptionKey.oneOff(model, line.id)) ?? 0));
      case 'line':
        return atom(address(yearColumn(t), rowOf(plan, lineRowKey(x.id, AMOUNT_ROW))));
      case 'member_count':
        return atom(String(members.length));
      default:
        return assertNever(x);
    }
  };
  // the rows of a group are the same in every year: found once per group
  const groupRanges = new Map<string, { first: number; last: number }>();
  const groupRange = (group: string) => {
    const known = groupRanges.get(group);
    if (known !== undefined) return known;
    const names = lr.formula.rows.filter((r) => r.group === group).map((r) => r.name);
    const merged = plan.rows.row(lineRowKey(line.id, OTHER_TERM_ROW));
    const range = { first: rowOf(plan, lineRowKey(line.id, names[0] ?? '')), last: merged ?? rowOf(plan, lineRowKey(line.id, names[names.length - 1] ?? '')) };
    groupRanges.set(group, range);
    return range;
  };
  return {
    input: (x, t, year) => input(x, yearIndex(t, year), year === 'first'),
    row: (name, t, year) => {
      const i = yearIndex(t, year);
      return atom(address(yearColumn(i), rowOf(plan, lineRowKey(line.id, name)), year === 'first'), marks.get(name)?.[i] === true);
    },
    group: (group, t) => {
      const { first, last } = groupRange(group);
      const column = columnLetter(yearColumn(t));
      return atom(`SUM(${column}${first}:${column}${last})`);
    },
  };
}

/**
 * The term of the work forms merged for privacy in each year: the merged terms' formula over
 * the population sheet's "other work forms" row, where that row shows, holds exactly the
 * forms this line applies to, and they all read the same cells; else the engine's value.
 */
function writeOtherTerm(ws: Sheet, ctx: WorkbookContext, plan: ConfigurationPlan, lr: LineResult): void {
  const terms = lr.formula.rows.filter((r) => r.workForm !== undefined);
  const quantity = terms.map((r) => (r.label?.label === 'term' ? r.label.quantity : undefined)).find((q) => q !== undefined) ?? 'se';
  const row = rowOf(plan, lineRowKey(lr.line.id, OTHER_TERM_ROW));
  writeText(ws, row, LABEL_COLUMN, ctx.labels.configuration.term(ctx.labels.configuration.otherForms, ctx.labels.configuration.quantities[quantity]), { indent: 1 });
  const cells = lineCells(ctx, plan, lr, new Map());
  // the merged forms' volumes read as the "other work forms" row of the population sheet
  const other: FormulaEnv<FormulaText> = {
    ...cells,
    input: (x, t, year) => (x.input === 'volume' && x.workForm !== undefined
      ? atom(sheetRef(ctx.sheets.population, yearColumn(yearIndex(t, year)), ctx.populationRows.row(populationKey.otherForms(ctx.municipality, x.quantity)) ?? 0))
      : cells.input(x, t, year)),
  };
  cellWriter(ws, ctx, row)((t) => {
    const year = ctx.cells.years[t];
    const merged = terms.filter((r) => year?.merged.includes(r.workForm ?? '') === true);
    if (year === undefined || merged.length === 0) return 'empty';
    const value = merged.reduce((acc, r) => acc.plus(lr.rows.get(r.name)?.[t] ?? ZERO), ZERO);
    const texts = new Set(merged.map((r) => interpret(r.expr, formulaCalculator, other, t)).map((x) => (x.hidden ? '' : x.text)));
    const [single] = texts;
    const live = year.mergedShown && merged.length === year.merged.length && texts.size === 1 && single !== undefined && single !== '';
    return formulaOrValue(live, single ?? '', value);
  }, FORMAT.money);
}

/** A row's figure as the engine computed it, as a number in formula text (no exponent): for a figure the workbook holds no cell of. */
function engineValue(lr: LineResult, row: string, t: number): string {
  const value = lr.rows.get(row)?.[t];
  if (value === undefined) throw new InternalError(`line ${lr.line.id} has no row ${row} in year index ${t}`);
  return value.toFixed();
}

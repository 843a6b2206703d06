import type ExcelJS from 'exceljs';
import { rateOf, type LineResult } from '../../../engine/index.js';
import { staysSettled } from '../../../engine/results.js';
import { assertNever } from '../../../errors.js';
import { ZERO, sum, type Dec } from '../../../model/decimal.js';
import { AMOUNT_ROW, interpret, yearIndex, type FormulaEnv, type Input, type RowLabel } from '../../../model/formula.js';
import { atom, formulaCalculator, type FormulaText } from '../formula-text.js';
import { setUpTimelineSheet, writeFormula, writeMark, writeText, writeValue, type CellValue } from '../cells.js';
import { assumptionKey, populationKey, type WorkbookContext } from '../context.js';
import { HEADER_ROW, LABEL_COLUMN, UNIT_COLUMN, VALUE_COLUMN, address, columnLetter, quoteSheet, sheetRef, yearColumn } from '../layout.js';
import { FORMAT, styleSection, styleTotal } from '../styles.js';
import { inhabitantCells, isListed, memberCells, memberCellsShown, totalShown } from '../member-rows.js';
import { rateCell } from './assumptions.js';
import { OTHER_TERM_ROW, lineRowKey, resultRowKey, type ConfigurationPlan, type ResultRowKind } from './configuration-rows.js';
import { municipalityName, subjectKey } from '../../../engine/subject.js';

/** Writes one row of formulas over the timeline, each with the engine's value as its cached result. */
type RowWriter = (formula: (t: number, column: string) => string, values: readonly CellValue[], numFmt: string) => void;

/**
 * One cell of a row that reads the population sheet: a formula (with the engine's value as
 * its cache); the engine's value, where the figure it would read is a small cell; the
 * small-cell mark; or nothing.
 */
type RowCell = { readonly formula: string; readonly value: CellValue } | { readonly value: CellValue } | 'mark' | 'empty';

/** Writes one row of {@link RowCell}s over the timeline. */
type CellWriter = (cellOf: (t: number, column: string) => RowCell, numFmt: string) => void;

/**
 * A configuration sheet: every line of its model for this municipality as rows of
 * formulas over the assumptions and population sheets, with the figures each line is
 * computed from; then costs, revenues, net cost, cumulative, present value, the
 * difference with the baseline and the break-even year (§4, §5).
 */
export function writeConfigurationSheet(ws: ExcelJS.Worksheet, ctx: WorkbookContext, plan: ConfigurationPlan, baseline: ConfigurationPlan): void {
  const { labels: l, projection } = ctx;
  const { configuration, result } = plan;
  const model = projection.region.models.get(result.model);
  const members = isListed(result.organisationMembers)
    ? result.organisationMembers.map((m) => municipalityName(projection.scenario, m)).join(', ')
    : l.configuration.memberCount(result.organisationMembers.length);
  setUpTimelineSheet(ws, l.configuration.title(configuration.label, configuration.id), l.configuration.organisation(model?.label ?? result.model, members),
    projection.years, { item: l.columns.item, unit: l.columns.unit, value: l.columns.total }, ctx.footer);
  for (const lr of result.lines) writeLine(ws, ctx, plan, lr);
  writeResults(ws, ctx, plan, baseline);
}

function rowOf(plan: ConfigurationPlan, key: string): number {
  return plan.rows.row(key) ?? 0;
}

function rowWriter(ws: ExcelJS.Worksheet, row: number): RowWriter {
  return (formula, values, numFmt) =>
    values.forEach((value, t) => {
      const column = yearColumn(t);
      writeFormula(ws, row, column, formula(t, columnLetter(column)), value, numFmt);
    });
}

function cellWriter(ws: ExcelJS.Worksheet, ctx: WorkbookContext, row: number): CellWriter {
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

/**
 * A line as rows of formulas: every row of its formula (the tree the engine computes),
 * written by the workbook interpretation over the assumptions and population sheets, with
 * the engine's figures as cached values; and the row of the work forms merged for privacy.
 */
function writeLine(ws: ExcelJS.Worksheet, ctx: WorkbookContext, plan: ConfigurationPlan, lr: LineResult): void {
  const { labels: l } = ctx;
  const { line } = lr;
  const rowOfKind = (kind: string) => rowOf(plan, lineRowKey(line.id, kind));
  const lineRow = rowOfKind(AMOUNT_ROW);
  styleSection(writeText(ws, lineRow, LABEL_COLUMN, line.label));
  writeText(ws, lineRow, UNIT_COLUMN, line.kind === 'cost' ? l.configuration.cost : l.configuration.revenue);
  writeFormula(ws, lineRow, VALUE_COLUMN, `SUM(${address(yearColumn(0), lineRow)}:${address(yearColumn(lr.amounts.length - 1), lineRow)})`, sum(lr.amounts), FORMAT.money);
  const marks = new Map<string, boolean[]>();
  const env = lineCells(ctx, plan, lr, marks);
  for (const row of lr.formula.rows) {
    const values = lr.rows.get(row.name) ?? [];
    const shown: boolean[] = [];
    marks.set(row.name, shown);
    if (row.label !== undefined) writeText(ws, rowOfKind(row.name), LABEL_COLUMN, rowLabel(ctx, row.label), { indent: 1 });
    cellWriter(ws, ctx, rowOfKind(row.name))((t) => {
      const text = interpret(row.expr, formulaCalculator, env, t);
      const cell: RowCell = !text.hidden ? { formula: text.text, value: values[t] ?? null } : row.whenHidden === 'mark' ? 'mark' : { value: values[t] ?? null };
      shown[t] = cell === 'mark';
      return cell;
    }, FORMAT[row.format]);
  }
  if (plan.rows.row(lineRowKey(line.id, OTHER_TERM_ROW)) !== undefined) writeOtherTerm(ws, ctx, plan, lr);
}

/** The words of a row's label. */
function rowLabel(ctx: WorkbookContext, label: RowLabel): string {
  const l = ctx.labels.configuration;
  switch (label.label) {
    case 'term':
      return l.term(ctx.projection.region.workForms.find((f) => f.id === label.workForm)?.label ?? label.workForm, label.quantity.toUpperCase());
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
        if (x.whose === 'organisation') return atom(`SUM(${memberCells(ctx, members, x.quantity, yearColumn(t)).join(',')})`, !memberCellsShown(ctx, members, t));
        return atom(population(populationKey.volume(ctx.municipality, x.quantity, x.workForm), yearColumn(t), anchored),
          x.workForm === undefined ? !totalShown(ctx, ctx.municipality, t) : ctx.cells.years[t]?.merged.includes(x.workForm) === true);
      case 'inhabitants':
        return atom(x.whose === 'organisation' ? `SUM(${inhabitantCells(ctx, members).join(',')})` : population(populationKey.inhabitants(ctx.municipality), VALUE_COLUMN, true));
      case 'elasticity':
        return atom(sheetRef(ctx.sheets.assumptions, VALUE_COLUMN, ctx.assumptionRows.row(assumptionKey.elasticity(model, line.id)) ?? 0, true));
      case 'one_off':
        return atom(sheetRef(ctx.sheets.assumptions, yearColumn(t), ctx.assumptionRows.row(assumptionKey.oneOff(model, line.id)) ?? 0));
      case 'line':
        return atom(address(yearColumn(t), rowOf(plan, lineRowKey(x.id, AMOUNT_ROW))));
      case 'member_count':
        return atom(String(members.length));
      default:
        return assertNever(x);
    }
  };
  const groupRange = (group: string) => {
    const names = lr.formula.rows.filter((r) => r.group === group).map((r) => r.name);
    const merged = plan.rows.row(lineRowKey(line.id, OTHER_TERM_ROW));
    return { first: rowOf(plan, lineRowKey(line.id, names[0] ?? '')), last: merged ?? rowOf(plan, lineRowKey(line.id, names[names.length - 1] ?? '')) };
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
function writeOtherTerm(ws: ExcelJS.Worksheet, ctx: WorkbookContext, plan: ConfigurationPlan, lr: LineResult): void {
  const terms = lr.formula.rows.filter((r) => r.workForm !== undefined);
  const quantity = terms.map((r) => (r.label?.label === 'term' ? r.label.quantity : undefined)).find((q) => q !== undefined) ?? 'se';
  const row = rowOf(plan, lineRowKey(lr.line.id, OTHER_TERM_ROW));
  writeText(ws, row, LABEL_COLUMN, ctx.labels.configuration.term(ctx.labels.configuration.otherForms, quantity.toUpperCase()), { indent: 1 });
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

function writeResults(ws: ExcelJS.Worksheet, ctx: WorkbookContext, plan: ConfigurationPlan, baseline: ConfigurationPlan): void {
  const { labels: l, projection } = ctx;
  const { result } = plan;
  const row = (kind: ResultRowKind) => rowOf(plan, resultRowKey(kind));
  const write = (kind: ResultRowKind) => rowWriter(ws, row(kind));
  const n = projection.years.length;
  const first = (kind: ResultRowKind) => address(yearColumn(0), row(kind));
  const last = (kind: ResultRowKind) => address(yearColumn(n - 1), row(kind));
  const span = (kind: ResultRowKind) => `${first(kind)}:${last(kind)}`;
  const total = (kind: ResultRowKind, value: Dec | number | string, formula = `SUM(${span(kind)})`, numFmt: string = FORMAT.money) =>
    writeFormula(ws, row(kind), VALUE_COLUMN, formula, value, numFmt);
  const label = (kind: ResultRowKind, text: string, isTotal = false) => {
    writeText(ws, row(kind), LABEL_COLUMN, text);
    if (isTotal) styleTotal(ws.getRow(row(kind)));
  };
  const linesOf = (kind: 'cost' | 'revenue', c: string) => {
    const cells = result.lines.filter((lr) => lr.line.kind === kind).map((lr) => `${c}${rowOf(plan, lineRowKey(lr.line.id, 'line'))}`);
    return cells.length === 0 ? '0' : `SUM(${cells.join(',')})`;
  };
  const isBaseline = plan.configuration.id === projection.region.baseline;
  const names = ctx.labels.names;
  const baselineLabel = baseline.configuration.label;

  label('costs', l.configuration.totalCosts, true);
  write('costs')((_, c) => linesOf('cost', c), result.costs, FORMAT.money);
  total('costs', sum(result.costs));
  label('revenues', l.configuration.totalRevenues, true);
  write('revenues')((_, c) => linesOf('revenue', c), result.revenues, FORMAT.money);
  total('revenues', sum(result.revenues));
  label('net', l.configuration.net, true);
  write('net')((_, c) => `${c}${row('costs')}-${c}${row('revenues')}`, result.net, FORMAT.money);
  total('net', result.cumulative);
  label('cumulative', l.configuration.cumulative);
  write('cumulative')((t, c) => (t === 0 ? `${c}${row('net')}` : `${columnLetter(yearColumn(t - 1))}${row('cumulative')}+${c}${row('net')}`), result.runningNet, FORMAT.money);

  label('discount', l.configuration.discountFactor);
  write('discount')((_, c) => `1/(1+${names.discountRate})^(${c}$${HEADER_ROW}-${names.startYear}+0.5)`, projection.discountFactors, FORMAT.factor);
  label('npv', l.configuration.presentValue, true);
  total('npv', result.npv, `SUMPRODUCT(${span('net')},${span('discount')})`);

  label('delta', l.configuration.delta(baselineLabel), true);
  write('delta')((_, c) => `${c}${row('net')}-${quoteSheet(baseline.sheet)}!${c}${rowOf(baseline, resultRowKey('net'))}`, result.delta, FORMAT.money);
  total('delta', result.deltaCumulative);
  label('cumulative-delta', l.configuration.cumulativeDelta);
  write('cumulative-delta')((t, c) => (t === 0 ? `${c}${row('delta')}` : `${columnLetter(yearColumn(t - 1))}${row('cumulative-delta')}+${c}${row('delta')}`), result.runningDelta, FORMAT.money);
  label('npv-delta', l.configuration.presentValueDelta, true);
  total('npv-delta', result.deltaNpv, `SUMPRODUCT(${span('delta')},${span('discount')})`);
  label('settled', l.configuration.settled);
  const lastDelta = address(yearColumn(n - 1), row('cumulative-delta'), true);
  // 1/0 rather than TRUE/FALSE: LibreOffice keeps no boolean type and would save 1/0 anyway
  write('settled')((_, c) => `IF(MAX(${c}${row('cumulative-delta')}:${lastDelta})<=0,1,0)`, result.runningDelta.map((_, t) => (staysSettled(result.runningDelta, t) ? 1 : 0)), l.configuration.settledFormat);
  label('break-even', l.configuration.breakEven, true);
  if (isBaseline) {
    writeText(ws, row('break-even'), VALUE_COLUMN, l.summary.notApplicable);
  } else {
    const years = `${address(yearColumn(0), HEADER_ROW, true)}:${address(yearColumn(n - 1), HEADER_ROW, true)}`;
    total('break-even', result.breakEvenYear ?? l.summary.never,
      `IFERROR(INDEX(${years},MATCH(1,${span('settled')},0)),"${l.summary.never}")`, FORMAT.year);
  }
  label('per-se', l.configuration.netPerSe);
  const se = (t: number) => sheetRef(ctx.sheets.population, yearColumn(t), ctx.populationRows.row(populationKey.volume(ctx.municipality, 'se')) ?? 0);
  // the net cost per SE gives the SE back from the net cost: marked where the SE is a small cell
  cellWriter(ws, ctx, row('per-se'))((t, c) => (totalShown(ctx, ctx.municipality, t) ? { formula: `IF(${se(t)}>0,${c}${row('net')}/${se(t)},"")`, value: result.netPerSe[t] ?? '' } : 'mark'), FORMAT.money);
}


import type ExcelJS from 'exceljs';
import { ZERO, sum, type Dec } from '../../../model/decimal.js';
import type { LineResult, YearVector } from '../../../engine/index.js';
import { staysSettled } from '../../../engine/results.js';
import type { Line } from '../../../model/line.js';
import { rateOf } from '../assumption-uses.js';
import { setUpTimelineSheet, writeFormula, writeMark, writeText, writeValue, type CellValue } from '../cells.js';
import { assumptionKey, populationKey, type WorkbookContext } from '../context.js';
import { HEADER_ROW, LABEL_COLUMN, UNIT_COLUMN, VALUE_COLUMN, address, columnLetter, quoteSheet, sheetRef, yearColumn } from '../layout.js';
import { FORMAT, styleSection, styleTotal } from '../styles.js';
import { inhabitantCells, isListed, memberCells, memberCellsShown, totalShown } from '../member-rows.js';
import { rateCell } from './assumptions.js';
import { hasOtherTerm, isShared, lineRowKey, resultRowKey, type ConfigurationPlan, type LineRowKind, type ResultRowKind } from './configuration-rows.js';

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
    ? result.organisationMembers.map((m) => projection.scenario.municipalities.find((x) => x.id === m)?.name ?? m).join(', ')
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

/** The line's `years` as a condition on the year in the header row, or undefined if it always applies. */
function activeCondition(line: Line, column: string): string | undefined {
  const year = `${column}$${HEADER_ROW}`;
  const { from, to } = line.years;
  const parts = [from === undefined ? undefined : `${year}>=${from}`, to === undefined ? undefined : `${year}<=${to}`].filter((x) => x !== undefined);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `AND(${parts.join(',')})`;
}

function whenActive(line: Line, column: string, formula: string): string {
  const condition = activeCondition(line, column);
  return condition === undefined ? formula : `IF(${condition},${formula},0)`;
}

function writeLine(ws: ExcelJS.Worksheet, ctx: WorkbookContext, plan: ConfigurationPlan, lr: LineResult): void {
  const { labels: l } = ctx;
  const { line, detail } = lr;
  const row = (kind: LineRowKind) => rowOf(plan, lineRowKey(line.id, kind));
  const at = (kind: LineRowKind, column: string) => `${column}${row(kind)}`;
  const label = (kind: LineRowKind, text: string) => writeText(ws, row(kind), LABEL_COLUMN, text, { indent: 1 });
  const write = (kind: LineRowKind) => rowWriter(ws, row(kind));
  const cells = (kind: LineRowKind) => cellWriter(ws, ctx, row(kind));
  const lineRow = row('line');
  styleSection(writeText(ws, lineRow, LABEL_COLUMN, line.label));
  writeText(ws, lineRow, UNIT_COLUMN, line.kind === 'cost' ? l.configuration.cost : l.configuration.revenue);
  writeFormula(ws, lineRow, VALUE_COLUMN, `SUM(${address(yearColumn(0), lineRow)}:${address(yearColumn(lr.amounts.length - 1), lineRow)})`, sum(lr.amounts), FORMAT.money);
  const model = plan.result.model;
  const rate = (t: number, workForm?: string) => {
    const source = detail.driver === 'one_off' ? undefined : rateOf(line, workForm);
    const scope = scopeKeyOf(lr, ctx.municipality, plan);
    return rateCell(ctx, scope, source?.kind === 'parameter' ? source.name : undefined, assumptionKey.constant(model, line.id, workForm), t);
  };
  const population = (m: string, quantity: 'fte' | 'se' | 'headcount', column: number, workForm?: string) =>
    sheetRef(ctx.sheets.population, column, ctx.populationRows.row(populationKey.volume(m, quantity, workForm)) ?? 0);

  switch (detail.driver) {
    case 'fte':
    case 'se':
    case 'headcount': {
      const merged = (t: number) => ctx.cells.years[t]?.merged ?? [];
      for (const term of detail.terms) {
        const kind = `term:${term.workForm}` as const;
        const form = ctx.projection.region.workForms.find((f) => f.id === term.workForm)?.label ?? term.workForm;
        label(kind, l.configuration.term(form, detail.driver.toUpperCase()));
        cells(kind)((t, c) => merged(t).includes(term.workForm)
          ? 'mark'
          : { formula: whenActive(line, c, `${population(ctx.municipality, detail.driver, yearColumn(t), term.workForm)}*${rate(t, term.workForm)}`), value: termValue(lr, term.volume, term.rate, t) },
        FORMAT.money);
      }
      const other = hasOtherTerm(lr, ctx.cells);
      if (other) {
        label('term-other', l.configuration.term(l.configuration.otherForms, detail.driver.toUpperCase()));
        cells('term-other')((t, c) => otherTermCell(ctx, lr, t, c, rate), FORMAT.money);
      }
      const first = row(`term:${detail.terms[0]?.workForm ?? ''}`);
      const last = other ? row('term-other') : row(`term:${detail.terms[detail.terms.length - 1]?.workForm ?? ''}`);
      write('line')((_, c) => `SUM(${c}${first}:${c}${last})`, lr.amounts, FORMAT.money);
      return;
    }
    case 'fixed': {
      const shared = isShared(lr, plan.result);
      const elasticity = sheetRef(ctx.sheets.assumptions, VALUE_COLUMN, ctx.assumptionRows.row(assumptionKey.elasticity(model, line.id)) ?? 0, true);
      label('base', l.configuration.base);
      write('base')((t, c) => whenActive(line, c, rate(t)), detail.base, FORMAT.money);
      // the volume V(t) the factor reads: the organisation's SE row below, or this municipality's SE total
      const members = plan.result.organisationMembers;
      const volumeShown = (t: number) => (shared ? memberCellsShown(ctx, members, t) : totalShown(ctx, ctx.municipality, t));
      const volume = (t: number) =>
        shared ? address(yearColumn(t), row('volume'), t === 0) : population(ctx.municipality, 'se', yearColumn(t));
      if (shared) {
        label('volume', l.configuration.organisationSe);
        // a sum over members whose figure is a small cell would give that figure back: marked
        cells('volume')((t) => (volumeShown(t) ? { formula: `SUM(${memberCells(ctx, members, 'se', yearColumn(t)).join(',')})`, value: detail.volume[t] ?? null } : 'mark'), FORMAT.quantity);
      }
      const first = shared ? address(yearColumn(0), row('volume'), true) : sheetRef(ctx.sheets.population, yearColumn(0), ctx.populationRows.row(populationKey.volume(ctx.municipality, 'se')) ?? 0, true);
      label('factor', l.configuration.volumeFactor);
      cells('factor')((t) => formulaOrValue(volumeShown(0) && volumeShown(t), `(1-${elasticity})+${elasticity}*IF(${first}=0,0,${volume(t)}/${first})`, detail.volumeFactor[t] ?? null), FORMAT.factor);
      if (shared) {
        label('total', l.configuration.organisationTotal);
        write('total')((_, c) => `${at('base', c)}*${at('factor', c)}`, detail.organisationTotal ?? [], FORMAT.money);
        writeKey(ws, ctx, plan, lr, row('key'));
        write('line')((_, c) => `${at('total', c)}*${at('key', c)}`, lr.amounts, FORMAT.money);
      } else {
        write('line')((_, c) => `${at('base', c)}*${at('factor', c)}`, lr.amounts, FORMAT.money);
      }
      return;
    }
    case 'one_off': {
      const oneOffRow = ctx.assumptionRows.row(assumptionKey.oneOff(model, line.id)) ?? 0;
      const amount = (t: number, c: string) => whenActive(line, c, sheetRef(ctx.sheets.assumptions, yearColumn(t), oneOffRow));
      if (isShared(lr, plan.result)) {
        label('total', l.configuration.organisationTotal);
        write('total')(amount, detail.organisationTotal, FORMAT.money);
        writeKey(ws, ctx, plan, lr, row('key'));
        write('line')((_, c) => `${at('total', c)}*${at('key', c)}`, lr.amounts, FORMAT.money);
      } else {
        write('line')(amount, lr.amounts, FORMAT.money);
      }
      return;
    }
    case 'percent_of': {
      label('rate', l.configuration.rate);
      write('rate')((t, c) => whenActive(line, c, rate(t)), detail.rate, FORMAT.rate);
      label('percent-base', `${l.configuration.percentBase}: ${line.of.join(' + ')}`);
      write('percent-base')((_, c) => line.of.map((id) => `${c}${rowOf(plan, lineRowKey(id, 'line'))}`).join('+'), detail.base, FORMAT.money);
      write('line')((_, c) => `${at('rate', c)}*${at('percent-base', c)}`, lr.amounts, FORMAT.money);
    }
  }
}

/** Which parameter set a line reads (methodology §2, scope): `region` for shared organisation lines. */
function scopeKeyOf(lr: LineResult, municipality: string, plan: ConfigurationPlan): string {
  return isShared(lr, plan.result) ? 'region' : municipality;
}

/**
 * key(m,t) as a formula over the members' rows on the population sheet (§4): own / Σ
 * members; where Σ is zero, the previous year's key, in the first year 1/|M|.
 */
function writeKey(ws: ExcelJS.Worksheet, ctx: WorkbookContext, plan: ConfigurationPlan, lr: LineResult, row: number): void {
  const detail = lr.detail;
  const key = 'key' in detail ? detail.key ?? [] : [];
  const members = plan.result.organisationMembers;
  const allocation = lr.line.allocation;
  writeText(ws, row, LABEL_COLUMN, ctx.labels.configuration.key(allocation), { indent: 1 });
  const equal = `1/${members.length}`;
  const own = (cells: readonly string[]) => cells[isListed(members) ? members.indexOf(ctx.municipality) : 0] ?? '0';
  cellWriter(ws, ctx, row)((t) => {
    const value = key[t] ?? null;
    if (allocation === 'equal') return { formula: equal, value };
    if (allocation === 'inhabitants') {
      const cells = inhabitantCells(ctx, members);
      return { formula: `${own(cells)}/SUM(${cells.join(',')})`, value };
    }
    const quantity = allocation === 'se_share' ? 'se' : allocation === 'fte_share' ? 'fte' : 'headcount';
    const cells = memberCells(ctx, members, quantity, yearColumn(t));
    const total = `SUM(${cells.join(',')})`;
    const fallback = t === 0 ? equal : `${columnLetter(yearColumn(t - 1))}${row}`;
    // where a member's figure is a small cell, the key is the engine's value
    return formulaOrValue(memberCellsShown(ctx, members, t), `IF(${total}>0,${own(cells)}/${total},${fallback})`, value);
  }, FORMAT.key);
}

/**
 * The term of the work forms merged for privacy in year index t: a formula over the population
 * sheet's "other work forms" row where that row shows, holds exactly the forms this line
 * applies to, and they all read the same rate cell; else the engine's value of Σ volume · rate.
 */
function otherTermCell(ctx: WorkbookContext, lr: LineResult, t: number, column: string, rate: (t: number, workForm?: string) => string): RowCell {
  const { detail, line } = lr;
  if (detail.driver !== 'fte' && detail.driver !== 'se' && detail.driver !== 'headcount') return 'empty';
  const year = ctx.cells.years[t];
  const terms = detail.terms.filter((term) => year?.merged.includes(term.workForm) === true);
  if (year === undefined || terms.length === 0) return 'empty';
  const value = terms.reduce((acc, term) => acc.plus(termValue(lr, term.volume, term.rate, t)), ZERO);
  const rates = new Set(terms.map((term) => rate(t, term.workForm)));
  const [single] = rates;
  const live = year.mergedShown && terms.length === year.merged.length && rates.size === 1 && single !== undefined;
  const volume = sheetRef(ctx.sheets.population, yearColumn(t), ctx.populationRows.row(populationKey.otherForms(ctx.municipality, detail.driver)) ?? 0);
  return formulaOrValue(live, whenActive(line, column, `${volume}*${single ?? 0}`), value);
}

/** volume(f,t) · rate(f,t) where the line applies in year index t, else 0. */
function termValue(lr: LineResult, volume: YearVector, rate: YearVector, t: number): Dec {
  return lr.active[t] === true ? (volume[t] ?? ZERO).times(rate[t] ?? ZERO) : ZERO;
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


import type { Sheet } from '../sheet-model.js';
import { staysSettled } from '../../../engine/results.js';
import { municipalityName } from '../../../engine/subject.js';
import { sum, type Dec } from '../../../model/decimal.js';
import { setUpTimelineSheet, writeFormula, writeText, type CellValue } from '../cells.js';
import { breakEvenFormula, writeNotApplicable } from '../break-even.js';
import { HEADER_ROW, LABEL_COLUMN, VALUE_COLUMN, address, columnLetter, quoteSheet, sheetRef, yearColumn } from '../layout.js';
import { isListed, totalShown } from '../member-rows.js';
import { FORMAT, styleTotal } from '../styles.js';
import { populationKey, type WorkbookContext } from '../context.js';
import { RESULT_ROWS, SETTLEMENT_RESULT_ROWS, borneRowKind, lineRowKey, lineRows, resultRowKey, type ConfigurationPlan, type ResultRowKind } from './configuration-rows.js';
import { AMOUNT_ROW } from '../../../model/formula.js';
import { keepTogether } from '../print-layout.js';
import { cellWriter, rowOf, writeLine } from './line-block.js';

/** Writes one row of formulas over the timeline, each with the engine's value as its cached result. */
type RowWriter = (formula: (t: number, column: string) => string, values: readonly CellValue[], numFmt: string) => void;

/**
 * A configuration sheet: every line of its model for this municipality as rows of
 * formulas over the assumptions and population sheets, with the figures each line is
 * computed from; then costs, revenues, net cost, cumulative, present value, the
 * difference with the baseline and the break-even year (§4, §5).
 */
export function writeConfigurationSheet(ws: Sheet, ctx: WorkbookContext, plan: ConfigurationPlan, baseline: ConfigurationPlan): void {
  const { labels: l, projection } = ctx;
  const { configuration, result } = plan;
  const model = projection.region.models.get(result.model);
  const members = isListed(result.organisationMembers)
    ? result.organisationMembers.map((m) => municipalityName(projection.scenario, m)).join(', ')
    : l.configuration.memberCount(result.organisationMembers.length);
  setUpTimelineSheet(ws, l.configuration.title(configuration.label, configuration.id), l.configuration.organisation(model?.label ?? result.model, members),
    projection.years, { item: l.columns.item, unit: l.columns.unit, value: l.columns.total }, ctx.footer);
  for (const lr of result.lines) {
    writeLine(ws, ctx, plan, lr);
    const kinds = lineRows(lr, ctx.cells);
    keepTogether(ws, rowOf(plan, lineRowKey(lr.line.id, kinds[0] ?? AMOUNT_ROW)), rowOf(plan, lineRowKey(lr.line.id, kinds[kinds.length - 1] ?? AMOUNT_ROW)));
  }
  writeResults(ws, ctx, plan, baseline);
  // the results, from the costs to the net cost per SE (and the settlement's rows), on one page
  const resultRows = [...RESULT_ROWS, ...(result.settlementKey === undefined ? [] : SETTLEMENT_RESULT_ROWS)].flatMap((kind) => (kind === '' ? [] : [rowOf(plan, resultRowKey(kind))]));
  keepTogether(ws, Math.min(...resultRows), Math.max(...resultRows));
}

function rowWriter(ws: Sheet, row: number): RowWriter {
  return (formula, values, numFmt) =>
    values.forEach((value, t) => {
      const column = yearColumn(t);
      writeFormula(ws, row, column, formula(t, columnLetter(column)), value, numFmt);
    });
}

function writeResults(ws: Sheet, ctx: WorkbookContext, plan: ConfigurationPlan, baseline: ConfigurationPlan): void {
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
    const cells = result.lines.filter((lr) => lr.line.kind === kind).map((lr) => `${c}${rowOf(plan, lineRowKey(lr.line.id, borneRowKind(lr)))}`);
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
  write('delta')((_, c) => `${c}${row('net')}-${quoteSheet(baseline.sheet)}!${c}${rowOf(baseline, resultRowKey('net'))}`, result.delta, FORMAT.difference);
  total('delta', result.deltaCumulative, undefined, FORMAT.difference);
  label('cumulative-delta', l.configuration.cumulativeDelta);
  write('cumulative-delta')((t, c) => (t === 0 ? `${c}${row('delta')}` : `${columnLetter(yearColumn(t - 1))}${row('cumulative-delta')}+${c}${row('delta')}`), result.runningDelta, FORMAT.difference);
  label('npv-delta', l.configuration.presentValueDelta, true);
  total('npv-delta', result.deltaNpv, `SUMPRODUCT(${span('delta')},${span('discount')})`, FORMAT.difference);
  label('settled', l.configuration.settled);
  label('break-even', l.configuration.breakEven, true);
  if (isBaseline) {
    // the baseline has no break-even against itself: not "yes" in every year
    writeNotApplicable(ws, row('settled'), n, l.summary.notApplicable);
    writeText(ws, row('break-even'), VALUE_COLUMN, l.summary.notApplicable);
  } else {
    const lastDelta = address(yearColumn(n - 1), row('cumulative-delta'), true);
    // 1/0 rather than TRUE/FALSE: LibreOffice keeps no boolean type and would save 1/0 anyway
    write('settled')((_, c) => `IF(MAX(${c}${row('cumulative-delta')}:${lastDelta})<=0,1,0)`, result.runningDelta.map((_, t) => (staysSettled(result.runningDelta, t) ? 1 : 0)), l.configuration.settledFormat);
    total('break-even', result.breakEvenYear ?? l.summary.never, breakEvenFormula(n, span('settled'), l.summary.never), FORMAT.year);
  }
  if (result.settlementKey !== undefined) writeSettlementResults(ws, plan, l.configuration.settlement);
  label('per-se', l.configuration.netPerSe);
  const se = (t: number) => sheetRef(ctx.sheets.population, yearColumn(t), ctx.populationRows.row(populationKey.volume(ctx.municipality, 'se')) ?? 0);
  // the net cost per SE gives the SE back from the net cost: marked where the SE is a small cell
  cellWriter(ws, ctx, row('per-se'))((t, c) => (totalShown(ctx, ctx.municipality, t) ? { formula: `IF(${se(t)}>0,${c}${row('net')}/${se(t)},"")`, value: result.netPerSe[t] ?? '' } : 'mark'), FORMAT.money);
}


/**
 * A settled member's own net cost and verevening (docs/methodology.md#settlement): the
 * verevening is the sum of its lines' (a revenue line's counted negative), the own net cost
 * the net cost less it.
 */
function writeSettlementResults(ws: Sheet, plan: ConfigurationPlan, l: { readonly ownNet: string; readonly vereveningTotal: string }): void {
  const { result } = plan;
  const row = (kind: ResultRowKind) => rowOf(plan, resultRowKey(kind));
  const n = result.net.length;
  const settled = result.lines.filter((lr) => lr.own !== undefined);
  const terms = (c: string) => settled.map((lr) => `${lr.line.kind === 'cost' ? '+' : '-'}${c}${rowOf(plan, lineRowKey(lr.line.id, 'settle-verevening'))}`).join('');
  writeText(ws, row('verevening'), LABEL_COLUMN, l.vereveningTotal);
  styleTotal(ws.getRow(row('verevening')));
  rowWriter(ws, row('verevening'))((_, c) => `0${terms(c)}`, result.verevening, FORMAT.money);
  writeText(ws, row('own-net'), LABEL_COLUMN, l.ownNet);
  rowWriter(ws, row('own-net'))((_, c) => `${c}${row('net')}-${c}${row('verevening')}`, result.ownNet, FORMAT.money);
  for (const kind of ['own-net', 'verevening'] as const) {
    const total = (kind === 'own-net' ? result.ownNet : result.verevening).reduce((a, b) => a.plus(b));
    writeFormula(ws, row(kind), VALUE_COLUMN, `SUM(${address(yearColumn(0), row(kind))}:${address(yearColumn(n - 1), row(kind))})`, total, FORMAT.money);
  }
}

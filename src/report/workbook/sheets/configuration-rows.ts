import type { LineResult, MunicipalityResult } from '../../../engine/index.js';
import type { Configuration } from '../../../model/configuration.js';
import type { PopulationCells } from '../../small-cells.js';
import { AMOUNT_ROW } from '../../../model/formula.js';
import { RowRegistry } from '../layout.js';

/**
 * The rows that show how a line arises: the rows of its formula (the amount first, then the
 * figures it is computed from), and `term-other`: the term of the work forms merged for
 * privacy (small cells).
 */
export type LineRowKind = string;

/** The row of the work forms merged for privacy, after a line's term rows. */
export const OTHER_TERM_ROW = 'term-other';

/** The rows below the lines: totals, net cost, present value and the difference with the baseline (§5). */
export const RESULT_ROWS = ['costs', 'revenues', 'net', 'cumulative', '', 'discount', 'npv', '', 'delta', 'cumulative-delta', 'npv-delta', 'settled', 'break-even', '', 'per-se'] as const;

/** After the results of a member of a settled organisation: its own net cost and its verevening (docs/methodology.md#settlement). */
export const SETTLEMENT_RESULT_ROWS = ['own-net', 'verevening'] as const;
export type ResultRowKind = Exclude<(typeof RESULT_ROWS)[number], ''> | (typeof SETTLEMENT_RESULT_ROWS)[number];

/**
 * After the rows of a settled line: the members' total of their own amounts (the pool), the
 * member's key, what it bears (key × pool) and its verevening (borne − own). The line's
 * amount row keeps its own amount, which is what other lines read.
 */
export const SETTLEMENT_ROWS = ['settle-pool', 'settle-key', 'settle-amount', 'settle-verevening'] as const;

/** Whether some year merges one of the work forms a line's term rows are about, so that it needs a `term-other` row. */
export function hasOtherTerm(lr: LineResult, cells: PopulationCells): boolean {
  return cells.years.some((year) => lr.formula.rows.some((row) => row.workForm !== undefined && year.merged.includes(row.workForm)));
}

/** The rows of one line, in the order they are shown: the amount, then the formula's other rows, the merged term after the terms. */
export function lineRows(lr: LineResult, cells: PopulationCells): LineRowKind[] {
  const rows = lr.formula.rows.filter((r) => r.name !== AMOUNT_ROW);
  const names = rows.map((r) => r.name);
  const lastTerm = rows.map((r) => r.workForm !== undefined).lastIndexOf(true);
  if (lastTerm >= 0 && hasOtherTerm(lr, cells)) names.splice(lastTerm + 1, 0, OTHER_TERM_ROW);
  return [AMOUNT_ROW, ...names, ...(lr.own === undefined ? [] : SETTLEMENT_ROWS)];
}

/** The row that holds what the member bears of a line: its amount, or on a settled line key × pool. */
export function borneRowKind(lr: LineResult): LineRowKind {
  return lr.own === undefined ? AMOUNT_ROW : 'settle-amount';
}

/** Where each row of a configuration sheet goes. */
export interface ConfigurationPlan {
  readonly configuration: Configuration;
  readonly sheet: string;
  readonly result: MunicipalityResult;
  readonly rows: RowRegistry;
}

export const lineRowKey = (lineId: string, kind: LineRowKind) => `line:${lineId}:${kind}`;
export const resultRowKey = (kind: ResultRowKind) => `result:${kind}`;

/** Hands out the rows of a configuration sheet before anything is written, so that sheets can refer to each other. */
export function planConfigurationSheet(configuration: Configuration, sheet: string, result: MunicipalityResult, cells: PopulationCells): ConfigurationPlan {
  const rows = new RowRegistry();
  for (const lr of result.lines) {
    for (const kind of lineRows(lr, cells)) rows.take(lineRowKey(lr.line.id, kind));
    rows.skip();
  }
  for (const kind of RESULT_ROWS) {
    if (kind === '') rows.skip();
    else rows.take(resultRowKey(kind));
  }
  if (result.settlementKey !== undefined) {
    rows.skip();
    for (const kind of SETTLEMENT_RESULT_ROWS) rows.take(resultRowKey(kind));
  }
  return { configuration, sheet, result, rows };
}

import type { LineResult, MunicipalityResult } from '../../../engine/index.js';
import type { Configuration } from '../../../model/configuration.js';
import type { PopulationCells } from '../../small-cells.js';
import { RowRegistry } from '../layout.js';

/**
 * The rows that show how a line arises: its amount first, then the figures it is computed
 * from. `term-other` is the term of the work forms merged for privacy (small cells).
 */
export type LineRowKind = 'line' | `term:${string}` | 'term-other' | 'base' | 'volume' | 'factor' | 'total' | 'key' | 'rate' | 'percent-base';

/** The rows below the lines: totals, net cost, present value and the difference with the baseline (§5). */
export const RESULT_ROWS = ['costs', 'revenues', 'net', 'cumulative', '', 'discount', 'npv', '', 'delta', 'cumulative-delta', 'npv-delta', 'settled', 'break-even', '', 'per-se'] as const;
export type ResultRowKind = Exclude<(typeof RESULT_ROWS)[number], ''>;

/** Whether a line is split over several members (and so shows an organisation total and a key). */
export function isShared(lr: LineResult, result: MunicipalityResult): boolean {
  return lr.line.level === 'organisation' && result.organisationMembers.length > 1;
}

/** Whether some year merges one of the work forms a population line applies to, so that it needs a `term-other` row. */
export function hasOtherTerm(lr: LineResult, cells: PopulationCells): boolean {
  const { detail } = lr;
  if (detail.driver !== 'fte' && detail.driver !== 'se' && detail.driver !== 'headcount') return false;
  return cells.years.some((year) => detail.terms.some((term) => year.merged.includes(term.workForm)));
}

/** The rows of one line, in the order they are shown. */
export function lineRows(lr: LineResult, result: MunicipalityResult, cells: PopulationCells): LineRowKind[] {
  const { detail } = lr;
  const shared = isShared(lr, result);
  switch (detail.driver) {
    case 'fte':
    case 'se':
    case 'headcount':
      return ['line', ...detail.terms.map((t) => `term:${t.workForm}` as const), ...(hasOtherTerm(lr, cells) ? ['term-other' as const] : [])];
    case 'fixed':
      return shared ? ['line', 'base', 'volume', 'factor', 'total', 'key'] : ['line', 'base', 'factor'];
    case 'one_off':
      return shared ? ['line', 'total', 'key'] : ['line'];
    case 'percent_of':
      return ['line', 'rate', 'percent-base'];
  }
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
    for (const kind of lineRows(lr, result, cells)) rows.take(lineRowKey(lr.line.id, kind));
    rows.skip();
  }
  for (const kind of RESULT_ROWS) {
    if (kind === '') rows.skip();
    else rows.take(resultRowKey(kind));
  }
  return { configuration, sheet, result, rows };
}

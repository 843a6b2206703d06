import type { SourceRef } from '../errors.js';
import { ZERO } from '../model/decimal.js';
import { AMOUNT_ROW } from '../model/formula.js';
import { lineKind } from '../model/line-kinds/index.js';
import type { Line, LineKind } from '../model/line.js';
import type { Region } from '../model/region.js';
import type { LineResult } from './line-result.js';
import { municipalitySubject } from './subject.js';
import type { YearVector } from './year-vector.js';

/** What names a line that is not in a model: a dissolution share, a fee revenue. */
export interface FixedAmountLine {
  readonly id: string;
  readonly label: string;
  readonly kind: LineKind;
  readonly at: SourceRef;
}

/**
 * A line of a municipality's result whose amounts were worked out elsewhere (a share of a
 * dissolution item, the revenue of a buyer's fees): a municipality-level `one_off` line with
 * those amounts in its years, so that every report and the risk model read it as they read a
 * one-off line.
 */
export function fixedAmountLine(region: Region, name: FixedAmountLine, member: string, years: readonly number[], amounts: YearVector): LineResult {
  const line: Line = {
    ...name,
    driver: 'one_off',
    amount: { kind: 'by_year', byYear: new Map(years.map((y, t) => [y, amounts[t] ?? ZERO])) },
    level: 'municipality',
    allocation: 'equal',
    volumeElasticity: { kind: 'number', value: ZERO },
    years: {},
    of: [],
  };
  const formula = lineKind('one_off').formula(line, { members: [member], workForms: region.workForms.map((f) => f.id) });
  return { line, active: years.map(() => true), amounts, formula, rows: new Map([[AMOUNT_ROW, amounts]]), scope: municipalitySubject(member) };
}

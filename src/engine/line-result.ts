import { InternalError } from '../errors.js';
import { formulaInputs, type Input, type LineFormula } from '../model/formula.js';
import type { Line, Rate } from '../model/line.js';
import type { DissolutionShare } from './dissolution.js';
import type { FeeShare } from './fees.js';
import type { Scope } from './parameter-book.js';
import type { YearVector } from './year-vector.js';

/** Where a rate came from: a parameter in a scope, or a number written in the line. */
export type RateSource =
  | { readonly kind: 'parameter'; readonly name: string; readonly scope: Scope }
  | { readonly kind: 'number' };

/** A line's amounts for one municipality, with the figures of every row of its formula (§4). */
export interface LineResult {
  readonly line: Line;
  /** Whether the line applies in each year (its `years` range). */
  readonly active: readonly boolean[];
  /** What the member bears: its own amounts, or on a settled line its key share of the pool. */
  readonly amounts: YearVector;
  /**
   * On a line its organisation settles (docs/methodology.md#settlement): the member's own
   * amounts, before settlement, to 10⁻²⁴ euro; `amounts − own` is its verevening on the line. Undefined on
   * a line that is not settled, whose own amounts are `amounts`.
   */
  readonly own?: YearVector;
  /** On a settled line: Σ over the organisation's members of their `own`, which the key splits. */
  readonly pool?: YearVector;
  /** The line's formula in this municipality's organisation. */
  readonly formula: LineFormula;
  /** Each row of the formula, by name, with its figures. */
  readonly rows: ReadonlyMap<string, YearVector>;
  /** The scope the line reads its parameters in: the region for a shared line, else the municipality. */
  readonly scope: Scope;
  /** Set on a municipality's share of a dissolution item, which is no line of a model (methodology "Dissolution balance"). */
  readonly dissolution?: DissolutionShare;
  /** Set on a supplier member's share of a buyer's fees, which is no line of a model (methodology "Fees between organisations"). */
  readonly fee?: FeeShare;
}

/** One rate a line reads: for a work form, its single rate, or its volume elasticity. */
export interface RateUse {
  readonly workForm?: string;
  /** The use is the line's volume_elasticity, not its amount. */
  readonly elasticity?: true;
  readonly rate: Rate;
  readonly source: RateSource;
}

/** The rate a line reads for a work form (or its single rate). load/models.ts checks that a map names every work form the line applies to. */
export function rateOf(line: Line, workForm?: string): Rate {
  const amount = line.amount;
  if (amount.kind === 'parameter' || amount.kind === 'number') return amount;
  const rate = amount.kind === 'by_work_form' ? amount.byWorkForm.get(workForm ?? '') : undefined;
  if (rate === undefined) throw new InternalError(`line ${line.id} has no rate${workForm === undefined ? '' : ` for work form ${workForm}`}`);
  return rate;
}

/** The rate behind a formula input that reads one: the line's amount (per work form) or its volume elasticity. */
export function rateOfInput(line: Line, input: RateInput): Rate {
  return input.input === 'elasticity' ? line.volumeElasticity : rateOf(line, input.workForm);
}

/** The inputs of a formula that read a rate: a parameter's series or a number written in the line. */
export type RateInput = Extract<Input, { readonly input: 'rate' | 'elasticity' }>;

/** Whether an input reads a rate (its amount or its elasticity). */
export function isRateInput(input: Input): input is RateInput {
  return input.input === 'rate' || input.input === 'elasticity';
}

/** The source of a rate, for a report. */
export function rateSource(rate: Rate, scope: Scope): RateSource {
  return rate.kind === 'parameter' ? { kind: 'parameter', name: rate.name, scope } : { kind: 'number' };
}

/** Every rate a line's formula reads, in the order it reads them. */
export function rateUses(lr: LineResult): RateUse[] {
  return formulaInputs(lr.formula).flatMap((input): RateUse[] => {
    if (!isRateInput(input)) return [];
    const rate = rateOfInput(lr.line, input);
    const source = rateSource(rate, lr.scope);
    if (input.input === 'elasticity') return [{ rate, source, elasticity: true }];
    return [{ rate, source, ...(input.workForm === undefined ? {} : { workForm: input.workForm }) }];
  });
}

/** Whether a line's formula reads an input of this kind (its one-off amounts, inhabitants). */
export function readsInput(lr: LineResult, input: 'one_off' | 'inhabitants'): boolean {
  return formulaInputs(lr.formula).some((i) => i.input === input);
}

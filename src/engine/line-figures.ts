import { assertNever, InternalError } from '../errors.js';
import { Dec, ZERO } from '../model/decimal.js';
import type { Input } from '../model/formula.js';
import type { Line } from '../model/line.js';
import type { Population } from './population.js';
import type { YearVector } from './year-vector.js';

/** The inputs of a formula that are figures of the scenario: everything but rates (§2: amounts and elasticities) and other lines' amounts. */
export type FigureInput = Exclude<Input, { readonly input: 'rate' | 'elasticity' } | { readonly input: 'line' }>;

/** What the figures a line reads are taken from, for one member of an organisation. */
export interface FigureSources {
  readonly line: Line;
  readonly member: string;
  /** The organisation's members, in the region's order. */
  readonly members: readonly string[];
  /** The members of the organisations it supplies, in the region's order (docs/methodology.md#fees); none if it supplies none. */
  readonly buyers?: readonly string[];
  readonly volumes: ReadonlyMap<string, Population>;
  readonly inhabitants: ReadonlyMap<string, Dec | undefined>;
  readonly start: number;
  readonly years: number;
}

/**
 * The exact figures of an input over the horizon: a member's or the organisation's volume
 * (Σ over the members, in their order, then over its buyers' members) or inhabitants, the one-off amounts
 * or |M|. Both the exact engine and the risk model read their figures from here.
 */
export function figureVector(input: FigureInput, s: FigureSources): YearVector {
  const constant = (x: Dec) => Array.from({ length: s.years }, () => x);
  const organisationSum = (of: (m: string) => YearVector, over = s.members) =>
    Array.from({ length: s.years }, (_, t) => over.reduce((acc, m) => acc.plus(of(m)[t] ?? ZERO), ZERO));
  switch (input.input) {
    case 'volume': {
      const of = (m: string) => volumeOf(s, m, input);
      if (input.whose === 'self') return of(s.member);
      return organisationSum(of, input.withBuyers === true ? [...s.members, ...(s.buyers ?? [])] : s.members);
    }
    case 'inhabitants': {
      const of = (m: string) => constant(s.inhabitants.get(m) ?? ZERO);
      return input.whose === 'self' ? of(s.member) : organisationSum(of);
    }
    case 'one_off': {
      const byYear = s.line.amount.kind === 'by_year' ? s.line.amount.byYear : new Map<number, Dec>();
      return Array.from({ length: s.years }, (_, t) => byYear.get(s.start + t) ?? ZERO);
    }
    case 'member_count':
      return constant(new Dec(s.members.length));
    default:
      return assertNever(input);
  }
}

function volumeOf(s: FigureSources, member: string, input: Extract<Input, { input: 'volume' }>): YearVector {
  const population = s.volumes.get(member);
  const volumes = input.workForm === undefined ? population : population?.byWorkForm.get(input.workForm);
  if (volumes === undefined) throw new InternalError(`no population for ${member}${input.workForm === undefined ? '' : `, work form ${input.workForm}`}`);
  return volumes[input.quantity];
}

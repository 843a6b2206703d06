import { assertNever } from '../errors.js';
import type { Dec } from '../model/decimal.js';
import { inputsOf, type Input, type LineFormula } from '../model/formula.js';
import type { Line } from '../model/line.js';
import { isRateInput, rateOfInput } from './line-result.js';
import type { YearVector } from './year-vector.js';

/**
 * The rows of the lines a projection computed, by everything their figures are computed from
 * (see {@link memberRowsKeys}). The models of a region repeat the same lines (wages, the
 * Rijksbijdrage per SE, guidance per work form): under every configuration a municipality's
 * such line reads the same rates and the same volumes, so its rows are the same decimals,
 * computed once and shared. Rows are never changed once computed, so sharing them is safe.
 */
export interface LineRowsMemo {
  readonly rows: Map<string, ReadonlyMap<string, YearVector>>;
  /** A number per volume vector, which the keys name it by: a vector is the same one or not. */
  readonly ids: WeakMap<YearVector, number>;
}

/** An empty memo, for one projection. */
export function createLineRowsMemo(): LineRowsMemo {
  return { rows: new Map(), ids: new WeakMap() };
}

/** What a line reads of one member besides its rates: its own volumes, its inhabitants, and the organisation's size. */
export interface MemberFigures {
  readonly member: string;
  /** The member's own volume vector of a `volume` input whose `whose` is `self`. */
  readonly volume: (input: Extract<Input, { input: 'volume' }>) => YearVector;
  readonly inhabitants: Dec | undefined;
  readonly memberCount: number;
}

/**
 * How the key of a member's rows of a line is made, or undefined where they may depend on
 * the organisation: a shared line, or one that reads another line or an organisation's sum.
 * Its rows are then a function of the formula's rows (names, groups, trees), the years the
 * line applies in, each rate it reads (a parameter, read in the member's own scope, or a
 * number), its one-off amounts, and the member's own figures; the key holds all of these,
 * the line's part made once. The scenario (region, parameters, horizon) is one per memo.
 */
export function memberRowsKeys(memo: LineRowsMemo, line: Line, formula: LineFormula): ((figures: MemberFigures) => string) | undefined {
  if (formula.shared) return undefined;
  // every input in the order the rows read them, repeats and all: cheaper than finding each once
  const inputs = formula.rows.flatMap((r) => inputsOf(r.expr));
  const parts = inputs.map((input) => linePart(line, input));
  if (parts.includes(undefined)) return undefined;
  const ofLine = JSON.stringify([line.years, formula.rows.map((r) => [r.name, r.group ?? null, r.expr]), parts]);
  const ofMember = inputs.filter((input) => input.input === 'volume' || input.input === 'inhabitants' || input.input === 'member_count');
  return (figures) => [ofLine, figures.member, ...ofMember.map((input) => memberPart(memo, input, figures))].join('\u0000');
}

/** What the line itself says of an input: the input, and the rate or one-off amounts it reads; undefined for what an organisation's members share. */
function linePart(line: Line, input: Input): unknown {
  if (isRateInput(input)) return [input, rateOfInput(line, input)];
  switch (input.input) {
    case 'volume':
    case 'inhabitants':
      return input.whose === 'self' ? input : undefined;
    case 'one_off':
      return [input, line.amount.kind === 'by_year' ? [...line.amount.byYear] : null];
    case 'member_count':
      return input;
    case 'line':
      return undefined;
    default:
      return assertNever(input);
  }
}

/** What an input reads of the member: its volume vector (by id), its inhabitants, the organisation's size; '' for what the line says. */
function memberPart(memo: LineRowsMemo, input: Input, figures: MemberFigures): string {
  switch (input.input) {
    case 'volume':
      return String(idOf(memo, figures.volume(input)));
    case 'inhabitants':
      return figures.inhabitants?.valueOf() ?? 'none';
    case 'member_count':
      return String(figures.memberCount);
    default:
      return '';
  }
}

function idOf(memo: LineRowsMemo, vector: YearVector): number {
  let id = memo.ids.get(vector);
  if (id === undefined) {
    id = ++lastId;
    memo.ids.set(vector, id);
  }
  return id;
}

/** Ids are unique in the process, so memos can never confuse two vectors. */
let lastId = 0;

import { InternalError } from '../../errors.js';

/**
 * The numbers a run of statements that became a loop reads per iteration: literals that
 * differ from one statement to the next (`K`) and positions that do not step by one (`I`).
 */
export interface LoopTables {
  readonly numbers: number[];
  readonly positions: number[];
}

/** A statement of generated code cut into its text between numbers, and its numbers. */
interface Cut {
  /** The text with every number and position replaced by a mark: equal for statements that differ only in them. */
  readonly shape: string;
  readonly texts: readonly string[];
  readonly slots: readonly Slot[];
}

/** A number in a statement: a literal, or a position in `S` or `V` (`read`) or the position written (the first). */
type Slot = { readonly kind: 'literal'; readonly text: string } | { readonly kind: 'position'; readonly buffer: string; readonly at: number };

// a position in a buffer, or a number literal as `String(number)` writes it
const TOKEN = /([SV])\[(\d+)\]|(\d+(?:\.\d+)?(?:e[+-]\d+)?)/g;

function cut(statement: string): Cut {
  const texts: string[] = [];
  const slots: Slot[] = [];
  let last = 0;
  for (const m of statement.matchAll(TOKEN)) {
    texts.push(statement.slice(last, m.index));
    slots.push(m[1] === undefined ? { kind: 'literal', text: m[3] ?? '' } : { kind: 'position', buffer: m[1], at: Number(m[2]) });
    last = m.index + m[0].length;
  }
  texts.push(statement.slice(last));
  const marks = slots.map((s) => (s.kind === 'literal' ? '#' : `@${s.buffer}`));
  return { shape: texts.map((text, j) => text + (marks[j] ?? '')).join(''), texts, slots };
}

/**
 * Straight-line statements (`V[i]=…;`, each over numbers and the positions `S[j]`, `V[j]`,
 * float-formula.ts) as loops where it pays: a run of consecutive statements that differ only
 * in their numbers, and write to consecutive positions, becomes one loop whose iteration t
 * does what the run's statement t did, in the same order, with the same numbers, read from
 * `K` and `I` where they do not step by one. Code shrinks about by the number of years,
 * and with it the time the JavaScript engine takes to compile it.
 */
export function loopedStatements(statements: readonly string[], tables: LoopTables): string[] {
  const cuts = statements.map(cut);
  const out: string[] = [];
  for (let from = 0; from < cuts.length;) {
    let to = from + 1;
    while (to < cuts.length && continues(cuts[from]!, cuts[to - 1]!, cuts[to]!)) to++;
    out.push(to - from === 1 ? statements[from]! : loop(cuts.slice(from, to), tables));
    from = to;
  }
  return out;
}

/** Whether `next` may join the run that `first` starts and `previous` ends: the same shape, written one position further. */
function continues(first: Cut, previous: Cut, next: Cut): boolean {
  return next.shape === first.shape && writtenAt(next) === writtenAt(previous) + 1;
}

function writtenAt(c: Cut): number {
  const slot = c.slots[0];
  if (slot === undefined || slot.kind !== 'position' || c.texts[0] !== '') throw new InternalError('risk model: a statement that writes no position');
  return slot.at;
}

/** A run of statements of one shape as a loop over t = 0 … run length − 1. */
function loop(run: readonly Cut[], tables: LoopTables): string {
  const first = run[0]!;
  const parts = first.texts.map((text, j) => (j === 0 ? text : slotCode(run, j - 1, tables) + text));
  return `for(let t=0;t<${run.length};t++){${parts.join('')}}`;
}

/** Slot j of every statement of a run as code in t: the one literal they share, a position stepping by one, or a table. */
function slotCode(run: readonly Cut[], j: number, tables: LoopTables): string {
  const slots = run.map((c) => c.slots[j]!);
  const first = slots[0]!;
  if (first.kind === 'literal') {
    const texts = slots.map((s) => (s.kind === 'literal' ? s.text : ''));
    if (texts.every((t) => t === first.text)) return first.text;
    tables.numbers.push(...texts.map(Number));
    return `K[${tables.numbers.length - texts.length}+t]`;
  }
  const at = slots.map((s) => (s.kind === 'position' ? s.at : NaN));
  if (at.every((a, t) => a === first.at + t)) return `${first.buffer}[${first.at}+t]`;
  if (at.every((a) => a === first.at)) return `${first.buffer}[${first.at}]`;
  tables.positions.push(...at);
  return `${first.buffer}[I[${tables.positions.length - at.length}+t]]`;
}

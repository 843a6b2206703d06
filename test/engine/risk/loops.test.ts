import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loopedStatements, type LoopTables } from '../../../src/engine/risk/loops.js';

// The draw program runs a line's straight-line statements as loops (loops.ts): the loops must
// compute exactly what the statements did, bit for bit, in the same order.

const SIZE = 64;
type Run = (S: Float64Array, O: number, V: Float64Array, K: Float64Array, I: Int32Array) => void;

/** A number as the generated code writes it (float-formula.ts). */
const literal = (x: number) => (x < 0 || Object.is(x, -0) ? `(${String(x)})` : String(x));

/** How a leaf of a statement changes from one statement of a block to the next. */
const leaf = fc.oneof(
  fc.record({ kind: fc.constant('literal' as const), values: fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1, 0.1, 1e21, 5e-7)), { minLength: 1, maxLength: 8 }), same: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('S' as const, 'V' as const), at: fc.nat(SIZE - 9), step: fc.constantFrom('one', 'none', 'jump') }),
);

type Leaf = typeof leaf extends fc.Arbitrary<infer T> ? T : never;
type Shape = { readonly leaf: Leaf } | { readonly op: string; readonly a: Shape; readonly b: Shape } | { readonly min: Shape };

const shape: fc.Arbitrary<Shape> = fc.letrec<{ shape: Shape }>((tie) => ({
  shape: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ leaf }),
    fc.record({ op: fc.constantFrom('+', '-', '*', '/', '>'), a: tie('shape'), b: tie('shape') }),
    fc.record({ min: tie('shape') }),
  ),
})).shape;

function code(s: Shape, t: number): string {
  if ('min' in s) return `Math.min(1,Math.max(0,${code(s.min, t)}))`;
  if ('op' in s) return s.op === '>' ? `(${code(s.a, t)})>(${code(s.b, t)})?(${code(s.a, t)}):(${code(s.b, t)})` : `(${code(s.a, t)})${s.op}(${code(s.b, t)})`;
  const l = s.leaf;
  if (l.kind === 'literal') return literal(l.same ? l.values[0] ?? 0 : l.values[t % l.values.length] ?? 0);
  const at = l.step === 'one' ? l.at + t : l.step === 'none' ? l.at : (l.at + 5 * t) % SIZE;
  return `${l.kind}[${at}]`;
}

/** Blocks of statements that differ in their numbers only, each writing one position further. */
const statements = fc.array(fc.record({ shape, length: fc.integer({ min: 1, max: 8 }), at: fc.nat(SIZE - 9) }), { minLength: 1, maxLength: 12 })
  .map((blocks) => blocks.flatMap((b) => Array.from({ length: b.length }, (_, t) => `V[${b.at + t}]=${code(b.shape, t)};`)));

function run(body: readonly string[], tables: LoopTables, seed: number): Float64Array {
  const S = Float64Array.from({ length: SIZE }, (_, i) => Math.sin(seed + i) * 100);
  const V = Float64Array.from({ length: SIZE }, (_, i) => Math.cos(seed * i) - 0.5);
  (new Function('S', 'O', 'V', 'K', 'I', body.join('\n')) as Run)(S, 1.5, V, Float64Array.from(tables.numbers), Int32Array.from(tables.positions));
  return V;
}

// every figure to the bit, but NaN as NaN: JavaScript cannot tell NaNs apart, and the one 0/0
// folds to when it is compiled is not the one the processor gives at run time
const bits = (v: Float64Array) => Array.from(v, (x) => (Number.isNaN(x) ? 'NaN' : new BigUint64Array(Float64Array.of(x).buffer)[0]));

describe('straight-line statements as loops', () => {
  it('compute the same figures, bit for bit, as the statements one by one', () => {
    fc.assert(fc.property(statements, fc.integer(), (body, seed) => {
      const tables: LoopTables = { numbers: [], positions: [] };
      const looped = loopedStatements(body, tables);
      expect(bits(run(looped, tables, seed))).toEqual(bits(run(body, { numbers: [], positions: [] }, seed)));
    }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) });
  });

  it('make one loop of the years of a row, reading numbers that differ per year from K and positions that jump from I', () => {
    const tables: LoopTables = { numbers: [], positions: [] };
    const body = [0, 1, 2].map((t) => `V[${10 + t}]=${[1.5, 2.5, 3.5][t]}*S[${4 * t}]+V[${20 + t}]*O;`);
    expect(loopedStatements(body, tables)).toEqual(['for(let t=0;t<3;t++){V[10+t]=K[0+t]*S[I[0+t]]+V[20+t]*O;}']);
    expect(tables).toEqual({ numbers: [1.5, 2.5, 3.5], positions: [0, 4, 8] });
  });

  it('keep a statement of another shape, or one that does not write the next position, as it is', () => {
    const body = ['V[1]=S[1]*2;', 'V[2]=S[2]+2;', 'V[4]=S[3]+2;'];
    expect(loopedStatements(body, { numbers: [], positions: [] })).toEqual(body);
  });
});

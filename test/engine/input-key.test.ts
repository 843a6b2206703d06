import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputKey, type Input } from '../../src/model/formula.js';

// The key of a formula input against the key it replaces (the input's JSON with its fields
// sorted): two inputs have equal keys exactly where those keys were equal.

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

function sortedJson(input: Input): string {
  return JSON.stringify(input, Object.keys(input).sort());
}

const name = fc.constantFrom('a', 'b', 'beschut', 'x"y', 'a,b', '', '["lks"]');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const whose = fc.constantFrom('self' as const, 'organisation' as const);
const quantity = fc.constantFrom('fte' as const, 'se' as const, 'headcount' as const);
const input: fc.Arbitrary<Input> = fc.oneof(
  maybe(name).map((workForm): Input => (workForm === undefined ? { input: 'rate' } : { input: 'rate', workForm })),
  fc.record({ whose, quantity, workForm: maybe(name), withBuyers: maybe(fc.constant(true as const)) }).map((v): Input => ({
    input: 'volume', whose: v.whose, quantity: v.quantity, ...(v.workForm === undefined ? {} : { workForm: v.workForm }), ...(v.withBuyers === undefined ? {} : { withBuyers: v.withBuyers }),
  })),
  whose.map((w): Input => ({ input: 'inhabitants', whose: w })),
  fc.constant<Input>({ input: 'elasticity' }),
  fc.constant<Input>({ input: 'one_off' }),
  name.map((id): Input => ({ input: 'line', id })),
  fc.constant<Input>({ input: 'member_count' }),
);

describe('the key of a formula input', () => {
  it('is equal for two inputs exactly where their sorted JSON is', () => {
    fc.assert(fc.property(input, input, (a, b) => {
      expect(inputKey(a) === inputKey(b)).toBe(sortedJson(a) === sortedJson(b));
      expect(inputKey(a)).toBe(inputKey(JSON.parse(JSON.stringify(a)) as Input));
    }), runs);
  });

  it('does not depend on the order the fields were written in', () => {
    expect(inputKey({ quantity: 'se', whose: 'self', input: 'volume' } as Input)).toBe(inputKey({ input: 'volume', whose: 'self', quantity: 'se' }));
  });
});

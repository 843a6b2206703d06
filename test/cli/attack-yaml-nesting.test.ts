import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { MAX_NESTING, parseYamlText } from '../../src/load/yaml-parse.js';

// Issue 10, item 16: the nesting limit is measured on the lexer's tokens, before the YAML
// parser (which recurses once per level) sees them. These properties hold the measure to
// the nesting the parser itself finds, over every way YAML can write the same structure.

/** A value `levels` maps and lists deep, with a sibling at each level. */
const nested = (kinds: readonly boolean[], inner: unknown): unknown =>
  kinds.reduceRight<unknown>((value, isMap) => (isMap ? { k: value, s: 'x' } : [value, 1]), inner);

/** The ways of writing YAML: block or flow, indents of 1 to 4 spaces, lists indented or not. */
const layout = fc.record({
  collectionStyle: fc.constantFrom('any' as const, 'block' as const, 'flow' as const),
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
});

describe('the nesting measured before parsing', () => {
  it(`refuses a text exactly when it nests deeper than ${MAX_NESTING} levels, however it is laid out`, () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: MAX_NESTING - 3, maxLength: MAX_NESTING + 3 }), fc.constantFrom('leaf', 'multi\nline'), layout, (kinds, leaf, options) => {
        const text = stringify(nested(kinds, leaf), options);
        const parsed = parseYamlText(text, new LineCounter());
        expect('tooDeep' in parsed, text).toBe(kinds.length > MAX_NESTING);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same document as the yaml package for texts within the limit', () => {
    const tree = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, layout, (value, options) => {
        const text = stringify(value, options);
        const parsed = parseYamlText(text, new LineCounter());
        if (!('doc' in parsed)) throw new Error(`refused:\n${text}`);
        // (yaml's own stringify writes an empty flow list as a block value in a few layouts: an error to both)
        const reference = parseDocument(text, { uniqueKeys: false });
        expect(parsed.doc.errors.map((e) => e.code)).toEqual(reference.errors.map((e) => e.code));
        if (reference.errors.length === 0) expect(parsed.doc.toJS()).toEqual(reference.toJS());
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { applyLineEdit, lineEdit, replaceNth, type LineEdit } from './text-edits.js';

/** An edit of a YAML file's text: a line edit, or one that knows a little about YAML. */
export type YamlEdit =
  | LineEdit
  | { readonly op: 'number'; readonly nth: number; readonly to: string }
  | { readonly op: 'word'; readonly nth: number; readonly to: string }
  | { readonly op: 'alias'; readonly anchor: number; readonly alias: number }
  | { readonly op: 'tab indent'; readonly line: number };

/** What a number may become: text, negatives, huge and tiny values, YAML's special floats, other types. */
const NUMBER_REPLACEMENTS = [
  '"abc"', 'abc', '-1', '-0', '0', '0.0', '1e308', '1e400', '-1e308', '4.9e-324', '99999999999999999999999', '9007199254740993',
  '.inf', '-.inf', '.nan', 'NaN', 'Infinity', '0x7FFFFFFF', '0o17', '1_000', '1,5', '2.5', '-2021', '2e9', 'null', '~', '[]', '{}',
  '""', 'true', 'no', '2021-02-30', '2021-01-01', '12:30', '!!str 2021', '&n 1', '*n',
];

/** What an identifier or key may become: another id of the file, a typo, an odd string. */
const WORD_REPLACEMENTS = [
  'gr', 'eigen', 'samen', 'samen2', 'noord', 'oost', 'zuid', 'beschut_binnen', 'detachering', 'loon', 'prijs', 'overhead',
  'fixed', 'one_off', 'percent_of', 'se', 'fte', 'headcount', 'organisation', 'inhabitants', 'equal', 'all', 'each', 'revenue',
  'cost', 'region', 'municipality', 'employees', 'values', 'index', 'amount', 'of', 'extends', 'set', 'uncertainty', '__proto__',
  'constructor', 'hasOwnProperty', '<<', '"', 'x y', '', 'A'.repeat(300), 'regio.yaml', 'noord.yaml', 'data', '/', '..', 'data/oost.csv',
];

export const yamlEdit: fc.Arbitrary<YamlEdit> = fc.oneof(
  { weight: 4, arbitrary: lineEdit },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('number' as const),
      nth: fc.nat({ max: 1000 }),
      to: fc.oneof(fc.constantFrom(...NUMBER_REPLACEMENTS), fc.double().map(String), fc.integer().map(String)),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('word' as const), nth: fc.nat({ max: 1000 }), to: fc.constantFrom(...WORD_REPLACEMENTS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('alias' as const), anchor: fc.nat({ max: 1000 }), alias: fc.nat({ max: 1000 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('tab indent' as const), line: fc.nat({ max: 1000 }) }) },
);

const NUMBER = /(?<![\w.-])-?\d+(\.\d+)?(?![\w.-])/;
const WORD = /(?<![\w.])[A-Za-z_][A-Za-z0-9_]*(?![\w.])/;
const VALUE = /(?<=[:,[{-] )[^\s,{}[\]&*][^,{}[\]\n]*?(?=\s*[,}\]\n])/;

/** Applies one YAML edit to a file's text. */
export function applyYamlEdit(text: string, edit: YamlEdit): string {
  switch (edit.op) {
    case 'number':
      return replaceNth(text, NUMBER, edit.nth, () => edit.to);
    case 'word':
      return replaceNth(text, WORD, edit.nth, () => edit.to);
    case 'alias': {
      // anchor one value and refer to it from another (or from before it: an unknown alias)
      const anchored = replaceNth(text, VALUE, edit.anchor, (value) => `&x ${value}`);
      return replaceNth(anchored, VALUE, edit.alias, () => '*x');
    }
    case 'tab indent':
      return text.split('\n').map((l, i, all) => (i === edit.line % all.length ? l.replace(/^ +/, '\t') : l)).join('\n');
    default:
      return applyLineEdit(text, edit);
  }
}

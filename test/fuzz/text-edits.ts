import fc from 'fast-check';

// Edits of a text file as plain data, so that fast-check prints a failing case readably and
// shrinks it: positions are natural numbers taken modulo what the text has.

/** Edits that make sense for any text file: lines and characters. */
export type LineEdit =
  | { readonly op: 'delete line'; readonly line: number }
  | { readonly op: 'duplicate line'; readonly line: number }
  | { readonly op: 'swap lines'; readonly line: number; readonly other: number }
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'indent'; readonly line: number; readonly by: string }
  | { readonly op: 'dedent'; readonly line: number; readonly by: number };

/** Text that tends to break parsers: YAML syntax, control characters, odd Unicode. */
const NASTY_SNIPPETS = [
  '&a ', '*a', '<<: *a', '!!binary ', '!!js/function ', '!!set ', '!!omap ', '!!timestamp ', '!foo ', '? ', '---\n', '\n...\n',
  '%YAML 1.1\n', '%TAG ! tag:x,2000:\n', '|', '>-', '"', "'", '{', '}', '[', ']', '#', '- ', ': ', ',', '\t', '\uFEFF', '\u0000',
  '\u2028', '\r', '\r\n', '\n', '\\', '"\\u0000"', '"\\uD800"', '\uD800', '🙂', 'é', '1e400', '.nan', '-.inf', 'on', 'y', '~', 'null',
  '__proto__', 'constructor', 'toString', '2021-02-30', ';', '""', "''",
];

/** A short piece of text to insert: a nasty snippet, or random characters of several kinds. */
export const insertedText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_SNIPPETS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
);

const position = fc.nat({ max: 100_000 });

export const lineEdit: fc.Arbitrary<LineEdit> = fc.oneof(
  fc.record({ op: fc.constant('delete line' as const), line: position }),
  fc.record({ op: fc.constant('duplicate line' as const), line: position }),
  fc.record({ op: fc.constant('swap lines' as const), line: position, other: position }),
  fc.record({ op: fc.constant('insert' as const), at: position, text: insertedText }),
  fc.record({ op: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
  fc.record({ op: fc.constant('indent' as const), line: position, by: fc.constantFrom(' ', '  ', '    ', '\t', ' \t', '\u00a0') }),
  fc.record({ op: fc.constant('dedent' as const), line: position, by: fc.integer({ min: 1, max: 6 }) }),
);

/** Applies a line or character edit; positions wrap around the text. */
export function applyLineEdit(text: string, edit: LineEdit): string {
  const lines = text.split('\n');
  const n = (i: number) => i % Math.max(lines.length, 1);
  const at = (i: number) => i % (text.length + 1);
  switch (edit.op) {
    case 'delete line':
      return lines.filter((_, i) => i !== n(edit.line)).join('\n');
    case 'duplicate line':
      return lines.flatMap((l, i) => (i === n(edit.line) ? [l, l] : [l])).join('\n');
    case 'swap lines': {
      const [a, b] = [n(edit.line), n(edit.other)];
      return lines.map((l, i) => (i === a ? lines[b] : i === b ? lines[a] : l)).join('\n');
    }
    case 'insert':
      return text.slice(0, at(edit.at)) + edit.text + text.slice(at(edit.at));
    case 'delete':
      return text.slice(0, at(edit.at)) + text.slice(at(edit.at) + edit.length);
    case 'truncate':
      return text.slice(0, at(edit.at));
    case 'indent':
      return lines.map((l, i) => (i === n(edit.line) ? edit.by + l : l)).join('\n');
    case 'dedent':
      return lines.map((l, i) => (i === n(edit.line) ? l.replace(new RegExp(`^ {0,${edit.by}}`), '') : l)).join('\n');
  }
}

/** Replaces the `nth` match of `pattern` (wrapping around), if the text has any. */
export function replaceNth(text: string, pattern: RegExp, nth: number, to: (match: string) => string): string {
  const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  const match = matches[nth % Math.max(matches.length, 1)];
  if (match === undefined) return text;
  return text.slice(0, match.index) + to(match[0]) + text.slice(match.index + match[0].length);
}

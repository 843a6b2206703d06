import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { FieldPath } from '../../src/load/field-path.js';
import { parseYaml } from '../../src/load/yaml-document.js';
import { parseWithYaml } from '../../src/load/yaml-parse.js';
import { readSimpleYaml } from '../../src/load/yaml-simple.js';

// The fast reader of the files' subset of YAML (src/load/yaml-simple.ts) must build the very
// document yaml's own parser builds, or give up: node by node (class, range, scalar type,
// source, value, format), the plain value, the line starts, and what parseYaml makes of it.

/** Every field of a node that the program (or toJS) reads, and its children's. */
function shape(node: unknown): unknown {
  if (isScalar(node)) {
    const { value, range, type, source, format, minFractionDigits, tag, anchor } = node;
    return { class: node.constructor.name, value, range, type, source, format, minFractionDigits, tag, anchor };
  }
  if (isMap(node)) return { class: node.constructor.name, flow: node.flow, range: node.range, tag: node.tag, anchor: node.anchor, items: node.items.map((pair) => ({ key: shape(pair.key), value: shape(pair.value) })) };
  if (isSeq(node)) return { class: node.constructor.name, flow: node.flow, range: node.range, tag: node.tag, anchor: node.anchor, items: node.items.map(shape) };
  if (isAlias(node)) return { alias: node.source };
  return node;
}

/** Reads `text` both ways; false where the fast reader gave up, else asserts that both documents are the same. */
function sameDocument(text: string): boolean {
  const fastLines = new LineCounter();
  const fast = readSimpleYaml(text, fastLines);
  if (fast === undefined) {
    expect(fastLines.lineStarts).toEqual([]); // giving up leaves the line counter as it was
    return false;
  }
  const yamlLines = new LineCounter();
  const parsed = parseWithYaml(text, yamlLines);
  if (!('doc' in parsed)) throw new Error(`yaml refused what the fast reader read:\n${text}`);
  const reference = parsed.doc;
  expect(reference.errors, text).toEqual([]);
  expect(reference.warnings, text).toEqual([]);
  expect(fast.errors).toEqual([]);
  expect(shape(fast.contents), text).toEqual(shape(reference.contents));
  expect(fast.range, text).toEqual(reference.range);
  expect(fast.toJS({ maxAliasCount: -1 }), text).toEqual(reference.toJS({ maxAliasCount: -1 }));
  expect(fastLines.lineStarts, text).toEqual(yamlLines.lineStarts);
  return true;
}

/** Every path into a plain value: each map's keys and list's indices, and a path that is not there below each. */
function pathsOf(value: unknown, path: FieldPath = []): FieldPath[] {
  const paths: FieldPath[] = [path, [...path, 'missing']];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...path, i])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  return paths;
}

/** What parseYaml gives for `text`, read with the fast reader and with yaml's parser, is the same. */
function sameParse(text: string): void {
  const fast = parseYaml(text, 'f.yaml');
  const slow = parseYaml(text, 'f.yaml', parseWithYaml);
  expect(fast.issues).toEqual(slow.issues);
  expect(fast.yaml?.value).toEqual(slow.yaml?.value);
  if (fast.yaml === undefined || slow.yaml === undefined) return;
  for (const path of pathsOf(slow.yaml.value)) {
    expect(fast.yaml.locate(path)).toEqual(slow.yaml.locate(path));
    expect(fast.yaml.locate(path, { key: true })).toEqual(slow.yaml.locate(path, { key: true }));
    expect(fast.yaml.writtenText(path)).toEqual(slow.yaml.writtenText(path));
  }
}

function yamlFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The ```yaml examples of the docs. */
function docExamples(): string[] {
  const docs = ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => join('docs', name))];
  return docs.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!));
}

describe('the fast reader of plain YAML', () => {
  it('reads every scenario file, and builds the document yaml builds', () => {
    const files = yamlFilesIn('scenarios');
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(sameDocument(text), file).toBe(true);
      sameParse(text);
    }
  });

  it('builds the document yaml builds for the test fixtures and the docs examples it reads, and parseYaml gives the same', () => {
    const texts = [...yamlFilesIn('test/fixtures').map((file) => readFileSync(file, 'utf8')), ...docExamples()];
    let read = 0;
    for (const text of texts) {
      if (sameDocument(text)) read++;
      sameParse(text);
    }
    expect(read).toBeGreaterThan(texts.length / 2);
  });

  it('builds the same document for generated texts of the subset', () => {
    fc.assert(
      fc.property(subsetText, (text) => {
        expect(sameDocument(text), text).toBe(true);
        sameParse(text);
      }),
      { numRuns: 200 },
    );
  });

  it('gives up, or builds the same document, for texts a step outside the subset', () => {
    fc.assert(
      fc.property(subsetText, fc.nat(), fc.constantFrom(...NEAR_MISSES), (text, at, snippet) => {
        const cut = at % (text.length + 1);
        const changed = text.slice(0, cut) + snippet + text.slice(cut);
        sameDocument(changed);
        sameParse(changed);
      }),
      { numRuns: 300 },
    );
  });

  it('gives up, or builds the same document, for texts of the subset with one line indented one more or one less', () => {
    fc.assert(
      fc.property(subsetText, fc.nat(), fc.boolean(), (text, at, more) => {
        const lines = text.split('\n');
        const i = at % lines.length;
        lines[i] = more ? ` ${lines[i]}` : lines[i]!.replace(/^ /, '');
        const changed = lines.join('\n');
        sameDocument(changed);
        sameParse(changed);
      }),
      { numRuns: 300 },
    );
  });

  it('gives up on each construct outside the subset', () => {
    for (const text of OUTSIDE) expect(sameDocument(text), text).toBe(false);
  });
});

/** Texts that yaml reads but the fast reader must leave to it. */
const OUTSIDE = [
  'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: b\n  c\n', 'a: "b\n  c"\n', "a: 'b\n  c'\n",
  'a: [1,\n 2]\n', 'a: [1\n  , 2]\n', 'a: [1,\n\n  2]\n', 'a: [1, # c\n  2]\n', '? a\n: b\n', '--- \na: 1\n', 'a: 1\n...\n', '%YAML 1.2\n---\na: 1\n', 'a:\tb\n', 'a: 1\r\nb: 2\r\n', 'a: |+\n  x\n', 'a: >2\n  x\n', 'a: > # c\n  x\n',
  'a: |\n  x\n\n  y\n', 'a: >\n  x\n   y\n', 'a: >\n  x\n\nb: 1\n', 'a: >-\n  x', 'a: >\n  x \n',
  'a: "\\n"\n', 'a:\n', 'a:\nb: 1\n', '- - a\n', '-\n  a: 1\n', '\uFEFFa: 1\n', '[a, b]\n', '{ a: 1 }\n', 'a\n', '', '# only\n',
  'a: b: c\n', '"a":b\n', 'a: { b }\n', 'a: [b: c]\n', 'a: [b, ]\n',
];

/** Snippets inserted anywhere into a text of the subset. */
const NEAR_MISSES = [
  '&a ', '*a', '!!str ', '!x ', '|\n  x', '>-\n  x', '? ', '---', '...', '%YAML 1.2\n', '\t', '\r', '\\n', '"a\\"b"', ':', ': ', ':\n',
  '- ', '- - x', '-', '[a,\n b]', '\n  more', '\uFEFF', ' #', '#', '# c\n', ',', '{', '}', '[', ']', '"', "'", ' ', '  ', '\n', '\n\n',
  ' # x\n    # y\n', 'k: v\n', '\n- x\n', '@', '`', '\u0085', '\u2028', '\u0007', '\uFFFF',
];

/** Plain scalars of every kind yaml's core schema tells apart, and texts with the characters that matter. */
const PLAIN = [
  '0', '12', '-3', '+12', '007', '0x1F', '0o17', '0.10', '1.5', '-0.0', '.5', '1e3', '1.2E-3', '.inf', '-.Inf', '+.INF', '.nan', '.NaN',
  'true', 'False', 'TRUE', 'null', 'Null', '~', 'NULL', 'yes', 'no', '2021', '1955-09-01', '1_000', '12:30', 'a b c', 'C#', 'a#b',
  'x, y', 'a[1]', 'b{2}', 'a]', "it's", 'say "hi"', '44,1%', '-x', '€3.000 × 408 ≈ é', 'a:b', 'http://x.nl/y?z=1', 'a.b-c_d',
];
const QUOTED = ["'it''s'", "''", "'a: b # c'", '"x"', '""', '"a: b # c, [d]"', "'0.10'", '"2021"'];
const KEYS = ['a', 'id', 'work_form', 'b c', '2021', '0.5', 'true', 'null', '"q"', "'s k'", 'x-y', '"a: b"', 'é'];
const FLOW_PLAIN = ['1', '0.10', 'a', 'a b', 'true', '~', '2021', '-5', '.inf', 'x.y', 'a#b'];

const spaces = (max: number) => fc.integer({ min: 0, max }).map((n) => ' '.repeat(n));
const comment = fc.constantFrom('', ' # c', '  #', '   # note: x, [y]');

/** Where a line breaks inside brackets: the next line is indented this many spaces further than the map or list around the brackets, and two more. */
const BREAK = '\u0001';
/** Where a block scalar's next line starts: indented two further than the map or list around it. */
const BODY = '\u0002';
const flowBreak = fc.oneof(spaces(1), fc.integer({ min: 0, max: 5 }).map((n) => BREAK + String(n)));

/** Puts the lines of brackets and block scalars, which the text holds as {@link BREAK} and {@link BODY}, at their columns right of `col`. */
function placeLines(value: string, col: number): string {
  return value.replace(new RegExp(`${BREAK}(\\d)`, 'g'), (_, n: string) => `\n${' '.repeat(col + 2 + Number(n))}`).replaceAll(BODY, `\n${' '.repeat(col + 2)}`);
}

const blockScalar = fc
  .tuple(fc.constantFrom('>', '>-', '|', '|-'), fc.array(fc.constantFrom('x y', 'a: b', '- x', 'C# z', "it's", '{ a', '€ 3.000', '"q'), { minLength: 1, maxLength: 3 }))
  .map(([header, lines]) => header + lines.map((line) => BODY + line).join('') + '\n');

/** A flow map or list, with any spacing around its items, on one line or several. */
const flowText: fc.Arbitrary<string> = fc.letrec<{ flow: string; item: string }>((tie) => ({
  item: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...FLOW_PLAIN, ...QUOTED), tie('flow')),
  flow: fc.oneof(
    fc.tuple(fc.array(fc.tuple(fc.constantFrom(...KEYS.filter((k) => !k.includes(':'))), tie('item'), spaces(2)), { maxLength: 3 }), flowBreak).map(
      ([pairs, pad]) => `{${pad}${pairs.map(([k, v, after]) => `${k}: ${v}${after}`).join(`,${pad}`)}${pad.startsWith(BREAK) ? ' ' : pad}}`,
    ),
    fc.tuple(fc.array(fc.tuple(tie('item'), spaces(2)), { maxLength: 3 }), flowBreak).map(
      ([items, pad]) => `[${pad}${items.map(([v, sp]) => v + sp).join(`,${pad}`)}${pad.startsWith(BREAK) ? '' : pad}]`,
    ),
  ),
})).flow;

const inlineValue = fc.oneof(fc.constantFrom(...PLAIN), fc.constantFrom(...QUOTED), flowText, blockScalar);

/** Blank lines and comment lines at any column before a line. */
const gapLines = fc.array(fc.oneof(fc.constant(''), spaces(3), fc.tuple(spaces(8), comment).map(([pad, c]) => pad + (c.trim() === '' ? '#' : c.trim()))), { maxLength: 2 });

interface Block {
  readonly seq: boolean;
  readonly lines: (indent: number) => string[];
}

/** A block map or list, its entries laid out at any indentation, with comments and blank lines anywhere. */
const blockText: fc.Arbitrary<Block> = fc.letrec<{ block: Block; value: { inline?: string; block?: Block; sameColumn: boolean; step: number } }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.record({ inline: inlineValue, sameColumn: fc.constant(false), step: fc.constant(2) }),
    fc.record({ block: tie('block'), sameColumn: fc.boolean(), step: fc.integer({ min: 1, max: 4 }) }),
  ),
  block: fc.oneof(
    fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('value'), comment, gapLines), { minLength: 1, maxLength: 4 }).map((entries) => ({
      seq: false,
      lines: (indent: number) => entries.flatMap(([key, value, c, gaps]) => [...gaps, ...entryLines(' '.repeat(indent) + key + ':', value, c, indent, true)]),
    })),
    fc.array(fc.tuple(tie('value'), comment, gapLines, fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 4 }).map((items) => ({
      seq: true,
      lines: (indent: number) => items.flatMap(([value, c, gaps, after]) => [...gaps, ...seqItemLines(indent, value, c, after)]),
    })),
  ),
})).block;

function entryLines(head: string, value: { inline?: string; block?: Block; sameColumn: boolean; step: number }, c: string, indent: number, inMap: boolean): string[] {
  if (value.inline !== undefined) return [head + ' ' + placeLines(value.inline, indent) + afterValue(value.inline, c)];
  // a list may stand at its key's column; a map may not
  const lines = value.block!.lines(value.sameColumn && inMap && value.block!.seq ? indent : indent + value.step);
  return [head + c, ...lines];
}

/** The comment after a value on its line; none after a block scalar, which ends with its last line's break. */
function afterValue(value: string, c: string): string {
  return value.includes(BODY) ? '' : c;
}

/** `- item`: an inline value, or a map starting on the dash's line (`after` spaces after the dash). */
function seqItemLines(indent: number, value: { inline?: string; block?: Block }, c: string, after: number): string[] {
  const dash = `${' '.repeat(indent)}-${' '.repeat(after)}`;
  if (value.inline !== undefined) return [dash + placeLines(value.inline, indent) + afterValue(value.inline, c)];
  const inner = value.block!.lines(indent + 1 + after);
  const first = inner[0]!.slice(indent + 1 + after);
  // a map can start on the dash's line; a list or a gap line cannot (the subset has no `-` alone on a line)
  if (!value.block!.seq && inner[0]!.startsWith(dash.replace('-', ' ')) && /^[^#\s]/.test(first)) return [dash + first, ...inner.slice(1)];
  return [`${dash}x${c}`];
}

/** A text of the subset: a block map or list, with or without a final line break and trailing gap lines. */
const subsetText = fc.tuple(gapLines, blockText, gapLines, fc.boolean()).map(([before, block, after, finalBreak]) => {
  // a block scalar ends with its line break: no blank line is made of it
  const text = withoutGapsAfterBlockScalars([...before, ...block.lines(0), ...after].join('\n').replaceAll('\n\n', '\n').split('\n')).join('\n');
  // (a block scalar's last line ends with a line break in the subset)
  return (finalBreak || /[>|]-?\n/.test(text)) && !text.endsWith('\n') ? `${text}\n` : text;
});

/** The lines without the blank and comment lines right after a block scalar (where the fast reader leaves the text to yaml). */
function withoutGapsAfterBlockScalars(lines: readonly string[]): string[] {
  const kept: string[] = [];
  const indent = (line: string) => line.length - line.trimStart().length;
  let header: string | undefined;
  let body = false;
  for (const line of lines) {
    const gap = line.trim() === '' || line.trimStart().startsWith('#');
    if (header !== undefined && !gap && indent(line) > indent(header)) {
      body = true;
    } else if (header !== undefined && gap && body) {
      continue;
    } else {
      header = undefined;
      body = false;
    }
    if (/[ -][>|]-?$/.test(line)) header = line;
    kept.push(line);
  }
  return kept;
}

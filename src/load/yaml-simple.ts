import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type LineCounter } from 'yaml';

/**
 * A reader for the plain subset of YAML that the program's files are written in: block maps
 * and lists; flow maps and lists (`{ 2021: 1225000 }`, `[a, b]`), on one line or broken after
 * a bracket or comma; one-line plain, single- and double-quoted scalars; folded and literal
 * block scalars (`>-`) whose lines are all indented alike; comments and blank lines. It builds
 * the document yaml's own parser builds from the same text (the same nodes, ranges, scalar
 * types, sources and values, resolved by yaml's own core-schema tags; comments are left out,
 * as nothing reads them), in one pass over the lines, without yaml's lexer, parser and
 * composer, whose code run cold cost most of loading a file. At the first thing it is not
 * sure of (anchors, aliases, tags, other block scalars, multi-line plain or quoted scalars,
 * comments or blank lines inside brackets, `?` keys, directives, tabs, escapes, empty values,
 * odd characters, deep nesting) it gives up and answers undefined, leaving `lineCounter` as it
 * was: the caller then parses the text with yaml, which also reports every error.
 * test/load/yaml-simple.test.ts holds the proof that both build the same document.
 */
export function readSimpleYaml(text: string, lineCounter: LineCounter): Document.Parsed | undefined {
  if (OUTSIDE.test(text)) return undefined;
  let doc: Document.Parsed | undefined;
  try {
    doc = new SimpleReader(text).document();
  } catch (error) {
    if (error !== GIVE_UP) throw error;
    return undefined;
  }
  // as yaml's parser reports them: the first line, then one after each line break
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return doc;
}

/**
 * Characters that send the reader to yaml: tabs, carriage returns, escapes, every control
 * character but the line feed, line separators, byte-order marks, noncharacters and surrogates.
 */
// eslint-disable-next-line no-control-regex
const OUTSIDE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\\\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;

/** Thrown at the first thing outside the subset; caught in {@link readSimpleYaml} only. */
const GIVE_UP = new Error('outside the simple subset of YAML');

/** Deeper than this the reader gives up: the real files nest about 8 deep. */
const MAX_DEPTH = 24;

/** Characters that may not start a plain scalar here (YAML's indicators), or that the reader leaves to yaml. */
const NOT_PLAIN_START = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', ' ']);
/** Characters that end a plain scalar inside brackets. */
const FLOW_END = new Set([',', '[', ']', '{', '}']);

/** Blank and comment-only lines not yet given to a node: where they end, and the column of their rightmost comment (-1 for none). */
interface Gap {
  readonly end: number;
  readonly commentCol: number;
}

/** A line: where it starts, where its text ends (before the line break), its indentation, and what it holds. */
interface Line {
  readonly start: number;
  readonly end: number;
  readonly indent: number;
  /** 0 blank, 1 comment only, 2 content. */
  readonly kind: 0 | 1 | 2;
}

type Inline = Scalar | YAMLMap | YAMLSeq;
type Block = YAMLMap | YAMLSeq;

function giveUp(): never {
  throw GIVE_UP;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const lineBreak = text.indexOf('\n', start);
    const end = lineBreak < 0 ? text.length : lineBreak;
    let at = start;
    while (at < end && text.charCodeAt(at) === 32) at++;
    // a document marker (`---`, `...`) or directive (`%`) at a line's start
    if (at === start && (text.startsWith('---', at) || text.startsWith('...', at) || text[at] === '%')) giveUp();
    const kind = at === end ? 0 : text[at] === '#' ? 1 : 2;
    lines.push({ start, end, indent: at - start, kind });
    start = end + 1;
  }
  return lines;
}

/** The reader of one text; every method either reads a node or gives up. */
class SimpleReader {
  private readonly lines: Line[];
  private readonly doc = new Document(undefined, { uniqueKeys: false });
  private readonly tags = this.doc.schema.tags;
  /** The line being read: the next content line, once a node is read. */
  private i = 0;
  /** The blank and comment lines after the last node read, not yet placed. */
  private gap: Gap | undefined;

  constructor(private readonly text: string) {
    this.lines = linesOf(text);
  }

  document(): Document.Parsed {
    this.skipGap(-1);
    const first = this.lines[this.i];
    if (first === undefined) giveUp();
    const col = first.indent;
    const contents = this.isSeqItem(first, col) ? this.blockSeq(col, 1) : this.blockMap(col, first.start + col, 1);
    if (this.i < this.lines.length) giveUp();
    const contentEnd = contents.range![2];
    this.doc.contents = contents;
    // yaml starts the document at the line of its first content, after the comment and blank lines before it
    this.doc.range = [first.start, contentEnd, this.gap?.end ?? contentEnd];
    return this.doc as Document.Parsed;
  }

  /** A block map whose keys stand at column `col`, its first key at offset `at`. */
  private blockMap(col: number, at: number, depth: number): YAMLMap {
    if (depth > MAX_DEPTH) giveUp();
    const map = new YAMLMap(this.doc.schema);
    const start = at;
    let end: number;
    for (;;) {
      const pair = this.entry(col, at, depth);
      map.items.push(pair);
      end = (pair.value as Inline).range![2];
      const next = this.lines[this.i];
      if (next === undefined || next.indent < col) break;
      if (next.indent > col || this.isSeqItem(next, col)) giveUp();
      this.gap = undefined; // the lines before a key are that key's
      at = next.start + col;
    }
    map.range = [start, end, this.closeBlock(col, end)];
    return map;
  }

  /** Where a block collection at `col` ends: at its last node, or after the blank and comment lines yaml leaves in it. */
  private closeBlock(col: number, end: number): number {
    const gap = this.gap;
    // as yaml's parser does when it closes the collection: it keeps lines with a comment at its column or further right
    if (gap === undefined || col === 0 || gap.commentCol < col) return end;
    this.gap = undefined;
    const next = this.lines[this.i];
    // with the indentation of the line that closes it, which yaml reads before it closes the collection
    return next === undefined ? gap.end : next.start + next.indent;
  }

  /** One `key: value` of a block map, the key at offset `at` of line `this.i`. */
  private entry(col: number, at: number, depth: number): Pair {
    const line = this.lines[this.i]!;
    const key = this.blockKey(at, line.end);
    let value: Inline;
    const after = this.skipSpaces(key.range![1] + 1, line.end);
    if (after === line.end || this.text[after] === '#') {
      if (after < line.end && after === key.range![1] + 1) giveUp(); // `key:#`
      value = this.nestedValue(col, depth);
    } else {
      if (after === key.range![1] + 1) giveUp(); // `key:value`
      value = this.inlineValue(after, line, col, depth);
    }
    return new Pair(key, value);
  }

  /** The value on the lines after `key:`: a map or list further right, or a list at the key's column. */
  private nestedValue(col: number, depth: number): Block {
    this.i++;
    this.skipGap(-1);
    this.gap = undefined; // the lines between `key:` and its value are the value's
    const next = this.lines[this.i];
    if (next === undefined || next.indent < col) giveUp(); // an empty value
    if (next.indent === col) {
      if (!this.isSeqItem(next, col)) giveUp();
      return this.blockSeq(col, depth + 1);
    }
    return this.isSeqItem(next, next.indent) ? this.blockSeq(next.indent, depth + 1) : this.blockMap(next.indent, next.start + next.indent, depth + 1);
  }

  /** A block list whose `-` stand at column `col`. */
  private blockSeq(col: number, depth: number): YAMLSeq {
    if (depth > MAX_DEPTH) giveUp();
    const seq = new YAMLSeq(this.doc.schema);
    const start = this.lines[this.i]!.start + col;
    let end: number;
    for (;;) {
      const item = this.seqItem(col, depth);
      seq.items.push(item);
      end = item.range![2];
      const next = this.lines[this.i];
      if (next === undefined || next.indent < col) break;
      if (next.indent > col) giveUp();
      if (!this.isSeqItem(next, col)) break; // a key at the list's column: the list was its map's value
      this.gap = undefined;
    }
    seq.range = [start, end, this.closeBlock(col, end)];
    return seq;
  }

  /** One `- item` of a block list: a map starting on its line, or one value. */
  private seqItem(col: number, depth: number): Inline {
    const line = this.lines[this.i]!;
    const at = this.skipSpaces(line.start + col + 1, line.end);
    if (at === line.end || this.text[at] === '#' || this.isSeqItem(line, at - line.start)) giveUp();
    if (this.startsKey(at, line.end)) return this.blockMap(at - line.start, at, depth + 1);
    return this.inlineValue(at, line, col, depth);
  }

  /** Whether the `-` at `at` starts a plain scalar (`-5`, `-x`): a letter, digit or `.` follows it. */
  private minusPlain(at: number): boolean {
    return this.text[at] === '-' && /[\p{L}\p{N}.]/u.test(this.text[at + 1] ?? '');
  }

  /** Whether `line` holds a list item's `-` at column `col`. */
  private isSeqItem(line: Line, col: number): boolean {
    const at = line.start + col;
    return this.text[at] === '-' && (at + 1 === line.end || this.text[at + 1] === ' ');
  }

  /** Whether the text at `at` is a key followed by `:` (then a space or the line's end). */
  private startsKey(at: number, end: number): boolean {
    const first = this.text[at]!;
    if (first === '"' || first === "'") {
      const close = this.quoteEnd(at, end);
      return this.text[close] === ':';
    }
    if (first === '[' || first === '{') return false;
    return this.plainKeyEnd(at, end) >= 0;
  }

  /** The end of a plain key at `at`: the offset of its `:`, or -1 where the line holds no key. */
  private plainKeyEnd(at: number, end: number): number {
    const text = this.text;
    for (let k = at; k < end; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 58 /* : */ && (k + 1 === end || text.charCodeAt(k + 1) === 32)) return k;
      if (ch === 35 /* # */ && text.charCodeAt(k - 1) === 32) return -1;
    }
    return -1;
  }

  /** A block map's key at `at`, followed directly by its `:`. */
  private blockKey(at: number, end: number): Scalar {
    const first = this.text[at]!;
    let key: Scalar;
    if (first === '"' || first === "'") {
      key = this.quoted(at, end);
    } else {
      const colon = this.plainKeyEnd(at, end);
      if (colon < 0 || NOT_PLAIN_START.has(first) || this.text[colon - 1] === ' ') giveUp();
      key = this.plain(at, colon, colon, true);
    }
    if (this.text[key.range![1]] !== ':') giveUp();
    return key;
  }

  /** A value written on its line at `at`: a scalar or brackets, then at most a comment; and the blank and comment lines after it. */
  private inlineValue(at: number, line: Line, col: number, depth: number): Inline {
    const first = this.text[at]!;
    if (first === '>' || first === '|') return this.blockScalar(at, col);
    let node: Inline;
    let valueEnd: number;
    if (first === '[' || first === '{') {
      node = this.flow(at, col, depth + 1);
      valueEnd = node.range![1];
    } else if (first === '"' || first === "'") {
      node = this.quoted(at, line.end);
      valueEnd = node.range![1];
    } else {
      if (NOT_PLAIN_START.has(first) && !this.minusPlain(at)) giveUp();
      valueEnd = this.blockPlainEnd(at, line.end);
      node = this.plain(at, valueEnd, valueEnd, false);
    }
    this.lineRest(valueEnd, this.lineEnd()); // on the line of the closing bracket, for brackets
    node.range![2] = this.afterLine(col);
    return node;
  }

  /**
   * A folded (`>`) or literal (`|`) block scalar whose header is at `at`, clipped or stripped
   * (`-`): its lines all at one indentation right of `col`, without blank lines, more indented
   * lines or spaces at their ends, and followed by a content line or the end of the text.
   */
  private blockScalar(at: number, col: number): Scalar {
    const text = this.text;
    const header = text.slice(at, this.lineEnd());
    if (header !== '>' && header !== '>-' && header !== '|' && header !== '|-') giveUp();
    const indent = this.lines[this.i + 1]?.indent ?? 0;
    if (indent <= col) giveUp();
    const parts: string[] = [];
    let line = this.lines[++this.i];
    for (; line !== undefined && line.kind === 2 && line.indent === indent; line = this.lines[++this.i]) {
      if (line.end === text.length || text[line.end - 1] === ' ') giveUp(); // no line break at its end, or spaces
      parts.push(text.slice(line.start + indent, line.end));
    }
    if (parts.length === 0 || (line !== undefined && (line.kind !== 2 || line.indent > indent))) giveUp();
    const end = line === undefined ? text.length : line.start;
    const scalar = new Scalar(parts.join(header[0] === '>' ? ' ' : '\n') + (header.length === 1 ? '\n' : ''));
    scalar.range = [at, end, end];
    scalar.source = scalar.value as string;
    scalar.type = header[0] === '>' ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
    this.gap = undefined;
    return scalar;
  }

  /** The end of a plain scalar in a block at `at`: before a comment and the spaces before it. */
  private blockPlainEnd(at: number, end: number): number {
    const text = this.text;
    let last = at;
    for (let k = at; k < end; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 32) continue;
      if (ch === 35 /* # */ && text.charCodeAt(k - 1) === 32) break;
      if (ch === 58 /* : */ && (k + 1 === end || text.charCodeAt(k + 1) === 32)) giveUp(); // a map in a map's value
      last = k + 1;
    }
    return last;
  }

  /** What may follow a value on its line: spaces, then a comment after at least one. */
  private lineRest(at: number, end: number): void {
    const next = this.skipSpaces(at, end);
    if (next === end) return;
    if (this.text[next] !== '#' || next === at) giveUp();
  }

  /**
   * Steps past the current line and the blank and comment lines after it, to the next content
   * line; returns where yaml ends the value of that line: after its line break and after any
   * comment lines right of `col` (the column of the map or list holding the value) that follow
   * it, as yaml's parser adds those to the value.
   */
  private afterLine(col: number): number {
    const line = this.lines[this.i]!;
    this.i++;
    return this.skipGap(col, Math.min(line.end + 1, this.text.length));
  }

  /**
   * Skips blank and comment lines, keeping them in {@link gap}; with `col` ≥ 0, a comment line
   * right of `col` with no comment line before it in the gap ends the value (returned end)
   * there instead.
   */
  private skipGap(col: number, valueEnd = 0): number {
    let gap: Gap | undefined;
    for (let line = this.lines[this.i]; line !== undefined && line.kind !== 2; line = this.lines[++this.i]) {
      const end = Math.min(line.end + 1, this.text.length);
      if (line.kind === 1 && col >= 0 && line.indent > col && (gap === undefined || gap.commentCol < 0)) {
        valueEnd = end;
        gap = undefined;
      } else {
        gap = { end, commentCol: line.kind === 1 ? Math.max(line.indent, gap?.commentCol ?? -1) : gap?.commentCol ?? -1 };
      }
    }
    this.gap = gap;
    return valueEnd;
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === 32) at++;
    return at;
  }

  /** The offset of the closing quote's end for a quoted scalar at `at`; gives up where the line holds none. */
  private quoteEnd(at: number, end: number): number {
    const quote = this.text[at]!;
    let k = at + 1;
    for (;;) {
      k = this.text.indexOf(quote, k);
      if (k < 0 || k >= end) giveUp();
      if (quote === "'" && this.text[k + 1] === "'") k += 2;
      else return k + 1;
    }
  }

  /** A one-line quoted scalar at `at` (its range ending at its closing quote). */
  private quoted(at: number, end: number): Scalar {
    const close = this.quoteEnd(at, end);
    const inner = this.text.slice(at + 1, close - 1);
    const single = this.text[at] === "'";
    const scalar = new Scalar(single ? inner.replaceAll("''", "'") : inner);
    scalar.range = [at, close, close];
    scalar.source = scalar.value as string;
    scalar.type = single ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
    return scalar;
  }

  /** A plain scalar from `at` to `valueEnd`, resolved by the schema's tags as yaml's composer does. */
  private plain(at: number, valueEnd: number, nodeEnd: number, atKey: boolean): Scalar {
    const source = this.text.slice(at, valueEnd);
    const tag = this.tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(source) === true);
    let scalar: Scalar;
    if (tag === undefined || !('resolve' in tag) || 'collection' in tag) {
      scalar = new Scalar(source);
    } else {
      const resolved = tag.resolve(source, giveUp, this.doc.options);
      scalar = resolved instanceof Scalar ? resolved : new Scalar(resolved);
      if (tag.format !== undefined) scalar.format = tag.format;
    }
    scalar.range = [at, valueEnd, nodeEnd];
    scalar.source = source;
    scalar.type = Scalar.PLAIN;
    return scalar;
  }

  /**
   * Brackets at `at`: a flow map or list, its range ending at its closing bracket. A line may
   * break after an opening bracket or a comma, the next line indented further than `col`
   * (the column of the map or list holding the brackets) and one more.
   */
  private flow(at: number, col: number, depth: number): YAMLMap | YAMLSeq {
    if (depth > MAX_DEPTH) giveUp();
    const isMap = this.text[at] === '{';
    const coll = isMap ? new YAMLMap(this.doc.schema) : new YAMLSeq(this.doc.schema);
    coll.flow = true;
    const close = isMap ? '}' : ']';
    let k = this.flowSpace(at + 1, col);
    while (this.text[k] !== close) {
      if (isMap) {
        const key = this.flowNode(k, col, depth, true);
        if (this.text[key.range![1]] !== ':' || this.text[key.range![1] + 1] !== ' ') giveUp();
        const value = this.flowNode(this.skipSpaces(key.range![1] + 1, this.lineEnd()), col, depth, false);
        (coll as YAMLMap).items.push(new Pair(key, value));
        k = value.range![2];
      } else {
        const item = this.flowNode(k, col, depth, false);
        (coll as YAMLSeq).items.push(item);
        k = item.range![2];
      }
      if (this.text[k] === ',') {
        k = this.flowSpace(k + 1, col);
        if (this.text[k] === close) giveUp(); // a comma before the closing bracket
      } else if (this.text[k] !== close) {
        giveUp();
      }
    }
    coll.range = [at, k + 1, k + 1];
    return coll;
  }

  /** The end of the text of line {@link i}. */
  private lineEnd(): number {
    return this.lines[this.i]!.end;
  }

  /** Skips spaces inside brackets, and line breaks to content lines indented further than `col` and one more. */
  private flowSpace(at: number, col: number): number {
    let k = this.skipSpaces(at, this.lineEnd());
    while (k === this.lineEnd()) {
      const next = this.lines[++this.i];
      if (next === undefined || next.kind !== 2 || next.indent <= col + 1) giveUp();
      k = next.start + next.indent;
    }
    return k;
  }

  /** A key, value or item inside brackets at `at`; a value or item's range ends after the spaces after it, on its line. */
  private flowNode(at: number, col: number, depth: number, atKey: boolean): Inline {
    const first = this.text[at];
    const end = this.lineEnd();
    let node: Inline;
    if (first === '[' || first === '{') {
      if (atKey) giveUp();
      node = this.flow(at, col, depth + 1);
    } else if (first === '"' || first === "'") {
      node = this.quoted(at, end);
    } else {
      if (first === undefined || at >= end || (NOT_PLAIN_START.has(first) && !this.minusPlain(at))) giveUp();
      const valueEnd = this.flowPlainEnd(at, end, atKey);
      node = this.plain(at, valueEnd, valueEnd, atKey);
    }
    if (!atKey) {
      const next = this.skipSpaces(node.range![1], this.lineEnd());
      if (next === this.lineEnd() || this.text[next] === ':') giveUp(); // a line break or a pair inside a list
      node.range![2] = next;
    }
    return node;
  }

  /** The end of a plain scalar inside brackets: at a bracket or comma, before the spaces before it; for a key, at its `:`. */
  private flowPlainEnd(at: number, end: number, atKey: boolean): number {
    const text = this.text;
    let last = at;
    for (let k = at; k < end; k++) {
      const ch = text[k]!;
      if (ch === ' ') continue;
      if (FLOW_END.has(ch)) return last;
      if (ch === ':') {
        if (atKey && k === last && text[k + 1] === ' ') return last;
        giveUp();
      }
      if (ch === '#' && text[k - 1] === ' ') giveUp();
      last = k + 1;
    }
    return giveUp();
  }
}

import { CST, Composer, Lexer, Parser, YAMLParseError, type Document, type LineCounter } from 'yaml';
import { readSimpleYaml } from './yaml-simple.js';

/**
 * The deepest nesting of maps and lists a file may have. The real files need about 8 (a
 * line's amount map: file, models, model, lines, line, amount); 64 leaves room for any
 * layout, and keeps every step after parsing (which follows the nesting) far from the
 * limits of the stack.
 */
export const MAX_NESTING = 64;

/** A document, or where the text nests too deeply (or too irregularly) to parse. */
export type ParsedText =
  | { readonly doc: Document.Parsed }
  | { readonly tooDeep: { readonly offset: number; readonly reason: 'nesting' | 'parser' } };

/** How a text is parsed into a document, its line starts going into `lineCounter`. */
export type ParseText = (text: string, lineCounter: LineCounter) => ParsedText;

/**
 * Parses YAML text as `parseDocument` does (one document, positions in `lineCounter`): the
 * files' plain subset of YAML with the fast reader of yaml-simple.ts, which builds the same
 * document; any other text with {@link parseWithYaml}.
 */
export const parseYamlText: ParseText = (text, lineCounter) => {
  const doc = readSimpleYaml(text, lineCounter);
  return doc === undefined ? parseWithYaml(text, lineCounter) : { doc };
};

/**
 * Parses YAML text with yaml's own lexer, parser and composer, as `parseDocument` does, but
 * token by token, measuring the nesting as it goes: at the first token deeper than
 * {@link MAX_NESTING} it stops, before the parser, which recurses once per level, can
 * overflow the stack. Should the parser overflow all the same (some badly indented texts
 * make it nest once per line), that is reported where it happened, not as a crash.
 */
export function parseWithYaml(text: string, lineCounter: LineCounter): ParsedText {
  const parser = new Parser(lineCounter.addNewLine);
  const depth = new NestingDepth();
  const tokens: CST.Token[] = [];
  lineCounter.addNewLine(0); // as Parser.parse does before the first token
  // where brackets were first left open by a line indented too little: what sends the parser astray
  let bracketsBroken: number | undefined;
  try {
    for (const lexeme of new Lexer().lex(text)) {
      if (depth.next(lexeme, parser.offset) > MAX_NESTING) return { tooDeep: { offset: depth.openedAt, reason: 'nesting' } };
      if (lexeme === FLOW_ERROR_END) bracketsBroken ??= parser.offset;
      for (const token of parser.next(lexeme)) tokens.push(token);
    }
    for (const token of parser.end()) tokens.push(token);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { tooDeep: { offset: bracketsBroken ?? parser.offset, reason: 'parser' } };
  }
  return { doc: compose(tokens, text.length) };
}

/** The first document of the tokens; a second one is an error, as with `parseDocument`. */
function compose(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({ uniqueKeys: false }); // duplicate keys: yaml-keys.ts, in linear time
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (doc === undefined) {
      doc = next;
    } else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  if (doc === undefined) throw new RangeError('no document composed'); // compose(…, true) always ends with one
  return doc;
}

/** The lexer's token for brackets it gave up on. */
const FLOW_ERROR_END = '\u0018';
/** Lexer tokens that stand for no text of their own: they move no column. */
const ZERO_WIDTH = new Set(['\u0002', FLOW_ERROR_END, '\u001f']); // doc-mode, flow-error-end, scalar marker

/** Token types that start a node's content (its key, in a block map). */
const CONTENT = new Set(['anchor', 'tag', 'alias', 'single-quoted-scalar', 'double-quoted-scalar', 'block-scalar-header']);

/**
 * Follows the lexer's tokens and knows how deeply the text nests at each one: a flow map or
 * list by its brackets, a block map or list by the column where it starts (a key, `- ` or
 * `? ` further right than the open collection opens a new one). Constant work per token,
 * no recursion.
 */
class NestingDepth {
  private readonly blocks: { readonly col: number; readonly seq: boolean }[] = [];
  private flow = 0;
  /** The column where the next token starts. */
  private col = 0;
  /** The column where the current node of this line starts: the key's, when a ":" follows; and its offset. */
  private nodeCol: number | undefined;
  private nodeOffset = 0;
  /** Where the innermost map or list opened last starts (a map: at its first key). */
  openedAt = 0;
  /** The token after a scalar marker is the scalar's text. */
  private scalarNext = false;

  /** Takes the next token, which starts at `offset` in the text; returns how many maps and lists enclose it. */
  next(token: string, offset: number): number {
    const start = this.col;
    if (!ZERO_WIDTH.has(token)) this.advance(token);
    if (this.scalarNext) {
      this.scalarNext = false;
      this.content(start, offset, token);
      return this.depth;
    }
    const type = CST.tokenType(token);
    if (type === 'scalar') this.scalarNext = true;
    else if (type === 'newline') this.nodeCol = undefined;
    else if (type === 'doc-start' || type === 'doc-end') this.blocks.length = 0;
    else if (type === 'flow-map-start' || type === 'flow-seq-start') this.openFlow(start, offset);
    else if (type === 'flow-map-end' || type === 'flow-seq-end') this.flow = Math.max(0, this.flow - 1);
    else if (type === 'flow-error-end') this.flow = 0; // the lexer gave up on the brackets (a line indented too little)
    else if (this.flow > 0) return this.depth; // inside brackets, only brackets nest
    else if (type === 'seq-item-ind') this.openBlock(start, offset, true);
    else if (type === 'explicit-key-ind') this.openBlock(start, offset, false);
    else if (type === 'map-value-ind') this.openBlock(this.nodeCol ?? start, this.nodeCol === undefined ? offset : this.nodeOffset, false);
    else if (type !== null && CONTENT.has(type)) this.content(start, offset, token);
    return this.depth;
  }

  private get depth(): number {
    return this.blocks.length + this.flow;
  }

  private advance(token: string): void {
    const newline = token.lastIndexOf('\n');
    this.col = newline < 0 ? this.col + token.length : token.length - newline - 1;
  }

  private content(start: number, offset: number, token: string): void {
    if (this.nodeCol === undefined) {
      this.nodeCol = start;
      this.nodeOffset = offset;
    }
    // a block scalar's text ends with its line break, without a newline token of its own
    if (token.includes('\n')) this.nodeCol = undefined;
  }

  private openFlow(start: number, offset: number): void {
    if (this.flow === 0 && this.nodeCol === undefined) {
      this.nodeCol = start;
      this.nodeOffset = offset;
    }
    this.flow++;
    this.openedAt = offset;
  }

  /** A block map (`seq` false) or list whose entry starts at `col` (`offset`): the same one as an open one there, or a new, deeper one. */
  private openBlock(col: number, offset: number, seq: boolean): void {
    this.nodeCol = undefined;
    let top = this.blocks[this.blocks.length - 1];
    // a key at the column of a list closes the list: the list was that map's value ("key:\n- a")
    while (top !== undefined && (top.col > col || (top.col === col && top.seq && !seq))) {
      this.blocks.pop();
      top = this.blocks[this.blocks.length - 1];
    }
    if (top === undefined || top.col !== col || top.seq !== seq) {
      this.blocks.push({ col, seq });
      this.openedAt = offset;
    }
  }
}

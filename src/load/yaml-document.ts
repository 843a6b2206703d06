import { LineCounter, isMap, isNode, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Issue, SourceRef } from '../errors.js';
import { unfitCharacter } from '../text-characters.js';
import { formatFieldPath, type FieldPath } from './field-path.js';
import { yamlMessages } from './messages.js';
import { aliasProblems } from './yaml-aliases.js';
import { keyCheck } from './yaml-keys.js';
import { aliasResolver, fieldPathOf, pairFinder, visitNodes, withoutAliases, type DocumentCheck, type NodeProblem, type PairFinder, type Resolve } from './yaml-nodes.js';
import { MAX_NESTING, parseYamlText, type ParseText } from './yaml-parse.js';
import { tagCheck } from './yaml-tags.js';
import { describeSyntaxError, relevantSyntaxErrors, syntaxErrorOffset } from './yaml-syntax-errors.js';

/** A parsed YAML file: its plain value, and a way to point at any field in it. */
export interface YamlFile {
  readonly file: string;
  readonly value: unknown;
  /** Where the field at `path` stands; at its key when `key` is set; else its nearest ancestor's. */
  locate(path: FieldPath, options?: { key?: boolean }): SourceRef;
  /** The text of the unquoted scalar at `path` as written (`900.000` for the number 900); undefined for any other node or a path that is not there. */
  writtenText(path: FieldPath): string | undefined;
}

/**
 * Parses YAML text, keeping source positions. Everything that would make the file
 * misread, slow or unsafe to turn into a value becomes issues, stage by stage: syntax
 * (and nesting deeper than the limit), aliases that repeat too much, keys (maps as keys,
 * `__proto__`, duplicates however written), YAML tags and characters a text cannot hold. Each stage
 * takes time linear in the size of the text. `parse` is how the text becomes a document (the
 * tests pass yaml's own parser, to compare it with the fast reader).
 */
export function parseYaml(text: string, file: string, parse: ParseText = parseYamlText): { yaml?: YamlFile; issues: Issue[] } {
  const lineCounter = new LineCounter();
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const parsed = parse(text, lineCounter);
  if ('tooDeep' in parsed) {
    const { offset, reason } = parsed.tooDeep;
    const message = reason === 'nesting' ? yamlMessages.tooDeep(MAX_NESTING) : yamlMessages.parserGaveUp;
    return { issues: [{ at: { file, ...position(offset) }, message, hint: yamlMessages.tooDeepHint }] };
  }
  const { doc } = parsed;
  if (doc.errors.length > 0) {
    return { issues: relevantSyntaxErrors(doc.errors).map((e) => ({ at: { file, ...position(syntaxErrorOffset(e, text)) }, ...describeSyntaxError(e, text) })) };
  }
  const where = (node: Node) => position(node.range?.[0] ?? 0);
  // an alias is written `*name`: a text without a `*` has none, and needs neither the walk
  // that finds what aliases stand for nor the one that measures what they repeat
  const aliased = text.includes('*');
  const resolve = aliased ? aliasResolver(doc) : withoutAliases;
  const problems = documentProblems(doc, resolve, text, aliased, (node) => `${where(node).line}:${where(node).col}`);
  if (problems.length > 0) {
    return {
      issues: problems.map((p) => ({
        at: { file, ...(p.offset === undefined ? where(p.node) : position(p.offset)), ...(p.path === undefined || p.path.length === 0 ? {} : { path: formatFieldPath(p.path) }) },
        message: p.message,
        ...(p.hint === undefined ? {} : { hint: p.hint }),
      })),
    };
  }
  // aliasProblems bounds what aliases expand to, in one pass: yaml's own count is not needed
  const value: unknown = doc.toJS({ maxAliasCount: -1 });
  const pairNamed = pairFinder(resolve);
  const locate = (path: FieldPath, options: { key?: boolean } = {}): SourceRef => {
    const node = findNode(doc.contents, resolve, pairNamed, path, options.key === true);
    const offset = node?.range?.[0];
    return { file, ...(offset === undefined ? { line: 1, col: 1 } : position(offset)), path: formatFieldPath(path) };
  };
  const writtenText = (path: FieldPath): string | undefined => {
    const node = exactNode(doc.contents, resolve, pairNamed, path);
    return isScalar(node) && node.type === 'PLAIN' ? node.source : undefined;
  };
  return { yaml: { file, value, locate, writtenText }, issues: [] };
}

/**
 * The problems of a document without syntax errors, from the first stage that has any:
 * aliases, keys, tags, characters. The stages after the aliases look at every node in one
 * pass (alias problems would make them follow what cannot be followed).
 */
function documentProblems(doc: Document, resolve: Resolve, text: string, aliased: boolean, lineCol: (node: Node) => string): NodeProblem[] {
  const aliases = aliased ? aliasProblems(doc, resolve) : [];
  if (aliases.length > 0) return aliases;
  const written = (node: Node) => text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0);
  const stages = [keyCheck(resolve, written, lineCol), tagCheck(text, resolve), unfitCharacterCheck(resolve)];
  visitNodes(doc, stages.map((stage) => stage.visitor));
  for (const stage of stages) {
    const problems = stage.problems();
    if (problems.length > 0) return problems;
  }
  return [];
}

/**
 * Every text (key or value) that holds a character a label, name or source cannot have
 * (text-characters.ts): a control character would steer the terminal, and U+FFFF or a lone
 * surrogate (written as an escape such as "\uFFFF") would make the workbook unreadable.
 */
function unfitCharacterCheck(resolve: Resolve): DocumentCheck {
  const found: NodeProblem[] = [];
  return {
    visitor: {
      Scalar(node, ancestors) {
        const unfit = typeof node.value === 'string' ? unfitCharacter(node.value) : undefined;
        if (unfit === undefined) return;
        const path = fieldPathOf(ancestors, resolve);
        found.push(unfit.control
          ? { node, message: yamlMessages.controlCharacter, hint: yamlMessages.controlCharacterHint, path }
          : { node, message: yamlMessages.notACharacter(unfit.code), hint: yamlMessages.notACharacterHint, path });
      },
    },
    problems: () => found,
  };
}

/**
 * The node to point at for `path`: a scalar value itself; a map or list at the key that
 * names it (or at its start, inside a list); the key node when `key` is set. Where the path
 * does not exist (a missing field), the deepest part that does.
 */
function findNode(contents: unknown, resolve: Resolve, pairNamed: PairFinder, path: FieldPath, key: boolean): Node | undefined {
  let node = resolve(contents);
  let place: Node | undefined = node;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = pairNamed(node, String(segment));
      if (pair === undefined || !isNode(pair.key)) return place;
      node = resolve(pair.value);
      place = (key && i === path.length - 1) || node === undefined || !isScalar(node) ? pair.key : node;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = resolve(node.items[segment]);
      if (node === undefined) return place;
      place = node;
    } else {
      return place;
    }
  }
  return place;
}

/** The node at exactly `path`, if the path is there. */
function exactNode(contents: unknown, resolve: Resolve, pairNamed: PairFinder, path: FieldPath): Node | undefined {
  let node = resolve(contents);
  for (const segment of path) {
    if (isMap(node)) node = resolve(pairNamed(node, String(segment))?.value);
    else if (isSeq(node) && typeof segment === 'number') node = resolve(node.items[segment]);
    else return undefined;
  }
  return node;
}

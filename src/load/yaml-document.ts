import { LineCounter, isMap, isNode, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { Issue, SourceRef } from '../errors.js';
import { unfitCharacter } from '../text-characters.js';
import { formatFieldPath, type FieldPath } from './field-path.js';
import { yamlMessages } from './messages.js';
import { collectionKeys, duplicateKeys, prototypeKeys } from './yaml-keys.js';
import { resolveNode, type NodeProblem } from './yaml-nodes.js';
import { MAX_NESTING, parseYamlText } from './yaml-parse.js';
import { describeSyntaxError, relevantSyntaxErrors, syntaxErrorOffset } from './yaml-syntax-errors.js';

/** A parsed YAML file: its plain value, and a way to point at any field in it. */
export interface YamlFile {
  readonly file: string;
  readonly value: unknown;
  /** Where the field at `path` stands; at its key when `key` is set; else its nearest ancestor's. */
  locate(path: FieldPath, options?: { key?: boolean }): SourceRef;
}

/** Aliases beyond this many make a document an alias bomb (billion laughs), not a scenario. */
const MAX_ALIAS_COUNT = 100;

/** Parses YAML text, keeping source positions; syntax errors and alias bombs become issues. */
export function parseYaml(text: string, file: string): { yaml?: YamlFile; issues: Issue[] } {
  const lineCounter = new LineCounter();
  const parsed = parseYamlText(text, lineCounter);
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
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
  const toIssues = (problems: readonly NodeProblem[]): Issue[] =>
    problems.map((p) => ({ at: { file, ...where(p.node) }, message: p.message, ...(p.hint === undefined ? {} : { hint: p.hint }) }));
  const written = (node: Node) => text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0);
  const lineCol = (node: Node) => `${where(node).line}:${where(node).col}`;
  const keys = [...collectionKeys(doc), ...prototypeKeys(doc), ...duplicateKeys(doc, written, lineCol)];
  if (keys.length > 0) return { issues: toIssues(keys) };
  const unfit = textsWithUnfitCharacters(doc);
  if (unfit.length > 0) return { issues: toIssues(unfit) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const bomb = findAliasBomb(doc, doc.contents);
    return { issues: [{ at: { file, ...position(bomb?.range?.[0] ?? 0) }, message: yamlMessages.aliases(MAX_ALIAS_COUNT) }] };
  }
  const locate = (path: FieldPath, options: { key?: boolean } = {}): SourceRef => {
    const node = findNode(doc, path, options.key === true);
    const offset = node?.range?.[0];
    const where = offset === undefined ? { line: 1, col: 1 } : position(offset);
    return { file, ...where, path: formatFieldPath(path) };
  };
  return { yaml: { file, value, locate }, issues: [] };
}

/**
 * Every text (key or value) that holds a character a label, name or source cannot have
 * (text-characters.ts): a control character would steer the terminal, and U+FFFF or a lone
 * surrogate (written as an escape such as "\uFFFF") would make the workbook unreadable.
 */
function textsWithUnfitCharacters(doc: Document): NodeProblem[] {
  const found: NodeProblem[] = [];
  visit(doc, {
    Scalar(_, node) {
      const unfit = typeof node.value === 'string' ? unfitCharacter(node.value) : undefined;
      if (unfit === undefined) return;
      found.push(unfit.control
        ? { node, message: yamlMessages.controlCharacter, hint: yamlMessages.controlCharacterHint }
        : { node, message: yamlMessages.notACharacter(unfit.code), hint: yamlMessages.notACharacterHint });
    },
  });
  return found;
}

/** Whether a node expands without exceeding the alias limit. */
function isAliasSafe(doc: Document, node: unknown): boolean {
  if (!isNode(node)) return true;
  try {
    node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
    return true;
  } catch (error) {
    if (error instanceof ReferenceError) return false;
    throw error;
  }
}

/** The innermost node that alone expands too far: where the alias bomb is written. */
function findAliasBomb(doc: Document, node: unknown): Node | undefined {
  if (!isNode(node)) return undefined;
  const children: unknown[] = isMap(node) ? node.items.map((p) => p.value) : isSeq(node) ? node.items : [];
  const inner = children.find((child) => !isAliasSafe(doc, child));
  return inner === undefined ? node : findAliasBomb(doc, inner) ?? node;
}

/**
 * The node to point at for `path`: a scalar value itself; a map or list at the key that
 * names it (or at its start, inside a list); the key node when `key` is set. Where the path
 * does not exist (a missing field), the deepest part that does.
 */
function findNode(doc: Document, path: FieldPath, key: boolean): Node | undefined {
  let node = resolveNode(doc, doc.contents);
  let place: Node | undefined = node;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair === undefined || !isScalar(pair.key)) return place;
      node = resolveNode(doc, pair.value as Node | null);
      place = (key && i === path.length - 1) || node === undefined || !isScalar(node) ? pair.key : node;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = resolveNode(doc, node.items[segment] as Node | null);
      if (node === undefined) return place;
      place = node;
    } else {
      return place;
    }
  }
  return place;
}

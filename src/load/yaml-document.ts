import { Alias, LineCounter, isCollection, isMap, isNode, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Issue, SourceRef } from '../errors.js';
import { formatFieldPath, type FieldPath } from './field-path.js';
import { yamlMessages } from './messages.js';
import { tagOffset, taggedNodes } from './yaml-tags.js';
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

/** Aliases beyond this many make a document an alias bomb (billion laughs), not a scenario. */
const MAX_ALIAS_COUNT = 100;

/** Parses YAML text, keeping source positions; syntax errors and alias bombs become issues. */
export function parseYaml(text: string, file: string): { yaml?: YamlFile; issues: Issue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  if (doc.errors.length > 0) {
    return { issues: relevantSyntaxErrors(doc.errors).map((e) => ({ at: { file, ...position(syntaxErrorOffset(e, text)) }, ...describeSyntaxError(e, text) })) };
  }
  const keys = collectionKeys(doc);
  if (keys.length > 0) {
    return { issues: keys.map((key) => ({ at: { file, ...position(key.range?.[0] ?? 0) }, message: yamlMessages.collectionKey, hint: yamlMessages.collectionKeyHint })) };
  }
  const tags = taggedNodes(doc);
  if (tags.length > 0) return { issues: tags.map((t) => ({ at: { file, ...position(tagOffset(text, t.node.range?.[0] ?? 0)) }, message: t.message, hint: t.hint })) };
  const controls = textsWithControlCharacters(doc);
  if (controls.length > 0) {
    return { issues: controls.map((node) => ({ at: { file, ...position(node.range?.[0] ?? 0) }, message: yamlMessages.controlCharacter, hint: yamlMessages.controlCharacterHint })) };
  }
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
  const writtenText = (path: FieldPath): string | undefined => {
    const node = exactNode(doc, path);
    return isScalar(node) && node.type === 'PLAIN' ? node.source : undefined;
  };
  return { yaml: { file, value, locate, writtenText }, issues: [] };
}

/**
 * Keys that are maps or lists (`? [a, b]: c`, or an alias of one): the input files name
 * fields with text or years only, and `yaml` would turn such a key into text with a warning.
 */
function collectionKeys(doc: Document): Node[] {
  const keys: Node[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isNode(pair.key) && isCollection(resolve(doc, pair.key))) keys.push(pair.key);
    },
  });
  return keys;
}

/** Characters that have no place in a label or a source, and that would steer a terminal (escape sequences). Tabs and line breaks may stay. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Every text (key or value) that holds a control character. */
function textsWithControlCharacters(doc: Document): Node[] {
  const found: Node[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && CONTROL_CHARACTER.test(node.value)) found.push(node);
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
  let node = resolve(doc, doc.contents);
  let place: Node | undefined = node;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair === undefined || !isScalar(pair.key)) return place;
      node = resolve(doc, pair.value as Node | null);
      place = (key && i === path.length - 1) || node === undefined || !isScalar(node) ? pair.key : node;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = resolve(doc, node.items[segment] as Node | null);
      if (node === undefined) return place;
      place = node;
    } else {
      return place;
    }
  }
  return place;
}

/** The node at exactly `path`, if the path is there. */
function exactNode(doc: Document, path: FieldPath): Node | undefined {
  let node = resolve(doc, doc.contents);
  for (const segment of path) {
    if (isMap(node)) node = resolve(doc, node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment))?.value as Node | null | undefined);
    else if (isSeq(node) && typeof segment === 'number') node = resolve(doc, node.items[segment] as Node | null | undefined);
    else return undefined;
  }
  return node;
}

function resolve(doc: Document, node: Node | null | undefined): Node | undefined {
  if (node instanceof Alias) return resolve(doc, node.resolve(doc) as Node | undefined);
  return node ?? undefined;
}

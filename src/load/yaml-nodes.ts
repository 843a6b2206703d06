import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { FieldPath } from './field-path.js';

/** Something wrong with one node of a YAML document: where to point, and what to say. */
export interface NodeProblem {
  readonly node: Node;
  readonly message: string;
  readonly hint?: string;
  /** Where to point, when not at the node's start (at the tag written before a value). */
  readonly offset?: number;
  /** The field, as a message names it (`parameters.loon.values.2021`). */
  readonly path?: FieldPath;
}

/** A key fit to name in a message: the field names and ids of the files, not a text that could itself be the problem. */
const SHOWN_KEY = /^[\p{L}\p{N}_.-]{1,64}$/u;

/**
 * The field path of a node, from the ancestors that yaml's `visit` passes (the document, maps,
 * pairs and lists around it): each pair's key and each list's index. It stops before a key
 * that is not fit to show, such as one holding the control character being reported.
 */
export function fieldPathOf(ancestors: readonly unknown[], resolve: Resolve): FieldPath {
  const path: (string | number)[] = [];
  for (const [i, ancestor] of ancestors.entries()) {
    const next = ancestors[i + 1];
    if (isPair(ancestor)) {
      const name = pairKeyName(ancestor, resolve);
      if (name === undefined || !SHOWN_KEY.test(name)) break;
      path.push(name);
    } else if (isSeq(ancestor) && next !== undefined) {
      path.push(ancestor.items.indexOf(next as Node));
    }
  }
  return path;
}

/** A node itself, or for an alias the node it stands for (undefined for a missing one). */
export type Resolve = (node: unknown) => Node | undefined;

/** The maps and lists directly inside a node, and its scalars: a map's keys and values, a list's items. */
export function childrenOf(node: Node): Node[] {
  if (isMap(node)) return node.items.flatMap((pair) => [pair.key, pair.value]).filter(isNode);
  if (isSeq(node)) return node.items.filter(isNode);
  return [];
}

/**
 * Every node of the document in document order, without recursion: `enter` before a node's
 * children, `leave` after them, each with the number of maps and lists around the node.
 * A callback that returns true stops the walk.
 */
export function walk(doc: Document, visitor: { enter?(node: Node, depth: number): boolean; leave?(node: Node, depth: number): boolean }): void {
  const stack: { node: Node; children: Node[]; next: number }[] = [];
  const start = (node: Node): boolean => {
    if (visitor.enter?.(node, stack.length) === true) return true;
    stack.push({ node, children: childrenOf(node), next: 0 });
    return false;
  };
  if (isNode(doc.contents) && start(doc.contents)) return;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.children[top.next++];
    if (child !== undefined) {
      if (start(child)) return;
    } else {
      stack.pop();
      if (visitor.leave?.(top.node, stack.length) === true) return;
    }
  }
}

/**
 * What a check does at the nodes of a document. `ancestors` are the document, the maps,
 * lists and pairs around the node (the path yaml's `visit` passes), valid during the call
 * only: a check that keeps them copies them.
 */
export interface NodeVisitor {
  Pair?(pair: Pair, ancestors: readonly unknown[]): void;
  Map?(map: YAMLMap, ancestors: readonly unknown[]): void;
  Scalar?(scalar: Scalar, ancestors: readonly unknown[]): void;
  /** Every alias, scalar, map and list (before {@link Map} or {@link Scalar} of the same visitor). */
  Node?(node: Node, ancestors: readonly unknown[]): void;
}

/** A check of a document's nodes: its visitor, and once every node is visited, the problems it found. */
export interface DocumentCheck {
  readonly visitor: NodeVisitor;
  problems(): NodeProblem[];
}

/**
 * Visits every node of the document for all `visitors` in one pass, in the order yaml's
 * `visit` does: a node before what is inside it, a pair's key before its value. One pass
 * instead of one per check: walking a document costs about as much as the checks on it.
 * Recursive, as `visit` is: the nesting is at most MAX_NESTING (yaml-parse.ts), checked as the text
 * is parsed.
 */
export function visitNodes(doc: Document, visitors: readonly NodeVisitor[]): void {
  const ancestors: unknown[] = [doc];
  const visitNode = (node: unknown): void => {
    if (isPair(node)) {
      for (const visitor of visitors) visitor.Pair?.(node, ancestors);
      ancestors.push(node);
      visitNode(node.key);
      visitNode(node.value);
      ancestors.pop();
      return;
    }
    if (!isNode(node)) return;
    for (const visitor of visitors) {
      visitor.Node?.(node, ancestors);
      if (isMap(node)) visitor.Map?.(node, ancestors);
      else if (isScalar(node)) visitor.Scalar?.(node, ancestors);
    }
    if (!isCollection(node)) return;
    ancestors.push(node);
    for (const item of node.items) visitNode(item);
    ancestors.pop();
  };
  visitNode(doc.contents);
}

/**
 * What each alias of the document stands for: the last node before it that has its anchor
 * (YAML's rule, as `Alias.resolve` applies it), found in one pass. `Alias.resolve` scans
 * the document for every alias: 60,000 aliases would take minutes.
 */
export function aliasResolver(doc: Document): Resolve {
  const anchored = new Map<string, Node>();
  const targets = new Map<Node, Node>();
  walk(doc, {
    enter(node) {
      if (isAlias(node)) {
        const target = anchored.get(node.source);
        if (target !== undefined) targets.set(node, target);
      } else if (node.anchor !== undefined) {
        anchored.set(node.anchor, node);
      }
      return false;
    },
  });
  return (node) => (isAlias(node) ? targets.get(node) : isNode(node) ? node : undefined);
}

/** The {@link Resolve} of a document without aliases: every node stands for itself. */
export const withoutAliases: Resolve = (node) => (isNode(node) ? node : undefined);

/**
 * The name a scalar key gets in the loaded map, as `yaml` turns keys into text:
 * `2021`, `"2021"`, `2021.0` and `0x7E5` all become "2021", and an empty key "".
 */
export function keyName(key: Scalar | null): string {
  return key === null || key.value === null ? '' : String(key.value);
}

/** The name of a pair's key as {@link keyName} gives it; undefined for a map or list as a key. */
export function pairKeyName(pair: Pair, resolve: Resolve): string | undefined {
  const key = resolve(pair.key) ?? null;
  return key === null || isScalar(key) ? keyName(key) : undefined;
}

/** Finds the pair of a map whose key has the given name. */
export type PairFinder = (map: YAMLMap, name: string) => Pair | undefined;

/**
 * A lookup of a map's pair by the name of its key, each map indexed once on first use:
 * pointing at the fields of a map of 60,000 keys must not scan it once per field.
 */
export function pairFinder(resolve: Resolve): PairFinder {
  const indices = new WeakMap<YAMLMap, Map<string, Pair>>();
  return (map, name) => {
    let index = indices.get(map);
    if (index === undefined) {
      index = new Map();
      for (const pair of map.items) {
        const keyText = pairKeyName(pair, resolve);
        if (keyText !== undefined && !index.has(keyText)) index.set(keyText, pair);
      }
      indices.set(map, index);
    }
    return index.get(name);
  };
}

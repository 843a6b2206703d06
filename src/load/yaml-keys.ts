import { isCollection, isNode, visit, type Document, type Node } from 'yaml';
import { yamlMessages } from './messages.js';
import { fieldPathOf, pairKeyName, type NodeProblem, type Resolve } from './yaml-nodes.js';

/**
 * Keys that are maps or lists (`? [a, b]: c`, or an alias of one): the input files name
 * fields with text or years only, and `yaml` would turn such a key into text with a warning.
 */
export function collectionKeys(doc: Document, resolve: Resolve): NodeProblem[] {
  const problems: NodeProblem[] = [];
  visit(doc, {
    Pair(_, pair, ancestors) {
      if (isNode(pair.key) && isCollection(resolve(pair.key))) {
        problems.push({ node: pair.key, message: yamlMessages.collectionKey, hint: yamlMessages.collectionKeyHint, path: fieldPathOf(ancestors, resolve) });
      }
    },
  });
  return problems;
}

/**
 * Keys that name the same field as an earlier key of their map, however they are written:
 * `2021` and `"2021"` become the same key, and the later one would silently replace the
 * first. `written(node)` is a key as it stands in the file, `lineCol(node)` where.
 */
export function duplicateKeys(doc: Document, resolve: Resolve, written: (node: Node) => string, lineCol: (node: Node) => string): NodeProblem[] {
  const problems: NodeProblem[] = [];
  visit(doc, {
    Map(_, map, ancestors) {
      const seen = new Map<string, { node: Node; text: string }>();
      for (const pair of map.items) {
        const name = pairKeyName(pair, resolve);
        if (name === undefined) continue; // a map or list as a key: collectionKeys
        const keyNode = isNode(pair.key) ? pair.key : undefined;
        const here = { node: keyNode ?? (isNode(pair.value) ? pair.value : map), text: keyNode === undefined ? '' : written(keyNode) };
        const first = seen.get(name);
        if (first === undefined) {
          seen.set(name, here);
          continue;
        }
        const message = here.text === first.text
          ? yamlMessages.duplicateKey(name, lineCol(first.node))
          : yamlMessages.sameKey(here.text, first.text, lineCol(first.node), name);
        problems.push({ node: here.node, message, hint: yamlMessages.duplicateKeyHint, path: fieldPathOf([...ancestors, map, pair], resolve) });
      }
    },
  });
  return problems;
}

/**
 * Keys named `__proto__`: zod drops them from a map without a word, and a plain object
 * would take them for its prototype. No field name, id or year can be one (ids start with
 * a letter), so it is refused like any other name that cannot be.
 */
export function prototypeKeys(doc: Document, resolve: Resolve): NodeProblem[] {
  const problems: NodeProblem[] = [];
  visit(doc, {
    Pair(_, pair, ancestors) {
      if (isNode(pair.key) && pairKeyName(pair, resolve) === '__proto__') {
        problems.push({ node: pair.key, message: yamlMessages.prototypeKey, hint: yamlMessages.prototypeKeyHint, path: fieldPathOf(ancestors, resolve) });
      }
    },
  });
  return problems;
}

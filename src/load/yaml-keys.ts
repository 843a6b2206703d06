import { isCollection, isNode, type Node, type Pair, type YAMLMap } from 'yaml';
import { yamlMessages } from './messages.js';
import { fieldPathOf, pairKeyName, type DocumentCheck, type NodeProblem, type Resolve } from './yaml-nodes.js';

/**
 * The keys of a document that cannot name a field, in this order: keys that are maps or
 * lists, keys named `__proto__`, and keys that repeat an earlier key of their map.
 * `written(node)` is a key as it stands in the file, `lineCol(node)` where.
 */
export function keyCheck(resolve: Resolve, written: (node: Node) => string, lineCol: (node: Node) => string): DocumentCheck {
  const collections: NodeProblem[] = [];
  const prototypes: NodeProblem[] = [];
  const duplicates: NodeProblem[] = [];
  return {
    visitor: {
      Pair(pair, ancestors) {
        collections.push(...collectionKey(pair, resolve, ancestors));
        prototypes.push(...prototypeKey(pair, resolve, ancestors));
      },
      Map(map, ancestors) {
        duplicates.push(...duplicateKeys(map, resolve, written, lineCol, ancestors));
      },
    },
    problems: () => [...collections, ...prototypes, ...duplicates],
  };
}

/**
 * A key that is a map or list (`? [a, b]: c`, or an alias of one): the input files name
 * fields with text or years only, and `yaml` would turn such a key into text with a warning.
 */
function collectionKey(pair: Pair, resolve: Resolve, ancestors: readonly unknown[]): NodeProblem[] {
  if (!isNode(pair.key) || !isCollection(resolve(pair.key))) return [];
  return [{ node: pair.key, message: yamlMessages.collectionKey, hint: yamlMessages.collectionKeyHint, path: fieldPathOf(ancestors, resolve) }];
}

/**
 * A key named `__proto__`: zod drops it from a map without a word, and a plain object
 * would take it for its prototype. No field name, id or year can be one (ids start with
 * a letter), so it is refused like any other name that cannot be.
 */
function prototypeKey(pair: Pair, resolve: Resolve, ancestors: readonly unknown[]): NodeProblem[] {
  if (!isNode(pair.key) || pairKeyName(pair, resolve) !== '__proto__') return [];
  return [{ node: pair.key, message: yamlMessages.prototypeKey, hint: yamlMessages.prototypeKeyHint, path: fieldPathOf(ancestors, resolve) }];
}

/**
 * The keys of a map that name the same field as an earlier key of it, however they are
 * written: `2021` and `"2021"` become the same key, and the later one would silently
 * replace the first.
 */
function duplicateKeys(map: YAMLMap, resolve: Resolve, written: (node: Node) => string, lineCol: (node: Node) => string, ancestors: readonly unknown[]): NodeProblem[] {
  const problems: NodeProblem[] = [];
  const seen = new Map<string, { node: Node; text: string }>();
  for (const pair of map.items) {
    const name = pairKeyName(pair, resolve);
    if (name === undefined) continue; // a map or list as a key: collectionKey
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
  return problems;
}

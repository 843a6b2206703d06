import { isAlias, isScalar, type Document, type Node } from 'yaml';
import { yamlMessages } from './messages.js';
import { childrenOf, walk, type NodeProblem, type Resolve } from './yaml-nodes.js';
import { MAX_NESTING } from './yaml-parse.js';

/** The most aliases (`*name`) a file may have: a scenario file needs a few, if any. */
export const MAX_ALIASES = 100;

/**
 * The most characters the aliases of a file may repeat together: an alias counts the size
 * of what it stands for (its texts, aliases inside it included) each time it is used.
 * Repeating a model or a parameter a few times takes some thousands; a billion laughs, or 21
 * aliases of a 9 MB text, take far more.
 */
export const MAX_ALIAS_REPEAT = 1_000_000;

/**
 * The first alias that cannot be expanded, or would make the document too large: the
 * 101st alias, one without an anchor before it, one inside what it stands for (a cycle,
 * which would repeat without end), one that takes the repeated text past
 * {@link MAX_ALIAS_REPEAT}, or one that nests deeper than {@link MAX_NESTING} where it is used. Sizes are measured once per node, in one pass: linear time.
 */
export function aliasProblems(doc: Document, resolve: Resolve): NodeProblem[] {
  const size = new Map<Node, number>();
  const height = new Map<Node, number>();
  let aliases = 0;
  let repeated = 0;
  let problem: NodeProblem | undefined;
  walk(doc, {
    leave(node, depth) {
      if (!isAlias(node)) {
        const children = childrenOf(node);
        size.set(node, isScalar(node) ? Math.max(1, String(node.value ?? '').length) : children.reduce((sum, c) => sum + (size.get(c) ?? 0), 1));
        height.set(node, isScalar(node) ? 0 : 1 + children.reduce((max, c) => Math.max(max, height.get(c) ?? 0), 0));
        return false;
      }
      const target = resolve(node);
      const targetSize = target === undefined ? 0 : size.get(target); // not yet measured: an enclosing node
      if (++aliases > MAX_ALIASES) problem = { node, message: yamlMessages.aliases(MAX_ALIASES), hint: yamlMessages.aliasesHint };
      else if (target === undefined) problem = { node, message: yamlMessages.unknownAlias(node.source), hint: yamlMessages.unknownAliasHint };
      else if (targetSize === undefined) problem = { node, message: yamlMessages.aliasCycle, hint: yamlMessages.aliasesHint };
      else if ((repeated += targetSize) > MAX_ALIAS_REPEAT) problem = { node, message: yamlMessages.aliasesRepeat(MAX_ALIAS_REPEAT), hint: yamlMessages.aliasesHint };
      const targetHeight = target === undefined ? 0 : height.get(target) ?? 0;
      if (problem === undefined && depth + targetHeight > MAX_NESTING) problem = { node, message: yamlMessages.tooDeep(MAX_NESTING), hint: yamlMessages.aliasesHint };
      size.set(node, targetSize ?? 0);
      height.set(node, targetHeight);
      return problem !== undefined;
    },
  });
  return problem === undefined ? [] : [problem];
}

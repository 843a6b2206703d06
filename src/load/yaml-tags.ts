import { texts } from '../language.js';
import { yamlTagMessages as msg } from './messages.js';
import { fieldPathOf, type DocumentCheck, type NodeProblem, type Resolve } from './yaml-nodes.js';

/**
 * Every node written with an explicit YAML tag. The input files are maps, lists, texts and
 * numbers: a tag turns a value into something else (a JavaScript Set for `!!set`, a Map for
 * `!!omap`, bytes for `!!binary`, a date for `!!timestamp`), or leaves it unresolved (`!foo`,
 * and `!!float`, which YAML 1.2 does not know), and the schema would then say "expected a
 * map, got a map". So a tag is refused where it is written, naming it.
 */
export function tagCheck(text: string, resolve: Resolve): DocumentCheck {
  const found: NodeProblem[] = [];
  return {
    visitor: {
      Node(node, ancestors) {
        if (node.tag === undefined) return;
        const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        found.push({ node, message: msg.tag(tag, KNOWN[tag]), hint: msg.tagHint, offset: tagOffset(text, node.range?.[0] ?? 0), path: fieldPathOf(ancestors, resolve) });
      },
    },
    problems: () => found,
  };
}

/** Where the tag before a value starts (`!!set {…}`: at the first `!`), for the message to point at what to remove. */
function tagOffset(text: string, valueOffset: number): number {
  const before = /!(?:<[^>]*>|[^\s]*)\s*$/.exec(text.slice(Math.max(0, valueOffset - 200), valueOffset));
  return before === null ? valueOffset : valueOffset - before[0].length;
}

/** What the tags of YAML's own collections and scalars make of a value. */
const KNOWN = texts('yaml tag kinds', {
  en: { '!!set': 'a set', '!!omap': 'an ordered map', '!!pairs': 'a list of pairs', '!!binary': 'binary data', '!!timestamp': 'a timestamp' } as Readonly<Record<string, string>>,
  nl: { '!!set': 'een verzameling', '!!omap': 'een geordende map', '!!pairs': 'een lijst van paren', '!!binary': 'binaire gegevens', '!!timestamp': 'een tijdstempel' } as Readonly<Record<string, string>>,
});

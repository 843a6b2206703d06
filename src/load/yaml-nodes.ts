import { Alias, type Document, type Node, type Scalar } from 'yaml';

/** Something wrong with one node of a YAML document: where to point, and what to say. */
export interface NodeProblem {
  readonly node: Node;
  readonly message: string;
  readonly hint?: string;
}

/** A node itself, or for an alias the node it stands for. */
export function resolveNode(doc: Document, node: unknown): Node | undefined {
  if (node instanceof Alias) return resolveNode(doc, node.resolve(doc));
  return (node ?? undefined) as Node | undefined;
}

/**
 * The name a scalar key gets in the loaded map, as `yaml` turns keys into text:
 * `2021`, `"2021"`, `2021.0` and `0x7E5` all become "2021", and an empty key "".
 */
export function keyName(key: Scalar | null): string {
  return key === null || key.value === null ? '' : String(key.value);
}

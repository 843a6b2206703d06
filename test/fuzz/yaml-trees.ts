import fc from 'fast-check';
import { parse, stringify } from 'yaml';

// Structure-aware edits: a tiny example file parsed, one node replaced, renamed or removed,
// and written back as YAML. These get past the syntax checks that most text edits trip.

export type TreeEdit =
  | { readonly op: 'replace'; readonly node: number; readonly value: unknown }
  | { readonly op: 'remove'; readonly node: number }
  | { readonly op: 'rename'; readonly node: number; readonly to: string };

type Path = readonly (string | number)[];

/** The fields the loaders know, to make random maps look a little like input files. */
export const KNOWN_KEYS = [
  'region', 'horizon', 'start', 'end', 'discount_rate', 'baseline', 'work_forms', 'population', 'outflow_rate', 'bands', 'aow_schedule',
  'indices', 'parameters', 'values', 'index', 'unit', 'models', 'lines', 'id', 'label', 'kind', 'driver', 'amount', 'level', 'of',
  'configurations', 'organisations', 'model', 'members', 'municipalities', 'municipality', 'employees', 'inhabitants', 'cbs_code',
  'extends', 'set', 'uncertainty', 'description', 'years', 'allocation', 'volume_elasticity', 'work_forms', '2021', '2030',
];

/** Values of every kind, with the edge cases of the input files among them. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 0, -1, -0, 1e308, Number.NaN, Infinity, -Infinity, 2021, 1899, 2201, 0.5, 1.5, 1e20, '', 'gr', 'noord', '2021-02-30', [], {}),
  fc.anything({ maxDepth: 2, maxKeys: 4, withBigInt: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true }),
  fc.dictionary(fc.constantFrom(...KNOWN_KEYS), fc.anything({ maxDepth: 2, maxKeys: 3 }), { maxKeys: 4 }),
);

export const treeEdit: fc.Arbitrary<TreeEdit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('replace' as const), node: fc.nat({ max: 10_000 }), value: anyValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), node: fc.nat({ max: 10_000 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), node: fc.nat({ max: 10_000 }), to: fc.oneof(fc.constantFrom(...KNOWN_KEYS), fc.string({ maxLength: 8 })) }) },
);

/** Every path to a node of a plain YAML value, parents before children. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

/** Applies the edits to the parsed text and writes it back as YAML. */
export function editTree(text: string, edits: readonly TreeEdit[]): string {
  let tree: unknown = parse(text);
  for (const edit of edits) tree = applyTreeEdit(tree, edit);
  return stringify(tree) ?? '';
}

function applyTreeEdit(tree: unknown, edit: TreeEdit): unknown {
  const paths = pathsOf(tree);
  const path = paths[edit.node % paths.length] ?? [];
  const key = path.at(-1);
  if (key === undefined) return edit.op === 'replace' ? edit.value : tree; // the root: only replaced
  const parent = path.slice(0, -1).reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], tree) as Record<string | number, unknown>;
  if (edit.op === 'replace') parent[key] = edit.value;
  else if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (edit.op === 'remove') delete parent[key];
  else {
    parent[edit.to] = parent[key];
    if (edit.to !== key) delete parent[key];
  }
  return tree;
}

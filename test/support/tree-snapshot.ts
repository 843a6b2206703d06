import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every file of the working tree with its size and time of change, so that the suite can
// prove that it left the tree as it found it. It includes ignored folders such as `reports/`
// and `dist/`, which git status would not show file by file.

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Folders that are not the project's files, or that tools rewrite during any run. */
const SKIPPED = new Set(['.git', 'node_modules']);

/** Path (relative to the project) → size and time of change. */
export type Snapshot = Map<string, string>;

/** Every file under `folder`, but for .git and node_modules. */
export function snapshot(folder: string, into: Snapshot = new Map()): Snapshot {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      snapshot(path, into);
    } else {
      const stat = statSync(path, { throwIfNoEntry: false });
      into.set(relative(ROOT, path), stat === undefined ? 'gone' : `${stat.size} ${stat.mtimeMs}`);
    }
  }
  return into;
}

/** What differs between two snapshots, one line per file. */
export function treeChanges(before: Snapshot, after: Snapshot): string[] {
  const added = [...after.keys()].filter((p) => !before.has(p)).map((p) => `added ${p}`);
  const removed = [...before.keys()].filter((p) => !after.has(p)).map((p) => `removed ${p}`);
  const changed = [...after].filter(([p, s]) => before.has(p) && before.get(p) !== s).map(([p]) => `changed ${p}`);
  return [...added, ...removed, ...changed];
}

import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of this program's package.json: the project checkout, or the installed package. */
function packageRoot(): string {
  return dirname(fileURLToPath(new URL('../../package.json', import.meta.url)));
}

/** Whether `path` is `folder` or lies inside it. */
function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * How a user starts this program from `cwd`, as a command that works when typed there:
 * - inside the project (the folder of its package.json, or below it) and inside a project
 *   that has it installed in its `node_modules`: `npx soweco-bc` (npx finds the nearest
 *   package.json upwards and runs its own bin or its dependency's);
 * - installed elsewhere (globally, `npm install -g`): `soweco-bc`, which is on the PATH;
 * - otherwise (a checkout run from outside it): `node <its bin>`.
 */
export function ownCommand(cwd: string, root: string = packageRoot()): string {
  const installedIn = root.split(sep).lastIndexOf('node_modules');
  if (installedIn < 0) return inside(cwd, root) ? 'npx soweco-bc' : `node ${quoted(resolve(root, 'bin', 'soweco-bc.js'))}`;
  const project = root.split(sep).slice(0, installedIn).join(sep) || sep;
  return inside(cwd, project) ? 'npx soweco-bc' : 'soweco-bc';
}

/** A path as a shell reads it back as one word: in single quotes if it holds anything but plain characters. */
export function quoted(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}

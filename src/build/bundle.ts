import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

// Run by `npm run build`, after tsc: joins the compiled modules that a command loads into a
// few files in dist/bundle/, which bin/soweco-bc.js starts from. Node loads an ES module
// file by file (resolve, read, compile each): the ~280 small modules of `run --json` (zod
// alone is 95 of them) cost more to load than the few large files they become here.
// Each command and each report stays a file of its own (a dynamic import is a chunk), so
// that `--help` still loads no engine and `run --json` no workbook code.

/**
 * The packages that every command but --help loads as it starts: bundled with our code.
 * Every other package stays a package of node_modules, loaded as before: the report
 * libraries (exceljs, docx, echarts, resvg with its native module, jszip), the prompts and
 * the numerics of `calibrate` are large, loaded only by the commands that need them, and
 * some of them find their own files at run time.
 */
const BUNDLED = new Set(['zod', 'yaml', 'decimal.js', 'csv-parse', 'commander', 'chalk']);

/** A package's name from an import specifier: `zod/v4/core` → `zod`, `@scope/name/x` → `@scope/name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] ?? specifier;
}

/**
 * Whether an import stays an import: Node's own modules, and packages not in {@link BUNDLED}.
 * A relative or absolute path, or a package's own import map (`#ansi-styles` in chalk), is
 * a file of the importer's package.
 */
function external(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  if (/^[./#]/.test(specifier)) return false;
  return !BUNDLED.has(packageName(specifier));
}

const dist = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const out = dist('bundle');
rmSync(out, { recursive: true, force: true });
await build({
  // the worker threads start from files of their own, found next to the chunk that starts them
  // (`new URL('./worker.js', import.meta.url)`): all chunks are in one folder
  input: { main: dist('cli/main.js'), worker: dist('app/batch/worker.js'), 'simulation-worker': dist('app/simulation-worker.js') },
  platform: 'node',
  external,
  logLevel: 'warn',
  output: { dir: out, format: 'esm', sourcemap: true },
});

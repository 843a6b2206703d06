import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type InputOptions, type Plugin } from 'rolldown';

// Run by `npm run build`, after tsc: joins the compiled modules and the packages they use
// into a few files in dist/bundle/, which bin/soweco-bc.js starts from. Node loads an ES
// module or a CommonJS file one by one (resolve, read, compile each): `run --json` loaded
// some 280 modules (zod alone 95), a council summary echarts' hundreds; joined, the same
// code loads in a fraction of the time (echarts ~0.6 s → ~0.1 s of CPU, in every thread that
// writes one). A workbook loads no library of note: its writer is the program's own
// (src/report/workbook/book-parts.ts). Each command and each report stays a chunk of its own (a dynamic import is a
// chunk), so that `--help` still loads no engine and `run --json` no workbook code.

/**
 * The packages left as packages of node_modules, loaded as before. resvg finds its native
 * module (a `.node` file for the platform) at run time, which a bundle cannot hold.
 */
const UNBUNDLED = new Set(['@resvg/resvg-js']);

/** A package's name from an import specifier: `zod/v4/core` → `zod`, `@scope/name/x` → `@scope/name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] ?? specifier;
}

/**
 * Whether an import stays an import: Node's own modules (also written without `node:`, as
 * CommonJS packages do), and the packages of {@link UNBUNDLED}. A relative or absolute path,
 * or a package's own import map (`#ansi-styles` in chalk), is a file of the importer's package.
 */
function external(specifier: string): boolean {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return true;
  if (/^[./#]/.test(specifier)) return false;
  return UNBUNDLED.has(packageName(specifier));
}

/**
 * commander requires node:child_process when it loads, for subcommands that are programs of
 * their own, which this command line has none of: that module costs every command some 2.5 ms
 * of CPU at start-up. Its one use, `spawn`, then requires it when called. The build stops
 * where commander's source no longer reads as expected, rather than bundle it unchanged.
 */
let commanderSeen = false;
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process-in-commander',
  buildEnd() {
    if (!commanderSeen) throw new Error("commander's lib/command.js was not bundled: look again at lazyChildProcess");
  },
  transform(code, id) {
    if (!/[\\/]commander[\\/]lib[\\/]command\.js$/.test(id)) return null;
    const eager = "const childProcess = require('node:child_process');";
    const uses = code.match(/childProcess\.\w+/g) ?? [];
    if (!code.includes(eager) || uses.some((u) => u !== 'childProcess.spawn')) {
      throw new Error(`commander's ${id} no longer requires node:child_process as bundle.ts expects: look again at lazyChildProcess`);
    }
    commanderSeen = true;
    return code.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };");
  },
};

const dist = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const out = dist('bundle');
rmSync(out, { recursive: true, force: true });
const shared: InputOptions = { platform: 'node', external, logLevel: 'warn' };
// The command line, as CommonJS chunks (`.cjs`): bin/soweco-bc.js compiles them with V8's code
// cache (code-cache.ts), which V8 takes for a script only. No source maps: Node reads them only
// with --enable-source-maps; a chunk names each module it holds in a comment.
await build({
  ...shared,
  plugins: [lazyChildProcess],
  input: { main: dist('cli/main.js') },
  output: { dir: out, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
});
// The worker threads, as ES modules (they wait with a top-level await, which CommonJS has not),
// started from files of their own, found next to the chunk that starts them
// (`new URL('./worker.js', import.meta.url)`): all chunks are in one folder. And the loader of
// the code cache, which bin/soweco-bc.js imports before the command line.
await build({
  ...shared,
  input: { worker: dist('app/batch/worker.js'), 'simulation-worker': dist('app/simulation-worker.js'), 'code-cache': dist('build/code-cache.js') },
  output: { dir: out, format: 'esm' },
});
// the code cache of the commands run most, written by running them once
execFileSync(process.execPath, [dist('build/warm-code-cache.js')], { stdio: 'inherit' });

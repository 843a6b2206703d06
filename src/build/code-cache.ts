import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

// The program's own chunks (dist/bundle/*.cjs, src/build/bundle.ts) are compiled with V8's
// code cache: the bytecode of every function a build's warm-up ran (build/warm-code-cache.ts),
// kept next to each chunk. Compiling the chunks' source takes a short command (`validate`,
// `run --json`) some 60 ms of CPU; reading the bytecode a fraction of that. Node 20 keeps no
// code cache of its own (module.enableCompileCache came with Node 22), and V8 takes one only
// for a script, not for an ES module: so these chunks are CommonJS, loaded here.

/** A chunk's code cache: its file name with this after it. */
export const CACHE_SUFFIX = '.v8-cache';

/** A chunk compiled while loading, whose code cache can be written once it has run. */
export interface CompiledChunk {
  readonly filename: string;
  readonly script: Script;
}

/**
 * Requires `entry`, a CommonJS chunk of the program, compiling it and every `.cjs` chunk of
 * its folder that it requires with the code cache beside it, where there is one. V8 checks
 * that a cache fits the source and the V8 version and flags it is run with, and compiles the
 * source as usual where it does not (a cache is only ever a shortcut: Node started with other
 * V8 flags, such as `--max-old-space-size`, compiles every chunk). The chunks compiled
 * are added to `compiled`, when given.
 */
export function requireWithCodeCache(entry: string, compiled?: CompiledChunk[]): unknown {
  const require = createRequire(entry);
  const folder = dirname(entry);
  const plain = require.extensions['.js'];
  require.extensions['.cjs'] = (module, filename) => {
    if (dirname(filename) !== folder) return plain(module, filename);
    // no import() in these chunks: a script's import() needs Node's experimental loader (and
    // prints its warning); the one package left unbundled, resvg, is required instead
    const script = new Script(wrap(readFileSync(filename, 'utf8')), { filename, cachedData: cacheOf(filename) });
    compiled?.push({ filename, script });
    const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;
    run.call(module.exports, module.exports, createRequire(filename), module, filename, folder);
  };
  return require(entry);
}

/** Writes the code cache of each chunk compiled, with the bytecode of every function run so far. */
export function writeCodeCaches(compiled: readonly CompiledChunk[]): void {
  for (const { filename, script } of compiled) writeFileSync(`${filename}${CACHE_SUFFIX}`, script.createCachedData());
}

/** A CommonJS module's source as Node wraps it: the function its loader calls. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

/** The code cache of a chunk; none for a build without one (a plain `tsc` and bundle). */
function cacheOf(filename: string): Buffer | undefined {
  try {
    return readFileSync(`${filename}${CACHE_SUFFIX}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

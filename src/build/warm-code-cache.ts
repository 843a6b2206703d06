import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Io } from '../cli/terminal.js';
import { requireWithCodeCache, writeCodeCaches, type CompiledChunk } from './code-cache.js';

// Run by `npm run build` (src/build/bundle.ts), in a process of its own, as the program runs:
// loads the command line's chunks, runs the short commands whose time is mostly start-up
// (`validate`, `run --json` and `--help` on a shipped scenario) once, and writes the code cache
// of each chunk, which then holds the bytecode of every function they ran. A function that
// none of them ran is compiled from its source when it first runs, as without a cache.

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const scenario = file('../../scenarios/almelo.yaml');
const nowhere = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const io: Io = { stdin: process.stdin, stdout: nowhere(), stderr: nowhere(), env: {} };

const compiled: CompiledChunk[] = [];
const { main } = requireWithCodeCache(file('../bundle/main.cjs'), compiled) as { main: (argv: readonly string[], io: Io) => Promise<number> };
for (const argv of [['validate', scenario], ['run', scenario, '--json'], ['--help']]) {
  const code = await main(argv, io);
  if (code !== 0) throw new Error(`warming the code cache: \`${argv.join(' ')}\` ended with exit code ${code}`);
}
writeCodeCaches(compiled);

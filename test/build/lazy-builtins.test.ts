import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Node's modules that a short command never uses are not loaded by it: node:child_process
// (commander's, for subcommands that are programs of their own: src/build/bundle.ts) and
// node:crypto (the inputs' SHA-256, which only reports list: src/load/input-file.ts). Each
// costs a process some milliseconds to load; `run` hashes its inputs and loads crypto then.
const root = fileURLToPath(new URL('../../', import.meta.url));

const child = `
import { Writable } from 'node:stream';
import { requireWithCodeCache } from './dist/bundle/code-cache.js';
const { main } = requireWithCodeCache(process.cwd() + '/dist/bundle/main.cjs');
const nowhere = () => new Writable({ write: (_c, _e, done) => done() });
const code = await main(process.argv.slice(1), { stdin: process.stdin, stdout: nowhere(), stderr: nowhere(), env: {} });
const loaded = (m) => process.moduleLoadList.includes('NativeModule ' + m);
process.stdout.write(JSON.stringify({ code, childProcess: loaded('child_process'), crypto: loaded('crypto') }));
`;

function modulesOf(...argv: string[]): { code: number; childProcess: boolean; crypto: boolean } {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', child, ...argv], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH } });
  return JSON.parse(out) as { code: number; childProcess: boolean; crypto: boolean };
}

describe("the command line's start-up", () => {
  it('loads neither node:child_process nor node:crypto for validate', () => {
    expect(modulesOf('validate', 'scenarios/almelo.yaml')).toEqual({ code: 0, childProcess: false, crypto: false });
  });

  it('loads node:crypto where a run lists its inputs with their SHA-256', () => {
    expect(modulesOf('run', 'test/fixtures/tiny/noord.yaml', '--json')).toMatchObject({ code: 0, crypto: true });
  });
});

import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { testDir } from '../support/testdir.js';

// The build writes V8's code cache beside the command line's chunks (src/build/code-cache.ts).
// A cache that V8 refuses costs nothing but its use: it must fit the chunks and the Node the
// program runs with (as `node bin/soweco-bc.js` starts it, without flags).
const root = fileURLToPath(new URL('../../', import.meta.url));

const child = `
import { Writable } from 'node:stream';
import { basename } from 'node:path';
import { requireWithCodeCache } from './dist/bundle/code-cache.js';
const compiled = [];
const { main } = requireWithCodeCache(process.cwd() + '/dist/bundle/main.cjs', compiled);
const nowhere = () => new Writable({ write: (_c, _e, done) => done() });
const code = await main(['validate', 'scenarios/almelo.yaml'], { stdin: process.stdin, stdout: nowhere(), stderr: nowhere(), env: {} });
process.stdout.write(JSON.stringify({ code, chunks: compiled.map((c) => [basename(c.filename), c.script.cachedDataRejected]) }));
`;

describe('the code cache of the command line', () => {
  it('is taken by V8 for every chunk that validate loads', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', child], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH } });
    const { code, chunks } = JSON.parse(out) as { code: number; chunks: [string, boolean | undefined][] };
    expect(code).toBe(0);
    expect(chunks.map(([name]) => name)).toContain('main.cjs');
    expect(chunks.some(([name]) => name.startsWith('load-'))).toBe(true);
    // false: a cache was there, and V8 took it (undefined: there was none; true: refused)
    expect(chunks.filter(([, rejected]) => rejected !== false)).toEqual([]);
  });
});

describe('the command line compiled as scripts', () => {
  it('writes a Word summary (resvg, the one package left unbundled) without a warning from Node', () => {
    const dir = testDir();
    const { code, stderr } = runCli(['batch', join(root, 'test/fixtures/tiny/regio.yaml'), '--out', dir, '--jobs', '1']);
    expect(code, stderr).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.docx'))).not.toEqual([]);
    // a script's import() would print `(node:PID) ExperimentalWarning: vm.USE_MAIN_CONTEXT_DEFAULT_LOADER …`
    expect(stderr).toMatch(/^\[1\/4\] /m);
    expect(stderr).not.toMatch(/^\(node:\d+\)|Warning:/m);
  });
});

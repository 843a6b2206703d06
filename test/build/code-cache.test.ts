import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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

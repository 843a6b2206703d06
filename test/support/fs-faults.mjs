// A preload for the real CLI (`NODE_OPTIONS=--import <this file>`) that makes the file system
// misbehave the way real ones do, for tests of what soweco-bc promises when that happens. It
// touches only files whose name ends in `.tmp` (the temporary files of reports), so that the
// inputs, stdout and stderr work as usual. Set by environment variables (see faultsEnv in
// fs-faults.ts):
//   SOWECO_TEST_DISK_FREE  bytes that fit on the "disk": after them a write is cut short, and
//                          the next one fails with ENOSPC, as Linux does on a full disk
//   SOWECO_TEST_WRITE_CHUNK  the most one writeSync call writes (a legal short write)
//   SOWECO_TEST_PAUSE_BEFORE_RENAME  a folder: before the first temporary file is renamed into
//                          place, write its path to <folder>/paused and wait until the test
//                          creates <folder>/go (so that another run can be started meanwhile)
import fs from 'node:fs';
import { join } from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const env = process.env;
const number = (name) => (env[name] === undefined ? undefined : Number(env[name]));
let free = number('SOWECO_TEST_DISK_FREE');
const chunk = number('SOWECO_TEST_WRITE_CHUNK');

/** The file descriptors of temporary files, opened through openSync. */
const temporary = new Set();
const original = { openSync: fs.openSync, closeSync: fs.closeSync, writeSync: fs.writeSync, renameSync: fs.renameSync };
let pause = env.SOWECO_TEST_PAUSE_BEFORE_RENAME;

fs.openSync = function openSync(path, ...rest) {
  const fd = original.openSync.call(this, path, ...rest);
  if (String(path).endsWith('.tmp')) temporary.add(fd);
  return fd;
};

fs.closeSync = function closeSync(fd) {
  temporary.delete(fd);
  return original.closeSync.call(this, fd);
};

fs.writeSync = function writeSync(fd, buffer, offset, length, position) {
  if (!temporary.has(fd) || typeof buffer === 'string') return original.writeSync.apply(this, arguments);
  const start = offset ?? 0;
  let count = length ?? buffer.byteLength - start;
  if (chunk !== undefined) count = Math.min(count, chunk);
  if (free !== undefined) {
    if (free <= 0 && count > 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    count = Math.min(count, free);
    free -= count;
  }
  return original.writeSync.call(this, fd, buffer, start, count, position);
};

fs.renameSync = function renameSync(from, to) {
  if (pause !== undefined && String(from).endsWith('.tmp')) {
    const folder = pause;
    pause = undefined;
    fs.writeFileSync(join(folder, 'paused'), String(from));
    waitFor(join(folder, 'go'));
  }
  return original.renameSync.call(this, from, to);
};

/** Blocks this thread (as a slow disk would) until the file exists; at most two minutes. */
function waitFor(path) {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + 120_000;
  while (!fs.existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`fs-faults: ${path} never came`);
    Atomics.wait(cell, 0, 0, 20);
  }
}

syncBuiltinESMExports();

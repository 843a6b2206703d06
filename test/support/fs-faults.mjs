// A preload for the real CLI (`NODE_OPTIONS=--import <this file>`) that makes the file system
// misbehave the way real ones do, for tests of what soweco-bc promises when that happens. It
// touches only files whose name ends in `.tmp` (the temporary files of reports), so that the
// inputs, stdout and stderr work as usual. Set by environment variables (see faultsEnv in
// fs-faults.ts):
//   SOWECO_TEST_DISK_FREE  bytes that fit on the "disk": after them a write is cut short, and
//                          the next one fails with ENOSPC, as Linux does on a full disk
//   SOWECO_TEST_WRITE_CHUNK  the most one writeSync call writes (a legal short write)
//   SOWECO_TEST_STDOUT_FREE  the same as SOWECO_TEST_DISK_FREE, for standard output (fd 1)
//                          when it is redirected to a file
//   SOWECO_TEST_PAUSE_BEFORE_RENAME  a folder: before the first temporary file is renamed into
//                          place, write its path to <folder>/paused and wait until the test
//                          creates <folder>/go (so that another run can be started meanwhile)
//   SOWECO_TEST_SWAP_TO_FIFO  a file: right after it is found to be a regular file (statSync),
//                          replace it by a named pipe, as a race between the check and the open would
//   SOWECO_TEST_WATCH      a folder of input files: every thread appends `<thread id> read <path>`
//                          to SOWECO_TEST_READ_LOG for each file under it that it opens or reads,
//                          and `<thread id> started` when it starts
//   SOWECO_TEST_EDIT_ON_WORKER  when the first worker thread is created (after the main thread
//                          loaded the inputs), append a comment line to every .yaml file under
//                          SOWECO_TEST_WATCH, as a person editing them during a batch would
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { join, resolve, sep } from 'node:path';
import workerThreads from 'node:worker_threads';
import { syncBuiltinESMExports } from 'node:module';

const env = process.env;
const number = (name) => (env[name] === undefined ? undefined : Number(env[name]));
let free = number('SOWECO_TEST_DISK_FREE');
let stdoutFree = number('SOWECO_TEST_STDOUT_FREE');
const chunk = number('SOWECO_TEST_WRITE_CHUNK');

/** The file descriptors of temporary files, opened through openSync. */
const temporary = new Set();
const original = { openSync: fs.openSync, closeSync: fs.closeSync, writeSync: fs.writeSync, renameSync: fs.renameSync };
let pause = env.SOWECO_TEST_PAUSE_BEFORE_RENAME;
const watched = env.SOWECO_TEST_WATCH === undefined ? undefined : resolve(env.SOWECO_TEST_WATCH) + sep;
const readLog = env.SOWECO_TEST_READ_LOG;

/** Notes in the log that this thread touched a watched input file. */
function noteRead(path) {
  if (watched === undefined || readLog === undefined || typeof path !== 'string' || !resolve(path).startsWith(watched)) return;
  fs.appendFileSync(readLog, `${workerThreads.threadId} read ${resolve(path)}\n`);
}
if (watched !== undefined && readLog !== undefined) fs.appendFileSync(readLog, `${workerThreads.threadId} started\n`);

let swap = env.SOWECO_TEST_SWAP_TO_FIFO === undefined ? undefined : resolve(env.SOWECO_TEST_SWAP_TO_FIFO);
const originalStatSync = fs.statSync;
fs.statSync = function statSync(path, ...rest) {
  const stat = originalStatSync.call(this, path, ...rest);
  if (swap !== undefined && typeof path === 'string' && resolve(path) === swap && stat?.isFile()) {
    fs.rmSync(swap);
    execFileSync('mkfifo', [swap]);
    swap = undefined;
  }
  return stat;
};

const originalReadFileSync = fs.readFileSync;
fs.readFileSync = function readFileSync(path, ...rest) {
  noteRead(path);
  return originalReadFileSync.call(this, path, ...rest);
};

if (env.SOWECO_TEST_EDIT_ON_WORKER !== undefined && workerThreads.isMainThread) {
  const OriginalWorker = workerThreads.Worker;
  let edited = false;
  workerThreads.Worker = class extends OriginalWorker {
    constructor(...args) {
      if (!edited) {
        edited = true;
        for (const entry of fs.readdirSync(watched, { recursive: true })) {
          if (/\.ya?ml$/.test(String(entry))) fs.appendFileSync(join(watched, String(entry)), '\n# edited during the batch\n');
        }
      }
      super(...args);
    }
  };
}

fs.openSync = function openSync(path, ...rest) {
  noteRead(path);
  const fd = original.openSync.call(this, path, ...rest);
  if (String(path).endsWith('.tmp')) temporary.add(fd);
  return fd;
};

fs.closeSync = function closeSync(fd) {
  temporary.delete(fd);
  return original.closeSync.call(this, fd);
};

fs.writeSync = function writeSync(fd, buffer, offset, length, position) {
  const toStdout = fd === 1 && stdoutFree !== undefined;
  if ((!temporary.has(fd) && !toStdout) || typeof buffer === 'string') return original.writeSync.apply(this, arguments);
  const start = offset ?? 0;
  let count = length ?? buffer.byteLength - start;
  if (chunk !== undefined) count = Math.min(count, chunk);
  const budget = toStdout ? stdoutFree : free;
  if (budget !== undefined) {
    if (budget <= 0 && count > 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    count = Math.min(count, budget);
    if (toStdout) stdoutFree -= count;
    else free -= count;
  }
  return original.writeSync.call(this, fd, buffer, start, count, position);
};

fs.renameSync = function renameSync(from, to) {
  if (pause !== undefined && String(from).endsWith('.tmp')) {
    const folder = pause;
    pause = undefined;
    // written whole, then renamed: a test that sees `paused` must never read it half written
    fs.writeFileSync(join(folder, 'paused.part'), String(from));
    original.renameSync.call(fs, join(folder, 'paused.part'), join(folder, 'paused'));
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

// npm run bench: median wall-clock times of the real CLI, printed, never asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/soweco-bc.js');

function cli(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`soweco-bc ${args.join(' ')} failed:\n${result.stderr}`);
  return seconds;
}

function median(args, runs) {
  cli(args); // warm the file cache
  const times = Array.from({ length: runs }, () => cli(args)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const work = mkdtempSync(join(tmpdir(), 'soweco-bc-bench-'));
try {
  cli(['generate', join(work, 'large'), '--municipalities', '40', '--employees', '20000']);
  const cases = [
    ['soweco-bc --help', ['--help'], 9, 0.3],
    ['run scenarios/almelo.yaml --json (Soweco region)', ['run', 'scenarios/almelo.yaml', '--json'], 9, 0.5],
    ['run --json, 40 municipalities, 20,000 employees', ['run', join(work, 'large/gemeente-001.yaml'), '--json'], 5, 5],
    ['run scenarios/almelo.yaml, writing the workbook', ['run', 'scenarios/almelo.yaml', '--out', join(work, 'reports')], 7, 1],
  ];
  console.log(`soweco-bc benchmark (node ${process.version}, median of repeated runs)\n`);
  for (const [name, args, runs, target] of cases) {
    const t = median(args, runs);
    console.log(`${name.padEnd(52)} ${t.toFixed(3).padStart(7)} s   target < ${target} s  ${t < target ? 'ok' : 'SLOW'}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// npm run bench: median wall-clock times (and peak memory) of the real CLI, printed, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/soweco-bc.js');
// GNU time reports the peak resident memory of the process and its threads
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function cli(args) {
  const start = process.hrtime.bigint();
  const command = gnuTime ? [gnuTime, '-f', 'peak-kb %M', process.execPath, bin, ...args] : [process.execPath, bin, ...args];
  const result = spawnSync(command[0], command.slice(1), { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`soweco-bc ${args.join(' ')} failed:\n${result.stderr}`);
  const peak = /peak-kb (\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMb: peak === undefined ? undefined : Number(peak) / 1024 };
}

function median(args, runs) {
  if (runs > 1) cli(args); // warm the file cache
  const results = Array.from({ length: runs }, () => cli(args)).sort((a, b) => a.seconds - b.seconds);
  return results[Math.floor(results.length / 2)];
}

const work = mkdtempSync(join(tmpdir(), 'soweco-bc-bench-'));
try {
  cli(['generate', join(work, 'large'), '--municipalities', '40', '--employees', '20000']);
  cli(['generate', join(work, 'national'), '--municipalities', '340', '--employees', '80000']);
  const cases = [
    ['soweco-bc --help', ['--help'], 9, 0.3],
    ['run scenarios/almelo.yaml --json (Soweco region)', ['run', 'scenarios/almelo.yaml', '--json'], 9, 0.5],
    ['run --json, 40 municipalities, 20,000 employees', ['run', join(work, 'large/gemeente-001.yaml'), '--json'], 5, 5],
    ['run scenarios/almelo.yaml, writing the workbook', ['run', 'scenarios/almelo.yaml', '--out', join(work, 'reports')], 7, 1],
    ['batch scenarios/regio-soweco.yaml (7 workbooks, 7 summaries)', ['batch', 'scenarios/regio-soweco.yaml', '--out', join(work, 'soweco')], 5, 3],
    ['risk scenarios/regio-soweco.yaml --iterations 10000 (whole region)', ['risk', 'scenarios/regio-soweco.yaml', '--iterations', '10000', '--json'], 3, 10],
    ['batch, 340 municipalities, 80,000 employees', ['batch', join(work, 'national/regio.yaml'), '--out', join(work, 'national-reports')], 1, 60, 1536],
  ];
  console.log(`soweco-bc benchmark (node ${process.version}, median of repeated runs)\n`);
  for (const [name, args, runs, target, memoryTarget] of cases) {
    const { seconds, peakMb } = median(args, runs);
    const memory = memoryTarget === undefined || peakMb === undefined ? '' : `   peak ${peakMb.toFixed(0)} MB (target < ${memoryTarget} MB) ${peakMb < memoryTarget ? 'ok' : 'HIGH'}`;
    console.log(`${name.padEnd(62)} ${seconds.toFixed(3).padStart(7)} s   target < ${target} s  ${seconds < target ? 'ok' : 'SLOW'}${memory}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

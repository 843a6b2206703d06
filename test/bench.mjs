// npm run bench: median wall-clock times (and peak memory) of the real CLI, printed, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * A synthetic region whose first municipality has an employee CSV of `rows` people (far
 * more than any real one), written row by row with a fixed seed.
 */
function regionWithLargeCsv(dir, rows) {
  cli(['generate', dir, '--municipalities', '4', '--employees', '2000']);
  const forms = ['beschut_binnen', 'groepsdetachering', 'individuele_detachering', 'begeleid_werken'];
  let seed = 7;
  const random = (n) => Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 * n);
  const pad = (n) => String(n).padStart(2, '0');
  const lines = ['id,birth_date,fte,work_form,se_weight'];
  for (let i = 0; i < rows; i++) {
    const birth = `${1956 + random(44)}-${pad(1 + random(12))}-${pad(1 + random(28))}`;
    lines.push(`E${String(i).padStart(6, '0')},${birth},${['0.5', '0.8', '0.9', '1'][random(4)]},${forms[random(4)]},${random(5) === 0 ? '1.25' : ''}`);
  }
  writeFileSync(join(dir, 'data/gemeente-001.csv'), `${lines.join('\n')}\n`);
  return join(dir, 'gemeente-001.yaml');
}

const work = mkdtempSync(join(tmpdir(), 'soweco-bc-bench-'));
try {
  cli(['generate', join(work, 'large'), '--municipalities', '40', '--employees', '20000']);
  cli(['generate', join(work, 'national'), '--municipalities', '340', '--employees', '80000', '--inflow']);
  const largeCsv = regionWithLargeCsv(join(work, 'large-csv'), 100_000);
  const cases = [
    ['soweco-bc --help', ['--help'], 9, 0.3],
    ['run scenarios/almelo.yaml --json (Soweco region)', ['run', 'scenarios/almelo.yaml', '--json'], 9, 0.5],
    ['run --json, 40 municipalities, 20,000 employees', ['run', join(work, 'large/gemeente-001.yaml'), '--json'], 5, 5],
    ['validate, an employee CSV of 100,000 rows', ['validate', largeCsv], 3, 5, 600],
    ['run --json, an employee CSV of 100,000 rows', ['run', largeCsv, '--json'], 3, 5, 600],
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

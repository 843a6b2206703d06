// npm run bench: whole processes of the real CLI timed (wall clock, CPU, peak memory), printed, never asserted.
//
// The targets of issue 16 are ratios to other programs on the same machine, measured side by
// side in one run: the two processes of a pair alternate (a, b, a, b, …) so that a machine
// that gets busier or quieter meanwhile weighs on both alike, and each side's median counts.
// `node bench.mjs --with-tests` also times `npm test` (some three minutes; left out by default).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/soweco-bc.js');
const withTests = process.argv.includes('--with-tests');
// GNU time reports the CPU time and peak resident memory of the process and its threads
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command once: its wall-clock seconds, and where GNU time is there its CPU seconds (user + system) and peak memory. */
function timed(command, args, what) {
  const start = process.hrtime.bigint();
  const [file, ...rest] = gnuTime ? [gnuTime, '-f', 'bench-time %U %S %M', command, ...args] : [command, ...args];
  const result = spawnSync(file, rest, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${what} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  const measured = /bench-time (\S+) (\S+) (\d+)/.exec(result.stderr ?? '');
  return measured === null
    ? { seconds }
    : { seconds, cpu: Number(measured[1]) + Number(measured[2]), peakMb: Number(measured[3]) / 1024 };
}

const cli = (args) => ({ name: `soweco-bc ${args[0]}`, run: () => timed(process.execPath, [bin, ...args], `soweco-bc ${args.join(' ')}`) });
const bareNode = { name: 'node -e 0', run: () => timed(process.execPath, ['-e', '0'], 'node -e 0') };

function median(values) {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.floor(sorted.length / 2)];
}

/** The medians of `runs` runs of a job (after one run that warms the file cache when runs > 1). */
function medianOf(job, runs) {
  if (runs > 1) job.run();
  const results = Array.from({ length: runs }, () => job.run());
  return {
    seconds: median(results.map((r) => r.seconds)),
    cpu: median(results.map((r) => r.cpu)),
    peakMb: median(results.map((r) => r.peakMb)),
  };
}

/** Two jobs run alternately, `runs` times each after one warming run each: both medians. */
function pairedMedians(a, b, runs) {
  a.run();
  b.run();
  const results = { a: [], b: [] };
  for (let i = 0; i < runs; i++) {
    results.a.push(a.run());
    results.b.push(b.run());
  }
  const medians = (rs) => ({ seconds: median(rs.map((r) => r.seconds)), cpu: median(rs.map((r) => r.cpu)), peakMb: median(rs.map((r) => r.peakMb)) });
  return { a: medians(results.a), b: medians(results.b) };
}

const seconds = (s) => `${s.toFixed(2)} s`;
const cpuOf = (m) => (m.cpu === undefined ? '' : `, CPU ${seconds(m.cpu)}`);

/** One row of the report: the job, what was measured, the target and whether it was met. */
function row(name, measured, target, ok) {
  console.log(`${name.padEnd(64)} ${measured.padEnd(62)} ${target.padEnd(22)} ${ok === undefined ? '' : ok ? 'ok' : 'SLOW'}`);
}

/** A job against a limit in seconds (and in MB of peak memory, where given). */
function absoluteRow(name, measured, limit, memoryLimit) {
  const memory = memoryLimit === undefined || measured.peakMb === undefined ? '' : `, peak ${measured.peakMb.toFixed(0)} MB`;
  const memoryOk = memoryLimit === undefined || measured.peakMb === undefined || measured.peakMb < memoryLimit;
  const target = `< ${limit} s${memoryLimit === undefined ? '' : `, < ${memoryLimit} MB`}`;
  row(name, `${seconds(measured.seconds)}${cpuOf(measured)}${memory}`, target, measured.seconds < limit && memoryOk);
}

/** A pair measured side by side: the ratio of the medians of their wall-clock times against a limit. */
function ratioRow(name, pair, limit) {
  const ratio = pair.a.seconds / pair.b.seconds;
  const cpu = pair.a.cpu === undefined || pair.b.cpu === undefined ? '' : ` (CPU ${seconds(pair.a.cpu)} / ${seconds(pair.b.cpu)})`;
  row(name, `${seconds(pair.a.seconds)} / ${seconds(pair.b.seconds)} = ${ratio.toFixed(2)}×${cpu}`, `ratio < ${limit}`, ratio < limit);
}

/** The machine, so that the figures can be quoted with it. */
function printMachine(libreOffice) {
  const model = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`soweco-bc benchmark: ${model}, ${availableParallelism()} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB, node ${process.version}, ${libreOffice ?? 'LibreOffice not installed'}`);
  console.log('Whole processes, medians of repeated runs; the two sides of a ratio run alternately in one go.\n');
}

/**
 * A synthetic region whose first municipality has an employee CSV of `rows` people (far
 * more than any real one), written row by row with a fixed seed.
 */
function regionWithLargeCsv(dir, rows) {
  cli(['generate', dir, '--municipalities', '4', '--employees', '2000']).run();
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

// LibreOffice 7.4 recalculates an xlsx on load only when its profile says so (as test/support/recalc.ts does)
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** LibreOffice's version line, or undefined where `soffice` is not installed. */
function libreOfficeVersion() {
  const result = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().split('\n')[0] : undefined;
}

/** LibreOffice opening a workbook, recalculating every formula and saving it, with its own profile (warmed by the first run). */
function libreOfficeRecalculating(workbook, dir) {
  mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
  writeFileSync(join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD);
  const args = [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
    '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), workbook];
  return {
    name: 'LibreOffice',
    run: () => {
      const result = timed('soffice', args, 'soffice --convert-to xlsx');
      // soffice exits 0 even when it wrote nothing
      if (readdirSync(join(dir, 'out')).length === 0) throw new Error('LibreOffice wrote no workbook');
      return result;
    },
  };
}

/** The issue's table: each target, a ratio to another program or a limit. */
function targetRows(work, libreOffice) {
  const reports = join(work, 'reports');
  const runWithWorkbook = cli(['run', 'scenarios/almelo.yaml', '--out', reports]);
  if (libreOffice === undefined) {
    row('run almelo.yaml with workbook vs LibreOffice recalculating it', 'LibreOffice not installed', 'ratio < 0.25');
  } else {
    runWithWorkbook.run();
    const workbook = readdirSync(reports).find((f) => f.endsWith('.xlsx'));
    if (workbook === undefined) throw new Error('run wrote no workbook');
    ratioRow('run almelo.yaml with workbook vs LibreOffice recalculating it', pairedMedians(runWithWorkbook, libreOfficeRecalculating(join(reports, workbook), join(work, 'libreoffice')), 5), 0.25);
  }
  ratioRow('run almelo.yaml --json vs node -e 0 (bare start-up)', pairedMedians(cli(['run', 'scenarios/almelo.yaml', '--json']), bareNode, 9), 4);
  ratioRow('validate almelo.yaml vs node -e 0 (bare start-up)', pairedMedians(cli(['validate', 'scenarios/almelo.yaml']), bareNode, 9), 2);
  cli(['generate', join(work, 'national'), '--municipalities', '340', '--employees', '80000', '--inflow']).run();
  absoluteRow('batch, national: 340 municipalities, 80,000 employees', medianOf(cli(['batch', join(work, 'national/regio.yaml'), '--out', join(work, 'national-reports')]), 1), 10, 1024);
  absoluteRow('risk scenarios/regio-soweco.yaml --iterations 100000', medianOf(cli(['risk', 'scenarios/regio-soweco.yaml', '--iterations', '100000', '--json']), 1), 10);
  if (withTests) absoluteRow('npm test', medianOf({ name: 'npm test', run: () => timed('npm', ['test', '--silent'], 'npm test') }, 1), 180);
  else row('npm test', 'not run: npm run bench -- --with-tests', '< 180 s');
}

/** The benchmarks from before the issue, each against its own limit. */
function otherRows(work) {
  cli(['generate', join(work, 'large'), '--municipalities', '40', '--employees', '20000']).run();
  const largeCsv = regionWithLargeCsv(join(work, 'large-csv'), 100_000);
  const cases = [
    ['soweco-bc --help', ['--help'], 9, 0.3],
    ['run --json, 40 municipalities, 20,000 employees', ['run', join(work, 'large/gemeente-001.yaml'), '--json'], 5, 5],
    ['validate, an employee CSV of 100,000 rows', ['validate', largeCsv], 3, 5, 600],
    ['run --json, an employee CSV of 100,000 rows', ['run', largeCsv, '--json'], 3, 5, 600],
    ['run scenarios/almelo.yaml, writing the workbook', ['run', 'scenarios/almelo.yaml', '--out', join(work, 'reports')], 7, 1],
    ['batch scenarios/regio-soweco.yaml (7 workbooks, 7 summaries)', ['batch', 'scenarios/regio-soweco.yaml', '--out', join(work, 'soweco')], 5, 3],
    ['risk scenarios/regio-soweco.yaml --iterations 10000', ['risk', 'scenarios/regio-soweco.yaml', '--iterations', '10000', '--json'], 3, 10],
  ];
  for (const [name, args, runs, limit, memoryLimit] of cases) absoluteRow(name, medianOf(cli(args), runs), limit, memoryLimit);
}

const work = mkdtempSync(join(tmpdir(), 'soweco-bc-bench-'));
try {
  const libreOffice = libreOfficeVersion();
  printMachine(libreOffice);
  row('job', 'median', 'target');
  targetRows(work, libreOffice);
  console.log('');
  otherRows(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}

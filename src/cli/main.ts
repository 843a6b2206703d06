import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UserError } from '../errors.js';
import { readTypedNumber } from '../typed-number.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { printUserError, processIo, type Io } from './terminal.js';
import { versionWithCommit } from './version.js';

// Heavy modules (engine, loaders, later exceljs) are imported inside the actions, so that
// --help and --version start fast.

const EXAMPLES = `
Examples:
  $ soweco-bc run scenarios/almelo.yaml                 summary of every configuration for Almelo
  $ soweco-bc run scenarios/almelo.yaml --json          the full projection as JSON on stdout
  $ soweco-bc run scenarios/almelo.yaml --set rijksbijdrage_per_se.values.2025=25000
                                                        what if the subsidy is lower from 2025?
  $ soweco-bc run scenarios/regio-soweco.yaml           the region's totals
  $ soweco-bc batch scenarios/regio-soweco.yaml         all council reports of the region, in reports/
  $ soweco-bc validate scenarios/regio-soweco.yaml      check every input file, list warnings
  $ soweco-bc compare scenarios/almelo.yaml almelo-krimp.yaml
                                                        what a variant changes: inputs and results
  $ soweco-bc sensitivity scenarios/almelo.yaml         which assumptions matter most (tornado)
  $ soweco-bc risk scenarios/almelo.yaml --iterations 10000 --seed 7
                                                        Monte Carlo: P5/P50/P95, chance cheaper, 80%/90% amounts
  $ soweco-bc solve scenarios/almelo.yaml --config mo --param overhead_mo
                                                        how high may the MO's overhead be and still break even?
  $ soweco-bc what-if scenarios/almelo.yaml             try changes interactively, save them as a variant
  $ soweco-bc init scenarios                            add a municipality to the region, by answering questions
  $ soweco-bc schema --out soweco-bc.schema.json        JSON Schema for completion in editors (README)

Exit codes: 0 ok, 1 invalid input, 2 usage, 3 file I/O, 70 internal error, 130 cancelled (Ctrl-C).`;

/** Set by a command that finished but must still report failure (a batch with a failed job). */
let exitCode: number = EXIT.ok;

function buildProgram(io: Io): Command {
  const program = new Command('soweco-bc');
  // exitOverride and configureOutput must come before the subcommands (excel-notes.md)
  program
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .description('Business case for the execution of the Sheltered Employment Act (WSW) in the Soweco region')
    .version(versionWithCommit(), '-V, --version', 'print the version and the commit it was built from')
    .showHelpAfterError('(run soweco-bc --help for usage)')
    .addHelpText('after', EXAMPLES);
  const lang = new Option('--lang <lang>', 'language of the reports').choices(['nl', 'en']).default('nl');
  program
    .command('run')
    .description('project every execution model for a municipality (or the whole region) and print a summary')
    .argument('<file>', 'a municipality file (or a region file for regional totals)', path)
    .option('--out <dir>', 'folder for the Excel report (with --json: only when given)', path, 'reports')
    .option('--json', 'print the projection as JSON on stdout (methodology §6) and nothing else')
    .option('--protect', 'with --json: keep population figures of groups under 5 people out (null), as the council reports do')
    .addOption(lang)
    .option('--set <path=value>', 'override a parameter, index or setting for this run (repeatable)', collect, [])
    .option('--debug', 'show stack traces of internal errors')
    .action(async (file: string, options: { out: string; json?: boolean; protect?: boolean; lang: 'nl' | 'en'; set: string[] }, command: Command) => {
      const { runCommand } = await import('./commands/run.js');
      await runCommand(file, { ...options, outGiven: command.getOptionValueSource('out') !== 'default' }, io);
    });
  program
    .command('validate')
    .description('check a region or municipality file and everything it names; list warnings')
    .argument('<file>', 'a region or municipality file', path)
    .option('--debug', 'show stack traces of internal errors')
    .action(async (file: string) => {
      const { validateCommand } = await import('./commands/validate.js');
      await validateCommand(file, io);
    });
  program
    .command('batch')
    .description('write every municipality\'s workbook and council summary, and the regional comparison')
    .argument('<file>', 'a region file (or one of its municipality files)', path)
    .option('--out <dir>', 'folder for the reports', path, 'reports')
    .option('--jobs <n>', 'how many threads may write reports at once (default and at most: the number of cores)', positiveInteger)
    .option('--json', 'print the region\'s projection and the files written as JSON on stdout')
    .addOption(lang)
    .option('--set <path=value>', 'override a parameter, index or setting for this batch (repeatable)', collect, [])
    .option('--debug', 'show stack traces of internal errors')
    .action(async (file: string, options: { out: string; jobs?: number; json?: boolean; lang: 'nl' | 'en'; set: string[] }) => {
      const { batchCommand } = await import('./commands/batch.js');
      exitCode = await batchCommand(file, options, io);
    });
  program
    .command('schema')
    .description('print the JSON Schema of the input files (for editors)')
    .option('--out <file>', 'write it to this file instead', path)
    .option('--debug', 'show stack traces of internal errors')
    .action(async (options: { out?: string }) => {
      const { schemaCommand } = await import('./commands/schema.js');
      await schemaCommand(options, io);
    });
  program
    .command('compare')
    .description('show how scenario b differs from scenario a: the inputs that differ and the results per configuration')
    .argument('<a>', 'a municipality file (or a region file for regional totals)', path)
    .argument('<b>', 'a file of the same municipality (or region), e.g. a variant of <a>', path)
    .option('--out <dir>', 'folder for the Excel report <a>-vs-<b>.xlsx (with --json: only when given)', path, 'reports')
    .option('--json', 'print the comparison as JSON on stdout and nothing else')
    .addOption(lang)
    .option('--debug', 'show stack traces of internal errors')
    .action(async (a: string, b: string, options: { out: string; json?: boolean; lang: 'nl' | 'en' }, command: Command) => {
      const { compareCommand } = await import('./commands/compare.js');
      await compareCommand(a, b, { ...options, outGiven: command.getOptionValueSource('out') !== 'default' }, io);
    });
  const analysisOptions = (command: Command) =>
    command
      .option('--config <id>', 'the configuration to look at (default: the cheapest alternative to the baseline)')
      .option('--out <dir>', 'folder for the Excel report (with --json: only when given)', path, 'reports')
      .option('--json', 'print the result as JSON on stdout and nothing else')
      .addOption(new Option('--lang <lang>', 'language of the reports').choices(['nl', 'en']).default('nl'))
      .option('--set <path=value>', 'override a parameter, index or setting first (repeatable)', collect, [])
      .option('--debug', 'show stack traces of internal errors');
  type AnalysisCli = { out: string; json?: boolean; lang: 'nl' | 'en'; set: string[]; config?: string };
  const outGiven = (command: Command) => command.getOptionValueSource('out') !== 'default';
  analysisOptions(
    program
      .command('sensitivity')
      .description('how much each assumption moves the result: a tornado table, and a Gevoeligheid sheet in the workbook')
      .argument('<file>', 'a municipality file (or a region file for regional totals)', path)
      .option('--range <fraction>', 'the change of assumptions without a range in the file', fraction, 0.1)
      .option('--top <n>', 'how many assumptions the table shows', positiveInteger, 15),
  ).action(async (file: string, options: AnalysisCli & { range: number; top: number }, command: Command) => {
    const { sensitivityCommand } = await import('./commands/analysis.js');
    await sensitivityCommand(file, { ...options, outGiven: outGiven(command) }, io);
  });
  analysisOptions(
    program
      .command('risk')
      .description('Monte Carlo over the uncertainty in the files: percentiles, the chance to be cheaper, the amount needed at 80% and 90% certainty')
      .argument('<file>', 'a municipality file (or a region file for regional totals)', path)
      .option('--iterations <n>', `number of draws, 1 to ${MAX_ITERATIONS} (a million)`, wholeNumber(1, MAX_ITERATIONS, `expected a whole number of draws from 1 to ${MAX_ITERATIONS} (a million)`), 10000)
      .option('--seed <n>', `seed of the random draws, 0 to ${MAX_SEED} (the same seed gives the same result)`, wholeNumber(0, MAX_SEED), 1)
      .option('--jobs <n>', 'threads to draw with (default and at most: the number of cores)', positiveInteger),
  ).action(async (file: string, options: AnalysisCli & { iterations: number; seed: number; jobs?: number }, command: Command) => {
    const { riskCommand } = await import('./commands/analysis.js');
    await riskCommand(file, { ...options, outGiven: outGiven(command) }, io);
  });
  analysisOptions(
    program
      .command('solve')
      .description('goal seek: the value of a parameter at which a configuration costs as much as the baseline')
      .argument('<file>', 'a municipality file (or a region file for regional totals)', path)
      .requiredOption('--param <name>', 'the parameter to solve for')
      .addOption(new Option('--measure <measure>', 'break even in NPV or cumulatively over the horizon').choices(['npv', 'cumulative']).default('npv')),
  ).action(async (file: string, options: AnalysisCli & { param: string; measure: 'npv' | 'cumulative' }, command: Command) => {
    const { solveCommand } = await import('./commands/analysis.js');
    await solveCommand(file, { ...options, outGiven: outGiven(command) }, io);
  });
  program
    .command('what-if')
    .description('try changes to the assumptions and see their effect at once; save them as a scenario variant (interactive)')
    .argument('<file>', 'a municipality file, or a variant of one', path)
    .addOption(lang)
    .option('--debug', 'show stack traces of internal errors')
    .action(async (file: string, options: { lang: 'nl' | 'en' }) => {
      const { whatIfCommand } = await import('./commands/what-if.js');
      await whatIfCommand(file, options, io);
    });
  program
    .command('init')
    .description('create a municipality file and its cohort CSV for an existing region, by answering questions (interactive)')
    .argument('[dir]', 'the folder of the region file', path, '.')
    .option('--debug', 'show stack traces of internal errors')
    .action(async (dir: string) => {
      const { initCommand } = await import('./commands/init.js');
      await initCommand(dir, io);
    });
  program
    .command('generate', { hidden: true })
    .description('write a synthetic region for benchmarks')
    .argument('<dir>', 'folder to write it to', path)
    .option('--municipalities <n>', 'number of municipalities, 1 to 1000', wholeNumber(1, 1000), 40)
    .option('--employees <n>', 'number of employees in all, 1 to 1000000', wholeNumber(1, 1_000_000), 20000)
    .option('--seed <n>', 'random seed', wholeNumber(0, MAX_SEED), 1)
    .action(async (dir: string, options: { municipalities: number; employees: number; seed: number }) => {
      const { generateCommand } = await import('./commands/generate.js');
      await generateCommand(dir, options, io);
    });
  return program;
}

/** A path on the command line: an empty one names no file, and would leave the file's name out of every message. */
function path(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('expected a path, got an empty text');
  return value;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** A number on the command line, by the one rule for typed numbers (typed-number.ts): `1.000` is refused, not read as 1. */
function typed(value: string, options: { percent?: boolean }, expected: string): number {
  const read = readTypedNumber(value, options);
  if (!read.ok) throw new InvalidArgumentError(read.reason === 'unclear' ? `${read.message}; ${read.hint}` : expected);
  return Number(read.text) / (read.percent ? 100 : 1);
}

function fraction(value: string): number {
  const expected = 'expected a fraction between 0 and 1, such as 0.1 or 10%';
  const n = typed(value, { percent: true }, expected);
  if (n <= 0 || n >= 1) throw new InvalidArgumentError(expected);
  return n;
}

/** A parser of a whole number from `min` to `max`, for commander. */
function wholeNumber(min: number, max: number, expected = `expected a whole number from ${min} to ${max}`): (value: string) => number {
  return (value) => {
    const n = typed(value, {}, expected);
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(expected);
    return n;
  };
}

const positiveInteger = wholeNumber(1, Number.MAX_SAFE_INTEGER, 'expected a whole number ≥ 1');

/**
 * More draws than this add nothing a council can see (the percentiles of 10,000 draws are
 * within about 1% of their limits, of a million within 0.1%), and take minutes and memory.
 */
const MAX_ITERATIONS = 1_000_000;

/** The Monte Carlo generator mixes the seed as a 32-bit number: a larger one would repeat a smaller one's draws. */
const MAX_SEED = 2 ** 32 - 1;

/**
 * A reader that stops early (`soweco-bc run … | head`) closes the pipe: that is not an
 * error of ours, so leave quietly instead of printing a stack trace.
 */
function leaveQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(EXIT.ok);
      throw error;
    });
  }
}

/** Runs the command line and returns the exit code; the only place that chooses one. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  if (io === processIo) leaveQuietlyOnClosedPipe();
  const program = buildProgram(io);
  exitCode = EXIT.ok;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UserError) {
      printUserError(error, io);
      return exitCodeFor(error.kind);
    }
    // Ctrl-C in a prompt (@inquirer's ExitPromptError): files are only ever written whole, at the end
    if (error instanceof Error && error.name === 'ExitPromptError') {
      io.stderr.write('cancelled: nothing was written\n');
      return EXIT.cancelled;
    }
    io.stderr.write('internal error: this is a bug in soweco-bc, please report it; rerun with --debug for details\n');
    if (argv.includes('--debug')) io.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    else if (error instanceof Error) io.stderr.write(`  ${error.message}\n`);
    return EXIT.internal;
  }
}

import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../errors.js';
import type { RiskOptions, SensitivityOptions, SolveOptions } from './commands/analysis.js';
import type { BatchOptions } from './commands/batch.js';
import type { CompareOptions } from './commands/compare.js';
import type { GenerateOptions } from './commands/generate.js';
import type { InitOptions } from './commands/init.js';
import type { RunOptions } from './commands/run.js';
import type { SchemaOptions } from './commands/schema.js';
import type { WhatIfOptions } from './commands/what-if.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { MAX_ITERATIONS, MAX_SEED, fraction, path, positiveInteger, wholeNumber } from './option-values.js';
import { debugOption, debugRequested, jobsOption, jsonOption, languageOption, outFolderOption, seedOption, setOption, withOutGiven } from './options.js';
import { printUserError, processIo, type Io } from './terminal.js';
import { versionWithCommit } from './version.js';

// Heavy modules (engine, loaders, exceljs) are imported inside the actions, so that --help
// and --version start fast; the commands' option types are imported as types only.

const EXAMPLES = `
Examples:
  $ soweco-bc run scenarios/almelo.yaml                 summary of every configuration for Almelo
  $ soweco-bc run scenarios/almelo.yaml --json          the full projection as JSON on stdout
  $ soweco-bc run scenarios/almelo.yaml --set rijksbijdrage_per_se.values.2025=25000
                                                        what if the subsidy is lower from 2025?
  $ soweco-bc run scenarios/regio-soweco.yaml           the region's totals
  $ soweco-bc batch scenarios/regio-soweco.yaml         all council reports of the region, in reports/
  $ soweco-bc validate scenarios/regio-soweco.yaml      check every input file, list warnings
  $ soweco-bc compare scenarios/almelo.yaml scenarios/almelo-krimp.yaml
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
  // exitOverride and configureOutput must come before the subcommands: a subcommand copies them when it is created
  program
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .description('Business case for the execution of the Sheltered Employment Act (WSW) in the Soweco region')
    .version(versionWithCommit(), '-V, --version', 'print the version and the commit it was built from')
    .showHelpAfterError('(run soweco-bc --help for usage)')
    .addHelpText('after', EXAMPLES);
  addProjectionCommands(program, io);
  addAnalysisCommands(program, io);
  addInteractiveCommands(program, io);
  return program;
}

/** `run`, `validate`, `batch`, `schema`, `compare` and the hidden `generate`. */
function addProjectionCommands(program: Command, io: Io): void {
  program
    .command('run')
    .description('project every execution model for a municipality (or the whole region) and print a summary')
    .argument('<file>', 'a municipality file (or a region file for regional totals)', path)
    .addOption(outFolderOption('folder for the Excel report (with --json: only when given)'))
    .addOption(jsonOption('print the projection as JSON on stdout (methodology §6) and nothing else'))
    .option('--protect', 'with --json: keep population figures of groups under 5 people out (null), as the council reports do')
    .addOption(languageOption())
    .addOption(setOption('override a parameter, index or setting for this run (repeatable)'))
    .addOption(debugOption())
    .action(async (file: string, options: RunOptions, command: Command) => {
      const { runCommand } = await import('./commands/run.js');
      await runCommand(file, withOutGiven(options, command), io);
    });
  program
    .command('validate')
    .description('check a region or municipality file and everything it names; list warnings')
    .argument('<file>', 'a region or municipality file', path)
    .addOption(debugOption())
    .action(async (file: string) => {
      const { validateCommand } = await import('./commands/validate.js');
      await validateCommand(file, io);
    });
  program
    .command('batch')
    .description('write every municipality\'s workbook and council summary, and the regional comparison')
    .argument('<file>', 'a region file (or one of its municipality files)', path)
    .addOption(outFolderOption('folder for the reports'))
    .addOption(jobsOption('how many threads may write reports at once (default and at most: the number of cores)'))
    .addOption(jsonOption('print the region\'s projection and the files written as JSON on stdout'))
    .addOption(languageOption())
    .addOption(setOption('override a parameter, index or setting for this batch (repeatable)'))
    .addOption(debugOption())
    .action(async (file: string, options: BatchOptions) => {
      const { batchCommand } = await import('./commands/batch.js');
      exitCode = await batchCommand(file, options, io);
    });
  program
    .command('schema')
    .description('print the JSON Schema of the input files (for editors)')
    .option('--out <file>', 'write it to this file instead', path)
    .addOption(debugOption())
    .action(async (options: SchemaOptions) => {
      const { schemaCommand } = await import('./commands/schema.js');
      await schemaCommand(options, io);
    });
  program
    .command('compare')
    .description('show how scenario b differs from scenario a: the inputs that differ and the results per configuration')
    .argument('<a>', 'a municipality file (or a region file for regional totals)', path)
    .argument('<b>', 'a file of the same municipality (or region), e.g. a variant of <a>', path)
    .addOption(outFolderOption('folder for the Excel report <a>-vs-<b>.xlsx (with --json: only when given)'))
    .addOption(jsonOption('print the comparison as JSON on stdout and nothing else'))
    .addOption(languageOption())
    .addOption(debugOption())
    .action(async (a: string, b: string, options: CompareOptions, command: Command) => {
      const { compareCommand } = await import('./commands/compare.js');
      await compareCommand(a, b, withOutGiven(options, command), io);
    });
  program
    .command('generate', { hidden: true })
    .description('write a synthetic region for benchmarks')
    .argument('<dir>', 'folder to write it to', path)
    .option('--municipalities <n>', 'number of municipalities, 1 to 1000', wholeNumber(1, 1000), 40)
    .option('--employees <n>', 'number of employees in all, 1 to 1000000', wholeNumber(1, 1_000_000), 20000)
    .addOption(seedOption('random seed'))
    .action(async (dir: string, options: GenerateOptions) => {
      const { generateCommand } = await import('./commands/generate.js');
      await generateCommand(dir, options, io);
    });
}

/** A command of `sensitivity`, `risk` and `solve`: its own options first, then those the three share. */
function analysisCommand(program: Command, name: string, description: string, own: (command: Command) => Command): Command {
  const command = program
    .command(name)
    .description(description)
    .argument('<file>', 'a municipality file (or a region file for regional totals)', path);
  return own(command)
    .option('--config <id>', 'the configuration to look at (default: the cheapest alternative to the baseline)')
    .addOption(outFolderOption('folder for the Excel report (with --json: only when given)'))
    .addOption(jsonOption('print the result as JSON on stdout and nothing else'))
    .addOption(languageOption())
    .addOption(setOption('override a parameter, index or setting first (repeatable)'))
    .addOption(debugOption());
}

/** `sensitivity`, `risk` and `solve`. */
function addAnalysisCommands(program: Command, io: Io): void {
  analysisCommand(program, 'sensitivity', 'how much each assumption moves the result: a tornado table, and a Gevoeligheid sheet in the workbook', (command) =>
    command
      .option('--range <fraction>', 'the change of assumptions without a range in the file', fraction, 0.1)
      .option('--top <n>', 'how many assumptions the table shows', positiveInteger, 15),
  ).action(async (file: string, options: SensitivityOptions, command: Command) => {
    const { sensitivityCommand } = await import('./commands/analysis.js');
    await sensitivityCommand(file, withOutGiven(options, command), io);
  });
  analysisCommand(program, 'risk', 'Monte Carlo over the uncertainty in the files: percentiles, the chance to be cheaper, the amount needed at 80% and 90% certainty', (command) =>
    command
      .option('--iterations <n>', `number of draws, 1 to ${MAX_ITERATIONS} (a million)`, wholeNumber(1, MAX_ITERATIONS, `expected a whole number of draws from 1 to ${MAX_ITERATIONS} (a million)`), 10000)
      .addOption(seedOption(`seed of the random draws, 0 to ${MAX_SEED} (the same seed gives the same result)`))
      .addOption(jobsOption('threads to draw with (default and at most: the number of cores)')),
  ).action(async (file: string, options: RiskOptions, command: Command) => {
    const { riskCommand } = await import('./commands/analysis.js');
    await riskCommand(file, withOutGiven(options, command), io);
  });
  analysisCommand(program, 'solve', 'goal seek: the value of a parameter at which a configuration costs as much as the baseline', (command) =>
    command
      .requiredOption('--param <name>', 'the parameter to solve for')
      .addOption(new Option('--measure <measure>', 'break even in NPV or cumulatively over the horizon').choices(['npv', 'cumulative']).default('npv')),
  ).action(async (file: string, options: SolveOptions, command: Command) => {
    const { solveCommand } = await import('./commands/analysis.js');
    await solveCommand(file, withOutGiven(options, command), io);
  });
}

/** `what-if` and `init`, which ask questions. */
function addInteractiveCommands(program: Command, io: Io): void {
  program
    .command('what-if')
    .description('try changes to the assumptions and see their effect at once; save them as a scenario variant (interactive)')
    .argument('<file>', 'a municipality file, or a variant of one', path)
    .addOption(languageOption())
    .addOption(debugOption())
    .action(async (file: string, options: WhatIfOptions) => {
      const { whatIfCommand } = await import('./commands/what-if.js');
      await whatIfCommand(file, options, io);
    });
  program
    .command('init')
    .description('create a municipality file and its cohort CSV for an existing region, by answering questions (interactive)')
    .argument('[dir]', 'the folder of the region file', path, '.')
    .addOption(languageOption())
    .addOption(debugOption())
    .action(async (dir: string, options: InitOptions) => {
      const { initCommand } = await import('./commands/init.js');
      await initCommand(dir, options, io);
    });
}

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
  const debug = debugRequested(argv); // before parsing: see debugRequested
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
    if (debug) io.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    else if (error instanceof Error) io.stderr.write(`  ${error.message}\n`);
    return EXIT.internal;
  }
}

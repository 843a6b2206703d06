import { Command, CommanderError, Help, Option, type Argument } from 'commander';
import { UserError } from '../errors.js';
import { useLanguage } from '../language.js';
import type { RiskOptions, SensitivityOptions, SolveOptions } from './commands/analysis.js';
import type { BatchOptions } from './commands/batch.js';
import type { CompareOptions } from './commands/compare.js';
import type { EvaluateOptions } from './commands/evaluate.js';
import type { GenerateOptions } from './commands/generate.js';
import type { InitOptions } from './commands/init.js';
import type { RunOptions } from './commands/run.js';
import type { SchemaOptions } from './commands/schema.js';
import type { WhatIfOptions } from './commands/what-if.js';
import { commanderError, helpDetails, helpTitle, helpWords, terminalMessages } from './cli-messages.js';
import { addCalibrateCommand } from './calibrate-command.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { helpTexts as help } from './help-texts.js';
import { chooseLanguage } from './language-choice.js';
import { MAX_ITERATIONS, MAX_SEED, fraction, optionValueMessages, path, positiveInteger, wholeNumber } from './option-values.js';
import { configOption, debugOption, debugRequested, jobsOption, jsonOption, languageOption, outFileOption, outFolderOption, paramOption, populationOption, seedOption, setOption, withOutGiven } from './options.js';
import { printUserError, processIo, type Io } from './terminal.js';
import { versionWithCommit } from './version.js';

// Heavy modules (engine, loaders, exceljs) are imported inside the actions, so that --help
// and --version start fast; the commands' option types are imported as types only.

/** Set by a command that finished but must still report failure (a batch with a failed job). */
let exitCode: number = EXIT.ok;

function buildProgram(io: Io): Command {
  const program = new Command('soweco-bc');
  // exitOverride and configureOutput must come before the subcommands: a subcommand copies them when it is created
  program
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(commanderError(s)),
    })
    .configureHelp({ styleTitle: helpTitle, optionDescription: describeOption, argumentDescription: describeArgument, commandUsage: usageOf, subcommandTerm: termOf })
    .helpOption('-h, --help', helpWords.helpOption)
    .helpCommand('help [command]', helpWords.helpCommand)
    .description(help.program)
    .version(versionWithCommit(), '-V, --version', helpWords.versionOption)
    .showHelpAfterError(helpWords.afterError)
    .addHelpText('after', help.examples)
    .addOption(languageOption());
  addProjectionCommands(program, io);
  addAnalysisCommands(program, io);
  addInteractiveCommands(program, io);
  addEvaluateCommand(program, io);
  addCalibrateCommand(program, io);
  return program;
}

/** An option's description with commander's details after it (`(default: …)`), in the chosen language. */
function describeOption(option: Option): string {
  return helpDetails(Help.prototype.optionDescription.call(new Help(), option));
}

/** An argument's description with commander's details after it, in the chosen language. */
function describeArgument(argument: Argument): string {
  return helpDetails(Help.prototype.argumentDescription.call(new Help(), argument));
}

/** A command's usage line (`run [options] <file>`), in the chosen language. */
function usageOf(command: Command): string {
  return helpDetails(Help.prototype.commandUsage.call(new Help(), command));
}

/** A command as the list of commands names it, in the chosen language. */
function termOf(command: Command): string {
  return helpDetails(Help.prototype.subcommandTerm.call(new Help(), command));
}

/** `run`, `validate`, `batch`, `schema`, `compare` and the hidden `generate`. */
function addProjectionCommands(program: Command, io: Io): void {
  program
    .command('run')
    .description(help.run)
    .argument('<file>', help.municipalityOrRegion, path)
    .addOption(outFolderOption(help.reportFolderJson))
    .addOption(jsonOption(help.runJson))
    .option('--protect', help.protect)
    .addOption(languageOption())
    .addOption(setOption(help.runSet))
    .addOption(populationOption())
    .addOption(debugOption())
    .action(async (file: string, options: RunOptions, command: Command) => {
      const { runCommand } = await import('./commands/run.js');
      await runCommand(file, withOutGiven(options, command), io);
    });
  program
    .command('validate')
    .description(help.validate)
    .argument('<file>', help.regionOrMunicipality, path)
    .addOption(languageOption())
    .addOption(debugOption())
    .action(async (file: string) => {
      const { validateCommand } = await import('./commands/validate.js');
      await validateCommand(file, io);
    });
  program
    .command('batch')
    .description(help.batch)
    .argument('<file>', help.regionFile, path)
    .addOption(outFolderOption(help.reportsFolder))
    .addOption(jobsOption(help.batchJobs))
    .addOption(jsonOption(help.batchJson))
    .addOption(languageOption())
    .addOption(setOption(help.batchSet))
    .addOption(populationOption())
    .option('--no-docx', help.batchNoDocx)
    .addOption(debugOption())
    .action(async (file: string, options: BatchOptions) => {
      const { batchCommand } = await import('./commands/batch.js');
      exitCode = await batchCommand(file, options, io);
    });
  program
    .command('schema')
    .description(help.schema)
    .addOption(outFileOption(help.schemaOut))
    .addOption(languageOption())
    .addOption(debugOption())
    .action(async (options: SchemaOptions) => {
      const { schemaCommand } = await import('./commands/schema.js');
      await schemaCommand(options, io);
    });
  program
    .command('compare')
    .description(help.compare)
    .argument('<a>', help.municipalityOrRegion, path)
    .argument('<b>', help.compareB, path)
    .addOption(outFolderOption(help.compareOut))
    .addOption(jsonOption(help.compareJson))
    .addOption(populationOption())
    .addOption(languageOption())
    .addOption(debugOption())
    .action(async (a: string, b: string, options: CompareOptions, command: Command) => {
      const { compareCommand } = await import('./commands/compare.js');
      await compareCommand(a, b, withOutGiven(options, command), io);
    });
  program
    .command('generate', { hidden: true })
    .description(help.generate)
    .argument('<dir>', help.generateDir, path)
    .option('--municipalities <n>', help.generateMunicipalities, wholeNumber(1, 1000), 40)
    .option('--employees <n>', help.generateEmployees, wholeNumber(1, 1_000_000), 20000)
    .option('--inflow', help.generateInflow)
    .addOption(seedOption(help.seed))
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
    .argument('<file>', help.municipalityOrRegion, path);
  return own(command)
    .addOption(configOption(help.analysisConfig))
    .addOption(outFolderOption(help.reportFolderJson))
    .addOption(jsonOption(help.analysisJson))
    .addOption(languageOption())
    .addOption(setOption(help.analysisSet))
    .addOption(populationOption())
    .addOption(debugOption());
}

/** `sensitivity`, `risk` and `solve`. */
function addAnalysisCommands(program: Command, io: Io): void {
  analysisCommand(program, 'sensitivity', help.sensitivity, (command) =>
    command
      .option('--range <fraction>', help.range, fraction, 0.1)
      .option('--top <n>', help.top, positiveInteger, 15),
  ).action(async (file: string, options: SensitivityOptions, command: Command) => {
    const { sensitivityCommand } = await import('./commands/analysis.js');
    await sensitivityCommand(file, withOutGiven(options, command), io);
  });
  analysisCommand(program, 'risk', help.risk, (command) =>
    command
      .option('--iterations <n>', help.iterations(MAX_ITERATIONS), wholeNumber(1, MAX_ITERATIONS, optionValueMessages.iterations(MAX_ITERATIONS)), 10000)
      .addOption(seedOption(help.riskSeed(MAX_SEED)))
      .addOption(jobsOption(help.riskJobs)),
  ).action(async (file: string, options: RiskOptions, command: Command) => {
    const { riskCommand } = await import('./commands/analysis.js');
    await riskCommand(file, withOutGiven(options, command), io);
  });
  analysisCommand(program, 'solve', help.solve, (command) =>
    command
      .addOption(paramOption(help.param))
      .addOption(new Option('--measure <measure>', help.measure).choices(['npv', 'cumulative']).default('npv')),
  ).action(async (file: string, options: SolveOptions, command: Command) => {
    const { solveCommand } = await import('./commands/analysis.js');
    await solveCommand(file, withOutGiven(options, command), io);
  });
}

/** `what-if` and `init`, which ask questions. */
function addInteractiveCommands(program: Command, io: Io): void {
  program
    .command('what-if')
    .description(help.whatIf)
    .argument('<file>', help.whatIfFile, path)
    .addOption(languageOption())
    .addOption(debugOption())
    .action(async (file: string, options: WhatIfOptions) => {
      const { whatIfCommand } = await import('./commands/what-if.js');
      await whatIfCommand(file, options, io);
    });
  program
    .command('init')
    .description(help.init)
    .argument('[dir]', help.initDir, path, '.')
    .addOption(languageOption())
    .addOption(debugOption())
    .action(async (dir: string, options: InitOptions) => {
      const { initCommand } = await import('./commands/init.js');
      await initCommand(dir, options, io);
    });
}

/** `evaluate`: the forecast against the realised figures (docs/methodology.md#evaluate). */
function addEvaluateCommand(program: Command, io: Io): void {
  program
    .command('evaluate')
    .description(help.evaluate)
    .argument('<file>', help.evaluateFile, path)
    .addOption(configOption(help.evaluateConfig))
    // no default folder: evaluate writes a workbook only when --out names one
    .addOption(outFolderOption(help.evaluateOut, { folderByDefault: false }))
    .addOption(jsonOption(help.evaluateJson))
    .addOption(languageOption())
    .addOption(setOption(help.analysisSet))
    .addOption(populationOption())
    .addOption(debugOption())
    .action(async (file: string, options: EvaluateOptions) => {
      const { evaluateCommand } = await import('./commands/evaluate.js');
      await evaluateCommand(file, options, io);
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
  useLanguage(chooseLanguage(argv, io.env)); // before the program is built: its help is written in the language
  exitCode = EXIT.ok;
  try {
    const program = buildProgram(io); // inside: building the help in the chosen language runs code that could fail
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
      io.stderr.write(`${terminalMessages.cancelled}\n`);
      return EXIT.cancelled;
    }
    io.stderr.write(`${terminalMessages.internal}\n`);
    if (debug) io.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    else if (error instanceof Error) io.stderr.write(`  ${error.message}\n`);
    return EXIT.internal;
  }
}

import { Option, type Command } from 'commander';
import { LANGUAGES, currentLanguage, type Language } from '../language.js';
import { helpTexts } from './help-texts.js';
import type { PopulationWorld } from '../model/population-world.js';
import { MAX_SEED, collect, path, populationWorld, positiveInteger, wholeNumber } from './option-values.js';

// The options several commands share, each declared once here: a command adds it with
// `.addOption(debugOption())`, and an interface types it in the options of every command
// that takes it (`interface RunOptions extends CommonOptions, …`). Where commands describe
// an option in words of their own (`--out`, `--set`), the description is theirs and the rest
// (flag, parser, default) is shared.

/** The flag that asks for stack traces of internal errors. */
const DEBUG_FLAG = '--debug';

/** What every command takes (but the hidden `generate`). */
export interface CommonOptions {
  /** `--debug`: main.ts reads it from the command line itself ({@link debugRequested}). */
  readonly debug?: true;
}

/** `--debug`: stack traces of internal errors. */
export function debugOption(): Option {
  return new Option(DEBUG_FLAG, helpTexts.debug);
}

/**
 * Whether the command line asks for stack traces, wherever `--debug` stands on it. Read from
 * the words themselves rather than from the options commander parsed: an internal error can
 * come while commander is still parsing (in a parser of an argument or option), and commander
 * hands a command its options only once it has parsed them all, so they may not exist yet.
 */
export function debugRequested(argv: readonly string[]): boolean {
  return argv.includes(DEBUG_FLAG);
}

/** `--lang nl|en`. */
export interface LanguageOptions {
  readonly lang: Language;
}

/**
 * `--lang nl|en`: the language of everything written, messages, help and reports. Its default
 * is the language chosen as the command line started (cli/language-choice.ts), so that
 * `--lang` before the command, after it, or `LANG` alone all give a command the same one.
 */
export function languageOption(): Option {
  return new Option('--lang <lang>', helpTexts.lang).choices(LANGUAGES).default(currentLanguage());
}

/** `--out <dir>`. */
export interface OutFolderOptions {
  readonly out: string;
}

/**
 * `--out <dir>`: the folder the reports are written to, `reports` by default; with
 * `{ folderByDefault: false }` none unless given (a command that writes a report only when asked).
 */
export function outFolderOption(description: string, { folderByDefault = true } = {}): Option {
  const option = new Option('--out <dir>', description).argParser(path);
  return folderByDefault ? option.default('reports') : option;
}

/** `--config <id>`: one configuration of the region. */
export function configOption(description: string): Option {
  return new Option('--config <id>', description);
}

/** Whether `--out` was given rather than left at its default: with --json, a command writes its report only when it was. */
export interface OutGiven {
  readonly outGiven: boolean;
}

/** A command's options with {@link OutGiven}, which commander knows but does not put among the options. */
export function withOutGiven<T extends OutFolderOptions>(options: T, command: Command): T & OutGiven {
  return { ...options, outGiven: command.getOptionValueSource('out') !== 'default' };
}

/** `--json`. */
export interface JsonOptions {
  readonly json?: true;
}

/** `--json`: the result as JSON on stdout. */
export function jsonOption(description: string): Option {
  return new Option('--json', description);
}

/** `--set <path=value>`, every one given, in order. */
export interface SetOptions {
  readonly set: readonly string[];
}

/** `--set <path=value>` (repeatable): overrides of parameters, indices and settings (load/set-overrides.ts). */
export function setOption(description: string): Option {
  return new Option('--set <path=value>', description).argParser(collect).default([]);
}

/** `--jobs <n>`, when given. */
export interface JobsOptions {
  readonly jobs?: number;
}

/** `--jobs <n>`: how many threads to use (by default, and at most, the number of cores: app/threads.ts). */
export function jobsOption(description: string): Option {
  return new Option('--jobs <n>', description).argParser(positiveInteger);
}

/** `--seed <n>`. */
export interface SeedOptions {
  readonly seed: number;
}

/** `--seed <n>`: the seed of random draws, 0 to {@link MAX_SEED}, 1 by default; the same seed gives the same draws. */
export function seedOption(description: string): Option {
  return new Option('--seed <n>', description).argParser(wholeNumber(0, MAX_SEED)).default(1);
}

/** `--population open|closed`. */
export interface PopulationOptions {
  readonly population: PopulationWorld;
}

/**
 * `--population open|closed`: with the inflow streams of the municipality files (`open`, the
 * default) or without them (`closed`), for every command that projects a business case.
 */
export function populationOption(): Option {
  return new Option('--population <world>', helpTexts.population).argParser(populationWorld).default('open');
}

/** `--out <file>`: the one file a command writes (`schema`, `calibrate`). */
export function outFileOption(description: string): Option {
  return new Option('--out <file>', description).argParser(path);
}

/**
 * `--param <name>`, which must be given: the parameter `solve` solves for, or with
 * `repeatable` every parameter `calibrate` fits (a list, without a default: a mandatory
 * option with one could never be missed).
 */
export function paramOption(description: string, repeatable = false): Option {
  const option = new Option('--param <name>', description).makeOptionMandatory();
  return repeatable ? option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]) : option;
}

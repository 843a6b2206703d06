import { join } from 'node:path';
import type { Language } from '../report/i18n/index.js';
import { OutputFiles } from '../report/output-files.js';

/**
 * Where a command writes its reports and how they are stamped. The command line gathers
 * these (`--out`, `--lang`, the version in package.json, SOURCE_DATE_EPOCH); every report
 * of the run carries the same.
 */
export interface ReportSettings {
  readonly out: string;
  readonly language: Language;
  readonly version: string;
  /** The report's date, when asked for (SOURCE_DATE_EPOCH); without it a report carries none. */
  readonly date?: Date;
}

/** What decides whether a command that can print its result as JSON writes its report too. */
export interface ReportRequest {
  readonly settings: ReportSettings;
  /** Whether --out was given, rather than left at its default. */
  readonly outGiven: boolean;
  readonly json: boolean;
}

/**
 * The one rule for `run`, `compare` and the analyses: a report is written, except with
 * --json, whose output is the document on stdout: then only when --out was given.
 */
export function reportWanted(request: ReportRequest): boolean {
  return !request.json || request.outGiven;
}

/** Report files declared in the `--out` folder, checked against the run's inputs, to be written later. */
export interface PlannedReports<Names extends readonly string[]> {
  /** The files, one for each name planned, in the same order. */
  readonly paths: { readonly [K in keyof Names]: string };
  readonly outputs: OutputFiles;
}

/**
 * Declares the files `names` (report-names.ts) in the `out` folder, right after loading, so
 * that an `--out` that would replace an input is refused before any calculation.
 */
export function planReports<const Names extends readonly string[]>(inputs: readonly string[], out: string, names: Names): PlannedReports<Names> {
  const paths = reportPaths(out, names);
  const outputs = OutputFiles.forOutFolder(inputs, out);
  outputs.plan(paths);
  return { paths, outputs };
}

/** Where reports of these names (report-names.ts) go: in the `out` folder, under their names. */
export function reportPaths<const Names extends readonly string[]>(out: string, names: Names): { readonly [K in keyof Names]: string } {
  // map keeps the length: one path for each name
  return names.map((name) => join(out, name)) as { readonly [K in keyof Names]: string };
}

/** The options every report builder takes, from the run's settings. */
export function reportStamp(settings: ReportSettings): { readonly language: Language; readonly version: string; readonly date?: Date } {
  return { language: settings.language, version: settings.version, ...(settings.date === undefined ? {} : { date: settings.date }) };
}

import type { ReportRequest, ReportSettings } from '../app/report-outputs.js';
import type { JsonOptions, LanguageOptions, OutFolderOptions, OutGiven } from './options.js';
import { reportDate } from './report-date.js';
import { packageVersion } from './version.js';

/**
 * The settings of a command's reports, from its options and the environment: read before
 * anything is loaded, so that a wrong SOURCE_DATE_EPOCH is refused before any work.
 */
export function reportSettings(options: OutFolderOptions & LanguageOptions, env: NodeJS.ProcessEnv): ReportSettings {
  const date = reportDate(env);
  return { out: options.out, language: options.lang, version: packageVersion(), ...(date === undefined ? {} : { date }) };
}

/** What decides whether a command that can print JSON writes its report (app/report-outputs.ts). */
export function reportRequest(options: OutFolderOptions & OutGiven & JsonOptions & LanguageOptions, env: NodeJS.ProcessEnv): ReportRequest {
  return { settings: reportSettings(options, env), outGiven: options.outGiven, json: options.json === true };
}

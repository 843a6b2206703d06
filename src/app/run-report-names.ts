import { basename, extname, resolve } from 'node:path';
import { userError } from '../errors.js';
import { municipalityReportNames, reservedDevice, runReportName } from '../model/report-names.js';
import type { Scenario } from '../model/scenario.js';
import type { Language } from '../report/i18n/index.js';
import { reportNameTexts, type NameOwner } from './report-name-messages.js';

/** A file's name without its folder and extension: `scenarios/almelo-variant.yaml` → `almelo-variant`. Reports are named after it. */
export function fileStem(file: string): string {
  return basename(file, extname(file));
}

/**
 * Checks that the reports `names` of a run of `file` (named after it: report-names.ts) are
 * the run's own: no report that another run writes has one of these names, in any letter
 * case (Windows and macOS see one file), and every name is a possible file name on Windows.
 * Another run's report is a municipality's (`batch` writes `<id>.xlsx`, `<id>-samenvatting.md`)
 * or that of another file of this run (its base, the region file, another municipality's file:
 * `<stem>.xlsx`). `keeps`: the municipality whose names the run may take, as its own
 * ({@link ownMunicipality}). A clash is a usage error at the file: nothing is calculated or written.
 */
export function checkRunReportNames(file: string, scenario: Scenario, names: readonly string[], options: { language: Language; keeps: string | undefined }): void {
  const texts = reportNameTexts(options.language);
  const taken = namesOfOthers(file, scenario, options.keeps);
  for (const name of names) {
    const device = reservedDevice(name);
    if (device !== undefined) throw userError('usage', { file }, texts.reserved(file, name, device), texts.hint);
    const owner = taken.get(name.toLowerCase());
    if (owner !== undefined) throw userError('usage', { file }, texts.taken(file, name, owner), texts.hint);
  }
}

/**
 * The municipality a run of a municipality's own file is about: its reports are the ones
 * `batch` writes for it (`run almelo.yaml` writes `almelo.xlsx`). None for a region file or a
 * variant (a file with `extends:`), whose figures are not the municipality's as `batch` has them.
 */
export function ownMunicipality(scenario: Scenario): string | undefined {
  return (scenario.variant?.files.length ?? 0) === 0 ? scenario.focus : undefined;
}

/**
 * The name the region's reports of a `batch` of `file` are named after: the file run, or for
 * a municipality's own file (whose names are its municipality's) its region file.
 */
export function regionReportStem(file: string, scenario: Scenario): string {
  return fileStem(ownMunicipality(scenario) === undefined ? file : scenario.region.file);
}

/** The report names of other runs, in lower case, with whose they are. */
function namesOfOthers(file: string, scenario: Scenario, keeps: string | undefined): Map<string, NameOwner> {
  const taken = new Map<string, NameOwner>();
  for (const { id } of scenario.municipalities) {
    if (id === keeps) continue;
    // every report of the municipality, whatever kinds report-names.ts defines
    for (const name of Object.values(municipalityReportNames(id))) taken.set(name.toLowerCase(), { kind: 'municipality', id });
  }
  const run = resolve(file);
  for (const { path } of scenario.inputs) {
    if (resolve(path) === run || !/\.ya?ml$/i.test(path)) continue;
    const name = runReportName(fileStem(path)).toLowerCase();
    if (!taken.has(name)) taken.set(name, { kind: 'file', path });
  }
  return taken;
}

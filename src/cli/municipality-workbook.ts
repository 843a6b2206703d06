import { join } from 'node:path';
import type { Projection } from '../engine/index.js';
import { municipalityReportNames } from '../model/report-names.js';
import type { Scenario } from '../model/scenario.js';
import type { Language } from '../report/i18n/index.js';
import { OutputFiles } from '../report/output-files.js';
import type { Analyses } from '../report/risk/analyses.js';
import { packageVersion } from './version.js';

/** What decides whether, where and how a command writes the municipality's workbook. */
export interface WorkbookRequest {
  readonly out: string;
  /** Whether --out was given: with --json, the workbook is written only when it was. */
  readonly outGiven: boolean;
  readonly json?: boolean;
  readonly lang: Language;
}

/** A workbook a command will write: whose, where, and the run's outputs it is declared in. */
export interface PlannedWorkbook {
  readonly municipality: string;
  readonly path: string;
  readonly outputs: OutputFiles;
}

/**
 * Declares `<out>/<municipality>.xlsx`, checked against the run's inputs, right after loading
 * (so that a refused --out costs no calculation); nothing for a region file, or for --json
 * without --out. The one place that decides this for `run`, `sensitivity`, `risk` and `solve`.
 */
export function planMunicipalityWorkbook(scenario: Scenario, request: WorkbookRequest): PlannedWorkbook | undefined {
  const municipality = scenario.focus;
  if (municipality === undefined || (request.json === true && !request.outGiven)) return undefined;
  const path = join(request.out, municipalityReportNames(municipality).workbook);
  const outputs = OutputFiles.forOutFolder(scenario.inputs.map((i) => i.path), request.out);
  outputs.plan([path]);
  return { municipality, path, outputs };
}

/** Writes the planned workbook (with the analyses' sheets, if any) and returns its path. */
export async function writeMunicipalityWorkbook(
  projection: Projection,
  planned: PlannedWorkbook | undefined,
  language: Language,
  date: Date | undefined,
  analyses?: Analyses,
): Promise<string | undefined> {
  if (planned === undefined) return undefined;
  const { buildMunicipalityWorkbook } = await import('../report/workbook/index.js');
  const bytes = await buildMunicipalityWorkbook(projection, planned.municipality, {
    language,
    version: packageVersion(),
    ...(analyses === undefined ? {} : { analyses }),
    ...(date === undefined ? {} : { date }),
  });
  planned.outputs.write([{ path: planned.path, bytes }]);
  return planned.path;
}

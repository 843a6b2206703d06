import type { Projection } from '../engine/index.js';
import { municipalityReportNames } from '../model/report-names.js';
import type { Scenario } from '../model/scenario.js';
import type { OutputFiles } from '../report/output-files.js';
import type { Analyses } from '../report/risk/analyses.js';
import { planReports, reportStamp, reportWanted, type ReportRequest, type ReportSettings } from './report-outputs.js';

/** A workbook a command will write: whose, where, how stamped, and the run's outputs it is declared in. */
export interface PlannedWorkbook {
  readonly municipality: string;
  readonly path: string;
  readonly outputs: OutputFiles;
  readonly settings: ReportSettings;
}

/**
 * Declares `<out>/<municipality>.xlsx`, checked against the run's inputs, right after loading
 * (so that a refused --out costs no calculation); nothing for a region file, or for --json
 * without --out. The one place that decides this for `run`, `sensitivity`, `risk` and `solve`.
 */
export function planMunicipalityWorkbook(scenario: Scenario, request: ReportRequest): PlannedWorkbook | undefined {
  const municipality = scenario.focus;
  if (municipality === undefined || !reportWanted(request)) return undefined;
  const inputs = scenario.inputs.map((i) => i.path);
  const { paths: [path], outputs } = planReports(inputs, request.settings.out, [municipalityReportNames(municipality).workbook]);
  return { municipality, path, outputs, settings: request.settings };
}

/** Writes the planned workbook (with the analyses' sheets, if any) and returns its path; nothing if none was planned. */
export async function writeMunicipalityWorkbook(projection: Projection, planned: PlannedWorkbook | undefined, analyses?: Analyses): Promise<string | undefined> {
  if (planned === undefined) return undefined;
  const { buildMunicipalityWorkbook } = await import('../report/workbook/index.js');
  const bytes = await buildMunicipalityWorkbook(projection, planned.municipality, {
    ...reportStamp(planned.settings),
    ...(analyses === undefined ? {} : { analyses }),
  });
  planned.outputs.write([{ path: planned.path, bytes }]);
  return planned.path;
}

import { scenarioSubject, type ClosedWorld, type Projection, type Subject } from '../engine/index.js';
import { userError } from '../errors.js';
import { runReportName } from '../model/report-names.js';
import type { Scenario } from '../model/scenario.js';
import type { OutputFiles } from '../report/output-files.js';
import type { Analyses } from '../report/risk/analyses.js';
import type { EvaluationView } from '../report/evaluate/view.js';
import { reportNameTexts } from './report-name-messages.js';
import { planReports, reportStamp, reportWanted, type ReportRequest, type ReportSettings } from './report-outputs.js';
import { checkRunReportNames, fileStem, ownMunicipality } from './run-report-names.js';

/** A workbook a command will write: whose (a municipality's, or the region's), where, how stamped, and the run's outputs it is declared in. */
export interface PlannedWorkbook {
  readonly subject: Subject;
  readonly path: string;
  readonly outputs: OutputFiles;
  readonly settings: ReportSettings;
}

/**
 * What a command writes for a region file: `run` the region's workbook; the analyses
 * (`sensitivity`, `risk`, `solve`), whose sheets belong to a municipality's workbook, none
 * (and refuse an `--out` given for it, rather than ignore it).
 */
export type RegionWorkbook = { readonly write: true } | { readonly write: false; readonly command: string };

/**
 * Declares `<out>/<file run>.xlsx` (report-names.ts), checked against the run's inputs and
 * the names of other runs' reports, right after loading (so that a refused --out or name
 * costs no calculation); nothing for --json without --out. The one place that decides this
 * for `run`, `sensitivity`, `risk` and `solve`.
 */
export function planRunWorkbook(file: string, scenario: Scenario, request: ReportRequest, region: RegionWorkbook): PlannedWorkbook | undefined {
  const subject = scenarioSubject(scenario);
  if (subject.kind === 'region' && !region.write) {
    const texts = reportNameTexts(request.settings.language);
    if (request.outGiven) throw userError('usage', { file: `--out ${request.settings.out}` }, texts.regionAnalysis(region.command), texts.regionAnalysisHint);
    return undefined;
  }
  if (!reportWanted(request)) return undefined;
  const name = runReportName(fileStem(file));
  checkRunReportNames(file, scenario, [name], { language: request.settings.language, keeps: ownMunicipality(scenario) });
  const inputs = scenario.inputs.map((i) => i.path);
  const { paths: [path], outputs } = planReports(inputs, request.settings.out, [name]);
  return { subject, path, outputs, settings: request.settings };
}

/**
 * Writes the planned workbook (a municipality's with the analyses' sheets, if any; or the
 * region's, with the closed world next to it if given) and returns its path; nothing if none was planned.
 */
export async function writeRunWorkbook(projection: Projection, planned: PlannedWorkbook | undefined, extra: { analyses?: Analyses; closed?: ClosedWorld | undefined; evaluation?: EvaluationView } = {}): Promise<string | undefined> {
  const { analyses, evaluation } = extra;
  if (planned === undefined) return undefined;
  const stamp = reportStamp(planned.settings);
  const { subject } = planned;
  const bytes = subject.kind === 'region'
    ? await (await import('../report/comparison/index.js')).buildRegionWorkbook(projection, { ...stamp, closed: extra.closed, ...(evaluation === undefined ? {} : { evaluation }) })
    : await (await import('../report/workbook/index.js')).buildMunicipalityWorkbook(projection, subject.id, { ...stamp, ...(analyses === undefined ? {} : { analyses }), ...(evaluation === undefined ? {} : { evaluation }) });
  planned.outputs.write([{ path: planned.path, bytes }]);
  return planned.path;
}

import { REGION, municipalitySubject, type Projection, type Subject } from '../../engine/index.js';
import { municipalityReportNames, regionReportNames } from '../../model/report-names.js';
import { councilSummary } from '../../report/council-summary.js';
import type { OutputFiles } from '../../report/output-files.js';
import { planReports, reportPaths, reportStamp, type PlannedReports, type ReportSettings } from '../report-outputs.js';

/** A batch job: one municipality's reports, or (`undefined`) the region's. */
export type Target = string | undefined;

/** What a target's reports are about. */
export function targetSubject(target: Target): Subject {
  return target === undefined ? REGION : municipalitySubject(target);
}

/** The names of a target's workbook and council summary (report-names.ts). */
function reportNames(projection: Projection, target: Target): readonly [workbook: string, summary: string] {
  const names = target === undefined ? regionReportNames(projection.region.id) : municipalityReportNames(target);
  return [names.workbook, names.summary];
}

/** Declares every report file of a batch (the workbook and council summary of each target) in the `--out` folder. */
export function planBatchReports(inputs: readonly string[], projection: Projection, targets: readonly Target[], out: string): PlannedReports<readonly string[]> {
  return planReports(inputs, out, targets.flatMap((t) => reportNames(projection, t)));
}

/** Writes a target's workbook and council summary (declared in `outputs`), both or neither; returns the files written. */
export async function writeReports(projection: Projection, target: Target, settings: ReportSettings, outputs: OutputFiles): Promise<string[]> {
  const [workbook, summary] = reportPaths(settings.out, reportNames(projection, target));
  const stamp = reportStamp(settings);
  const bytes =
    target === undefined
      ? await (await import('../../report/comparison/index.js')).buildComparisonWorkbook(projection, stamp)
      : await (await import('../../report/workbook/index.js')).buildMunicipalityWorkbook(projection, target, stamp);
  outputs.write([
    { path: workbook, bytes },
    { path: summary, bytes: Buffer.from(councilSummary(projection, targetSubject(target), settings.language, settings.version), 'utf8') },
  ]);
  return [workbook, summary];
}

import { REGION, municipalitySubject, type Projection, type Subject } from '../../engine/index.js';
import { municipalityReportNames, regionReportNames } from '../../model/report-names.js';
import { councilSummary } from '../../report/council-summary.js';
import type { OutputFiles } from '../../report/output-files.js';
import { planReports, reportPaths, reportStamp, type PlannedReports, type ReportSettings } from '../report-outputs.js';

/** The batch's jobs: every municipality's reports, then the region's. */
export function batchSubjects(projection: Projection): Subject[] {
  return [...projection.region.municipalityIds.map(municipalitySubject), REGION];
}

/** The names of a subject's workbook and council summary (report-names.ts). */
function reportNames(projection: Projection, subject: Subject): readonly [workbook: string, summary: string] {
  const names = subject.kind === 'region' ? regionReportNames(projection.region.id) : municipalityReportNames(subject.id);
  return [names.workbook, names.summary];
}

/** Declares every report file of a batch (the workbook and council summary of each subject) in the `--out` folder. */
export function planBatchReports(inputs: readonly string[], projection: Projection, subjects: readonly Subject[], out: string): PlannedReports<readonly string[]> {
  return planReports(inputs, out, subjects.flatMap((s) => reportNames(projection, s)));
}

/** Writes a subject's workbook and council summary (declared in `outputs`), both or neither; returns the files written. */
export async function writeReports(projection: Projection, subject: Subject, settings: ReportSettings, outputs: OutputFiles): Promise<string[]> {
  const [workbook, summary] = reportPaths(settings.out, reportNames(projection, subject));
  const stamp = reportStamp(settings);
  const bytes =
    subject.kind === 'region'
      ? await (await import('../../report/comparison/index.js')).buildComparisonWorkbook(projection, stamp)
      : await (await import('../../report/workbook/index.js')).buildMunicipalityWorkbook(projection, subject.id, stamp);
  outputs.write([
    { path: workbook, bytes },
    { path: summary, bytes: Buffer.from(councilSummary(projection, subject, settings.language, settings.version), 'utf8') },
  ]);
  return [workbook, summary];
}

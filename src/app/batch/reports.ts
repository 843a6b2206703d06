import { REGION, municipalitySubject, type Projection, type Subject } from '../../engine/index.js';
import { municipalityReportNames, regionReportNames } from '../../model/report-names.js';
import { councilDocument } from '../../report/council-summary.js';
import { councilMarkdown } from '../../report/council/markdown.js';
import type { OutputFiles } from '../../report/output-files.js';
import { planReports, reportPaths, reportStamp, type PlannedReports, type ReportSettings } from '../report-outputs.js';

/** The batch's jobs: every municipality's reports, then the region's. */
export function batchSubjects(projection: Projection): Subject[] {
  return [...projection.region.municipalityIds.map(municipalitySubject), REGION];
}

/** The names of a subject's workbook and council summary, in Markdown and Word (report-names.ts). */
function reportNames(projection: Projection, subject: Subject): readonly [workbook: string, summary: string, summaryDocx: string] {
  const names = subject.kind === 'region' ? regionReportNames(projection.region.id) : municipalityReportNames(subject.id);
  return [names.workbook, names.summary, names.summaryDocx];
}

/** Declares every report file of a batch (the workbook and council summary of each subject) in the `--out` folder. */
export function planBatchReports(inputs: readonly string[], projection: Projection, subjects: readonly Subject[], out: string): PlannedReports<readonly string[]> {
  return planReports(inputs, out, subjects.flatMap((s) => reportNames(projection, s)));
}

/** Writes a subject's workbook and council summary (declared in `outputs`), all or none; returns the files written. */
export async function writeReports(projection: Projection, subject: Subject, settings: ReportSettings, outputs: OutputFiles): Promise<string[]> {
  const [workbook, summary, summaryDocx] = reportPaths(settings.out, reportNames(projection, subject));
  const stamp = reportStamp(settings);
  const bytes =
    subject.kind === 'region'
      ? await (await import('../../report/comparison/index.js')).buildComparisonWorkbook(projection, stamp)
      : await (await import('../../report/workbook/index.js')).buildMunicipalityWorkbook(projection, subject.id, stamp);
  const document = councilDocument(projection, subject, settings.language, settings.version);
  const docx = await (await import('../../report/council/docx.js')).councilDocx(document, settings.date);
  outputs.write([
    { path: workbook, bytes },
    { path: summary, bytes: Buffer.from(councilMarkdown(document), 'utf8') },
    { path: summaryDocx, bytes: docx },
  ]);
  return [workbook, summary, summaryDocx];
}

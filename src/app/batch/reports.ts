import { REGION, municipalitySubject, type ClosedWorld, type Projection, type Subject } from '../../engine/index.js';
import { municipalityReportNames, regionReportNames } from '../../model/report-names.js';
import { councilDocument } from '../../report/council-summary.js';
import { councilMarkdown } from '../../report/council/markdown.js';
import type { OutputFiles } from '../../report/output-files.js';
import type { Scenario } from '../../model/scenario.js';
import type { Region } from '../../model/region.js';
import { planReports, reportPaths, reportStamp, type PlannedReports, type ReportSettings } from '../report-outputs.js';
import { checkRunReportNames, regionReportStem } from '../run-report-names.js';

/** The batch's jobs: every municipality's reports, then the region's. */
export function batchSubjects(region: Pick<Region, 'municipalityIds'>): Subject[] {
  return [...region.municipalityIds.map(municipalitySubject), REGION];
}

/** The report settings of a batch: those of every command, and whether it writes the Word summaries. */
export interface BatchReportSettings extends ReportSettings {
  /** `--no-docx` turns them off: a Word summary costs more than its workbook, which counts in a large region. */
  readonly docx: boolean;
}

/**
 * The names of a subject's workbook and council summary, in Markdown and Word
 * (report-names.ts): a municipality's after its id, the region's after `regionStem`, the
 * region file run (run-report-names.ts, `regionReportStem`): a variant of the region file does
 * not replace the comparison of the region file itself.
 */
function reportNames(regionStem: string, subject: Subject, docx: boolean): readonly string[] {
  const names = subject.kind === 'region' ? regionReportNames(regionStem) : municipalityReportNames(subject.id);
  return docx ? [names.workbook, names.summary, names.summaryDocx] : [names.workbook, names.summary];
}

/**
 * Declares every report file of a batch of `file` (the workbook and council summary of each
 * subject) in the `--out` folder, once the region's names are checked to be its own; returns
 * them with the stem the region's reports are named after.
 */
export function planBatchReports(file: string, scenario: Scenario, subjects: readonly Subject[], settings: BatchReportSettings): PlannedReports<readonly string[]> & { readonly regionStem: string } {
  const regionStem = regionReportStem(file, scenario);
  // every municipality's reports are this run's too: none may have the region's names (a Word summary's either, written or not)
  checkRunReportNames(file, scenario, reportNames(regionStem, REGION, true), { language: settings.language, keeps: undefined });
  return { ...planReports(scenario.inputs.map((i) => i.path), settings.out, subjects.flatMap((s) => reportNames(regionStem, s, settings.docx))), regionStem };
}

/**
 * The projection of a batch, and its closed world (docs/methodology.md#open-closed) where the
 * batch is open and the region has inflow: the region's comparison shows it.
 */
export interface BatchWorlds {
  readonly open: Projection;
  readonly closed: ClosedWorld | undefined;
}

/** Writes a subject's workbook and council summaries (declared in `outputs`), all or none; returns the files written. */
export async function writeReports(regionStem: string, worlds: BatchWorlds, subject: Subject, settings: BatchReportSettings, outputs: OutputFiles): Promise<string[]> {
  const projection = worlds.open;
  const [workbook, summary, summaryDocx] = reportPaths(settings.out, reportNames(regionStem, subject, settings.docx));
  const stamp = reportStamp(settings);
  const bytes =
    subject.kind === 'region'
      ? await (await import('../../report/comparison/index.js')).buildComparisonWorkbook(projection, { ...stamp, closed: worlds.closed })
      : await (await import('../../report/workbook/index.js')).buildMunicipalityWorkbook(projection, subject.id, stamp);
  const document = councilDocument(projection, subject, settings.language, settings.version);
  const files = [
    { path: workbook!, bytes },
    { path: summary!, bytes: Buffer.from(councilMarkdown(document), 'utf8') },
  ];
  if (summaryDocx !== undefined) files.push({ path: summaryDocx, bytes: await (await import('../../report/council/docx.js')).councilDocx(document, settings.date) });
  outputs.write(files);
  return files.map((f) => f.path);
}

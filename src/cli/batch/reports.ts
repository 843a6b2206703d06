import { join } from 'node:path';
import { REGION, municipalitySubject, type Projection, type Subject } from '../../engine/index.js';
import { municipalityReportNames, regionReportNames } from '../../model/report-names.js';
import { councilSummary } from '../../report/council-summary.js';
import type { Language } from '../../report/i18n/index.js';
import type { OutputFiles } from '../../report/output-files.js';

/** What every report job needs besides the projection. */
export interface ReportOptions {
  readonly out: string;
  readonly language: Language;
  readonly version: string;
  readonly date?: Date;
}

/** A batch job: one municipality's reports, or (`undefined`) the region's. */
export type Target = string | undefined;

/** What a target's reports are about. */
export function targetSubject(target: Target): Subject {
  return target === undefined ? REGION : municipalitySubject(target);
}

/** The files of a target's reports (report-names.ts). */
export function reportFiles(projection: Projection, target: Target, out: string): { workbook: string; summary: string } {
  const names = target === undefined ? regionReportNames(projection.region.id) : municipalityReportNames(target);
  return { workbook: join(out, names.workbook), summary: join(out, names.summary) };
}

/** Every report file of a batch: the workbook and council summary of each target. */
export function allReportFiles(projection: Projection, targets: readonly Target[], out: string): string[] {
  return targets.flatMap((t) => {
    const files = reportFiles(projection, t, out);
    return [files.workbook, files.summary];
  });
}

/** Writes a target's workbook and council summary (declared in `outputs`), both or neither; returns the files written. */
export async function writeReports(projection: Projection, target: Target, options: ReportOptions, outputs: OutputFiles): Promise<string[]> {
  const files = reportFiles(projection, target, options.out);
  const workbookOptions = { language: options.language, version: options.version, ...(options.date === undefined ? {} : { date: options.date }) };
  const bytes =
    target === undefined
      ? await (await import('../../report/comparison/index.js')).buildComparisonWorkbook(projection, workbookOptions)
      : await (await import('../../report/workbook/index.js')).buildMunicipalityWorkbook(projection, target, workbookOptions);
  outputs.write([
    { path: files.workbook, bytes },
    { path: files.summary, bytes: Buffer.from(councilSummary(projection, targetSubject(target), options.language, options.version), 'utf8') },
  ]);
  return [files.workbook, files.summary];
}

import { join } from 'node:path';
import type { Projection } from '../engine/index.js';
import type { Language } from '../report/i18n/index.js';
import type { Analyses } from '../report/risk/analyses.js';
import { writeFileAtomic } from '../report/write-atomic.js';
import { packageVersion } from './version.js';

/** What decides whether, where and how a command writes the municipality's workbook. */
export interface WorkbookRequest {
  readonly out: string;
  /** Whether --out was given: with --json, the workbook is written only when it was. */
  readonly outGiven: boolean;
  readonly json?: boolean;
  readonly lang: Language;
}

/**
 * Writes `<out>/<municipality>.xlsx` (with the analyses' sheets, if any) and returns its path;
 * nothing for a region file, or for --json without --out. The one place that decides this for
 * `run`, `sensitivity`, `risk` and `solve`.
 */
export async function writeMunicipalityWorkbook(
  projection: Projection,
  municipality: string | undefined,
  request: WorkbookRequest,
  date: Date | undefined,
  analyses?: Analyses,
): Promise<string | undefined> {
  if (municipality === undefined || (request.json === true && !request.outGiven)) return undefined;
  const { buildMunicipalityWorkbook } = await import('../report/workbook/index.js');
  const bytes = await buildMunicipalityWorkbook(projection, municipality, {
    language: request.lang,
    version: packageVersion(),
    ...(analyses === undefined ? {} : { analyses }),
    ...(date === undefined ? {} : { date }),
  });
  const path = join(request.out, `${municipality}.xlsx`);
  writeFileAtomic(path, bytes);
  return path;
}

/**
 * The file names of the reports, defined once: for the commands that write them, and for the
 * check on the inputs that no two reports of a region are one file (docs/input-format.md,
 * "Names (ids)").
 */

/** A report's files: the workbook, and the council summary in Markdown and as a Word document (same base name). */
export interface ReportNames {
  readonly workbook: string;
  readonly summary: string;
  readonly summaryDocx: string;
}

/** A municipality's workbook and council summary: `<id>.xlsx`, `<id>-samenvatting.md` and `.docx`. */
export function municipalityReportNames(id: string): ReportNames {
  return { workbook: `${id}.xlsx`, ...summaryNames(id) };
}

/** The region's comparison workbook and summary: `<region>-vergelijking.xlsx`, `<region>-samenvatting.md` and `.docx`. */
export function regionReportNames(regionId: string): ReportNames {
  return { workbook: `${regionId}-vergelijking.xlsx`, ...summaryNames(regionId) };
}

function summaryNames(id: string): { readonly summary: string; readonly summaryDocx: string } {
  return { summary: `${id}-samenvatting.md`, summaryDocx: `${id}-samenvatting.docx` };
}

/** The workbook of `compare a b`: `<a>-vs-<b>.xlsx`, from the names of the two files without folder and extension. */
export function comparisonReportName(stemA: string, stemB: string): string {
  return `${stemA}-vs-${stemB}.xlsx`;
}

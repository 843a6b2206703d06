/**
 * The file names of the reports, defined once: for the commands that write them, and for the
 * check on the inputs that no two reports of a region are one file (docs/input-format.md,
 * "Names (ids)").
 */

/** A municipality's workbook and council summary: `<id>.xlsx`, `<id>-samenvatting.md`. */
export function municipalityReportNames(id: string): { readonly workbook: string; readonly summary: string } {
  return { workbook: `${id}.xlsx`, summary: `${id}-samenvatting.md` };
}

/** The region's comparison workbook and summary: `<region>-vergelijking.xlsx`, `<region>-samenvatting.md`. */
export function regionReportNames(regionId: string): { readonly workbook: string; readonly summary: string } {
  return { workbook: `${regionId}-vergelijking.xlsx`, summary: `${regionId}-samenvatting.md` };
}

/** The workbook of `compare a b`: `<a>-vs-<b>.xlsx`, from the names of the two files without folder and extension. */
export function comparisonReportName(stemA: string, stemB: string): string {
  return `${stemA}-vs-${stemB}.xlsx`;
}

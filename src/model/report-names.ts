/**
 * The file names of the reports, defined once: for the commands that write them, and for the
 * check on the inputs that no two reports of a region are one file (docs/input-format.md,
 * "Names (ids)").
 */

/** A municipality's workbook and council summary: `<id>.xlsx`, `<id>-samenvatting.md`. */
export function municipalityReportNames(id: string): { readonly workbook: string; readonly summary: string } {
  return { workbook: `${id}.xlsx`, summary: `${id}-samenvatting.md` };
}

/**
 * The region's comparison workbook and summary: `<name>-vergelijking.xlsx`,
 * `<name>-samenvatting.md`. `batch` names them after the region file it runs; the check on
 * the inputs after the region's id.
 */
export function regionReportNames(name: string): { readonly workbook: string; readonly summary: string } {
  return { workbook: `${name}-vergelijking.xlsx`, summary: `${name}-samenvatting.md` };
}

/**
 * The workbook of `run`, `sensitivity`, `risk` and `solve`: `<stem>.xlsx`, after the file run
 * (its name without folder and extension), so that a variant never writes its base's report.
 */
export function runReportName(stem: string): string {
  return `${stem}.xlsx`;
}

/** Names Windows reserves for devices, with any extension: `con.xlsx` cannot be a file there. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** The device name a report name stands for on Windows (`CON` for `con.xlsx`), if it is one: no such file can be made there. */
export function reservedDevice(name: string): string | undefined {
  const stem = name.split('.')[0] ?? name;
  return RESERVED.test(stem) ? stem.toUpperCase() : undefined;
}

/** The workbook of `compare a b`: `<a>-vs-<b>.xlsx`, from the names of the two files without folder and extension. */
export function comparisonReportName(stemA: string, stemB: string): string {
  return `${stemA}-vs-${stemB}.xlsx`;
}

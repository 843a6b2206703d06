/**
 * The columns of the employee and cohort CSVs and the other names they may have: HR systems
 * export Dutch headers (`personeelsnummer`, `geboortedatum`, `werkvorm`, `deeltijdfactor`).
 * The one table of them; docs/input-format.md ("Column names") lists the same.
 */
export const CSV_COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['personeelsnummer', 'personeelsnr', 'medewerkernummer', 'registratienummer'],
  birth_date: ['geboortedatum'],
  birth_year: ['geboortejaar'],
  fte: ['deeltijdfactor', 'werktijdfactor'],
  work_form: ['werkvorm'],
  se_weight: ['se_gewicht'],
  municipality: ['gemeente'],
  count: ['aantal'],
  se: [],
};

/**
 * The columns of the realised-figures CSVs (docs/input-format.md#realised) and their Dutch
 * names: the lines file (a year's amount per configuration and line) and the population
 * file (a year's averages per work form). `aantal` is the head count here, as it is the
 * number of people in a cohort CSV.
 */
export const REALISED_LINES_COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  year: ['jaar'],
  configuration: ['configuratie'],
  line: ['regel', 'post'],
  amount: ['bedrag'],
  source: ['bron'],
};

export const REALISED_POPULATION_COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  year: ['jaar'],
  work_form: ['werkvorm', 'arbeidsvorm'],
  se: [],
  fte: [],
  headcount: ['aantal', 'personen'],
  source: ['bron'],
};

/** Each name and alias of a table of columns → its column. */
function canonicalNames(aliases: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  return new Map(Object.entries(aliases).flatMap(([column, names]) => [[column, column] as const, ...names.map((a) => [a, column] as const)]));
}

const CANONICAL = canonicalNames(CSV_COLUMN_ALIASES);

/** A header cell as its writer named it, for messages: without invisible characters and surrounding spaces. */
export function writtenColumnName(cell: string): string {
  return cell.replace(/\p{Cf}/gu, '').trim();
}

/**
 * A header cell as a column name: without regard to case, surrounding spaces or invisible
 * characters (a stray BOM, a zero-width space); a known column written with spaces or
 * hyphens (`Birth date`, `SE-gewicht`) or under its Dutch name is the column itself.
 */
export function columnName(cell: string, names: ReadonlyMap<string, string> = CANONICAL): string {
  const name = writtenColumnName(cell).toLowerCase();
  return names.get(name.replace(/[\s-]+/g, '_')) ?? name;
}

/** {@link columnName} for a CSV with another table of columns. */
export function columnNamer(aliases: Readonly<Record<string, readonly string[]>>): (cell: string) => string {
  const names = canonicalNames(aliases);
  return (cell) => columnName(cell, names);
}

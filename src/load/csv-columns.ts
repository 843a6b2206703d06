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

const CANONICAL = new Map<string, string>(
  Object.entries(CSV_COLUMN_ALIASES).flatMap(([column, aliases]) => [[column, column] as const, ...aliases.map((a) => [a, column] as const)]),
);

/** A header cell as its writer named it, for messages: without invisible characters and surrounding spaces. */
export function writtenColumnName(cell: string): string {
  return cell.replace(/\p{Cf}/gu, '').trim();
}

/**
 * A header cell as a column name: without regard to case, surrounding spaces or invisible
 * characters (a stray BOM, a zero-width space); a known column written with spaces or
 * hyphens (`Birth date`, `SE-gewicht`) or under its Dutch name is the column itself.
 */
export function columnName(cell: string): string {
  const name = writtenColumnName(cell).toLowerCase();
  return CANONICAL.get(name.replace(/[\s-]+/g, '_')) ?? name;
}

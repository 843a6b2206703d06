/** Where a column's text sits: names and notes to the left, figures to the right. */
export type Alignment = 'left' | 'right';

/**
 * A table of text for the terminal: every column as wide as its widest cell, two spaces
 * between columns, no spaces at the end of a line; `align` says per column (0-based) where
 * its text sits. The header is the first line.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], align: (column: number) => Alignment): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (align(i) === 'left' ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

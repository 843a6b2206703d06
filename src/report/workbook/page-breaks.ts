/*
 * Where a sheet's pages end. Spreadsheet programs break pages where the next row no longer
 * fits, wherever that is: through a chart, between a table's header and its rows. The
 * workbooks set their breaks themselves instead, from the rows' heights, keeping each table
 * and each chart on one page (README, "Printing").
 */

/** Rows that print on one page: a table with its title, or the rows a chart covers (1-based, inclusive). */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

/** The rows of a sheet's print area and the room a page has for them. */
export interface PageFrame {
  readonly firstRow: number;
  readonly lastRow: number;
  /** A row's height in points. */
  readonly height: (row: number) => number;
  /** Room for rows on one page, in points of row height (the repeated title rows already taken off). */
  readonly capacity: number;
}

/** The height of rows `first` to `last` in points. */
export function spanHeight(frame: Pick<PageFrame, 'height'>, span: RowSpan): number {
  let total = 0;
  for (let row = span.first; row <= span.last; row++) total += frame.height(row);
  return total;
}

/**
 * The rows after which a page break goes: as many rows on a page as fit, but a break that
 * would fall inside a span to keep together moves up to before the span, when the span fits
 * on a page of its own. A span taller than a page is broken where the page is full (for a
 * table, the repeated header row carries it on).
 */
export function pageBreaks(frame: PageFrame, keep: readonly RowSpan[]): number[] {
  const breaks: number[] = [];
  let pageStart = frame.firstRow;
  let used = 0;
  for (let row = frame.firstRow; row <= frame.lastRow; row++) {
    const height = frame.height(row);
    if (used + height > frame.capacity && row > pageStart) {
      const next = breakBefore(frame, keep, row, pageStart);
      breaks.push(next - 1);
      pageStart = next;
      used = next < row ? spanHeight(frame, { first: next, last: row - 1 }) : 0;
    }
    used += height;
  }
  return breaks;
}

/** Where the page that overflows at `row` should end: before `row`, or before the spans a break there would cut. */
function breakBefore(frame: PageFrame, keep: readonly RowSpan[], row: number, pageStart: number): number {
  let at = row;
  for (let moved = true; moved; ) {
    moved = false;
    for (const span of keep) {
      const cuts = span.first < at && at <= span.last;
      if (cuts && span.first > pageStart && spanHeight(frame, span) <= frame.capacity) {
        at = span.first;
        moved = true;
      }
    }
  }
  return at;
}

/**
 * The first row of every page, as a spreadsheet program paginates: a new page after each
 * manual break, and wherever the next row no longer fits.
 */
export function pageStarts(frame: PageFrame, manualBreaks: readonly number[]): number[] {
  const manual = new Set(manualBreaks);
  const starts = [frame.firstRow];
  let used = 0;
  for (let row = frame.firstRow; row <= frame.lastRow; row++) {
    const height = frame.height(row);
    if (row > (starts[starts.length - 1] ?? frame.firstRow) && (manual.has(row - 1) || used + height > frame.capacity)) {
      starts.push(row);
      used = 0;
    }
    used += height;
  }
  return starts;
}

/** Whether pages starting at `starts` print `span` whole: no page starts inside it. */
export function keptWhole(starts: readonly number[], span: RowSpan): boolean {
  return !starts.some((start) => start > span.first && start <= span.last);
}

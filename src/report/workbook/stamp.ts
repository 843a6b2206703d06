import { Book } from './sheet-model.js';

/** The earliest date a zip entry can carry (1 January 1980): the package date when no date is asked for. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

/**
 * The dates of a workbook: the text shown in it (none unless asked for) and the date inside
 * its package, fixed so that the same inputs give the same bytes.
 */
export function workbookDates(date: Date | undefined): { text: string | undefined; stamp: Date } {
  return { text: date?.toISOString().slice(0, 10), stamp: date ?? FIXED_DATE };
}

/** A new workbook as every report starts: made by soweco-bc on the fixed date, recalculated in full when Excel opens it. */
export function newWorkbook(stamp: Date): Book {
  const wb = new Book(stamp);
  wb.creator = 'soweco-bc';
  wb.lastModifiedBy = 'soweco-bc';
  // Excel shows the cached results until it recalculates; this makes it recalculate on open
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

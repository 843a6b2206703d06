/**
 * The records of a CSV text that has no quotes and one kind of line end, read the way
 * csv-parse reads them with csv-table.ts's settings, without its byte-by-byte state machine:
 * most files the program reads are such texts (every shipped one is), and csv-parse, run
 * cold once per file, takes a short command more time than all the checks of the rows.
 *
 * Why a line split gives csv-parse's records there: without a quote no field is quoted, so a
 * record is a line and its fields lie between delimiters; csv-parse's `trim` removes what
 * `String.prototype.trim` removes (ECMAScript white space and line terminators, the BOM
 * among them, so also the one its `bom` option skips); a blank line and a record of empty
 * fields are skipped alike; and a record's line is the line it stands on, where every line
 * ends in `\n` or every one in `\r\n` (a lone CR or LF would count as a line to csv-parse
 * without ending a record). No record can pass csv-parse's `max_record_size` where no line is
 * longer than a third of it: a UTF-16 unit is at most three bytes of UTF-8. Where any of this
 * does not hold, {@link plainRecords} declines and csv-parse reads the text.
 */

const LONE_SURROGATE = /\p{Cs}/u;

/** Reads the records of `text` into `onRecord` (fields trimmed, with the line a record stands on); false, having read nothing, where the text is not plain. */
export function plainRecords(text: string, delimiter: string, maxRecordBytes: number, onRecord: (record: string[], line: number) => void): boolean {
  const lineEnd = plainLineEnd(text, Math.floor(maxRecordBytes / 3));
  if (lineEnd === undefined) return false;
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    const found = text.indexOf(lineEnd, start);
    const end = found < 0 ? text.length : found;
    line++;
    const record = text.slice(start, end).split(delimiter);
    let empty = true;
    for (let i = 0; i < record.length; i++) {
      const field = (record[i] ?? '').trim();
      record[i] = field;
      if (field !== '') empty = false;
    }
    if (!empty) onRecord(record, line);
    if (found < 0) break;
    start = found + lineEnd.length;
  }
  return true;
}

/**
 * The line end of a plain text: `\r\n` where every line ends so, else `\n` (also for a text of
 * one line); undefined where the text has a quote, a CR that ends no CRLF, an LF after no CR
 * in a CRLF text, a line longer than `maxLine`, or a lone surrogate.
 */
function plainLineEnd(text: string, maxLine: number): '\n' | '\r\n' | undefined {
  if (text.includes('"')) return undefined;
  const firstCr = text.indexOf('\r');
  const firstLf = text.indexOf('\n');
  const crlf = firstCr >= 0 && firstLf === firstCr + 1;
  if (firstCr >= 0 && !crlf) return undefined;
  let start = 0;
  for (let lf = firstLf; lf >= 0; lf = text.indexOf('\n', lf + 1)) {
    const end = crlf ? lf - 1 : lf;
    if (crlf && text[end] !== '\r') return undefined;
    if (end - start > maxLine) return undefined;
    start = lf + 1;
  }
  if (text.length - start > maxLine) return undefined;
  if (crlf && !crOnlyBeforeLf(text)) return undefined;
  // csv-parse reads UTF-8 bytes: a lone surrogate would come back as U+FFFD
  if (LONE_SURROGATE.test(text)) return undefined;
  return crlf ? '\r\n' : '\n';
}

/** Whether every CR of the text is followed by an LF. */
function crOnlyBeforeLf(text: string): boolean {
  for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) if (text[cr + 1] !== '\n') return false;
  return true;
}

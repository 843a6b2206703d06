/**
 * Characters that a text from the input (a label, a name, a source, a file name, an
 * override) cannot hold, because it reaches a terminal and the reports:
 * - control characters (C0 but tab, line feed and carriage return; DEL; C1): they steer a
 *   terminal (escape sequences), and XML 1.0 forbids most of them;
 * - what else XML 1.0 forbids (its Char production allows only #x9 | #xA | #xD |
 *   [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]): U+FFFE, U+FFFF and a surrogate
 *   without its pair. A workbook whose XML holds one is not well-formed: Excel refuses it.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
// eslint-disable-next-line no-control-regex -- so are the characters XML forbids
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/u;
/** Either of the above. */
const UNFIT = new RegExp(`${CONTROL.source}|${NOT_XML.source}`, 'gu');
// NOT_XML without Unicode mode, and so some four times faster over a workbook's parts: any
// surrogate, paired or not, is a candidate, which NOT_XML then judges (pairs are rare: emoji)
// eslint-disable-next-line no-control-regex -- the characters XML forbids, as NOT_XML
const MAYBE_NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex -- and in a message also tabs and line breaks, which would break its lines
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|\p{Cs}/gu;

/** The first character of `text` that it cannot hold, as `U+FFFF`, and whether it is a control character; undefined if there is none. */
export function unfitCharacter(text: string): { code: string; control: boolean } | undefined {
  UNFIT.lastIndex = 0;
  const found = UNFIT.exec(text)?.[0];
  return found === undefined ? undefined : { code: codePoint(found), control: CONTROL.test(found) };
}

/** Whether XML 1.0 can hold `text` (in a workbook part). */
export function isXmlText(text: string): boolean {
  return !MAYBE_NOT_XML.test(text) || !NOT_XML.test(text);
}

/**
 * A message's text as it may be shown on a terminal or written into a report, when it
 * quotes the input: each character it cannot hold, and each tab or line break, written as
 * `\u001b`, so that a message stays on its lines, cannot recolour or clear the terminal,
 * and keeps a workbook well-formed.
 */
export function printable(text: string): string {
  return text.replace(ESCAPED, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

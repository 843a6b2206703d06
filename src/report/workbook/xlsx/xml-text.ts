/*
 * XML text as exceljs 4 writes it (lib/utils/utils.js, lib/utils/xml-stream.js): the
 * workbook writer renders the very bytes exceljs rendered, so it escapes as exceljs does.
 */

/** The characters exceljs escapes or drops (the control characters XML forbids, and DEL). */
// eslint-disable-next-line no-control-regex -- these very characters
const SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;

const ESCAPES: Readonly<Record<string, string>> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** A text or attribute value escaped for XML, the forbidden control characters (and DEL) left out. */
export function xmlEncode(text: string): string {
  return text.replace(SPECIAL, (c) => ESCAPES[c] ?? '');
}

/** The XML declaration every part starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Attributes in the order given, those undefined left out: ` a="1" b="x"`. */
export function attributes(values: Readonly<Record<string, string | number | boolean | undefined>>): string {
  let xml = '';
  for (const [name, value] of Object.entries(values)) if (value !== undefined) xml += ` ${name}="${xmlEncode(String(value))}"`;
  return xml;
}

/** An element with attributes and no content: `<name a="1"/>`. */
export function leaf(name: string, values: Readonly<Record<string, string | number | boolean | undefined>> = {}): string {
  return `<${name}${attributes(values)}/>`;
}

/** An element holding a text, escaped: `<name>text</name>`. */
export function textNode(name: string, text: string | number, values: Readonly<Record<string, string | number | boolean | undefined>> = {}): string {
  return `<${name}${attributes(values)}>${xmlEncode(String(text))}</${name}>`;
}

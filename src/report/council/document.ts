import type { Language } from '../i18n/index.js';

/**
 * The council summary as a document, before it is written down: headings, paragraphs, lists,
 * tables and charts. One builder (summary.ts) decides what the summary says; the Markdown
 * and Word writers only decide how it looks, so the two files always say the same.
 *
 * All text is plain text, as it comes from the inputs and the phrase modules: a writer
 * escapes it for its format (Markdown specials, HTML, table bars, line breaks).
 */
export interface CouncilDocument {
  readonly language: Language;
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** A run of text, plain or bold. */
export interface Span {
  readonly text: string;
  readonly strong?: boolean;
}

export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  /** `note`: a paragraph in italics (the report's scope and method). */
  | { readonly kind: 'paragraph'; readonly spans: readonly Span[]; readonly note?: boolean }
  | { readonly kind: 'list'; readonly items: readonly (readonly Span[])[] }
  | { readonly kind: 'table'; readonly table: Table }
  /** A chart: drawn in the Word document; the Markdown, which has no pictures, leaves it out. */
  | { readonly kind: 'chart'; readonly chart: Chart };

/** A table whose first column holds labels and whose other columns hold numbers (right-aligned). */
export interface Table {
  /** Says what the table holds and in which unit, once. */
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

export interface TableRow {
  readonly cells: readonly string[];
  /** A total row, set in bold. */
  readonly strong?: boolean;
}

/** The two charts of the summary; amounts in thousands of euros. */
export type Chart =
  | {
      readonly kind: 'bars';
      readonly caption: string;
      readonly axis: string;
      readonly categories: readonly string[];
      readonly values: readonly number[];
    }
  | {
      readonly kind: 'lines';
      readonly caption: string;
      readonly axis: string;
      readonly years: readonly number[];
      readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
    };

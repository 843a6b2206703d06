import type { Block, CouncilDocument, Span, Table } from './document.js';

/**
 * The council summary as Markdown (CommonMark with GitHub's tables), ready to paste. Every
 * text is escaped: a label from the inputs can hold a `|`, a line break, `<b>` or `**` and
 * still comes out as the same text in one table cell or one line, never as markup.
 */
export function councilMarkdown(doc: CouncilDocument): string {
  const out = [`# ${escapeMarkdown(doc.title, true)}`, ''];
  for (const block of doc.blocks) {
    const lines = blockLines(block);
    if (lines.length > 0) out.push(...lines, '');
  }
  return out.join('\n');
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`## ${escapeMarkdown(block.text, true)}`];
    case 'paragraph': {
      const text = spansMarkdown(block.spans);
      return text === '' ? [] : [block.note === true ? `*${text}*` : text];
    }
    case 'list':
      return block.items.map((item) => `- ${spansMarkdown(item)}`);
    case 'table':
      return tableLines(block.table);
    case 'chart':
      return [];
  }
}

function tableLines(table: Table): string[] {
  const row = (cells: readonly string[], strong: boolean) => `| ${cells.map((c) => (strong ? bold(escapeMarkdown(c, false)) : escapeMarkdown(c, false))).join(' | ')} |`;
  return [
    `*${escapeMarkdown(table.caption, false).trim()}*`,
    '',
    row(table.header, false),
    `|${table.header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...table.rows.map((r) => row(r.cells, r.strong === true)),
  ];
}

/** Escaped text in bold; empty text stays empty, since `****` is no bold text but a line. */
function bold(escaped: string): string {
  return escaped.trim() === '' ? escaped : `**${escaped.trim()}**`;
}

function spansMarkdown(spans: readonly Span[]): string {
  return spans
    .map((span, i) => {
      const text = escapeMarkdown(span.text, i === 0 && span.strong !== true);
      return span.strong === true ? bold(text) : text;
    })
    .join('');
}

/**
 * Plain text as Markdown that shows exactly that text: white space (line breaks too) as one
 * space, except a no-break space; `&`, `<`, `>` as entities, so that no HTML gets through; a backslash before every
 * character that could start emphasis, code, a link, a table cell or strikethrough, and
 * before `#` (a heading's closing `#` would be dropped); and, at the start of a line
 * (`lineStart`), before what would make it a list or a heading's underline.
 */
export function escapeMarkdown(text: string, lineStart: boolean): string {
  const escaped = text
    // a no-break space is kept: it is how an amount says not to break a line
    .replace(/[^\S\u00a0]+/gu, ' ')
    .replace(/[\\`*_[\]|~#]/gu, (c) => `\\${c}`)
    .replace(/[&<>]/gu, (c) => ENTITIES[c]!);
  if (!lineStart) return escaped;
  // a list item, thematic break or underline starts a line; a digit run before . or ) is an ordered list
  return escaped.replace(/^(\s*)([+\-=]|\d+(?=[.)]))/u, (_, space: string, mark: string) => `${space}${/^\d/u.test(mark) ? `${mark}\\` : `\\${mark}`}`);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

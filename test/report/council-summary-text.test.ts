import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { REGION, municipalitySubject, project, type Projection, type Subject } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { councilDocument, councilSummary } from '../../src/report/council-summary.js';
import type { CouncilDocument } from '../../src/report/council/document.js';
import { councilMarkdown, escapeMarkdown } from '../../src/report/council/markdown.js';
import { isEstimate } from '../../src/report/source-label.js';
import { runInProcess } from '../support/in-process.js';
import { TINY } from '../support/testdir.js';

// Issue 13, items 11 and 12: the council summary is paste-ready (rounded amounts, short
// sources, tables that fit a page, no hashes) and everything from the inputs is escaped.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOWECO = project(loadScenario(join(ROOT, 'scenarios/regio-soweco.yaml')));
const SUBJECTS: readonly Subject[] = [...SOWECO.region.municipalityIds.map(municipalitySubject), REGION];
const LANGUAGES = ['nl', 'en'] as const;
const md = new MarkdownIt({ html: true });

/** The Markdown tables of a text: each a list of rows, each a list of cell texts (as a Markdown reader sees them). */
function tables(text: string): string[][][] {
  const out: string[][][] = [];
  let row: string[] | undefined;
  for (const token of md.parse(text, {})) {
    if (token.type === 'table_open') out.push([]);
    if (token.type === 'tr_open') out[out.length - 1]!.push((row = []));
    if (token.type === 'inline' && row !== undefined) row.push(token.children?.map((c) => c.content).join('') ?? '');
    if (token.type === 'tr_close') row = undefined;
  }
  return out;
}

describe('the council summary of every shipped municipality and the region reads as a council text', () => {
  const texts = SUBJECTS.flatMap((subject) => LANGUAGES.map((language) => ({ subject, language, text: councilSummary(SOWECO, subject, language, '1.0.0') })));

  it('has tables of at most seven columns, a year per row', () => {
    for (const { text } of texts) {
      const found = tables(text);
      expect(found.length).toBeGreaterThanOrEqual(2);
      for (const table of found) {
        for (const row of table) expect(row.length).toBeLessThanOrEqual(7);
        expect(table.map((r) => r[0])).toEqual(expect.arrayContaining(['2021', '2035']));
      }
    }
  });

  it('shows no URL, no PLAUSIBLE RANGE, no SHA-256 and no hash', () => {
    for (const { text } of texts) {
      expect(text).not.toMatch(/https?:|www\./i);
      expect(text).not.toMatch(/PLAUSIBLE|SHA-256|domain-figures/i);
      expect(text).not.toMatch(/\b[0-9a-f]{12,}\b/);
    }
  });

  it('has no amount to the euro in its text: millions with one decimal, or thousands', () => {
    for (const { text, language } of texts) {
      const prose = text.split('\n').filter((line) => !line.startsWith('|') && !line.startsWith('- **'));
      const amounts = prose.join('\n').match(/€\s?\d([\d.,]*\d)?(\smln|\smillion)?/g) ?? [];
      expect(amounts.length).toBeGreaterThan(3);
      for (const amount of amounts) {
        expect(amount).not.toContain(' '); // no-break spaces only
        const digits = amount.replace(/€\s?/, '').replace(/\s/, ' ');
        if (/mln|million/.test(amount)) expect(digits).toMatch(language === 'nl' ? /^\d{1,3}(\.\d{3})*,\d mln$/ : /^\d{1,3}(,\d{3})*\.\d million$/);
        else expect(digits).toMatch(language === 'nl' ? /^(0|\d{1,3}\.000)$/ : /^(0|\d{1,3},000)$/);
      }
    }
  });

  it('says once how many assumptions are estimates, and names short sources', () => {
    for (const { text, language } of texts) {
      const caveat = language === 'nl' ? /Van de \d+ aannames in deze berekening zijn er \d+ schattingen/g : /Of the \d+ assumptions in this calculation, \d+ are estimates/g;
      expect(text.match(caveat)).toHaveLength(1);
      expect(text).toMatch(language === 'nl' ? /\(Schatting\)$/m : /\(Estimate\)$/m);
    }
  });

  it('counts as estimates the sources that start with Schatting, Aanname, Estimate or Assumption, as their short label says', () => {
    expect(['Schatting (low, PLAUSIBLE RANGE …)', ' estimate: 3%', 'Schatting', 'Aanname (geen publieke bron)'].map(isEstimate)).toEqual([true, true, true, true]);
    expect(['CBS Statline', 'Geschatte waarde uit CBS', undefined, ''].map(isEstimate)).toEqual([false, false, false, false]);
  });

  it('uses none of the phrases a council member stumbled over', () => {
    for (const { text } of texts) {
      expect(text).not.toMatch(/komt vooral uit|voor geen gemeente|for no municipality|comes mainly from|eigen lijnen|own lines/);
      expect(text).not.toMatch(/\(\S[^()]*\([^()]*\)\)/); // no brackets inside brackets
    }
    const region = texts.find((t) => t.subject.kind === 'region' && t.language === 'nl')!.text;
    expect(region).toContain('Soweco als Maatschappelijke Onderneming: alle gemeenten gaan erop achteruit.');
    expect(region).toMatch(/: Twenterand gaat erop vooruit; Almelo, Hellendoorn, Rijssen-Holten, Tubbergen en Wierden gaan erop achteruit\./);
  });

  it('is in English with --lang en, and in Dutch otherwise', () => {
    const en = texts.find((t) => t.subject.kind === 'region' && t.language === 'en')!.text;
    expect(en).toContain('## Outcome');
    expect(en).toContain('every municipality loses');
    // the labels come from the inputs, in Dutch; the summary's own words are English
    expect(en).not.toMatch(/Uitkomst|Meerjarenoverzicht|schatting|terugverdiend| mln|gaan erop|voordeel van/);
  });
});

describe('the amounts of the council table', () => {
  it('are the JSON figures in thousands of euros, rounded half away from zero', async () => {
    const run = await runInProcess(['run', join(ROOT, 'scenarios/almelo.yaml'), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { years: number[]; configurations: Record<string, { label: string; net: number[]; cumulative: number; npv: number }> };
    const text = councilSummary(SOWECO, municipalitySubject('almelo'), 'nl', 'test');
    const [net] = tables(text);
    const thousands = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) / 1000)).toLocaleString('nl-NL');
    const header = net![0]!;
    for (const [column, label] of header.slice(1).entries()) {
      const configuration = Object.values(json.configurations).find((c) => c.label === label)!;
      const cells = net!.slice(1).map((row) => row[column + 1]);
      expect(cells).toEqual([...configuration.net.map(thousands), thousands(configuration.cumulative), thousands(configuration.npv)]);
    }
    // the text's amounts: the baseline's total in millions with one decimal
    const baseline = json.configurations['gr']!;
    const millions = (Math.round(baseline.cumulative / 100_000) / 10).toLocaleString('nl-NL', { minimumFractionDigits: 1 });
    expect(text).toContain(`is de goedkoopste configuratie: €\u00a0${millions}\u00a0mln over de hele periode`);
  });
});

/** A document whose every text is `label`: a heading, a paragraph, a list item and a table's cells. */
function documentWith(label: string): CouncilDocument {
  return {
    language: 'nl',
    title: label,
    blocks: [
      { kind: 'heading', text: label },
      { kind: 'paragraph', spans: [{ text: label }, { text: label, strong: true }] },
      { kind: 'list', items: [[{ text: label }], [{ text: label, strong: true }, { text: `: ${label}` }]] },
      { kind: 'table', table: { caption: label, header: ['Jaar', label, 'b'], rows: [{ cells: ['2021', label, '1'] }, { cells: [label, '2', label], strong: true }] } },
    ],
  };
}

/** What a reader sees of a text: its words, white space as one space. */
const seen = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('text from the inputs is escaped', () => {
  it('a label of any characters stays one cell, one line, one text: no cells, lines, HTML or markup of its own', () => {
    const label = fc.string({ unit: fc.constantFrom(...'ab |\n\r\t<>&*_`[]()!#-+=.1\\~:'.split('')), minLength: 1, maxLength: 30 }).filter((s) => seen(s) !== '');
    fc.assert(
      fc.property(label, (text) => {
        const markdown = councilMarkdown(documentWith(text));
        const tokens = md.parse(markdown, {});
        expect(tokens.filter((t) => t.type === 'html_block' || t.type === 'html_inline' || t.children?.some((c) => c.type === 'html_inline'))).toEqual([]);
        // one heading of each level, one paragraph each for the text and the caption, two list items, one table
        expect(tokens.filter((t) => t.type === 'heading_open').map((t) => t.tag)).toEqual(['h1', 'h2']);
        expect(tokens.filter((t) => t.type === 'list_item_open')).toHaveLength(2);
        const [table, ...more] = tables(markdown);
        expect(more).toEqual([]);
        expect(table).toEqual([
          ['Jaar', seen(text), 'b'],
          ['2021', seen(text), '1'],
          [seen(text), '2', seen(text)],
        ]);
        const inlines = tokens.filter((t) => t.type === 'inline').map((t) => t.children?.filter((c) => c.type === 'text' || c.type === 'softbreak').map((c) => c.content).join('') ?? '');
        expect(inlines[0]).toBe(seen(text));
      }),
      { numRuns: 300 },
    );
  });

  it('escapes the characters that make markup, and only at the start of a line what starts a block', () => {
    expect(escapeMarkdown('a | b\nc <b>&amp;</b> *x* _y_ `z` [l](u) ~s~', false)).toBe('a \\| b c &lt;b&gt;&amp;amp;&lt;/b&gt; \\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~');
    expect(escapeMarkdown('# 1. - + =', true)).toBe('\\# 1. - + =');
    expect(escapeMarkdown('- a', true)).toBe('\\- a');
    expect(escapeMarkdown('a #', false)).toBe('a \\#');
    expect(escapeMarkdown('12) x', true)).toBe('12\\) x');
    expect(escapeMarkdown('Rijssen-Holten', true)).toBe('Rijssen-Holten');
  });

  it('a configuration called "A | B" with a line break and <script> in the inputs stays one column of the council table', () => {
    const base = project(loadScenario(join(TINY, 'regio.yaml')));
    const label = 'A | B\n<script>x</script> **C**';
    const renamed: Projection = { ...base, region: { ...base.region, configurations: base.region.configurations.map((c, i) => (i === 1 ? { ...c, label } : c)) } };
    const text = councilMarkdown(councilDocument(renamed, municipalitySubject('noord'), 'nl', 'test'));
    expect(text).not.toContain('<script>');
    for (const table of tables(text)) {
      for (const row of table) expect(row).toHaveLength(table[0]!.length);
      expect(table[0]).toContain('A | B <script>x</script> **C**');
    }
  });
});

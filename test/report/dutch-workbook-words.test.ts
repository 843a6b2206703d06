import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { buildComparisonWorkbook } from '../../src/report/comparison/index.js';
import { ROOT } from '../support/cli.js';
import { runInProcess } from '../support/in-process.js';
import { TINY, testDir } from '../support/testdir.js';

// Issue 13, item 6: a Dutch workbook is Dutch throughout. Every Dutch workbook kind of the
// shipped Almelo scenario and of the tiny fixture (run, the regional comparison, risk with
// its sensitivity sheet, goal seek, compare) is built in this process, and no text it holds
// (cells, sheet names, chart titles, series and axis titles, footers, the texts of number
// formats) may hold an English word of the list, as a whole word in any case. Words are
// split at everything that is not a letter, so "se_share" holds "share".

const ENGLISH = [
  'triangular', 'uniform', 'normal', 'distribution', 'mean', 'deviation', 'plausible', 'range', 'low', 'high', 'lowest', 'highest',
  'share', 'shares', 'estimate', 'estimates', 'assumption', 'assumptions', 'source', 'sources', 'amount', 'amounts', 'key', 'keys',
  'rate', 'rates', 'cost', 'costs', 'revenue', 'revenues', 'never', 'yes', 'total', 'value', 'values', 'discount', 'outflow',
  'headcount', 'employees', 'difference', 'cumulative', 'baseline', 'sensitivity', 'risk', 'summary', 'notes', 'warning', 'warnings',
  'advantage', 'axis', 'bottom', 'sticky', 'wage', 'subsidy', 'employer', 'supplier', 'fee', 'fees', 'pp',
];

/** Every text of an xlsx package a reader sees, each with the part it is in. */
async function textsOf(file: string): Promise<{ part: string; text: string }[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const texts: { part: string; text: string }[] = [];
  for (const part of Object.keys(zip.files).filter((p) => p.endsWith('.xml'))) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    const add = (pattern: RegExp) => {
      for (const m of xml.matchAll(pattern)) texts.push({ part, text: m[1] ?? '' });
    };
    add(/<(?:t|a:t|c:v|oddHeader|oddFooter|evenFooter|firstFooter)\b[^>]*>([^<]*)</g);
    add(/<sheet\b[^>]*\bname="([^"]*)"/g);
    add(/<definedName\b[^>]*\bname="([^"]*)"/g);
    // the literal texts of number formats, such as "ja";;"nee"
    for (const m of xml.matchAll(/formatCode="([^"]*)"/g)) for (const q of (m[1] ?? '').matchAll(/&quot;([^&]*)&quot;/g)) texts.push({ part, text: q[1] ?? '' });
  }
  return texts;
}

/** The English words of the list in a text. */
function englishWords(text: string): string[] {
  // the workbook's own file references (paths, input names) are not prose: docs/risk.md, scenarios/almelo.yaml
  const prose = text.replace(/[\w./-]+\.(?:md|yaml|csv)\b/g, '');
  return prose.split(/[^\p{L}]+/u).filter((w) => ENGLISH.includes(w.toLowerCase()));
}

describe('a Dutch workbook is Dutch throughout (issue 13, item 6)', () => {
  const out = testDir();
  const files: string[] = [];
  beforeAll(async () => {
    // a variant of Almelo, to compare with
    const variantDir = testDir();
    const variant = join(variantDir, 'almelo-lager.yaml');
    writeFileSync(variant, `extends: ${relative(variantDir, join(ROOT, 'scenarios/almelo.yaml'))}\ndescription: Rijksbijdrage 3% lager\nset:\n  - rijksbijdrage_per_se*=0.97\n`);
    const almelo = join(ROOT, 'scenarios/almelo.yaml');
    const runs = [
      ['run', almelo, '--out', join(out, 'run')],
      ['run', join(TINY, 'noord.yaml'), '--out', join(out, 'run')],
      // the region's own workbook (run of a region file)
      ['run', join(ROOT, 'scenarios/regio-soweco.yaml'), '--out', join(out, 'run')],
      // fewer than 2000 draws: the Monte Carlo stays in this process
      ['risk', almelo, '--iterations', '200', '--out', join(out, 'risk')],
      ['solve', almelo, '--config', 'mo', '--param', 'overhead_mo', '--out', join(out, 'solve')],
      ['compare', almelo, variant, '--out', join(out, 'compare')],
      ['compare', join(TINY, 'noord.yaml'), join(TINY, 'noord.yaml'), '--out', join(out, 'compare-tiny')],
    ];
    for (const args of runs) {
      const result = await runInProcess(args);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
    }
    // the regional comparison as batch writes it (batch itself runs its jobs in worker threads)
    mkdirSync(join(out, 'batch'));
    for (const region of [join(ROOT, 'scenarios/regio-soweco.yaml'), join(TINY, 'regio.yaml')]) {
      const projection = project(loadScenario(region));
      writeFileSync(join(out, 'batch', `${projection.region.id}-vergelijking.xlsx`), await buildComparisonWorkbook(projection, { language: 'nl', version: 'test' }));
    }
    for (const folder of ['run', 'risk', 'solve', 'compare', 'compare-tiny', 'batch']) {
      for (const name of readdirSync(join(out, folder)).filter((n) => n.endsWith('.xlsx'))) files.push(join(out, folder, name));
    }
  }, 120_000);

  it('builds every workbook kind', () => {
    expect(files.map((f) => relative(out, f)).sort()).toEqual([
      'batch/soweco-vergelijking.xlsx', 'batch/tiny-vergelijking.xlsx', 'compare-tiny/noord-vs-noord.xlsx', 'compare/almelo-vs-almelo-lager.xlsx',
      'risk/almelo.xlsx', 'run/almelo.xlsx', 'run/noord.xlsx', 'run/regio-soweco.xlsx', 'solve/almelo.xlsx',
    ]);
  });

  it('holds no English word of the list in any text', async () => {
    const found: string[] = [];
    for (const file of files) {
      for (const { part, text } of await textsOf(file)) {
        const words = englishWords(text);
        if (words.length > 0) found.push(`${relative(out, file)} ${part}: ${words.join(', ')} in "${text.slice(0, 120)}"`);
      }
    }
    expect(found.slice(0, 20)).toEqual([]);
    // the check reads cells, sheet names, charts and footers of every workbook
    const parts = new Set((await Promise.all(files.map(textsOf))).flat().map((t) => t.part));
    expect([...parts].filter((p) => p.startsWith('xl/charts/')).length).toBeGreaterThan(3);
    expect(parts).toContain('xl/workbook.xml');
    expect(parts).toContain('xl/sharedStrings.xml');
  });

  it('finds an English word where one is (the check itself)', () => {
    expect(englishWords('driehoeksverdeling; verdeelsleutel (se_share)')).toEqual(['share']);
    expect(englishWords('triangular -0.25 / 0 / 0.5, PLAUSIBLE RANGE')).toEqual(['triangular', 'PLAUSIBLE', 'RANGE']);
    expect(englishWords('Zie docs/risk.md')).toEqual([]);
  });

  it('writes numbers inside texts with decimal commas', async () => {
    const risk = (await textsOf(join(out, 'risk', 'almelo.xlsx'))).map((t) => t.text);
    const distributions = risk.filter((t) => /verdeling/.test(t) && /\d/.test(t));
    expect(distributions.length).toBeGreaterThan(0);
    // a number with a decimal point (0.25, -0.5) would be English; 1.000 as thousands never occurs in a change
    for (const text of [...distributions, ...risk.filter((t) => /%-punt/.test(t))]) expect(text).not.toMatch(/\d\.\d/);
    expect(risk.some((t) => /driehoeksverdeling|uniforme verdeling|normale verdeling/.test(t))).toBe(true);
  });

  it('shows short source labels on Aannames and the full sources in the Toelichting', async () => {
    const texts = await textsOf(join(out, 'run', 'almelo.xlsx'));
    const all = texts.map((t) => t.text);
    expect(all).toContain('Schatting');
    // no raw link in a short label: links are only in the Toelichting's full sources
    const withLinks = all.filter((t) => /https?:\/\//.test(t));
    expect(withLinks.length).toBeGreaterThan(0);
    for (const t of withLinks) expect(t.startsWith('• ')).toBe(true);
    expect(all).toContain('Bronnen van de aannames');
  });
});

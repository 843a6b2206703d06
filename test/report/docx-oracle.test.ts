import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { REGION, municipalitySubject, project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import type { Language } from '../../src/report/i18n/index.js';
import { councilDocument } from '../../src/report/council-summary.js';
import type { Block, Chart, CouncilDocument, Span } from '../../src/report/council/document.js';
import { councilDocx } from '../../src/report/council/docx.js';
import { workbookDates } from '../../src/report/workbook/stamp.js';
import { zipPackage } from '../../src/report/zip-package.js';
import { isXmlText } from '../../src/text-characters.js';
import { ROOT } from '../support/cli.js';
import { docxSummaryParts } from '../support/docx-parts.js';

/*
 * The oracle of the Word writer (src/report/council/docx.ts, word-document-xml.ts,
 * word-fixed-parts.ts): every kind of council summary is written twice in one process, once
 * as the program writes it and once with docx's document model and packer (the way every
 * summary was written before), and the two packages must hold the same parts in the same
 * order, byte for byte, and zip to the same bytes. The charts are drawn for real in one case;
 * elsewhere each chart is "drawn" as the bytes of its own description, which is what the
 * writer does with a picture (store it, once, and refer to it) without the cost of drawing.
 */

const mode = vi.hoisted(() => ({ draw: true }));

/** A chart's stand-in picture: its description, so that equal charts give equal pictures. */
const describeChart = (chart: Chart): Buffer => Buffer.from(JSON.stringify(chart), 'utf8');

vi.mock('../../src/report/council/chart-images.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/report/council/chart-images.js')>();
  return { ...original, chartPng: (chart: Chart, language: Language) => (mode.draw ? original.chartPng(chart, language) : describeChart(chart)) };
});

const TIMEOUT = 60_000;
const DATE = new Date(Date.UTC(2026, 4, 1, 12));

/** Each file of a zip, in its order. */
async function unzipped(bytes: Uint8Array): Promise<[string, Buffer][]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => [f.name, await f.async('nodebuffer')] as [string, Buffer]));
}

/** The summary as the program writes it is, part for part and byte for byte, the summary as docx wrote it. */
async function expectDocxWritesIt(doc: CouncilDocument): Promise<void> {
  const ours = await councilDocx(doc, DATE);
  const stamp = workbookDates(DATE).stamp;
  const theirs = docxSummaryParts(doc, stamp);
  const parts = await unzipped(ours);
  expect(parts.map(([path]) => path)).toEqual(theirs.map((p) => p.path));
  for (const [i, [path, bytes]] of parts.entries()) expect(bytes.toString('utf8'), path).toBe(Buffer.from(theirs[i]!.bytes).toString('utf8'));
  expect(ours.equals(zipPackage(theirs, stamp))).toBe(true);
}

const fixture = (name: string) => join(ROOT, 'test/fixtures', name);

describe('a council summary written by the program', () => {
  it('is the summary docx wrote, with its charts drawn', async () => {
    mode.draw = true;
    const projection = project(loadScenario(join(fixture('tiny-settlement'), 'regio.yaml')));
    await expectDocxWritesIt(councilDocument(projection, REGION, 'nl', 'test'));
    await expectDocxWritesIt(councilDocument(projection, municipalitySubject('oost'), 'en', 'test'));
  }, TIMEOUT);

  it('is the summary docx wrote, for every subject of every example region', async () => {
    mode.draw = false;
    for (const name of ['tiny', 'tiny-settlement', 'tiny-dissolution', 'tiny-fees', 'tiny-realised']) {
      const scenario = loadScenario(join(fixture(name), 'regio.yaml'));
      const projection = project(scenario);
      // the languages in turn, to keep the test short: the texts differ, the kinds of block do not
      for (const [i, subject] of [REGION, ...scenario.municipalities.map((m) => municipalitySubject(m.id))].entries()) {
        await expectDocxWritesIt(councilDocument(projection, subject, i % 2 === 0 ? 'nl' : 'en', 'test'));
      }
    }
  }, TIMEOUT);

  it('is the summary docx wrote, for any blocks of any texts', async () => {
    mode.draw = false;
    await fc.assert(fc.asyncProperty(councilDocuments, expectDocxWritesIt), { numRuns: 60 });
  }, TIMEOUT);
});

/** Texts with what XML and docx treat specially: markup characters, quotes, white space, letters outside ASCII and the BMP. */
const texts = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', '&', '<', '>', '"', "'", '\t', '\n', 'é', '€', '\u00a0', '—', '😀'), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }).filter(isXmlText),
);
const spans: fc.Arbitrary<Span[]> = fc.array(fc.record({ text: texts, strong: fc.boolean() }, { requiredKeys: ['text'] }), { maxLength: 3 });
/** A few charts only, so that a summary often holds the same chart twice (one picture, stored once). */
const charts: fc.Arbitrary<Chart> = fc.oneof(
  fc.record({ kind: fc.constant('bars' as const), caption: fc.constantFrom('Figuur 1. A & B', '"x"'), axis: fc.constant('× € 1.000'), categories: fc.constant(['a', 'b']), values: fc.constant([1, -2]) }),
  fc.record({ kind: fc.constant('lines' as const), caption: fc.constantFrom("Figuur 2. <y>'s"), axis: fc.constant('€'), years: fc.constant([2021, 2022]), series: fc.constant([{ name: 'A', values: [1, 2] }]) }),
);
const tables = fc.integer({ min: 1, max: 7 }).chain((columns) =>
  fc.record({
    caption: texts,
    header: fc.array(texts, { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.record({ cells: fc.array(texts, { minLength: columns, maxLength: columns }), strong: fc.boolean() }, { requiredKeys: ['cells'] }), { maxLength: 4 }),
  }),
);
const blocks: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('heading' as const), text: texts }),
  fc.record({ kind: fc.constant('paragraph' as const), spans, note: fc.boolean() }, { requiredKeys: ['kind', 'spans'] }),
  fc.record({ kind: fc.constant('list' as const), items: fc.array(spans, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('table' as const), table: tables }),
  fc.record({ kind: fc.constant('chart' as const), chart: charts }),
);
const councilDocuments: fc.Arbitrary<CouncilDocument> = fc.record({ language: fc.constantFrom('nl' as const, 'en' as const), title: texts, blocks: fc.array(blocks, { maxLength: 8 }) });

describe('the program', () => {
  it('loads no docx: the library is the tests\' oracle only (a development dependency)', () => {
    const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(0);
    for (const file of sources) expect(readFileSync(join(ROOT, 'src', file), 'utf8'), file).not.toMatch(/from 'docx'|import\('docx'\)|require\('docx'\)/);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(manifest.dependencies).not.toHaveProperty('docx');
    expect(manifest.devDependencies).toHaveProperty('docx');
  });
});

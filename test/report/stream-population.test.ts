import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { project, type Projection } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { buildMunicipalityWorkbook } from '../../src/report/workbook/index.js';
import { TINY, tinyCopy } from '../support/testdir.js';

// The population by origin on the Personeel sheet (issue 14, item 3): the employee file (WSW)
// and each inflow stream, and a stacked column chart of the head count per work form.

const NOORD = readFileSync(join(TINY, 'noord.yaml'), 'utf8');
const STREAMS = [
  '  - { id: lks, work_form: detachering, people: { 2021: 6, 2022: 6, 2023: 6 }, age_at_entry: 30, fte: 1 }',
  '  - { id: nieuw, work_form: beschut_binnen, target_headcount: { 2021: 8, 2025: 30 }, entry_month: 7, age_at_entry: { 25: 0.5, 40: 0.5 }, fte: 0.8, outflow_rate: 0.08 }',
];

async function workbookOf(projection: Projection, language: 'nl' | 'en' = 'nl') {
  const bytes = await buildMunicipalityWorkbook(projection, 'noord', { language, version: '9.9.9' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { wb, zip: await JSZip.loadAsync(bytes) };
}

/** Column A of a sheet, row by row. */
function labels(ws: ExcelJS.Worksheet | undefined): string[] {
  const out: string[] = [];
  ws?.eachRow((row) => out.push(String(row.getCell(1).value ?? '')));
  return out;
}

/** The first row, after `after`, whose label is `label`. */
function rowOf(ws: ExcelJS.Worksheet, label: string, after = 0): ExcelJS.Row {
  for (let r = after + 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === label) return ws.getRow(r);
  throw new Error(`no row "${label}" after row ${after}`);
}

/** The chart parts of the package and the sheet each drawing belongs to. */
async function chartsBySheet(zip: JSZip): Promise<Map<string, string[]>> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const out = new Map<string, string[]>();
  for (const [, name, id] of workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? '';
    const sheetRels = zip.file(`xl/worksheets/_rels/${target.split('/').pop()}.rels`);
    const drawing = sheetRels === null ? undefined : /Target="\.\.\/drawings\/([^"]*)"/.exec(await sheetRels.async('string'))?.[1];
    if (drawing === undefined) continue;
    const drawingRels = await zip.file(`xl/drawings/_rels/${drawing}.rels`)!.async('string');
    const charts = [...drawingRels.matchAll(/Target="\.\.\/charts\/([^"]*)"/g)].map((m) => m[1]!);
    out.set(name!, await Promise.all(charts.map((c) => zip.file(`xl/charts/${c}`)!.async('string'))));
  }
  return out;
}

describe('the Personeel sheet of a municipality with inflow streams', () => {
  let projection: Projection;
  let book: Awaited<ReturnType<typeof workbookOf>>;
  beforeAll(async () => {
    const dir = tinyCopy({ 'noord.yaml': `${NOORD}inflow:\n${STREAMS.join('\n')}\n` });
    projection = project(loadScenario(join(dir, 'noord.yaml')));
    book = await workbookOf(projection);
  });

  it('shows the employee file (WSW) and each stream with head count, FTE, SE and year-end head count: the engine\'s figures', () => {
    const ws = book.wb.getWorksheet('Personeel')!;
    const population = projection.populations.get('noord')!;
    const origin = rowOf(ws, 'Herkomst: WSW-personeelsbestand en instroom').number;
    const parts = [
      ['WSW-personeelsbestand', population.employeeFile],
      ['Instroom — Detachering', population.byStream.get('lks')!],
      ['Instroom — Beschut binnen', population.byStream.get('nieuw')!],
    ] as const;
    for (const [part, volumes] of parts) {
      const heading = rowOf(ws, part, origin).number;
      const quantities = [['headcount', 1], ['fte', 2], ['se', 3], ['yearEndHeadcount', 4]] as const;
      for (const [quantity, offset] of quantities) {
        const row = ws.getRow(heading + offset);
        volumes[quantity].forEach((x, t) => expect(row.getCell(4 + t).value).toBe(x.toNumber()));
      }
    }
    // each year, the parts add up to the municipality's total head count shown above them
    const total = rowOf(ws, 'Gemiddeld aantal medewerkers — totaal');
    const sum = parts.reduce((acc, [part]) => acc + Number(ws.getRow(rowOf(ws, part, origin).number + 1).getCell(4).value), 0);
    expect(sum).toBeCloseTo(Number(total.getCell(4).result ?? total.getCell(4).value), 9);
  });

  it('has a stacked column chart of the head count per work form, the WSW part and each stream its own series', async () => {
    const charts = await chartsBySheet(book.zip);
    expect([...charts.keys()]).toEqual(['Samenvatting', 'Personeel']);
    const [chart] = charts.get('Personeel')!;
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');
    const names = [...chart!.matchAll(/<c:tx><c:strRef><c:f>[^<]*<\/c:f><c:strCache><c:ptCount val="1"\/><c:pt idx="0"><c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    expect(names).toEqual(['WSW — Beschut binnen', 'WSW — Detachering', 'Instroom — Detachering', 'Instroom — Beschut binnen']);
    // each series reads its row of the table on the sheet, whose label is the series' name
    const ws = book.wb.getWorksheet('Personeel')!;
    const refs = [...chart!.matchAll(/<c:val><c:numRef><c:f>'Personeel'!\$D\$(\d+):/g)].map((m) => Number(m[1]));
    expect(refs.map((r) => ws.getRow(r).getCell(1).value)).toEqual(names);
    // the WSW series in blues, the newcomers in other colours
    const colours = [...chart!.matchAll(/<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1]);
    expect(new Set(colours).size).toBe(4);
  });

  it('says on the sheet and in the notes that the population comes from the employee file and the inflow streams', () => {
    expect(String(book.wb.getWorksheet('Personeel')!.getCell('A2').value)).toContain('instroomstromen van het gemeentebestand');
    const notes = labels(book.wb.getWorksheet('Toelichting')).join('\n');
    expect(notes).toContain('de instroom van nieuwe doelgroepen uit het gemeentebestand');
    expect(notes).toContain('en de instroom uit het gemeentebestand');
  });

  it('in English with --lang en', async () => {
    const { wb } = await workbookOf(projection, 'en');
    const sheet = labels(wb.getWorksheet('Population'));
    expect(sheet).toEqual(expect.arrayContaining(['By origin: WSW employee file and inflow', 'WSW employee file', 'Inflow — Detachering']));
    expect(String(wb.getWorksheet('Population')!.getCell('A2').value)).toContain("the municipality file's inflow streams");
  });

  it('marks the employee file\'s figures where the employees are a small cell, and always shows the streams\'', async () => {
    // Noord with two employees: every WSW figure is a small cell; the stream's are modelled, not people
    const csv = readFileSync(join(TINY, 'data', 'noord.csv'), 'utf8').split('\n');
    const dir = tinyCopy({ 'noord.yaml': `${NOORD}inflow:\n${STREAMS[0]!}\n`, 'data/noord.csv': `${csv.slice(0, 3).join('\n')}\n` });
    const small = project(loadScenario(join(dir, 'noord.yaml')));
    const { wb } = await workbookOf(small);
    const ws = wb.getWorksheet('Personeel')!;
    const origin = rowOf(ws, 'Herkomst: WSW-personeelsbestand en instroom').number;
    const wsw = rowOf(ws, 'WSW-personeelsbestand', origin).number;
    const stream = rowOf(ws, 'Instroom — Detachering', origin).number;
    for (let offset = 1; offset <= 4; offset++) expect(ws.getRow(wsw + offset).getCell(4).value).toBe('x');
    expect(ws.getRow(stream + 1).getCell(4).value).toBe(small.populations.get('noord')!.byStream.get('lks')!.headcount[0]!.toNumber());
    // the totals that mix them are marked too: total − stream would give the employees' figure
    expect(rowOf(ws, 'Gemiddeld aantal medewerkers — totaal').getCell(4).value).toBe('x');
  });
});

describe('the chart\'s table where the small-cell rule merges work forms (Zuid, docs/methodology.md#small-cells)', () => {
  it('shows the WSW part of merged forms as "WSW — overige arbeidsvormen" where it may show, x where not, and the stream every year', async () => {
    const zuid = readFileSync(join(TINY, 'zuid.yaml'), 'utf8');
    const dir = tinyCopy({ 'zuid.yaml': `${zuid}inflow:\n${STREAMS[0]!}\n` });
    const projection = project(loadScenario(join(dir, 'zuid.yaml')));
    const bytes = await buildMunicipalityWorkbook(projection, 'zuid', { language: 'nl', version: '9.9.9' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Personeel')!;
    const table = rowOf(ws, 'Gemiddeld aantal personen per arbeidsvorm: WSW en instroom').number;
    const cells = (label: string) => Array.from({ length: 10 }, (_, t) => rowOf(ws, label, table).getCell(4 + t).value);
    const wsw = projection.populations.get('zuid')!.employeeFile;
    // 2021–2025 every form shows; 2026–2029 both are merged, "other" holds 7 people; 2030 it holds 3: x
    expect(cells('WSW — Beschut binnen')).toEqual([...wsw.byWorkForm.get('beschut_binnen')!.headcount.slice(0, 5).map((x) => x.toNumber()), 'x', 'x', 'x', 'x', 'x']);
    expect(cells('WSW — overige arbeidsvormen')).toEqual([null, null, null, null, null, ...wsw.headcount.slice(5, 9).map((x) => x.toNumber()), 'x']);
    expect(cells('Instroom — Detachering').every((x) => typeof x === 'number')).toBe(true);
  });
});

describe('the Personeel sheet of a municipality without inflow streams', () => {
  it('has no section by origin, no chart, and says the population comes from the employee file', async () => {
    const { wb, zip } = await workbookOf(project(loadScenario(join(TINY, 'noord.yaml'))));
    const sheet = labels(wb.getWorksheet('Personeel'));
    expect(sheet.some((l) => /Herkomst|WSW-personeelsbestand|Instroom/.test(l))).toBe(false);
    expect([...(await chartsBySheet(zip)).keys()]).toEqual(['Samenvatting']);
    expect(wb.getWorksheet('Personeel')!.getCell('A2').value).toBe('Kleine regio, 2021–2030. Totalen per jaar, berekend uit het personeelsbestand; geen persoonsgegevens.');
    expect(labels(wb.getWorksheet('Toelichting'))).toContain('• Personeel: het aantal FTE, SE en medewerkers per jaar en per arbeidsvorm, berekend uit het personeelsbestand (alleen totalen).');
  });
});

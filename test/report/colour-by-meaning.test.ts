import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { buildComparisonWorkbook } from '../../src/report/comparison/index.js';
import { scaledAxis } from '../../src/report/workbook/charts/axis.js';
import { SERIES_COLOURS } from '../../src/report/workbook/charts/chart-xml.js';
import { buildMunicipalityWorkbook } from '../../src/report/workbook/index.js';
import { FORMAT, MEANING_COLOURS, moneyFormatFor } from '../../src/report/workbook/styles.js';
import { ROOT } from '../support/cli.js';
import { everyKindRegion } from '../support/every-kind-region.js';
import { TINY } from '../support/testdir.js';

// Issue 13, items 1, 5, 7 and 8: colour by meaning, the line chart's axis scaled to the data,
// no break-even of the baseline against itself, and INDEX forms every spreadsheet reads alike.

interface Built {
  readonly wb: ExcelJS.Workbook;
  readonly zip: JSZip;
}

async function open(bytes: Buffer): Promise<Built> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { wb, zip: await JSZip.loadAsync(bytes) };
}

const options = { language: 'nl' as const, version: 'test' };

function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  return typeof v === 'object' && v !== null && 'formula' in v ? v.result : v;
}

/** Every cell of a workbook with its sheet. */
function cells(wb: ExcelJS.Workbook): { sheet: string; cell: ExcelJS.Cell }[] {
  const all: { sheet: string; cell: ExcelJS.Cell }[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => all.push({ sheet: ws.name, cell }))));
  return all;
}

/** The row of a sheet whose first cell is `label`. */
function rowLabelled(ws: ExcelJS.Worksheet | undefined, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws?.eachRow((row) => {
    if (found === undefined && row.getCell(1).value === label) found = row;
  });
  if (found === undefined) throw new Error(`no row ${label} on ${ws?.name}`);
  return found;
}

async function charts(zip: JSZip): Promise<string[]> {
  const paths = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).sort();
  return Promise.all(paths.map((p) => zip.file(p)!.async('string')));
}

/** Almelo's workbook, built once for the tests that read it. */
let almeloBuilt: Promise<Built> | undefined;
function almeloWorkbook(): Promise<Built> {
  almeloBuilt ??= buildMunicipalityWorkbook(project(loadScenario(join(ROOT, 'scenarios/almelo.yaml'))), 'almelo', options).then(open);
  return almeloBuilt;
}

describe('workbooks colour by meaning (issue 13, item 1)', () => {
  let almelo: Built;
  let region: Built;
  beforeAll(async () => {
    almelo = await almeloWorkbook();
    region = await open(await buildComparisonWorkbook(project(loadScenario(join(ROOT, 'scenarios/regio-soweco.yaml'))), options));
  });

  it('never paints a negative number red, in any sheet of the municipality and region workbooks', () => {
    for (const { wb } of [almelo, region]) {
      const redNegatives = cells(wb).filter(({ cell }) => /\[Red\]/i.test(cell.numFmt?.split(';')[1] ?? '') || /^[^;]*$/.test(cell.numFmt ?? '') && /\[Red\]/i.test(cell.numFmt ?? ''));
      expect(redNegatives.map(({ sheet, cell }) => `${sheet}!${cell.address} ${cell.numFmt}`)).toEqual([]);
    }
  });

  it('shows Almelo\'s differences with the baseline red where dearer and uncoloured where cheaper, and its amounts uncoloured', () => {
    const summary = almelo.wb.getWorksheet('Samenvatting')!;
    const differences: number[] = [];
    summary!.getColumn(6).eachCell((cell, row) => {
      // the table of configurations: rows with a code in column B, above the annual table
      if (row <= 6 || row > 12 || summary.getCell(row, 2).value === null || typeof cellValue(cell) !== 'number') return;
      differences.push(cellValue(cell) as number);
      expect(cell.numFmt).toBe(FORMAT.difference);
    });
    expect(differences.length).toBeGreaterThanOrEqual(4);
    const [dearer, cheaper] = FORMAT.difference.split(';');
    expect(dearer).toContain('[Red]');
    expect(cheaper).not.toMatch(/\[/);
    // a plain amount (the net cost) has no colour at all, whatever its sign
    const net = rowLabelled(almelo.wb.getWorksheet('gr'), 'Netto kosten');
    expect(net.getCell(3).numFmt).toBe(FORMAT.money);
    expect(FORMAT.money).not.toMatch(/\[/);
  });

  it('fills the regional comparison\'s gains green and puts no red number in them', async () => {
    const gains = cells(region.wb).filter(({ sheet, cell }) => sheet === 'Vergelijking' && typeof cellValue(cell) === 'number' && (cellValue(cell) as number) < 0);
    expect(gains.length).toBeGreaterThan(0);
    for (const { cell } of gains) expect(cell.numFmt.split(';')[1] ?? '').not.toMatch(/\[Red\]/i);
    // the green fill is a conditional format of the differences below 0
    expect(await region.zip.file('xl/worksheets/sheet1.xml')?.async('string')).toMatch(/<cfRule type="cellIs"[^>]*operator="lessThan"/);
    expect(await region.zip.file('xl/styles.xml')?.async('string')).toContain('FFC6EFCE');
  });

  it('colours the bars of the NPV difference by meaning, and no series red or green', async () => {
    const [line, bar] = await charts(almelo.zip);
    const points = [...(bar ?? '').matchAll(/<c:dPt><c:idx val="(\d+)"\/>.*?<a:srgbClr val="(\w+)"\/>.*?<\/c:dPt>/g)].map((m) => [Number(m[1]), m[2]] as const);
    const values = [...(bar ?? '').matchAll(/<c:val>.*?<\/c:val>/g)][0]?.[0].match(/<c:v>([^<]*)<\/c:v>/g)?.map((v) => Number(v.replace(/<\/?c:v>/g, ''))) ?? [];
    expect(points.length).toBeGreaterThan(0);
    for (const [i, colour] of points) expect(colour).toBe((values[i] ?? 0) < 0 ? MEANING_COLOURS.advantage : MEANING_COLOURS.disadvantage);
    expect(points.some(([, c]) => c === MEANING_COLOURS.advantage) || values.every((v) => v >= 0)).toBe(true);
    expect(SERIES_COLOURS).not.toContain(MEANING_COLOURS.advantage);
    expect(SERIES_COLOURS).not.toContain(MEANING_COLOURS.disadvantage);
    expect(line).not.toContain(MEANING_COLOURS.disadvantage);
    expect(bar).toContain('groen = voordeel');
  });
});

describe('small euro rates show cents (issue 13, item 1)', () => {
  it('writes € 2,50 per inhabitant with cents on the assumptions and configuration sheets', async () => {
    const dir = everyKindRegion();
    const { wb } = await open(await buildMunicipalityWorkbook(project(loadScenario(join(dir, 'noord.yaml'))), 'noord', options));
    const rates = cells(wb).filter(({ cell }) => cellValue(cell) === 2.5);
    expect(rates.length).toBeGreaterThan(0);
    for (const { sheet, cell } of rates) expect(`${sheet}!${cell.address} ${cell.numFmt}`).toBe(`${sheet}!${cell.address} ${FORMAT.moneyCents}`);
  });

  it('chooses cents only where a non-zero amount is below € 100', () => {
    expect(moneyFormatFor([0, 2.5, 1000])).toBe(FORMAT.moneyCents);
    expect(moneyFormatFor([0, 100, 26_000])).toBe(FORMAT.money);
    expect(moneyFormatFor([null, undefined])).toBe(FORMAT.money);
  });
});

describe('the line charts\' value axis follows the data (issue 13, item 5)', () => {
  it('rounds the bounds to nice numbers around the data, and says when 0 is not on the axis', () => {
    expect(scaledAxis([4_130_000, 5_280_000])).toEqual({ min: 4_000_000, max: 5_500_000, includesZero: false });
    expect(scaledAxis([-120, 480])).toEqual({ min: -200, max: 600, includesZero: true });
    const one = scaledAxis([7]);
    expect(one.min).toBeLessThan(7);
    expect(one.max).toBeGreaterThan(7);
  });

  it('writes Almelo\'s net cost chart with bounds that hold every value and an axis title that says so', async () => {
    const [line] = await charts((await almeloWorkbook()).zip);
    const min = Number(/<c:valAx>.*?<c:min val="([^"]+)"\/>/.exec(line ?? '')?.[1]);
    const max = Number(/<c:valAx>.*?<c:max val="([^"]+)"\/>/.exec(line ?? '')?.[1]);
    const values = [...(line ?? '').matchAll(/<c:val>.*?<\/c:val>/g)].flatMap((m) => m[0].match(/<c:v>([^<]*)<\/c:v>/g)?.map((v) => Number(v.replace(/<\/?c:v>/g, ''))) ?? []);
    expect(values.length).toBeGreaterThan(10);
    expect(min).toBeLessThanOrEqual(Math.min(...values));
    expect(max).toBeGreaterThanOrEqual(Math.max(...values));
    // tighter than an axis from 0: the lowest line sits well above the bottom
    expect(min).toBeGreaterThan(0);
    expect(line).toContain('as begint niet bij 0');
    // in the schema's order, which Excel holds to: the title after the gridlines, max before min
    const valAx = /<c:valAx>(.*?)<\/c:valAx>/.exec(line ?? '')?.[1] ?? '';
    const children = [...valAx.replace(/<c:(title|scaling)>.*?<\/c:\1>/g, '<c:$1/>').matchAll(/<c:(\w+)[ />]/g)].map((m) => m[1]);
    expect(children).toEqual(['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'title', 'numFmt', 'tickLblPos', 'crossAx', 'crosses', 'crossBetween']);
    expect(/<c:scaling>(.*?)<\/c:scaling>/.exec(valAx)?.[1]).toMatch(/^<c:orientation val="minMax"\/><c:max val="[\d.]+"\/><c:min val="[\d.]+"\/>$/);
  });
});

describe('the baseline has no break-even against itself (issue 13, item 7)', () => {
  it('shows n.v.t. in the baseline\'s "blijvend terugverdiend" row, and yes/no flags elsewhere', async () => {
    const { wb } = await open(await buildMunicipalityWorkbook(project(loadScenario(join(TINY, 'noord.yaml'))), 'noord', options));
    const baseline = rowLabelled(wb.getWorksheet('gr'), 'Vanaf dit jaar blijvend terugverdiend');
    const years = [4, 5, 6].map((c) => baseline.getCell(c).value);
    expect(years).toEqual(['n.v.t.', 'n.v.t.', 'n.v.t.']);
    const other = rowLabelled(wb.getWorksheet('eigen'), 'Vanaf dit jaar blijvend terugverdiend');
    expect(other.getCell(4).formula).toMatch(/^IF\(MAX\(/);
  });

  it('does the same on the regional comparison\'s per-year sheet', async () => {
    const { wb } = await open(await buildComparisonWorkbook(project(loadScenario(join(TINY, 'regio.yaml'))), options));
    const ws = wb.getWorksheet('Per jaar');
    const flags: unknown[] = [];
    ws?.eachRow((row) => {
      if (row.getCell(1).value === 'Vanaf dit jaar blijvend terugverdiend') flags.push(row.getCell(4).value);
    });
    expect(flags[0]).toBe('n.v.t.');
    expect(flags.slice(1).every((f) => typeof f === 'object')).toBe(true);
  });
});

describe('portable formulas (issue 13, item 8)', () => {
  it('names row and column in every INDEX, and writes no OFFSET or lookup', async () => {
    const municipality = await open(await buildMunicipalityWorkbook(project(loadScenario(join(TINY, 'noord.yaml'))), 'noord', options));
    const comparison = await open(await buildComparisonWorkbook(project(loadScenario(join(TINY, 'regio.yaml'))), options));
    const formulas = [municipality, comparison].flatMap(({ wb }) => cells(wb).map(({ cell }) => cell.formula).filter((f): f is string => typeof f === 'string'));
    const indexes = formulas.filter((f) => f.includes('INDEX('));
    expect(indexes.length).toBeGreaterThan(0);
    for (const f of indexes) expect(f).toMatch(/INDEX\(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+,1,MATCH\(/);
    expect(formulas.filter((f) => /OFFSET\(|LOOKUP\(|INDIRECT\(/.test(f))).toEqual([]);
  });
});

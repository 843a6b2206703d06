import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliEnglish } from '../support/cli.js';
import { smallCellsRegion } from '../support/small-cells-region.js';

// Issue 10, item 21: a work form with one person showed that person's exact fte and, through
// the average headcount of their retirement year, their birth month. smallCellsRegion() gives
// oost a work form with one person; zuid falls to 3 people in 2030, so that even its totals
// are a small cell then. (LibreOffice recalculates oost's workbook in recalculation.recalc.test.ts.)

type Quantity = 'fte' | 'se' | 'headcount';
const QUANTITIES: Quantity[] = ['fte', 'se', 'headcount'];
interface DetailJson {
  population: Record<Quantity, number[]> & { by_work_form: Record<string, Record<Quantity, number[]>> };
}

/** Every number in a JSON value. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

/** Every number a workbook shows: values and the cached results of formulas. */
async function workbookNumbers(file: string): Promise<{ numbers: number[]; wb: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const numbers: number[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.formula ? cell.result : cell.value;
        if (typeof value === 'number') numbers.push(value);
      }),
    ),
  );
  return { numbers, wb };
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const found = (secrets: readonly number[], numbers: readonly number[]) => secrets.filter((s) => numbers.some((n) => same(n, s)));

/** A figure as text, the ways a report might write it: 3 and 4 decimals, with a decimal point or comma. */
const asText = (x: number) => [3, 4].flatMap((d) => [x.toFixed(d), x.toFixed(d).replace('.', ',')]);

describe('small cells never reach a council: a work form with one person (issue 10, item 21)', () => {
  const dir = smallCellsRegion();
  const out = join(dir, 'reports');
  /** The one person's figures per year (fte, SE, average headcount), and zuid's totals of 2030 (3 people). */
  let person: number[];
  let zuid2030: number[];
  let batch: ReturnType<typeof runCli>;

  beforeAll(() => {
    const oost = runCli(['run', 'oost.yaml', '--json'], { cwd: dir });
    expect(oost.code, oost.stderr).toBe(0);
    const form = (JSON.parse(oost.stdout) as DetailJson).population.by_work_form.begeleid_werken;
    person = QUANTITIES.flatMap((q) => form?.[q] ?? []).filter((x) => x !== 0);
    const zuid = JSON.parse(runCli(['run', 'zuid.yaml', '--json'], { cwd: dir }).stdout) as DetailJson;
    zuid2030 = QUANTITIES.map((q) => zuid.population[q][9] ?? NaN);
    batch = runCli(['batch', 'regio.yaml', '--out', out, '--json'], { cwd: dir });
  });

  it('the person is there, in 2021–2024 only (the check below can find them)', () => {
    expect(person).toHaveLength(12);
    expect(zuid2030.every((x) => x > 0)).toBe(true);
  });

  it('run --json (the calculation contract) holds the small cells, and says on stderr that it must not go to a council', () => {
    const result = runCliEnglish(['run', 'oost.yaml', '--json'], { cwd: dir });
    expect(found(person, numbersIn(JSON.parse(result.stdout)))).toHaveLength(person.length);
    expect(result.stderr).toContain('warning: --json\n  the JSON holds population figures of groups of fewer than 5 people (small cells), as the calculation contract (§6) has them\n  hint: use it for checks only and never send it to a council; --protect keeps them out');
  });

  it('--protect without --json is a usage error', () => {
    const result = runCliEnglish(['run', 'oost.yaml', '--protect'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: --protect\n  --protect changes only the JSON document: use it together with --json\n  hint: workbooks and summaries always keep small cells out\n');
    expect(result.stdout).toBe('');
  });

  it('run --json --protect shows none of the person\'s figures, nor zuid\'s of 2030, and warns of nothing', () => {
    for (const [file, secrets] of [['oost.yaml', person], ['zuid.yaml', zuid2030]] as const) {
      const result = runCli(['run', file, '--json', '--protect'], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).not.toContain('small cells');
      const document = JSON.parse(result.stdout) as { small_cells: unknown };
      expect(document.small_cells).toEqual({ protected: true, min_persons: 5 });
      expect(found(secrets, numbersIn(document))).toEqual([]);
    }
  });

  it('batch --json shows none of them, for any municipality', () => {
    expect(batch.code, batch.stderr).toBe(0);
    expect(found([...person, ...zuid2030], numbersIn(JSON.parse(batch.stdout)))).toEqual([]);
  });

  it('no workbook of the batch shows them, not as a value and not as a formula\'s result', async () => {
    const workbooks = readdirSync(out).filter((f) => f.endsWith('.xlsx'));
    expect(workbooks).toHaveLength(4);
    for (const file of workbooks) {
      const { numbers } = await workbookNumbers(join(out, file));
      expect(found([...person, ...zuid2030], numbers), file).toEqual([]);
    }
  });

  it('on the Personeel sheet, no total minus the work forms shown gives the person back, and no 0 tells the year they left', async () => {
    const { wb } = await workbookNumbers(join(out, 'oost.xlsx'));
    const ws = wb.getWorksheet('Personeel');
    const rows = new Map<string, number>();
    ws?.eachRow((row, r) => rows.set(String(row.getCell(1).value), r));
    const figure = (label: string, column: number): number | string | undefined => {
      const r = rows.get(label);
      if (r === undefined) return undefined;
      const cell = ws?.getCell(r, column);
      const value = cell?.formula ? cell.result : cell?.value;
      return typeof value === 'number' || typeof value === 'string' ? value : undefined;
    };
    for (const q of ['FTE', 'SE', 'Gemiddeld aantal medewerkers']) {
      for (let column = 4; column <= 13; column++) {
        const total = figure(`${q} — totaal`, column);
        const shown = ['Beschut binnen', 'Detachering', 'Begeleid werken'].map((f) => figure(`${q} — ${f}`, column)).filter((x): x is number => typeof x === 'number');
        expect(typeof total).toBe('number');
        const rest = (total as number) - shown.reduce((a, b) => a + b, 0);
        expect(found(person, [rest]), `${q}, column ${column}`).toEqual([]);
      }
      // the year the person left (2024) does not show either: no 0 follows the marks
      for (let column = 4; column <= 13; column++) expect(figure(`${q} — Begeleid werken`, column)).toBe('x');
      // 2021: begeleid werken (1 person) is merged with the smallest other form, detachering (6)
      expect(figure(`${q} — Detachering`, 4)).toBe('x');
      expect(typeof figure(`${q} — overige arbeidsvormen`, 4)).toBe('number');
      expect(typeof figure(`${q} — Beschut binnen`, 4)).toBe('number');
    }
  });

  it('zuid\'s totals of 2030 (3 people) are marked, in its own workbook and where noord\'s workbook lists it for the allocation keys', async () => {
    const { wb: zuid } = await workbookNumbers(join(out, 'zuid.xlsx'));
    const personeel = zuid.getWorksheet('Personeel');
    const marked: string[] = [];
    personeel?.eachRow((row) => row.getCell(13).value === 'x' && marked.push(String(row.getCell(1).value)));
    expect(marked).toEqual(expect.arrayContaining(['FTE — totaal', 'SE — totaal', 'Gemiddeld aantal medewerkers — totaal', 'Aantal medewerkers eind van het jaar']));
    const { wb: noord } = await workbookNumbers(join(out, 'noord.xlsx'));
    const labels: string[] = [];
    noord.getWorksheet('Personeel')?.eachRow((row) => row.getCell(13).value === 'x' && labels.push(String(row.getCell(1).value)));
    expect(labels).toEqual(['Zuid — FTE', 'Zuid — SE', 'Zuid — Gemiddeld aantal medewerkers']);
    // the organisation's SE minus noord and oost would give zuid's: marked as well
    const organisationSe: unknown[] = [];
    noord.getWorksheet('gr')?.eachRow((row) => row.getCell(1).value === 'SE van de organisatie' && organisationSe.push(row.getCell(13).value));
    expect(organisationSe).toEqual(['x']);
  });

  it('the council summaries and the terminal show none of them', () => {
    const texts = [
      ...readdirSync(out).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(out, f), 'utf8')),
      runCli(['run', 'oost.yaml'], { cwd: dir }).stdout,
      runCli(['run', 'zuid.yaml'], { cwd: dir }).stdout,
    ];
    expect(texts).toHaveLength(6);
    for (const secret of [...person, ...zuid2030]) {
      for (const text of texts) for (const written of asText(secret)) expect(text).not.toContain(written);
    }
    expect(texts[5]).toContain('SW-medewerkers (gemiddeld): 9,8 in 2021, minder dan 5 in 2030');
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { readEmployees } from '../../src/load/index.js';
import { useLanguage } from '../../src/language.js';
import { listWarnings } from '../../src/warnings.js';
import { type CliResult, runCliEnglish } from '../support/cli.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { KEY, Terminal } from '../support/pty.js';
import { introduceWest } from '../support/dialogues.js';
import { TINY, testDir, tinyCopy } from '../support/testdir.js';

// Issue 10, items 2 and 17b: employee and cohort CSVs under attack. No message may show a
// cell of an employee row (not even in the wrong column, nor when the header row is
// missing), and a CSV of absurd shape (100,000 columns, one enormous line, millions of
// empty lines, line ends of CR alone, quoted header names, odd bytes) gives a clear, short
// answer instead of minutes of work and thousands of lines.

beforeEach(() => useLanguage('en')); // readEmployees is called here directly: its messages in English, as the runs'

const NOORD = readFileSync(join(TINY, 'data/noord.csv'), 'utf8');
const NOORD_ROWS = NOORD.trimEnd().split('\n').slice(1);
const EMPLOYEE_COLUMNS = ['id', 'birth_date', 'birth_year', 'fte', 'work_form', 'se_weight', 'municipality'];
const COHORT_COLUMNS = ['birth_year', 'work_form', 'count', 'fte', 'se', 'municipality'];

/** Everything a command printed, for a search for markers: lower case, since header names are compared in lower case. */
const printed = (r: CliResult) => `${r.stdout}\n${r.stderr}`.toLowerCase();

function expectNoMarker(text: string, markers: readonly string[]): void {
  const leaked = markers.filter((m) => text.toLowerCase().includes(m.toLowerCase()));
  expect(leaked, text).toEqual([]);
}

// --- the property, through the loader --------------------------------------------------

/** What a generated cell holds: always personal-looking values, each made unique where it is a marker. */
type CellSpec = 'marker' | 'id' | 'date' | 'dmy date' | 'fraction' | 'above' | 'negative' | 'whole' | 'comma' | 'control' | 'form' | 'other form' | 'municipality' | 'empty';
const cellSpec = fc.constantFrom<CellSpec>('marker', 'id', 'date', 'dmy date', 'fraction', 'above', 'negative', 'whole', 'comma', 'control', 'form', 'other form', 'municipality', 'empty');

/** The cell text for a spec, and whether it is a marker that no message may show (work form and municipality ids are the region's, not personal data). */
function materialise(spec: CellSpec, n: number): { text: string; marker: boolean } {
  const six = String(100_000 + (n % 900_000));
  const pad = (x: number) => String(x).padStart(2, '0');
  const [year, month, day] = [1930 + (n % 70), 1 + (n % 12), 1 + (n % 28)];
  switch (spec) {
    case 'marker': return { text: `Mq${six}Zx`, marker: true };
    case 'id': return { text: `SECRET-ID-${six}`, marker: true };
    case 'date': return { text: `${year}-${pad(month)}-${pad(day)}`, marker: true };
    case 'dmy date': return { text: `${pad(day)}-${pad(month)}-${year}`, marker: true };
    case 'fraction': return { text: `0.${six}`, marker: true };
    case 'above': return { text: `${1 + (n % 9)}.${six}`, marker: true };
    case 'negative': return { text: `-0.${six}`, marker: true };
    case 'whole': return { text: `${six}`, marker: true };
    case 'comma': return { text: `"0,${six}"`, marker: true };
    case 'control': return { text: `Ctl\u001b[2J${six}`, marker: true };
    case 'form': return { text: 'beschut_binnen', marker: false };
    case 'other form': return { text: 'Detachering', marker: false };
    case 'municipality': return { text: 'oost', marker: false };
    case 'empty': return { text: '', marker: false };
  }
}

const csvShape = fc.record({
  cohort: fc.boolean(),
  /** The header: the kind's columns in a shuffled order, some left out; or none at all, so that the first line is a row. */
  header: fc.option(fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }), { nil: undefined }),
  extraColumn: fc.boolean(),
  rows: fc.array(fc.array(fc.tuple(cellSpec, fc.nat()), { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 6 }),
  delimiter: fc.constantFrom(',', ';', '\t'),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
});

/** A CSV of the generated shape, and every marker in it. */
function generatedCsv(shape: typeof csvShape extends fc.Arbitrary<infer T> ? T : never): { text: string; markers: string[] } {
  const known = shape.cohort ? COHORT_COLUMNS : EMPLOYEE_COLUMNS;
  const header = shape.header?.map((i) => known[i % known.length] ?? 'id');
  const markers: string[] = [];
  const lines = shape.rows.map((row, r) =>
    row
      .map(([spec, n], c) => {
        const cell = materialise(spec, n * 100 + r * 10 + c);
        if (cell.marker) markers.push(cell.text.replace(/^"|"$/g, ''));
        return cell.text;
      })
      .join(shape.delimiter),
  );
  const headerLine = header === undefined ? [] : [[...new Set(header), ...(shape.extraColumn ? ['naam'] : [])].join(shape.delimiter)];
  return { text: [...headerLine, ...lines].join(shape.lineEnd) + shape.lineEnd, markers };
}

const CONTEXT = { file: 'data/x.csv', municipality: 'noord', municipalities: ['noord', 'oost'], workForms: ['beschut_binnen', 'detachering'], horizonStart: 2021 };

/** Rows whose cells stand in other columns than the header says (the reproduction of item 2), each cell a marker. */
const SHUFFLED = {
  csv: [
    'id,fte,work_form,birth_date,se_weight,municipality',
    'P-4711-0001,1961-07-13,SECRET-ID-12345,0.873421,Jansen-Smit,Hengelo-Geheim',
    'P-4711-0002,1.837465,beschut_binnen,1958-02-11,3.141593,noord',
    'P-4711-0003,0.9,Beschut_Binnenn,14-03-1962,-0.254187,oost', // a work form in other capitals is read (work-form-names.ts): a typo is not
  ].join('\n'),
  markers: ['P-4711-000', '1961-07-13', 'SECRET-ID-12345', '0.873421', 'Jansen-Smit', 'Hengelo-Geheim', '1.837465', '1958-02-11', '3.141593', '14-03-1962', '0.254187'],
};

/** A cohort CSV with the same fault. */
const COHORT_SHUFFLED = {
  csv: ['birth_year,work_form,count,fte,se,municipality', 'Geheim-Jaar,detachering,SECRET-C-991,Pietersen,1962-03-04,1.734219', '1960,detachering,2.5,0.000001,-7.123456,noord'].join('\n'),
  markers: ['Geheim-Jaar', 'SECRET-C-991', 'Pietersen', '1962-03-04', '1.734219', '7.123456', '0.000001'],
};

/** An employee file whose header row is missing: its first line is a person's row. */
const NO_HEADER = { csv: NOORD_ROWS.join('\n'), markers: ['N000', '1954-10-31', 'N001', '1956-03-01'] };

describe('no message shows a cell of an employee row (item 2)', () => {
  it('property: whatever a CSV holds in whatever column, with or without its header, no issue or warning of the loader shows a cell of a row', () => {
    fc.assert(
      fc.property(csvShape, (shape) => {
        const { text, markers } = generatedCsv(shape);
        const read = readEmployees(text, CONTEXT);
        const said = [...read.issues, ...read.warnings].map((i) => `${i.at.path ?? ''} ${i.message} ${i.hint ?? ''}`).join('\n');
        expectNoMarker(said, markers);
      }),
      { numRuns: 300 },
    );
  });

  it('the loader names the line and the column and says what kind of value it found', () => {
    const read = readEmployees(SHUFFLED.csv, CONTEXT);
    const said = read.issues.map((i) => `${i.at.line ?? ''} ${i.at.path ?? ''}: ${i.message}`);
    expect(said).toEqual(expect.arrayContaining([
      '2 column fte: expected a number, got a date',
      '2 column birth_date: is not a valid date: expected YYYY-MM-DD or DD-MM-YYYY, got a number (the value is not shown: it is personal data)',
      '2 column se_weight: expected a number, got text',
      '2 column work_form: expected one of the region\'s work forms, got text',
      '2 column municipality: expected this file\'s municipality "noord" (or an empty cell), got text',
      '3 column fte: expected 0 < fte ≤ 1.5, got a number above 1.5',
      '3 column se_weight: expected 0 < se_weight ≤ 2, got a number above 2',
      '4 column se_weight: expected 0 < se_weight ≤ 2, got a number of 0 or less',
      '4 column work_form: expected one of the region\'s work forms, got text close to a work form (a typo?)',
      '4 column municipality: expected this file\'s municipality "noord" (or an empty cell), got the id of another municipality of the region',
    ]));
    const cohort = readEmployees(COHORT_SHUFFLED.csv, CONTEXT).issues.map((i) => `${i.at.line ?? ''} ${i.at.path ?? ''}: ${i.message}`);
    expect(cohort).toEqual(expect.arrayContaining([
      '2 column birth_year: expected a birth year from 1900 to 2020, got text',
      '2 column count: expected a whole number of people ≥ 1, got text',
      '2 column fte: expected a number, got text',
      '3 column count: expected a whole number of people ≥ 1, got a number with decimals',
      '3 column se: expected a total se ≥ 0, got a negative number',
    ]));
  });

  it('run, validate and batch show no cell of a CSV whose columns stand in another order than its header says', async () => {
    const dir = tinyCopy({ 'data/noord.csv': `${SHUFFLED.csv}\n`, 'data/zuid-cohorten.csv': `${COHORT_SHUFFLED.csv}\n` });
    const out = testDir();
    const markers = [...SHUFFLED.markers, ...COHORT_SHUFFLED.markers];
    for (const args of [['run', 'noord.yaml', '--out', out], ['run', 'noord.yaml', '--json'], ['run', 'zuid.yaml', '--debug', '--out', out], ['validate', 'regio.yaml'], ['batch', 'regio.yaml', '--out', out, '--jobs', '1']]) {
      const result = await runInProcessEnglish(args, { cwd: dir });
      expect(result.code, `${args.join(' ')}\n${result.stderr}`).toBe(1);
      expectNoMarker(printed(result), markers);
    }
    const validate = runCliEnglish(['validate', 'noord.yaml'], { cwd: dir }); // and the bin itself, as a process
    expectNoMarker(printed(validate), markers);
    expect(validate.stderr).toMatch(/^error: data\/noord\.csv:2 {2}column fte\n {2}expected a number, got a date$/m);
    expect(validate.stderr).toMatch(/^error: data\/noord\.csv:2 {2}column work_form\n {2}expected one of the region's work forms, got text$/m);
  });

  it('a CSV whose header row is missing is refused without showing its first line', async () => {
    const dir = tinyCopy({ 'data/noord.csv': `${NO_HEADER.csv}\n` });
    for (const args of [['run', 'noord.yaml', '--json'], ['validate', 'noord.yaml']]) {
      const result = await runInProcessEnglish(args, { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^error: data\/noord\.csv:1 {2}header\n {2}the first line is not a header: it holds dates or numbers/m);
      expectNoMarker(printed(result), NO_HEADER.markers);
    }
  });

  it('init shows no cell when it checks an existing CSV, and says what is wrong with a folder', async () => {
    const dir = tinyCopy({ 'data/leaky.csv': `${SHUFFLED.csv}\n`, 'data/headless.csv': `${NO_HEADER.csv}\n` });
    const t = Terminal.startEnglish(['init', '.'], dir);
    await introduceWest(t);
    await t.answer('Employees:', KEY.down);
    await t.answer('Path of the CSV', 'data');
    await t.waitFor('data is a folder, not a file'); // read like run reads it, not a crash
    t.type(KEY.clearLine);
    await t.answer('', 'data/leaky.csv');
    await t.waitFor('line 2, column birth_date: is not a valid date');
    t.type(KEY.clearLine);
    await t.answer('', 'data/headless.csv');
    await t.waitFor('line 1, header: the first line is not a header');
    t.type(KEY.ctrlC);
    expect(await t.exit()).toBe(130);
    expectNoMarker(t.screen, [...SHUFFLED.markers, ...NO_HEADER.markers]);
  });
});

describe('warnings are listed at most ten of a kind', () => {
  it('kinds are per file and per message, whatever the names and numbers in it; each cut is followed by its count', () => {
    const unused = (file: string, i: number) => ({ at: { file, line: 1, path: 'header' }, message: `column "c${i}" is not used` });
    const warnings = [
      ...Array.from({ length: 12 }, (_, i) => unused('a.csv', i)),
      { at: { file: 'a.csv' }, message: '2 people reach the AOW age on or before 1 January 2021: left out of the projection' },
      ...Array.from({ length: 11 }, (_, i) => unused('b.csv', i)),
    ];
    const listed = listWarnings(warnings).map((w) => ('warning' in w ? `${w.warning.at.file} ${w.warning.message}` : `more ${w.more}`));
    expect(listed).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `a.csv column "c${i}" is not used`),
      'more 2',
      'a.csv 2 people reach the AOW age on or before 1 January 2021: left out of the projection',
      ...Array.from({ length: 10 }, (_, i) => `b.csv column "c${i}" is not used`),
      'more 1',
    ]);
    expect(listWarnings(warnings.slice(0, 10)).every((w) => 'warning' in w)).toBe(true);
  });
});

describe('a CSV of absurd width gives one message, and many warnings are summarised (item 17b)', () => {
  it('a header of 100,000 columns is refused with one short message', async () => {
    const header = `id,birth_date,fte,work_form,se_weight,${Array.from({ length: 99_995 }, (_, i) => `c${i}`).join(',')}`;
    const dir = tinyCopy({ 'data/noord.csv': `${header}\nN000,1954-10-31,1.0,beschut_binnen,\n` });
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: data/noord.csv:1  header\n  the header has 100,000 columns, more than the 200 an employee CSV may have');
    expect(result.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(3);
  });

  it('150 unused columns give ten warnings and one line that counts the rest, on the terminal, in the JSON and in the workbook', async () => {
    const extra = Array.from({ length: 150 }, (_, i) => `extra_${i}`);
    const lines = NOORD.trimEnd().split('\n').map((line, i) => `${line},${i === 0 ? extra.join(',') : ','.repeat(extra.length - 1)}`);
    const dir = tinyCopy({ 'data/noord.csv': `${lines.join('\n')}\n` });
    const json = await runInProcessEnglish(['run', 'noord.yaml', '--json'], { cwd: dir });
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr.match(/^warning: data\/noord\.csv:1 {2}header$/gm)).toHaveLength(10);
    expect(json.stderr).toContain('column "extra_9" is not used\n… and 140 more warnings like the one above\n');
    expect(json.stderr).not.toContain('extra_10"');
    const document = JSON.parse(json.stdout) as { warnings: string[]; warning_count: number };
    expect(document.warnings.filter((w) => w.includes('is not used'))).toHaveLength(10);
    expect(document.warnings).toContain('… and 140 more warnings like the one above');
    expect(document.warning_count).toBe(151); // and one person past the AOW age
    const validate = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: dir });
    expect(validate.stdout).toContain('152 warning(s)'); // with oost's person past the AOW age

    const out = testDir();
    const run = await runInProcess(['run', 'noord.yaml', '--out', out], { cwd: dir }); // Dutch: the workbook's notes and its warnings in one language
    expect(run.code, run.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'noord.xlsx'));
    const notes: string[] = [];
    workbook.getWorksheet('Toelichting')?.eachRow((row) => notes.push(String(row.getCell(1).value)));
    expect(notes.filter((n) => n.includes('wordt niet gebruikt'))).toHaveLength(10);
    expect(notes).toContain('… en nog 140 waarschuwingen zoals de vorige');
  });

  it('a CSV with 10,000 bad rows stops at 50 problems, says so first, and lists 20', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `P${i},1960-01-01,x${i},beschut_binnen,`);
    const dir = tinyCopy({ 'data/noord.csv': `id,birth_date,fte,work_form,se_weight\n${rows.join('\n')}\n` });
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[1]).toBe('  more than 50 problems: reading stopped at line 51; fix the ones listed first');
    expect(result.stderr.match(/^error:/gm)).toHaveLength(20);
    expect(result.stderr).toContain('… and 31 more problems');
  });
});

describe('other CSVs under attack', () => {
  it('a file with line ends of CR alone (old Mac exports) reads like the same file with LF, and a quote never closed is found on its line', async () => {
    const lf = await runInProcessEnglish(['run', 'noord.yaml', '--json'], { cwd: tinyCopy() });
    const cr = await runInProcessEnglish(['run', 'noord.yaml', '--json'], { cwd: tinyCopy({ 'data/noord.csv': NOORD.replace(/\n/g, '\r') }) });
    expect(cr.code, cr.stderr).toBe(0);
    expect((JSON.parse(cr.stdout) as { population: unknown }).population).toEqual((JSON.parse(lf.stdout) as { population: unknown }).population);
    const unclosed = NOORD.replace('N010,1983-06-10', 'N010,"1983-06-10').replace(/\n/g, '\r');
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: tinyCopy({ 'data/noord.csv': unclosed }) });
    expect(result.stderr).toMatch(/^error: data\/noord\.csv:12\n {2}CSV syntax error: a quote is opened but never closed$/m);
  });

  it('one enormous line gets a short answer: a row over 1 MB is refused, a long header is read without minutes of suggestions', async () => {
    const huge = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: tinyCopy({ 'data/noord.csv': 'Mq'.repeat(10_000_000) }) });
    expect(huge.code).toBe(1);
    expect(huge.stderr).toBe('error: data/noord.csv:1\n  this row is longer than 1 MB: an employee CSV has short rows\n  hint: check that the file named is the employee CSV\n');
    const longName = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: tinyCopy({ 'data/noord.csv': `${'Mq'.repeat(400_000)}\n` }) });
    expect(longName.stderr).toContain('missing column "id"');
    expect(longName.stderr.length).toBeLessThan(1000);
    const commas = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: tinyCopy({ 'data/noord.csv': 'a,'.repeat(300_000) }) });
    expect(commas.stderr).toContain('the header has 300,001 columns, more than the 200'); // the last one after the last comma
  });

  it('millions of empty lines are skipped, and a row after them is reported at its own line', async () => {
    const [header = '', ...rows] = NOORD.trimEnd().split('\n');
    const text = `${header}\n${'\n'.repeat(3_000_000)}${rows.join('\n').replace('N004,1957-10-19,1.0', 'N004,1957-10-19,1.8')}\n`;
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: tinyCopy({ 'data/noord.csv': text }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: data\/noord\.csv:3000006 {2}column fte\n {2}expected 0 < fte ≤ 1\.5, got a number above 1\.5$/m);
  });

  it('a row with a line break in a quoted cell is reported at the line where it starts', async () => {
    const text = NOORD.replace('N004,1957-10-19,1.0,beschut_binnen,', 'N004,1957-10-19,1.8,"beschut\nbinnen",').replace('N006,1963-09-04,0.9', 'N006,1963-09-04,0.9x');
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: tinyCopy({ 'data/noord.csv': text }) });
    expect(result.stderr).toMatch(/^error: data\/noord\.csv:6 {2}column fte\n {2}expected 0 < fte ≤ 1\.5, got a number above 1\.5$/m);
    expect(result.stderr).not.toMatch(/column work_form/); // "beschut<line break>binnen" is the work form, by the rule of work-form-names.ts
    expect(result.stderr).toMatch(/^error: data\/noord\.csv:9 {2}column fte\n {2}expected a number, got text$/m); // the row after it, one line further down
  });

  it('a quoted header name holding commas does not make the comma the delimiter of a semicolon file', async () => {
    const semicolons = NOORD.trimEnd().split('\n').map((line, i) => `${line.replace(/,/g, ';')};${i === 0 ? '"opmerking (a, b, c, d, e, f)"' : 'x'}`);
    const result = await runInProcessEnglish(['run', 'noord.yaml', '--json'], { cwd: tinyCopy({ 'data/noord.csv': `${semicolons.join('\n')}\n` }) });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('column "opmerking (a, b, c, d, e, f)" is not used');
  });

  it('invisible characters in a header name are ignored; a name with characters a workbook cannot hold is not shown', async () => {
    const lines = NOORD.trimEnd().split('\n').map((line, i) => (i === 0 ? `\u200bid,birth_date\ufeff,fte,work_form,se_weight,bad\uffffname` : `${line},x`));
    const dir = tinyCopy({ 'data/noord.csv': `${lines.join('\n')}\n` });
    const out = testDir();
    const result = await runInProcessEnglish(['run', 'noord.yaml', '--out', out], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('column 6 (its name is not shown: it looks like a value or is too long) is not used');
    expect(result.stderr).not.toContain('\uffff');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'noord.xlsx')); // a U+FFFF in the notes would make the file unreadable
    expect(workbook.getWorksheet('Notes')).toBeDefined(); // the English workbook
  });

  it('odd bytes in a cell (a NUL after the first 8 KB, bytes that are no UTF-8) give a message without them', async () => {
    const padding = Array.from({ length: 400 }, (_, i) => `Q${i},1960-01-01,0.5,beschut_binnen,`).join('\n');
    const bytes = Buffer.concat([Buffer.from(`${NOORD}${padding}\nQX,1960-01-01,0.`), Buffer.from([0x00, 0xff, 0xfe, 0xe9]), Buffer.from(',beschut_binnen,\n')]);
    const dir = tinyCopy();
    writeFileSync(join(dir, 'data/noord.csv'), bytes);
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: data\/noord\.csv:442 {2}column fte\n {2}expected a number, got text$/m);
    expect(result.stderr).not.toContain('\u0000');
    expect(result.stderr).not.toMatch(/[\u00e9\u00fe\u00ff\ufffd]/);
  });
});

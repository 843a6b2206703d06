import { linkSync, mkdirSync, readFileSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliResult } from '../support/cli.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { KEY, Terminal } from '../support/pty.js';
import { changeSubsidy } from '../support/dialogues.js';
import { shows } from '../support/terminal-text.js';
import { TINY, tinyCopy } from '../support/testdir.js';

// Issue 10, item 4: an output must never destroy an input. An employee file data/noord.xlsx
// with --out data was replaced by the workbook. Every command that writes refuses, before it
// writes anything, an output that is one of the files the run read: by whatever name (./x,
// a link to the folder, a link to the file, a hard link). A usage error (exit 2): the place
// to write was chosen on the command line. In this process (support/in-process.ts), except
// for what-if and init, which need a terminal.

/** The tiny example with noord's employee file renamed to `csv` (a path relative to the example). */
function withEmployeeFile(csv: string): string {
  const dir = tinyCopy();
  mkdirSync(join(dir, csv, '..'), { recursive: true });
  renameSync(join(dir, 'data/noord.csv'), join(dir, csv));
  writeFileSync(join(dir, 'noord.yaml'), readFileSync(join(TINY, 'noord.yaml'), 'utf8').replace('data/noord.csv', csv));
  return dir;
}

const EMPLOYEES = readFileSync(join(TINY, 'data/noord.csv'));

function expectRefused(result: CliResult, out: string, message: string): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toContain(`error: --out ${out}\n`);
  expect(result.stderr).toContain(message);
  expect(result.stderr).toContain('hint: write the reports to another folder with --out; nothing was written');
  expect(result.stdout).toBe('');
}

describe('a report never replaces an input of its run', async () => {
  it('run --out data with the employee file data/noord.xlsx (the reproduction): exit 2, the employee file intact', async () => {
    const dir = withEmployeeFile('data/noord.xlsx');
    expectRefused(await runInProcessEnglish(['run', 'noord.yaml', '--out', 'data'], { cwd: dir }), 'data', 'data/noord.xlsx is an input of this run: writing there would destroy it');
    expect(readFileSync(join(dir, 'data/noord.xlsx')).equals(EMPLOYEES)).toBe(true);
  });

  it('whatever the output folder is called: ./data, an absolute path, a link to the folder', async () => {
    const dir = withEmployeeFile('data/noord.xlsx');
    symlinkSync('data', join(dir, 'koppeling'));
    for (const out of ['./data', join(dir, 'data'), 'koppeling', 'data/../data']) {
      const result = await runInProcessEnglish(['run', 'noord.yaml', '--out', out], { cwd: dir });
      expect(result.code, `${out}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toContain('is an input of this run');
    }
    expect(readFileSync(join(dir, 'data/noord.xlsx')).equals(EMPLOYEES)).toBe(true);
  });

  it('an input read through a link, and a hard link in the report\'s place', async () => {
    const linked = withEmployeeFile('bron/noord.xlsx');
    renameSync(join(linked, 'bron/noord.xlsx'), join(linked, 'bron/echt.xlsx'));
    symlinkSync('echt.xlsx', join(linked, 'bron/noord.xlsx')); // the report's name is a link to the input
    mkdirSync(join(linked, 'elders'));
    symlinkSync('../bron/echt.xlsx', join(linked, 'elders/noord.xlsx'));
    // noord.yaml names bron/noord.xlsx, a link: writing bron/noord.xlsx would replace the link the run read through
    expectRefused(await runInProcessEnglish(['run', 'noord.yaml', '--out', 'bron'], { cwd: linked }), 'bron', 'bron/noord.xlsx is an input of this run');
    const hard = tinyCopy();
    mkdirSync(join(hard, 'uit'));
    linkSync(join(hard, 'data/noord.csv'), join(hard, 'uit/noord.xlsx'));
    expectRefused(await runInProcessEnglish(['run', 'noord.yaml', '--out', 'uit'], { cwd: hard }), 'uit', 'uit/noord.xlsx (that is data/noord.csv, by another name) is an input of this run');
    expect(readFileSync(join(hard, 'data/noord.csv')).equals(EMPLOYEES)).toBe(true);
  });

  it('batch refuses before it writes any report: not the other municipalities\' either', async () => {
    for (const csv of ['data/noord.xlsx', 'data/noord-samenvatting.md', 'data/noord-samenvatting.docx']) {
      const dir = withEmployeeFile(csv);
      const before = readdirSync(join(dir, 'data')).sort();
      expectRefused(await runInProcessEnglish(['batch', 'regio.yaml', '--out', 'data'], { cwd: dir }), 'data', `${csv} is an input of this run`);
      expect(readdirSync(join(dir, 'data')).sort()).toEqual(before);
      expect(readFileSync(join(dir, csv)).equals(EMPLOYEES)).toBe(true);
    }
  });

  it('sensitivity, risk and solve refuse before they calculate', async () => {
    const dir = withEmployeeFile('data/noord.xlsx');
    for (const args of [['sensitivity', 'noord.yaml'], ['risk', 'noord.yaml', '--iterations', '200'], ['solve', 'noord.yaml', '--config', 'eigen', '--param', 'overhead_eigen']]) {
      expectRefused(await runInProcessEnglish([...args, '--out', 'data'], { cwd: dir }), 'data', 'data/noord.xlsx is an input of this run');
    }
    expect(readFileSync(join(dir, 'data/noord.xlsx')).equals(EMPLOYEES)).toBe(true);
  });

  it('compare refuses a workbook <a>-vs-<b>.xlsx that is an input of either side', async () => {
    const dir = withEmployeeFile('data/noord-vs-rente.xlsx');
    writeFileSync(join(dir, 'rente.yaml'), 'extends: noord.yaml\nset: [discount_rate=0.05]\n');
    expectRefused(await runInProcessEnglish(['compare', 'noord.yaml', 'rente.yaml', '--out', 'data'], { cwd: dir }), 'data', 'data/noord-vs-rente.xlsx is an input of this run');
    expect(readFileSync(join(dir, 'data/noord-vs-rente.xlsx')).equals(EMPLOYEES)).toBe(true);
  });
});

describe('interactive commands refuse an input as the file to write, at the question', () => {
  it('what-if will not save the variant over the scenario it varies, or its region file', async () => {
    const dir = tinyCopy();
    const t = Terminal.startEnglish(['what-if', 'noord.yaml', '--lang', 'en'], dir);
    await changeSubsidy(t, '-3%');
    await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}`);
    await t.answer('Save the variant as', `${KEY.clearLine}./noord.yaml`);
    await shows(t, './noord.yaml is an input of this run: writing there would destroy it');
    await t.answer('', `${KEY.clearLine}regio.yaml`);
    await shows(t, 'regio.yaml is an input of this run');
    await t.answer('', `${KEY.clearLine}noord-hoger.yaml`);
    await t.answer('Describe the variant', '');
    await t.waitFor('Saved noord-hoger.yaml');
    await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}${KEY.down}`);
    expect(await t.exit()).toBe(0);
    expect(readFileSync(join(dir, 'noord.yaml')).equals(readFileSync(join(TINY, 'noord.yaml')))).toBe(true);
    expect(readFileSync(join(dir, 'regio.yaml')).equals(readFileSync(join(TINY, 'regio.yaml')))).toBe(true);
    expect(readFileSync(join(dir, 'noord-hoger.yaml'), 'utf8')).toContain('extends: noord.yaml');
  });

  it('init will not replace a file that is there: an id whose file exists is refused, and so is a cohort file of that name', async () => {
    const dir = tinyCopy({ 'west.yaml': '# not a municipality yet\n', 'data/noordoost-cohorten.csv': 'birth_year,work_form,count,fte\n' });
    const t = Terminal.startEnglish(['init', '.'], dir);
    await t.answer('Id of the new municipality', 'regio'); // the region file itself
    await t.waitFor('there is a file regio.yaml already');
    await t.answer('', `${KEY.clearLine}west`);
    await t.waitFor('there is a file west.yaml already');
    await t.answer('', `${KEY.clearLine}noordoost`);
    await t.answer('Name:', '');
    await t.answer('CBS code', '');
    await t.answer('Inhabitants:', '12000');
    await shows(t, 'data/noordoost-cohorten.csv exists already: use it as an existing CSV');
    t.type(KEY.ctrlC);
    expect(await t.exit()).toBe(130);
    expect(readFileSync(join(dir, 'west.yaml'), 'utf8')).toBe('# not a municipality yet\n');
    expect(readFileSync(join(dir, 'regio.yaml')).equals(readFileSync(join(TINY, 'regio.yaml')))).toBe(true);
  });
});

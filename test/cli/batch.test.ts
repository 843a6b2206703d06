import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { runInProcess } from '../support/in-process.js';
import { testDir, tinyCopy } from '../support/testdir.js';

const sorted = (dir: string) => readdirSync(dir).sort();

// In this process (support/in-process.ts), but for the batch with worker threads, which
// load the built files.
describe('soweco-bc batch', () => {
  it('writes the Soweco region\'s 6 + 1 workbooks and 7 summaries, with the same bytes every time', async () => {
    const out = testDir();
    const first = await runInProcess(['batch', join(ROOT, 'scenarios/regio-soweco.yaml'), '--out', join(out, 'a')]);
    expect(first.code, first.stderr).toBe(0);
    const files = sorted(join(out, 'a'));
    expect(files.filter((f) => f.endsWith('.xlsx'))).toEqual([
      'almelo.xlsx', 'hellendoorn.xlsx', 'regio-soweco-vergelijking.xlsx', 'rijssen-holten.xlsx', 'tubbergen.xlsx', 'twenterand.xlsx', 'wierden.xlsx',
    ]);
    expect(files.filter((f) => f.endsWith('-samenvatting.md'))).toHaveLength(7);
    expect(files.filter((f) => f.endsWith('-samenvatting.docx'))).toHaveLength(7);
    expect((await runInProcess(['batch', join(ROOT, 'scenarios/regio-soweco.yaml'), '--out', join(out, 'b'), '--jobs', '1'])).code).toBe(0);
    for (const f of files) expect(readFileSync(join(out, 'b', f)).equals(readFileSync(join(out, 'a', f))), f).toBe(true);
  });

  it('worker threads (in the built program) write the same bytes as one thread', async () => {
    const dir = testDir();
    expect((await runInProcess(['generate', join(dir, 'regio'), '--municipalities', '8', '--employees', '400'])).code).toBe(0);
    // the Word summaries left out (--no-docx): the first test compares them between threads on the Soweco region
    const one = await runInProcess(['batch', join(dir, 'regio', 'regio.yaml'), '--out', join(dir, 'one'), '--jobs', '1', '--no-docx']);
    const two = runCli(['batch', join(dir, 'regio', 'regio.yaml'), '--out', join(dir, 'two'), '--jobs', '2', '--no-docx']);
    expect([one.code, two.code]).toEqual([0, 0]);
    const files = sorted(join(dir, 'one'));
    expect(files).toHaveLength(18); // 8 × (workbook, summary) + the comparison and its summary
    expect(files.filter((f) => f.endsWith('.docx'))).toEqual([]);
    expect(sorted(join(dir, 'two'))).toEqual(files);
    for (const f of files) expect(readFileSync(join(dir, 'two', f)).equals(readFileSync(join(dir, 'one', f))), f).toBe(true);
  });

  it('prints a final table per municipality and, without a terminal, one progress line per report', async () => {
    const dir = tinyCopy();
    const result = await runInProcess(['batch', 'regio.yaml', '--lang', 'en'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Noord +samen2 +-€877,690 +2022 +noord\.xlsx, noord-samenvatting\.md, noord-samenvatting\.docx$/m);
    expect(result.stdout).toContain('12 files written to reports');
    expect(result.stderr.match(/^\[\d\/4\] /gm)).toHaveLength(4);
  });

  it('one failing municipality does not stop the others: it is reported, the rest is written, and the exit code is 3 (a file could not be written)', async () => {
    const dir = tinyCopy();
    mkdirSync(join(dir, 'reports', 'oost.xlsx', 'in-de-weg'), { recursive: true });
    const result = await runInProcess(['batch', 'regio.yaml'], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^fout: oost: .*kan reports\/oost\.xlsx niet schrijven/m);
    expect(result.stdout).toMatch(/^Oost .*MISLUKT/m);
    expect(sorted(join(dir, 'reports'))).toEqual(expect.arrayContaining(['noord.xlsx', 'zuid.xlsx', 'regio-vergelijking.xlsx', 'noord-samenvatting.md']));
    expect(sorted(join(dir, 'reports'))).not.toContain('oost-samenvatting.md'); // a workbook and its summaries: all or none
    expect(sorted(join(dir, 'reports'))).not.toContain('oost-samenvatting.docx');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('--json prints the region\'s projection and the files written, and nothing else on stdout', async () => {
    const dir = tinyCopy();
    const result = await runInProcess(['batch', 'regio.yaml', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as { region: string; reports: { target: string; files: string[] }[]; failures: unknown[] };
    expect(document.region).toBe('tiny');
    expect(document.reports.map((r) => r.target)).toEqual(['noord', 'oost', 'zuid', 'tiny']);
    expect(document.failures).toEqual([]);
  });

  it('bad input stops the batch before any report is written', async () => {
    const dir = tinyCopy({ 'data/zuid-cohorten.csv': 'birth_year,work_form,count,fte\n1960,onbekend,1,1\n' });
    const result = await runInProcess(['batch', 'regio.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('verwacht een van de werkvormen van de regio, gevonden: tekst');
    expect(result.stderr).not.toContain('onbekend'); // a cell of a row is never shown
    expect(readdirSync(dir)).not.toContain('reports');
  });

  it('the council summary of a municipality names the cheapest configuration, the saving and the break-even year, with the council table', async () => {
    const dir = tinyCopy();
    expect((await runInProcess(['batch', 'regio.yaml'], { cwd: dir })).code).toBe(0);
    const text = readFileSync(join(dir, 'reports', 'noord-samenvatting.md'), 'utf8');
    expect(text).toContain('De goedkoopste configuratie is **Noord en Oost samen**');
    expect(text).toContain('€\u00a01,0\u00a0mln minder');
    expect(text).toContain('terugverdiend');
    expect(text).toMatch(/^\| Jaar \| Huidige GR \| .*Noord en Oost samen/m);
    expect(text).toMatch(/^\| 2022 \| [\d.]+ [VN] \| [\d.]+ [VN] \|$/m);
    const region = readFileSync(join(dir, 'reports', 'regio-samenvatting.md'), 'utf8');
    expect(region).toContain('## Wie gaat erop vooruit, wie erop achteruit');
  });
});

import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCliEnglish } from '../support/cli.js';
import { faultsEnv } from '../support/fs-faults.js';
import { Terminal } from '../support/pty.js';
import { describeCohorts, introduceWest } from '../support/dialogues.js';
import { shows } from '../support/terminal-text.js';
import { testDir, tinyCopy } from '../support/testdir.js';

// Issue 10, item 10: batch workers read the input files again, so an edit during a batch gave
// reports of two versions (two SHA-256 of one file on the Toelichting sheets). The workers must
// load from the texts the main thread read, and never read the disk. Proven deterministically:
// fs-faults.mjs logs, per thread, every input file opened, and edits the YAML files at the
// moment the first worker thread is created, right after the main thread has loaded them.

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** All text of a workbook's sheets and shared strings. */
async function workbookText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = Object.keys(zip.files).filter((name) => name.startsWith('xl/') && name.endsWith('.xml'));
  return (await Promise.all(parts.map((name) => zip.file(name)?.async('string') ?? ''))).join('\n');
}

describe('batch reads its inputs once: the workers never read the disk', () => {
  it('a region edited while the batch runs gives reports of one version, and no worker opens an input file', async () => {
    const dir = testDir();
    const region = join(dir, 'regio');
    expect(runCliEnglish(['generate', region, '--municipalities', '24', '--employees', '480']).code).toBe(0);
    const regionHash = sha256(readFileSync(join(region, 'regio.yaml')));
    const log = join(dir, 'reads.log');
    // 24 municipalities and the region: 25 reports, enough for a worker thread with --jobs 2 (pool.ts)
    const result = runCliEnglish(['batch', join(region, 'regio.yaml'), '--out', join(dir, 'uit'), '--jobs', '2', '--no-docx'], {
      env: faultsEnv({ watch: region, readLog: log, editOnWorker: true }),
    });
    expect(result.code, result.stderr).toBe(0);

    const lines = readFileSync(log, 'utf8').trim().split('\n');
    const workers = new Set(lines.filter((l) => l.endsWith(' started')).map((l) => l.split(' ')[0]).filter((t) => t !== '0'));
    expect(workers.size).toBeGreaterThan(0); // a worker did start (and ran the logging preload)
    const readByWorkers = lines.filter((l) => / read /.test(l) && !l.startsWith('0 '));
    expect(readByWorkers).toEqual([]);
    expect(lines.some((l) => l.startsWith('0 read ') && l.endsWith('regio.yaml'))).toBe(true); // the log does see reads

    // the file was edited: the reports must all name the hash of the version that was read
    expect(sha256(readFileSync(join(region, 'regio.yaml')))).not.toBe(regionHash);
    const workbooks = readdirSync(join(dir, 'uit')).filter((f) => f.endsWith('.xlsx'));
    expect(workbooks).toHaveLength(25);
    for (const f of workbooks) {
      expect(await workbookText(join(dir, 'uit', f)), f).toContain(regionHash);
    }
  });
});

describe('siblings: one run, one version of every file', () => {
  it('compare reads a file both sides share once', () => {
    const dir = tinyCopy({ 'noord-rente.yaml': 'extends: noord.yaml\nset: [discount_rate=0.05]\n' });
    const log = join(testDir(), 'reads.log');
    const result = runCliEnglish(['compare', 'noord.yaml', 'noord-rente.yaml', '--out', join(testDir(), 'uit')], { cwd: dir, env: faultsEnv({ watch: dir, readLog: log }) });
    expect(result.code, result.stderr).toBe(0);
    const reads = readFileSync(log, 'utf8').trim().split('\n').filter((l) => l.includes(' read '));
    const count = (file: string) => reads.filter((l) => l.endsWith(`/${file}`)).length;
    expect([count('regio.yaml'), count('noord.yaml'), count('data/noord.csv'), count('data/oost.csv'), count('noord-rente.yaml')]).toEqual([1, 1, 1, 1, 1]);
  });

  it('init will not write back a region file that was edited while it asked its questions', async () => {
    const dir = tinyCopy();
    const t = Terminal.startEnglish(['init', '.'], dir);
    await introduceWest(t);
    await describeCohorts(t);
    await t.waitFor('Add west.yaml to the municipalities');
    appendFileSync(join(dir, 'regio.yaml'), '# a colleague\'s edit\n'); // while init waits for the answer
    const edited = readFileSync(join(dir, 'regio.yaml'));
    await t.answer('', '');
    expect(await t.exit()).toBe(3);
    await shows(t, 'regio.yaml changed while init was asking its questions: nothing was written');
    expect(readFileSync(join(dir, 'regio.yaml')).equals(edited)).toBe(true);
    expect(existsSync(join(dir, 'west.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'data', 'west-cohorten.csv'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { CSV_COLUMN_ALIASES, columnName } from '../../src/load/csv-columns.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { tinyCopy } from '../support/testdir.js';

// HR systems export Dutch column names: the CSVs take a documented set of them, and a file
// that lacks a column is told which columns were found (header names, never a cell).

const NOORD_DUTCH = [
  'Personeelsnummer;Geboortedatum;Deeltijdfactor;Werkvorm;SE-gewicht',
  'N1;31-10-1960;1,0;Beschut binnen;',
  'N2;01-03-1970;0,9;beschut_binnen;1,25',
  'N3;15-06-1980;0,5;Detachering;',
].join('\n');

describe('Dutch CSV headers', () => {
  it('every alias names its column, in any capitals and with spaces or hyphens for underscores', () => {
    for (const [column, aliases] of Object.entries(CSV_COLUMN_ALIASES)) {
      expect(columnName(column)).toBe(column);
      for (const alias of aliases) {
        expect(columnName(alias)).toBe(column);
        expect(columnName(` ${alias.toUpperCase().replace(/_/g, ' ')} `)).toBe(column);
      }
    }
    expect(columnName('Birth date')).toBe('birth_date');
    expect(columnName('notitie')).toBe('notitie');
  });

  it('an employee CSV with Dutch headers, labels and decimal commas is read like the English one', async () => {
    const dir = tinyCopy({ 'data/noord.csv': NOORD_DUTCH });
    const result = await runInProcess(['run', 'noord.yaml', '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/wordt niet gebruikt/);
    const english = tinyCopy({ 'data/noord.csv': 'id,birth_date,fte,work_form,se_weight\nN1,1960-10-31,1.0,beschut_binnen,\nN2,1970-03-01,0.9,beschut_binnen,1.25\nN3,1980-06-15,0.5,detachering,\n' });
    const same = await runInProcess(['run', 'noord.yaml', '--json'], { cwd: english });
    const figures = (json: string) => {
      const { population, configurations } = JSON.parse(json) as { population: unknown; configurations: unknown };
      return { population, configurations };
    };
    expect(figures(result.stdout)).toEqual(figures(same.stdout));
  });

  it('a cohort CSV with Dutch headers (geboortejaar, werkvorm, aantal, fte) is read', async () => {
    const dir = tinyCopy({ 'data/zuid-cohorten.csv': 'Geboortejaar,Werkvorm,Aantal,FTE\n1960,Beschut binnen,3,2.5\n' });
    const result = await runInProcess(['validate', 'regio.yaml'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
  });

  it('a missing column lists the columns that were found, by the names as written, and never a cell', async () => {
    const dir = tinyCopy({ 'data/noord.csv': 'Personeelsnummer;Geboortedatum;Uren;Werkvorm\nGEHEIM-77;31-10-1960;36;Beschut binnen\n' });
    const result = await runInProcess(['run', 'noord.yaml', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^fout: data\/noord\.csv:1 {2}header\n {2}kolom "fte" ontbreekt\n {2}tip: de gevonden kolommen zijn: "Personeelsnummer", "Geboortedatum", "Uren", "Werkvorm"$/m);
    expect(result.stderr).not.toContain('GEHEIM');
    const english = await runInProcessEnglish(['run', 'noord.yaml', '--json'], { cwd: dir });
    expect(english.stderr).toMatch(/^ {2}hint: the columns found are: "Personeelsnummer", "Geboortedatum", "Uren", "Werkvorm"$/m);
  });

  it('a header that looks like a row of data is still not shown', async () => {
    const dir = tinyCopy({ 'data/noord.csv': 'N1,1960-10-31,1.0,beschut_binnen\n' });
    const result = await runInProcess(['run', 'noord.yaml', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('de eerste regel is geen kopregel');
    expect(result.stderr).not.toContain('1960-10-31');
  });

  it('a header cell shaped like an employee number is given by its position, never shown (found by the fuzz run)', async () => {
    const dir = tinyCopy({ 'data/noord.csv': 'O000,birth_date,fte,work_form,se_weight\n' });
    const result = await runInProcess(['run', 'noord.yaml', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('kolom "id" ontbreekt');
    expect(result.stderr).not.toContain('O000');
  });
});

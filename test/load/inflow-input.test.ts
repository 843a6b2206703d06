import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/load/index.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { TINY, tinyCopy } from '../support/testdir.js';

// The `inflow:` section of a municipality file (input-format.md; methodology.md#inflow):
// read into streams, and every mistake reported at its place with a hint, in both languages.

const NOORD = readFileSync(join(TINY, 'noord.yaml'), 'utf8');

/** Noord's municipality file with an `inflow:` section of the given streams (YAML flow maps). */
function noordWith(...streams: string[]): string {
  return `${NOORD}inflow:\n${streams.map((s) => `  - ${s}\n`).join('')}`;
}

const STREAM = '{ id: nieuw, work_form: beschut_binnen, people: { 2021: 12, 2022: 6 }, entry_month: 7, age_at_entry: { 30: 0.5, 66: 0.5 }, fte: 0.8, outflow_rate: 0.08, source: "Schatting" }';

async function validate(noord: string, english = true) {
  const run = english ? runInProcessEnglish : runInProcess;
  return run(['validate', 'noord.yaml'], { cwd: tinyCopy({ 'noord.yaml': noord }) });
}

describe('inflow streams in a municipality file', () => {
  it('are read into the municipality with their defaults', () => {
    const dir = tinyCopy({ 'noord.yaml': noordWith(STREAM, '{ id: lks, work_form: detachering, target_headcount: { 2021: 10, 2023: 14 }, age_at_entry: 40, fte: 1, se: 0.5 }') });
    const noord = loadScenario(join(dir, 'noord.yaml')).municipalities.find((m) => m.id === 'noord');
    const [nieuw, lks] = noord?.inflow ?? [];
    expect(nieuw?.workForm).toBe('beschut_binnen');
    expect(nieuw?.size.kind).toBe('people');
    expect([...(nieuw?.size.byYear ?? new Map())].map(([y, n]) => [y, n.toString()])).toEqual([[2021, '12'], [2022, '6']]);
    expect(nieuw?.entryMonth).toBe(7);
    expect(nieuw?.ages.map((a) => [a.age, a.share.toString()])).toEqual([[30, '0.5'], [66, '0.5']]);
    expect(nieuw?.se.toString()).toBe('0.8'); // se defaults to fte
    expect(nieuw?.outflowRate?.toString()).toBe('0.08');
    expect(nieuw?.source).toBe('Schatting');
    expect(lks?.size.kind).toBe('target');
    expect(lks?.entryMonth).toBe(1);
    expect(lks?.ages.map((a) => [a.age, a.share.toString()])).toEqual([[40, '1']]);
    expect(lks?.se.toString()).toBe('0.5');
    expect(lks?.outflowRate).toBeUndefined();
  });

  it('a municipality file without inflow has none', () => {
    const noord = loadScenario(join(tinyCopy(), 'noord.yaml')).municipalities.find((m) => m.id === 'noord');
    expect(noord?.inflow).toBeUndefined();
  });
});

describe('mistakes in an inflow stream', () => {
  it('an unknown work form names the closest one and lists them all', async () => {
    const r = await validate(noordWith(STREAM.replace('work_form: beschut_binnen', 'work_form: beschut_binen')));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/noord\.yaml:\d+:\d+ +inflow\[0\]\.work_form/);
    expect(r.stderr).toContain('unknown work form "beschut_binen"; did you mean "beschut_binnen"?');
    expect(r.stderr).toContain("hint: the region's work forms are: beschut_binnen, detachering");
  });

  it('shares that do not add up to 1 say what they add up to', async () => {
    const r = await validate(noordWith(STREAM.replace('66: 0.5', '66: 0.4')));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the shares per age add up to 0.9, expected 1');
    expect(r.stderr).toContain('hint: make the shares add up to exactly 1');
  });

  it('a year outside the horizon is reported at its key', async () => {
    const r = await validate(noordWith(STREAM.replace('2022: 6', '2032: 6')));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/noord\.yaml:\d+:\d+ +inflow\[0\]\.people\.2032/);
    expect(r.stderr).toContain('year 2032 lies outside the horizon 2021–2030');
  });

  it('negative numbers are refused', async () => {
    const r = await validate(noordWith(STREAM.replace('2021: 12', '2021: -12')));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/noord\.yaml:\d+:\d+ +inflow\[0\]\.people\.2021\n +expected a number ≥ 0, got -12/);
  });

  it('a stream needs exactly one of people and target_headcount', async () => {
    const neither = await validate(noordWith(STREAM.replace('people: { 2021: 12, 2022: 6 }, ', '')));
    expect(neither.code).toBe(1);
    expect(neither.stderr).toContain('a stream needs "people" (new people per year) or "target_headcount"');
    const both = await validate(noordWith(STREAM.replace('entry_month: 7', 'entry_month: 7, target_headcount: { 2021: 3 }')));
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('a stream has either "people" or "target_headcount", not both');
  });

  it('an age outside 15–70 and an entry month outside 1–12 are refused', async () => {
    const month = await validate(noordWith(STREAM.replace('entry_month: 7', 'entry_month: 13')));
    expect(month.code).toBe(1);
    expect(month.stderr).toMatch(/inflow\[0\]\.entry_month\n +expected a number ≤ 12, got 13/);
    const r = await validate(noordWith(STREAM.replace('30: 0.5', '12: 0.5')));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/inflow\[0\]\.age_at_entry\.12\n +expected an age in whole years, 15 to 70/);
  });

  it('a repeated stream id is refused', async () => {
    const r = await validate(noordWith(STREAM, STREAM));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/inflow\[1\]\.id/);
    expect(r.stderr).toContain('inflow stream "nieuw" is declared twice');
  });

  it('speaks Dutch by default', async () => {
    const r = await validate(noordWith(STREAM.replace('66: 0.5', '66: 0.4')), false);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('de aandelen per leeftijd zijn samen 0.9, verwacht 1');
    expect(r.stderr).toContain('zorg dat de aandelen samen precies 1 zijn');
  });
});

describe('inflow and a horizon that an override shortens', () => {
  it('years within the region file\'s horizon but after the shortened one are not an error, and are not projected', async () => {
    const later = noordWith('{ id: nieuw, work_form: beschut_binnen, people: { 2028: 6 }, age_at_entry: 30, fte: 0.8 }');
    const run = async (noord: string) => {
      const r = await runInProcess(['run', 'noord.yaml', '--json', '--set', 'horizon.end=2025'], { cwd: tinyCopy({ 'noord.yaml': noord }) });
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { population: unknown }).population;
    };
    expect(await run(later)).toEqual(await run(NOORD));
  });
});

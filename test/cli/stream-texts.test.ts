import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { municipalitySubject, project, REGION } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { councilDocument } from '../../src/report/council-summary.js';
import { councilMarkdown } from '../../src/report/council/markdown.js';
import { runInProcess } from '../support/in-process.js';
import { TINY, testDir, tinyCopy } from '../support/testdir.js';

// Texts that said the population is the employee file alone, with inflow streams (issue 14,
// item 3): validate's verdict, the terminal summary, the council summary. Without streams
// they stay as they were.

const NOORD = readFileSync(join(TINY, 'noord.yaml'), 'utf8');
const STREAMS =
  'inflow:\n' +
  '  - { id: beschut_nieuw, work_form: beschut_binnen, target_headcount: { 2021: 8, 2025: 30.5 }, age_at_entry: 25, fte: 0.8 }\n' +
  '  - { id: lks, work_form: detachering, people: { 2021: 6, 2022: 6, 2023: 6 }, age_at_entry: 30, fte: 1 }\n';
const withStreams = () => tinyCopy({ 'noord.yaml': `${NOORD}${STREAMS}` });

describe('validate names the inflow streams per municipality', () => {
  it('in Dutch: how many streams, and per stream its target or its people over the years written', async () => {
    const result = await runInProcess(['validate', join(withStreams(), 'regio.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\n  Noord: 2 instroomstromen: beschut_nieuw (beschut_binnen; doel 8→30,5, 2021–2025), lks (detachering; 18 personen, 2021–2023)\n');
  });

  it('in English with --lang en', async () => {
    const result = await runInProcess(['validate', join(withStreams(), 'regio.yaml'), '--lang', 'en']);
    expect(result.stdout).toContain('\n  Noord: 2 inflow streams: beschut_nieuw (beschut_binnen; target 8→30.5, 2021–2025), lks (detachering; 18 people, 2021–2023)\n');
  });

  it('without streams, only the verdict', async () => {
    const result = await runInProcess(['validate', join(TINY, 'regio.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('the terminal summary of run', () => {
  it('counts the people of the employee file and the inflow together, and says so', async () => {
    const result = await runInProcess(['run', join(withStreams(), 'noord.yaml'), '--out', testDir()]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Personen, WSW en instroom \(gemiddeld\): [\d,.]+ in 2021, [\d,.]+ in 2030$/m);
    const english = await runInProcess(['run', join(withStreams(), 'noord.yaml'), '--out', testDir(), '--lang', 'en']);
    expect(english.stdout).toMatch(/^People, WSW and inflow \(average\): [\d,.]+ in 2021, [\d,.]+ in 2030$/m);
  });

  it('says "SW-medewerkers" without streams', async () => {
    const result = await runInProcess(['run', join(TINY, 'noord.yaml'), '--out', testDir()]);
    expect(result.stdout).toMatch(/^SW-medewerkers \(gemiddeld\): /m);
  });

  it('does not call a hidden total that mixes a small employee group with inflow "fewer than 5"', async () => {
    const csv = readFileSync(join(TINY, 'data', 'noord.csv'), 'utf8').split('\n');
    const dir = tinyCopy({ 'noord.yaml': `${NOORD}${STREAMS}`, 'data/noord.csv': `${csv.slice(0, 3).join('\n')}\n` });
    const result = await runInProcess(['run', join(dir, 'noord.yaml'), '--out', testDir()]);
    expect(result.stdout).toMatch(/^Personen, WSW en instroom \(gemiddeld\): niet getoond \(privacy\) in 2021, niet getoond \(privacy\) in 2030$/m);
  });
});

describe('the council summary', () => {
  it('says that the inflow of new target groups is in the calculation, for the municipality and for the region', () => {
    const projection = project(loadScenario(join(withStreams(), 'regio.yaml')));
    const noord = councilMarkdown(councilDocument(projection, municipalitySubject('noord'), 'nl', 'test'));
    expect(noord).toContain('Naast de WSW-medewerkers uit het personeelsbestand telt de berekening de instroom van nieuwe doelgroepen van de Participatiewet mee (Beschut binnen en Detachering), zoals opgegeven in het gemeentebestand.');
    const region = councilMarkdown(councilDocument(projection, REGION, 'en', 'test'));
    expect(region).toContain('target groups (Beschut binnen and Detachering) in Noord, as the municipality file declares it. Their costs and revenues are in the amounts; the municipality\'s workbook shows the number of people by origin.');
    // Oost has no streams: its summary says nothing of inflow
    expect(councilMarkdown(councilDocument(projection, municipalitySubject('oost'), 'nl', 'test'))).not.toContain('instroom');
  });
});

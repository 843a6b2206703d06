import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { UserError } from '../../src/errors.js';
import { useLanguage } from '../../src/language.js';
import { loadScenario } from '../../src/load/index.js';
import { municipalityDocument } from '../../src/report/json.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { TINY, tinyCopy } from '../support/testdir.js';

const PARAMETERS = ['rijksbijdrage_per_se', 'loonkosten_per_fte', 'tw_beschut', 'tw_detachering', 'begeleiding_per_hc', 'overhead_gr', 'overhead_eigen', 'overhead_samen', 'regie_gemeente', 'risico_opslag'];
const MUNICIPALITY_FILES = ['noord.yaml', 'oost.yaml', 'zuid.yaml'];

beforeEach(() => useLanguage('en')); // the tests check the English texts

/** The §6 documents of every municipality, without the fields that name the files they came from. */
function results(file: string, set: readonly string[] = []): unknown {
  const projection = project(loadScenario(file, { set }));
  return projection.region.municipalityIds.map((m) => {
    const { inputs, warnings, ...rest } = municipalityDocument(projection, m, 'detail') as Record<string, unknown>;
    void inputs;
    void warnings;
    delete rest.variant;
    return rest;
  });
}

/** A copy of the tiny example with `edit` applied to the region file and to every municipality file that overrides the same parameter. */
function editedCopy(name: string, edit: (doc: ReturnType<typeof parseDocument>, at: (string | number)[]) => void): string {
  const dir = tinyCopy();
  for (const file of ['regio.yaml', ...MUNICIPALITY_FILES]) {
    const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
    if (doc.hasIn(['parameters', name])) {
      edit(doc, ['parameters', name]);
      writeFileSync(join(dir, file), doc.toString());
    }
  }
  return dir;
}

const change = fc.record({ name: fc.constantFrom(...PARAMETERS), cents: fc.integer({ min: 0, max: 5_000_000_00 }) });

describe('scenario variants and --set give the same results as an edited copy of the files', () => {
  it('--set name=value sets the value of the horizon\'s first year', async () => {
    fc.assert(
      fc.property(change, ({ name, cents }) => {
        const value = (cents / 100).toFixed(2);
        const edited = editedCopy(name, (doc, at) => doc.setIn([...at, 'values', 2021], Number(value)));
        expect(results(join(TINY, 'noord.yaml'), [`${name}=${value}`])).toEqual(results(join(edited, 'noord.yaml')));
      }),
      { numRuns: 15 },
    );
  });

  it('--set name.values.<year>=value sets that year, with the index carrying it on', async () => {
    fc.assert(
      fc.property(change, fc.integer({ min: 2022, max: 2030 }), ({ name, cents }, year) => {
        const value = (cents / 100).toFixed(2);
        const edited = editedCopy(name, (doc, at) => doc.setIn([...at, 'values', year], Number(value)));
        expect(results(join(TINY, 'oost.yaml'), [`${name}.values.${year}=${value}`])).toEqual(results(join(edited, 'oost.yaml')));
      }),
      { numRuns: 15 },
    );
  });

  it('a variant that replaces a parameter equals a copy whose region has that series and whose municipalities no own one', async () => {
    fc.assert(
      fc.property(change, ({ name, cents }) => {
        const value = (cents / 100).toFixed(2);
        const dir = tinyCopy({ 'variant.yaml': `extends: noord.yaml\ndescription: test\nparameters:\n  ${name}: { unit: EUR, values: { 2021: ${value} }, index: 0.01 }\n` });
        const edited = editedCopy(name, (doc, at) => doc.setIn(at, doc.createNode({ unit: 'EUR', values: { 2021: Number(value) }, index: 0.01 })));
        // the variant replaces the series everywhere: in the copy, only the region keeps one
        for (const file of MUNICIPALITY_FILES) {
          const doc = parseDocument(readFileSync(join(edited, file), 'utf8'));
          if (!doc.hasIn(['parameters', name])) continue;
          doc.deleteIn(['parameters', name]);
          writeFileSync(join(edited, file), doc.toString());
        }
        expect(results(join(dir, 'variant.yaml'))).toEqual(results(join(edited, 'noord.yaml')));
      }),
      { numRuns: 15 },
    );
  });
});

describe('scenario variants', () => {
  it('a variant of a variant applies both, the outer one last; the reports name the variant', async () => {
    const dir = tinyCopy({
      'a.yaml': 'extends: noord.yaml\nparameters:\n  regie_gemeente: { unit: EUR, values: { 2021: 50000 } }\n',
      'b.yaml': 'extends: a.yaml\ndescription: regie en horizon\nhorizon: { start: 2021, end: 2025 }\nparameters:\n  regie_gemeente: { unit: EUR, values: { 2021: 60000 } }\n',
    });
    const scenario = loadScenario(join(dir, 'b.yaml'));
    expect(scenario.focus).toBe('noord');
    expect(scenario.region.horizon.end).toBe(2025);
    expect(scenario.region.parameters.get('regie_gemeente')?.values.get(2021)?.toString()).toBe('60000');
    expect(scenario.variant?.description).toBe('regie en horizon');
    expect(scenario.variant?.overrides).toEqual(['regie_gemeente (a.yaml)', 'regie_gemeente (b.yaml)', 'horizon (b.yaml)']);
    const json = JSON.parse((await runInProcessEnglish(['run', join(dir, 'b.yaml'), '--json'])).stdout) as { years: number[]; variant: { overrides: string[] } };
    expect(json.years).toHaveLength(5);
    expect(json.variant.overrides).toContain('horizon (b.yaml)');
  });

  it('a variant may add a configuration and change the baseline', async () => {
    const dir = tinyCopy({ 'v.yaml': 'extends: regio.yaml\nbaseline: alle_eigen\nconfigurations:\n  alle_eigen: { label: Allemaal eigen, organisations: [ { model: eigen, members: each } ] }\n' });
    const scenario = loadScenario(join(dir, 'v.yaml'));
    expect(scenario.region.configurations.map((c) => c.id)).toEqual(['gr', 'eigen', 'samen2', 'alle_eigen']);
    expect(scenario.region.baseline).toBe('alle_eigen');
  });

  it('a parameter the region does not have is refused at its place in the variant, with a suggestion', async () => {
    const dir = tinyCopy({ 'v.yaml': 'extends: noord.yaml\nparameters:\n  regie_gemente: { unit: EUR, values: { 2021: 1 } }\n' });
    const result = await runInProcessEnglish(['run', 'v.yaml', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: v\.yaml:3:3\s+parameters\.regie_gemente\n\s+"regie_gemente" is not a parameter of the region; did you mean "regie_gemeente"\?/m);
  });

  it('variants that extend each other in a cycle are refused', async () => {
    const dir = tinyCopy({ 'a.yaml': 'extends: b.yaml\n', 'b.yaml': 'extends: a.yaml\n' });
    expect(() => loadScenario(join(dir, 'a.yaml'))).toThrow(UserError);
    expect(() => loadScenario(join(dir, 'a.yaml'))).toThrow(/goes round in a cycle/);
  });

  it('a --set with a mistake is a usage error that points at the flag', async () => {
    const result = await runInProcessEnglish(['run', join(TINY, 'noord.yaml'), '--set', 'regie_gemeente=40000', '--set', 'overhead_gr.values.20x5=1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --set #2\s+overhead_gr\.values\.20x5\n\s+expected overhead_gr\.values\.<year>/m);
  });

  it('--set can change an index, the discount rate and the horizon', async () => {
    const scenario = loadScenario(join(TINY, 'noord.yaml'), { set: ['loon.default=0.03', 'loon.values.2024=0,05', 'discount_rate=2,5%', 'horizon.end=2027'] });
    expect(scenario.region.indices.get('loon')?.default?.toString()).toBe('0.03');
    expect(scenario.region.indices.get('loon')?.values.get(2024)?.toString()).toBe('0.05');
    expect(scenario.region.discountRate.toString()).toBe('0.025');
    expect(scenario.region.horizon.end).toBe(2027);
  });
});

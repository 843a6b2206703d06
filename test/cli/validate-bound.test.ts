import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { warningsWithoutProjection } from '../../src/engine/magnitude-bound.js';
import { loadScenario } from '../../src/load/index.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { tinyCopy } from '../support/testdir.js';
import { edit } from './bad-input-cases.js';

// `validate` checks what a projection checks without projecting where the bound on every
// figure proves the checks passed (docs/methodology.md#figure-bound), and projects where it
// does not: an input that breaks the figure limit fails validate as it fails run, with the
// same message at the same place.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const tooLarge = [
  {
    claim: 'an index rate written as a percentage: the parameter grows past the limit',
    files: edit('regio.yaml', ['loon: { description: Loonindex, default: 0.02,', 'loon: { description: Loonindex, default: 25,']),
    says: 'error: regio.yaml:32:3',
    message: 'parameter "begeleiding_per_hc" reaches 2.65e+13 in 2029: more than the 10^13 that a figure may be',
  },
  {
    claim: 'a one-off amount past the limit',
    files: edit('regio.yaml', ['amount: { 2021: 120000, 2022: 60000 }', 'amount: { 2021: 120000, 2022: 60000000000000000 }']),
    says: 'error: regio.yaml:62:9',
    message: 'line "frictie" of model "eigen" comes to 6.00e+16 in 2022: more than the 10^13 that a figure may be',
  },
  {
    claim: 'a percentage of other lines past the limit, its rate within it',
    files: edit('regio.yaml', ['risico_opslag: { unit: ratio, values: { 2021: 0.05 } }', 'risico_opslag: { unit: ratio, values: { 2021: 30000000 } }']),
    says: 'error: regio.yaml:63:9',
    message: 'line "risico" of model "eigen" comes to 1.38e+13 in 2021: more than the 10^13 that a figure may be',
  },
];

describe('validate: an input that breaks the figure limit fails as run fails, with the same message', () => {
  for (const c of tooLarge) {
    it(c.claim, async () => {
      const dir = tinyCopy(c.files);
      const validated = await runInProcessEnglish(['validate', 'regio.yaml'], { cwd: dir });
      const run = await runInProcessEnglish(['run', 'regio.yaml', '--json'], { cwd: dir });
      expect(validated.code, validated.stderr).toBe(1);
      expect(validated.stdout).toBe('');
      expect(validated.stderr.split('\n')[0]?.startsWith(`${c.says}  `)).toBe(true);
      expect(validated.stderr).toContain(c.message);
      expect(validated.stderr).toBe(run.stderr);
      expect(run.code).toBe(1);
    });
  }

  it('a line whose bound passes the limit but whose amounts do not is valid: then the projection decides', async () => {
    // the organisation's overhead of `gr`: its shares are bounded by the whole, up to 16 times what they come to
    const dir = tinyCopy(edit('regio.yaml', ['overhead_gr: { unit: EUR, values: { 2021: 900000 }', 'overhead_gr: { unit: EUR, values: { 2021: 8000000000000 }']));
    expect(warningsWithoutProjection(loadScenario(join(dir, 'regio.yaml')))).toBeUndefined();
    const validated = await runInProcessEnglish(['validate', 'regio.yaml'], { cwd: dir });
    const plain = await runInProcessEnglish(['validate', 'regio.yaml'], { cwd: tinyCopy() });
    expect(validated.code, validated.stderr).toBe(0);
    expect(validated.stdout).toBe(plain.stdout);
    expect(validated.stderr).toBe(plain.stderr);
  });
});

describe('validate does not project the shipped scenarios and the fixtures, and warns as the projection does', () => {
  const files = ['scenarios/almelo.yaml', 'scenarios/regio-soweco.yaml', 'test/fixtures/tiny/regio.yaml', 'test/fixtures/tiny-settlement/regio.yaml', 'test/fixtures/tiny-fees/regio.yaml', 'test/fixtures/tiny-dissolution/regio.yaml'];
  for (const file of files) {
    it(file, () => {
      const scenario = loadScenario(join(ROOT, file));
      const warnings = warningsWithoutProjection(scenario);
      expect(warnings).toBeDefined();
      expect(warnings).toEqual(project(scenario).warnings);
    });
  }
});

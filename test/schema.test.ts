import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toInputJsonSchema } from '../src/load/schema/json-schema.js';
import { csvCases, fileCases, municipalityCases, usageCases, yamlCases, type BadInputCase } from './cli/bad-input-cases.js';
import { ROOT, runCli } from './support/cli.js';
import { TINY, testDir } from './support/testdir.js';

// Issue: "`soweco-bc schema`: a JSON Schema of the input files, and the shipped scenario files
// start with the `yaml-language-server` comment, so that VS Code completes and checks them."
// Acceptance: the schema validates every shipped scenario and rejects each bad-input fixture
// that is a schema error.

const SCENARIOS = join(ROOT, 'scenarios');
const COMMITTED = join(SCENARIOS, 'soweco-bc.schema.json');
const MODELINE = '# yaml-language-server: $schema=soweco-bc.schema.json';
const REGENERATE = 'scenarios/soweco-bc.schema.json is stale: run `npm run build && node bin/soweco-bc.js schema --out scenarios/soweco-bc.schema.json`';

// strict: a keyword ajv does not know, or one on the wrong type, fails the compilation
const validate = new Ajv2020({ strict: true, allErrors: true, formats: { date: true } }).compile(toInputJsonSchema());

function errorsOf(text: string): string {
  // a map or list as a key becomes text, as in an editor; quietly (the loader refuses it)
  return validate(parse(text, { logLevel: 'error' })) ? '' : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('\n');
}

const yamlFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

describe('soweco-bc schema', () => {
  it('prints the JSON Schema (draft 2020-12) of the input files, and the committed copy is that output', () => {
    const result = runCli(['schema']);
    expect(result.code, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(printed).toEqual(toInputJsonSchema());
    expect(readFileSync(COMMITTED, 'utf8'), REGENERATE).toBe(result.stdout);
  });

  it('--out writes the schema to a file, creating its folder', () => {
    const out = join(testDir(), 'editor', 'soweco-bc.schema.json');
    const result = runCli(['schema', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(toInputJsonSchema());
    expect(result.stdout).toContain(out);
  });

  it('offers a region, a municipality and a variant file, each with a title and a description', () => {
    const schema = toInputJsonSchema() as { anyOf: { $ref: string }[]; $defs: Record<string, { title?: string; description?: string }> };
    const files = schema.anyOf.map((s) => schema.$defs[s.$ref.replace('#/$defs/', '')]);
    expect(files.map((f) => f?.title)).toEqual(['Region file', 'Municipality file', 'Scenario variant file']);
    for (const f of files) expect(f?.description).toBeTruthy();
  });
});

describe('the JSON Schema accepts every file the loader accepts', () => {
  const shipped = yamlFiles(SCENARIOS);

  it('ships eight scenario files (the region, six municipalities, a variant), each starting with the yaml-language-server line that names the schema', () => {
    expect(shipped).toHaveLength(8);
    for (const f of shipped) expect(readFileSync(join(SCENARIOS, f), 'utf8').split('\n')[0], f).toBe(MODELINE);
  });

  it.each(shipped)('accepts the shipped scenarios/%s', (f) => {
    expect(errorsOf(readFileSync(join(SCENARIOS, f), 'utf8'))).toBe('');
  });

  it.each(yamlFiles(TINY))('accepts the tiny example\'s %s', (f) => {
    expect(errorsOf(readFileSync(join(TINY, f), 'utf8'))).toBe('');
  });

  it('accepts a scenario variant file', () => {
    const variant = [
      'extends: almelo.yaml',
      'description: Lagere rijksbijdrage vanaf 2025',
      'discount_rate: 0.03',
      'parameters:',
      '  rijksbijdrage_per_se: { unit: EUR/SE, values: { 2021: 26000, 2025: 25000 }, index: rijksbijdrage }',
    ].join('\n');
    expect(errorsOf(variant)).toBe('');
  });

  it('refuses a variant file with an unknown field, as the loader does', () => {
    expect(errorsOf('extends: almelo.yaml\nparamters: {}\n')).not.toBe('');
  });
});

describe('the JSON Schema rejects the bad-input cases that are schema errors (test/cli/bad-input-cases.ts)', () => {
  const cases = [...yamlCases, ...municipalityCases, ...csvCases, ...fileCases, ...usageCases];
  const editedYaml = (c: BadInputCase): [string, string][] =>
    Object.entries(c.files ?? {}).flatMap(([path, text]) => (path.endsWith('.yaml') && typeof text === 'string' ? [[path, text] as [string, string]] : []));
  const schemaCases = cases.filter((c) => c.schema === true);
  const otherCases = cases.filter((c) => c.schema !== true && editedYaml(c).length > 0);

  it('has schema errors to check, each in an edited YAML file', () => {
    expect(schemaCases.length).toBeGreaterThanOrEqual(20);
    for (const c of schemaCases) expect(editedYaml(c), c.claim).not.toEqual([]);
  });

  it.each(schemaCases.map((c) => [c.claim, c] as const))('rejects: %s', (_claim, c) => {
    for (const [path, text] of editedYaml(c)) expect(errorsOf(text), path).not.toBe('');
  });

  // The other mistakes are YAML syntax errors (the editor's YAML parser shows those) or
  // need the loader's rules (names that must exist, cycles, missing years): the schema
  // must not flag a file that has the right shape.
  it.each(otherCases.map((c) => [c.claim, c] as const))('leaves to the YAML parser or the loader: %s', (_claim, c) => {
    for (const [path, text] of editedYaml(c)) {
      let value: unknown;
      try {
        value = parse(text);
      } catch {
        continue; // a syntax error or an alias bomb
      }
      expect(validate(value), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

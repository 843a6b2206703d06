import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { applyCsvEdit, csvEdit } from './csv-edits.js';
import { save, saving } from './encodings.js';
import { applyYamlEdit, yamlEdit } from './yaml-edits.js';
import { variantDocument } from './variant-documents.js';
import { KNOWN_KEYS, anyValue, editTree, treeEdit } from './yaml-trees.js';
import { Workspace, original, type InputFile } from './workspace.js';

// Issue "Release quality", robustness: whatever the input files hold, `run` ends with a
// result or a clean error, never a crash, a stack trace or a partial workbook (the contract
// is Workspace.expectCleanOutcome). Each case runs the CLI in this process on a copy of the
// tiny example with a file mutated. FUZZ_RUNS sets the cases per property (by default 700:
// some 30 s on two cores, well inside the 2 minutes CI allows); FUZZ_SEED replays the seed
// that a failure prints. A failure found here becomes a case of test/cli/bad-input-cases.ts.

const options = {
  numRuns: Number(process.env.FUZZ_RUNS ?? 700),
  ...(process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) }),
};
const TIMEOUT = 120_000;

const yamlFile = fc.constantFrom<InputFile>('regio.yaml', 'regio.yaml', 'noord.yaml', 'noord.yaml', 'oost.yaml', 'zuid.yaml');
const csvFile = fc.constantFrom<InputFile>('data/noord.csv', 'data/oost.csv', 'data/zuid-cohorten.csv');

describe('the loaders never crash and never leave a partial workbook, whatever the input', () => {
  const workspace = new Workspace();
  afterAll(() => workspace.remove());

  const check = async (files: Partial<Record<string, string | Uint8Array>>, file?: string) => {
    await workspace.expectCleanOutcome(await workspace.run(files, file));
  };

  it('a region or municipality file with its text mutated (lines, characters, numbers, ids, aliases, tabs, encodings)', async () => {
    const cases = fc.record({ file: yamlFile, edits: fc.array(yamlEdit, { minLength: 1, maxLength: 4 }), saving });
    await fc.assert(
      fc.asyncProperty(cases, async ({ file, edits, saving: how }) => {
        await check({ [file]: save(edits.reduce(applyYamlEdit, original(file)), how) });
      }),
      options,
    );
  }, TIMEOUT);

  it('an employee or cohort CSV with its text mutated (rows, cells, delimiters, quotes, decimal commas, dates, line ends, encodings)', async () => {
    const cases = fc.record({ file: csvFile, edits: fc.array(csvEdit, { minLength: 1, maxLength: 5 }), saving });
    await fc.assert(
      fc.asyncProperty(cases, async ({ file, edits, saving: how }) => {
        const text = edits.reduce(applyCsvEdit, original(file));
        const result = await workspace.run({ [file]: save(text, how) });
        await workspace.expectCleanOutcome(result);
        // privacy: whatever the rows hold and wherever it stands, no message shows an id or a birth date
        for (const secret of new Set(text.match(/\b[A-Z]\d{3}\b|\b\d{4}-\d{2}-\d{2}\b/g) ?? [])) expect(result.stderr).not.toContain(secret);
      }),
      options,
    );
  }, TIMEOUT);

  it('a region or municipality file with nodes of its tree replaced by random values, removed or renamed', async () => {
    const cases = fc.record({ file: yamlFile, edits: fc.array(treeEdit, { minLength: 1, maxLength: 3 }) });
    await fc.assert(
      fc.asyncProperty(cases, async ({ file, edits }) => {
        await check({ [file]: editTree(original(file), edits) });
      }),
      options,
    );
  }, TIMEOUT);

  it('a region or municipality file that is a random YAML document', async () => {
    const documents = fc.oneof(anyValue, fc.object({ maxDepth: 3 }), fc.dictionary(fc.constantFrom(...KNOWN_KEYS), anyValue, { maxKeys: 8 }));
    await fc.assert(
      fc.asyncProperty(yamlFile, documents, async (file, document) => {
        await check({ [file]: stringify(document) ?? '' });
      }),
      options,
    );
  }, TIMEOUT);

  it('a scenario variant with random overrides (set:, parameters, indices, configurations, horizon, discount rate, baseline)', async () => {
    await fc.assert(
      fc.asyncProperty(variantDocument, async (document) => {
        await check({ 'variant.yaml': stringify(document) }, 'variant.yaml');
      }),
      options,
    );
  }, TIMEOUT);
});

import * as z from 'zod';
import { municipalityFile } from './municipality-file.js';
import { regionFile } from './region-file.js';
import { variantFile } from './variant-file.js';

/**
 * The JSON Schema (draft 2020-12) of every input file: a region, a municipality or a
 * scenario variant file, generated from the loader's zod schemas so that the two cannot
 * drift apart. It is for editors (completion, hover text, checks as you type): the loader's
 * own checks go further (names that must exist, cycles, years that must be there).
 */
export function toInputJsonSchema(): Record<string, unknown> {
  const inputFile = z.union([regionFile, municipalityFile, variantFile]).meta({
    title: 'soweco-bc input file',
    description: 'A soweco-bc region file, municipality file or scenario variant file (docs: input-format.md)',
  });
  return z.toJSONSchema(inputFile, {
    target: 'draft-2020-12',
    io: 'input', // what the user writes
    // `source.checked` also takes a date, which YAML files give as text
    unrepresentable: ({ zodSchema }) => (zodSchema._zod.def.type === 'date' ? { type: 'string', format: 'date' } : 'throw'),
  });
}

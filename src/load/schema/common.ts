import * as z from 'zod';
import { UNITS } from '../../model/series.js';
import { didYouMean } from '../suggest.js';

/**
 * A map with a fixed set of fields, where an unknown field is an error that suggests the
 * closest known one (`amout` → `amount`). Several unknown fields give one line each, in
 * the order of `issue.keys` (load/zod-issues.ts splits them again).
 */
export function fields<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys.map((key) => unknownField(key, known)).join('\n');
    },
  });
}

function unknownField(key: string, known: readonly string[]): string {
  if (key === '<<') return 'unknown field "<<": YAML merge keys are not supported; write the fields out';
  return `unknown field "${key}"${didYouMean(key, known)}`;
}

/** An id as written in the files: a letter, then letters, digits, `_` or `-`. */
export const id = z
  .string({ error: 'expected an id (letters, digits, _ or -)' })
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, { error: 'expected an id: a letter, then letters, digits, _ or -' });

export const year = z.int({ error: 'expected a year (a whole number such as 2021)' }).min(1900).max(2200);

/** Year keys of a `values:` map: YAML reads `2021:` as a number; the map's keys arrive as text. */
export const yearKey = z.string().regex(/^\d{4}$/, { error: 'expected a year such as 2021 as the key' });

/** A source: plain text, or a title with a link and the date it was checked. */
export const source = z.union(
  [
    z.string(),
    fields({ title: z.string(), href: z.string().optional(), checked: z.union([z.string(), z.date()]).optional() }),
  ],
  { error: 'expected a source: text, or { title, href, checked }' },
);

const unit = z.enum(UNITS, { error: `expected a unit, one of ${UNITS.join(', ')}` });

/** A parameter: explicit values per year, an optional index and its metadata (methodology §2). */
export const parameter = fields({
  unit: unit.optional(),
  label: z.string().optional(),
  description: z.string().optional(),
  source: source.optional(),
  values: z.record(yearKey, z.number({ error: 'expected an amount (a number ≥ 0)' }).min(0)),
  index: z
    .union([id, z.number().gt(-1)], { error: 'expected an index id, or a constant yearly rate such as 0.02' })
    .optional(),
});

/** An index series: yearly growth rates, explicit per year with a default for the others (§2). */
export const indexSeries = fields({
  label: z.string().optional(),
  description: z.string().optional(),
  source: source.optional(),
  unit: unit.optional(),
  default: z.number({ error: 'expected a yearly rate such as 0.02' }).gt(-1).optional(),
  values: z.record(yearKey, z.number({ error: 'expected a yearly rate such as 0.02' }).gt(-1)).optional(),
});

export type WrittenParameter = z.infer<typeof parameter>;
export type WrittenIndex = z.infer<typeof indexSeries>;
export type WrittenSource = z.infer<typeof source>;

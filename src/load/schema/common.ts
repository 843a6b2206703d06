import * as z from 'zod';
import { schemaMessages } from './schema-messages.js';
import { UNITS } from '../../model/series.js';
import { didYouMean } from '../../suggest.js';

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
  if (key === '<<') return schemaMessages.mergeKey;
  return schemaMessages.unknownField(key, didYouMean(key, known));
}

/**
 * The longest texts the files may hold, in characters (input-format.md "Limits"): several
 * times the longest real one, and far below the 32,767 that an Excel cell can hold, so that
 * a report never has to cut one.
 */
export const MAX_TEXT = {
  /** Ids, and the keys of amount maps: the longest real one has 22. */
  id: 64,
  /** Labels and names shown in tables and titles: the longest real one has 51. */
  label: 100,
  /** Descriptions, sources and their titles: the longest real source has 451. */
  description: 1000,
  /** A source's link. */
  link: 2000,
  /** Paths of other files. */
  path: 1000,
} as const;

/** Text of at most `max` characters; `error` says what was expected when the value is not text. */
export function text(max: number, error?: () => string) {
  return z.string(error === undefined ? undefined : { error }).max(max, { error: () => schemaMessages.atMostCharacters(max) });
}

/** An id as written in the files: a letter, then letters, digits, `_` or `-`. */
export const id = text(MAX_TEXT.id, () => schemaMessages.idText)
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, { error: () => schemaMessages.id });

/**
 * The most entries the files may have of each kind (input-format.md "Limits"): ten times
 * and more what a real region has (4 work forms, 22 parameters, 5 configurations, 6
 * municipalities), and few enough that every check and report stays quick and readable
 * (each configuration is a sheet of the workbook).
 */
export const MAX_COUNT = {
  workForms: 50,
  parameters: 1000,
  indices: 100,
  models: 50,
  linesPerModel: 200,
  configurations: 50,
  municipalities: 400,
  /** Rows of the AOW schedule, outflow bands. */
  rows: 100,
  correlations: 1000,
  /** Overrides in a variant's `set:`. */
  overrides: 1000,
} as const;

/** A map from id to `value` with at most `max` entries, named `things` in the message. */
export function idMap<T extends z.ZodType>(value: T, max: number, things: string) {
  return z
    .record(id, value)
    .refine((map) => Object.keys(map).length <= max, { error: (issue) => schemaMessages.atMost(max, things, Object.keys(issue.input as object).length) })
    .meta({ maxProperties: max });
}

/** A label or name, shown in reports. */
export const label = text(MAX_TEXT.label);

/** A description: what a figure, model or variant is. */
export const description = text(MAX_TEXT.description);

/**
 * The years a horizon, a line's years and a year key may name: a year outside them is a typo
 * (2202 for 2022), never a year a business case reaches. Amounts written for a year inside
 * them but outside the horizon are warned about (engine/unused-amounts.ts).
 */
export const YEARS = { first: 1900, last: 2200 } as const;

export const year = z.int({ error: () => schemaMessages.year }).min(YEARS.first).max(YEARS.last);

/** Whether a year key (`"2021"`) names a year of {@link YEARS}. */
export function isYearKeyInRange(key: string): boolean {
  return Number(key) >= YEARS.first && Number(key) <= YEARS.last;
}

/** `expected a year from 1900 to 2200 as the key`, in the chosen language. */
export function yearKeyRangeMessage(): string {
  return schemaMessages.yearKeyRange(YEARS.first, YEARS.last);
}

/** Year keys of a `values:` map: YAML reads `2021:` as a number; the map's keys arrive as text. */
export const yearKey = z
  .string()
  .regex(/^\d{4}$/, { error: () => schemaMessages.yearKey })
  .regex(/^(19\d\d|2[01]\d\d|2200)$/, { error: yearKeyRangeMessage });

/** A source: plain text, or a title with a link and the date it was checked. */
export const source = z
  .union(
    [
      text(MAX_TEXT.description),
      fields({
        title: text(MAX_TEXT.description).meta({ description: 'The document, with the page or table' }),
        href: text(MAX_TEXT.link).meta({ description: 'A link to it' }).optional(),
        checked: z.union([text(MAX_TEXT.label), z.date()]).meta({ description: 'When the figure was last checked, YYYY-MM-DD' }).optional(),
      }),
    ],
    { error: () => schemaMessages.source },
  )
  .meta({ description: 'Where the figure comes from: text, or { title, href, checked }' });

const unit = z.enum(UNITS, { error: () => schemaMessages.oneOfUnit(UNITS) }).meta({ description: 'The unit of the values' });

/** A parameter: explicit values per year, an optional index and its metadata (methodology §2). */
export const parameter = fields({
  unit: unit.optional(),
  label: label.meta({ description: 'A short name for reports' }).optional(),
  description: description.meta({ description: 'What the figure is' }).optional(),
  source: source.optional(),
  values: z
    .record(yearKey, z.number({ error: () => schemaMessages.amount }).min(0))
    .meta({ description: 'Explicit values by year, e.g. { 2021: 31000 }; later years follow the index' }),
  index: z
    .union([id, z.number().gt(-1)], { error: () => schemaMessages.indexOrRate })
    .meta({ description: 'How the value grows after an explicit year: an index id, or a constant yearly rate such as 0.02' })
    .optional(),
}).meta({ id: 'parameter', title: 'Parameter', description: 'A time series: explicit values by year; each other year grows from the year before by the index (methodology §2)' });

/** An index series: yearly growth rates, explicit per year with a default for the others (§2). */
export const indexSeries = fields({
  label: label.meta({ description: 'A short name for reports' }).optional(),
  description: description.meta({ description: 'What the index follows' }).optional(),
  source: source.optional(),
  unit: unit.optional(),
  default: z.number({ error: () => schemaMessages.yearlyRate02 }).gt(-1).meta({ description: 'The yearly rate for years without an explicit one, e.g. 0.02' }).optional(),
  values: z
    .record(yearKey, z.number({ error: () => schemaMessages.yearlyRate02 }).gt(-1))
    .meta({ description: 'Explicit yearly rates by year, e.g. { 2023: 0.10 }' })
    .optional(),
}).meta({ id: 'index', title: 'Index', description: 'Yearly growth rates: explicit by year, with a default for the others (methodology §2)' });

export type WrittenParameter = z.infer<typeof parameter>;
export type WrittenIndex = z.infer<typeof indexSeries>;
export type WrittenSource = z.infer<typeof source>;

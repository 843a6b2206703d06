import * as z from 'zod';
import { ALLOCATION_KEYS, DRIVERS } from '../../model/line.js';
import { fields, id, indexSeries, parameter, year } from './common.js';

const isoDate = z.string({ error: 'expected a date YYYY-MM-DD' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' });

const aowRow = fields({
  born_from: isoDate.optional(),
  born_before: isoDate.optional(),
  years: z.int({ error: 'expected whole years, such as 67' }).min(55).max(80),
  months: z.int({ error: 'expected whole months, 0 to 11' }).min(0).max(11),
});

const rate = z.number({ error: 'expected a yearly rate between 0 and 1, such as 0.025' }).min(0).lt(1);

const outflowRate = z.union(
  [rate, fields({ bands: z.array(fields({ below_age: z.int().min(1).max(120).optional(), rate })).min(1) })],
  { error: 'expected a yearly rate such as 0.025, or { bands: [ { below_age: 45, rate: 0.02 }, …, { rate: 0.05 } ] }' },
);

const amount = z.union(
  [id, z.number().min(0), z.record(z.string(), z.union([id, z.number().min(0)]))],
  { error: 'expected a parameter name, a number ≥ 0, or a map (work form → parameter or number; year → euros for one_off)' },
);

const line = fields({
  id,
  label: z.string().optional(),
  description: z.string().optional(),
  kind: z.enum(['cost', 'revenue'], { error: 'expected "cost" or "revenue"' }),
  driver: z.enum(DRIVERS, { error: `expected a driver, one of ${DRIVERS.join(', ')}` }),
  amount,
  work_forms: z.array(id).min(1).optional(),
  level: z.enum(['municipality', 'organisation'], { error: 'expected "municipality" or "organisation"' }).optional(),
  allocation: z.enum(ALLOCATION_KEYS, { error: `expected an allocation key, one of ${ALLOCATION_KEYS.join(', ')}` }).optional(),
  volume_elasticity: z.number({ error: 'expected a number from 0 to 1' }).min(0).max(1).optional(),
  years: fields({ from: year.optional(), to: year.optional() }).optional(),
  of: z.array(id).min(1).optional(),
});

const model = fields({
  label: z.string().optional(),
  description: z.string().optional(),
  lines: z.array(line).min(1),
});

const members = z.union([z.literal('all'), z.literal('each'), z.array(id).min(1)], {
  error: 'expected "all", "each", or a list of municipality ids',
});

export const configuration = fields({
  label: z.string().optional(),
  description: z.string().optional(),
  organisations: z.array(fields({ model: id, members, label: z.string().optional() })).min(1),
});

/** The region file as the user writes it (input-format.md). */
export const regionFile = fields({
  region: fields({ id, name: z.string().optional() }),
  horizon: fields({ start: year, end: year }),
  discount_rate: z.number({ error: 'expected a yearly rate such as 0.025' }).min(0).lt(1),
  baseline: id,
  work_forms: z.record(id, fields({ label: z.string().optional(), description: z.string().optional() })),
  population: fields({ outflow_rate: outflowRate, aow_schedule: z.array(aowRow).min(1) }),
  indices: z.record(id, indexSeries).optional(),
  parameters: z.record(id, parameter).optional(),
  models: z.record(id, model),
  configurations: z.record(id, configuration),
  municipalities: z.array(z.string({ error: 'expected the path of a municipality file' })).min(1),
});

export type WrittenRegion = z.infer<typeof regionFile>;
export type WrittenLine = z.infer<typeof line>;
export type WrittenModel = z.infer<typeof model>;
export type WrittenConfiguration = z.infer<typeof configuration>;

import * as z from 'zod';
import { schemaMessages } from './schema-messages.js';
import { fields, id, source, yearKey } from './common.js';

/** The ages an entrant may have: the Participatiewet starts at 15; past 70 nobody enters work. */
export const ENTRY_AGES = { first: 15, last: 70 } as const;

/** The most streams one municipality file may declare (input-format.md "Limits"). */
export const MAX_STREAMS = 50;

const people = z.number({ error: () => schemaMessages.inflowPeople }).min(0, { error: () => schemaMessages.inflowPeople });
const byYear = z.record(yearKey, people);
const age = z.int({ error: () => schemaMessages.entryAge(ENTRY_AGES.first, ENTRY_AGES.last) })
  .min(ENTRY_AGES.first, { error: () => schemaMessages.entryAge(ENTRY_AGES.first, ENTRY_AGES.last) })
  .max(ENTRY_AGES.last, { error: () => schemaMessages.entryAge(ENTRY_AGES.first, ENTRY_AGES.last) });
const ageKey = z.string().regex(/^\d{1,3}$/, { error: () => schemaMessages.entryAge(ENTRY_AGES.first, ENTRY_AGES.last) });
const share = z.number({ error: () => schemaMessages.share }).min(0, { error: () => schemaMessages.share }).max(1, { error: () => schemaMessages.share });

/** One inflow stream as written (input-format.md `inflow:`; docs/methodology.md#inflow). */
export const inflowStream = fields({
  id,
  work_form: id.meta({ description: 'A work form of the region' }),
  people: byYear.meta({ description: 'New people per year, e.g. { 2021: 12, 2022: 12 }; years not written: 0' }).optional(),
  target_headcount: byYear.meta({ description: 'The head count to keep, per year, interpolated between the years written' }).optional(),
  entry_month: z.int({ error: () => schemaMessages.entryMonth }).min(1, { error: () => schemaMessages.entryMonth }).max(12, { error: () => schemaMessages.entryMonth })
    .meta({ description: 'The month (1-12) on whose first day the entrants start; default 1' }).optional(),
  age_at_entry: z.union([age, z.record(ageKey, share)], { error: () => schemaMessages.ageAtEntry })
    .meta({ description: 'The age of the entrants: one number, or shares per age summing to 1, e.g. { 25: 0.3, 35: 0.7 }' }),
  fte: z.number({ error: () => schemaMessages.inflowFte }).gt(0, { error: () => schemaMessages.inflowFte }).max(1.5, { error: () => schemaMessages.inflowFte })
    .meta({ description: 'FTE per person' }),
  se: z.number({ error: () => schemaMessages.inflowSe }).min(0, { error: () => schemaMessages.inflowSe }).max(3, { error: () => schemaMessages.inflowSe })
    .meta({ description: 'SE per person; default: fte' }).optional(),
  outflow_rate: z.number({ error: () => schemaMessages.rate }).min(0, { error: () => schemaMessages.rate }).lt(1, { error: () => schemaMessages.rate })
    .meta({ description: "The entrants' own yearly outflow rate; default: the region's" }).optional(),
  source: source.optional(),
}).meta({ id: 'inflow_stream', title: 'Inflow stream', description: 'New people of one work form flowing in (methodology: inflow streams)' });

/** The `inflow:` list of a municipality file. */
export const inflow = z.array(inflowStream, { error: () => schemaMessages.inflowList })
  .max(MAX_STREAMS, { error: (issue) => schemaMessages.atMost(MAX_STREAMS, 'inflow streams', (issue.input as unknown[]).length) })
  .meta({ description: 'Streams of new people flowing in (methodology: inflow streams)' });

export type WrittenInflowStream = z.infer<typeof inflowStream>;

import type * as z from 'zod';
import { schemaMessages } from './schema-messages.js';
import { MAX_TEXT, fields, source, text } from './common.js';

/** The realised figures of a municipality or of the region as a whole: two CSVs, each optional (input-format.md#realised). */
export const realised = fields({
  lines: text(MAX_TEXT.path, () => schemaMessages.realisedPath)
    .meta({ description: 'CSV of realised amounts per year, configuration and line (year, configuration, line, amount[, source]), relative to this file' }).optional(),
  population: text(MAX_TEXT.path, () => schemaMessages.realisedPath)
    .meta({ description: 'CSV of the realised yearly average SE, FTE and head count per work form (year, work_form, se, fte, headcount), relative to this file' }).optional(),
  source: source.optional().meta({ description: 'Where the realised figures come from, for rows without a source of their own' }),
}).meta({ id: 'realised', title: 'Realised figures', description: 'What really happened, to hold the forecast against (nacalculatie)' });


export type WrittenRealised = z.infer<typeof realised>;

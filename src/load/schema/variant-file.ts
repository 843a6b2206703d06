import * as z from 'zod';
import { schemaMessages } from './schema-messages.js';
import { MAX_COUNT, MAX_TEXT, description, fields, id, idMap, indexSeries, parameter, text, year } from './common.js';
import { configuration } from './region-file.js';

/**
 * A scenario variant as the user writes it: another scenario file (`extends`, relative to
 * this file) with some parts replaced. `parameters` replace those series everywhere in the
 * scenario (the region's and any municipality's own), `indices` replace index series,
 * `configurations` are added or
 * replaced, and the horizon, discount rate and baseline may change; `set` holds overrides
 * written as with `--set` (what-if saves its changes so).
 */
export const variantFile = fields({
  extends: text(MAX_TEXT.path, () => schemaMessages.extendsPath)
    .meta({ description: 'The scenario file (region or municipality) this one varies, relative to this file' }),
  description: description.meta({ description: 'What this variant changes, and why' }).optional(),
  horizon: fields({ start: year, end: year }).meta({ description: 'Replaces the horizon' }).optional(),
  discount_rate: z.number({ error: () => schemaMessages.yearlyRate025 }).min(0).lt(1).meta({ description: 'Replaces the discount rate' }).optional(),
  baseline: id.meta({ description: 'Replaces the baseline configuration' }).optional(),
  indices: idMap(indexSeries, MAX_COUNT.indices, 'indices').meta({ description: 'Replace these index series' }).optional(),
  parameters: idMap(parameter, MAX_COUNT.parameters, 'parameters').meta({ description: 'Replace these series everywhere in the scenario' }).optional(),
  configurations: idMap(configuration, MAX_COUNT.configurations, 'configurations').meta({ description: 'Configurations added or replaced' }).optional(),
  set: z.array(z.string({ error: () => schemaMessages.override })).max(MAX_COUNT.overrides)
    .meta({ description: 'Overrides as with --set (path=value), applied after the replacements above' }).optional(),
}).meta({ id: 'variant_file', title: 'Scenario variant file', description: 'A soweco-bc scenario variant: another scenario file with some parts replaced' });

export type WrittenVariant = z.infer<typeof variantFile>;

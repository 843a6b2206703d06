import * as z from 'zod';
import { fields, id, parameter, year } from './common.js';
import { configuration } from './region-file.js';

/**
 * A scenario variant as the user writes it: another scenario file (`extends`, relative to
 * this file) with some parts replaced. `parameters` replace those series everywhere in the
 * scenario (the region's and any municipality's own), `configurations` are added or
 * replaced, and the horizon, discount rate and baseline may change.
 */
export const variantFile = fields({
  extends: z.string({ error: 'expected the path of the scenario file this one varies' }),
  description: z.string().optional(),
  horizon: fields({ start: year, end: year }).optional(),
  discount_rate: z.number({ error: 'expected a yearly rate such as 0.025' }).min(0).lt(1).optional(),
  baseline: id.optional(),
  parameters: z.record(id, parameter).optional(),
  configurations: z.record(id, configuration).optional(),
});

export type WrittenVariant = z.infer<typeof variantFile>;

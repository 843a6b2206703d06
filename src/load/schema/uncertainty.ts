import * as z from 'zod';
import { schemaMessages } from './schema-messages.js';
import { MAX_COUNT, MAX_TEXT, description, fields, idMap, text } from './common.js';

const change = z.number({ error: () => schemaMessages.change }).min(-1).lt(10);

/** One distribution: of a relative change (parameters, one-off amounts, outflow, inflow, discount rate) or of an added rate (indices). */
export const distribution = z.discriminatedUnion(
  'distribution',
  [
    fields({ distribution: z.literal('uniform'), low: change, high: change, source: description.optional() })
      .meta({ description: 'Every change from low to high is equally likely' }),
    fields({ distribution: z.literal('triangular'), low: change, mode: change, high: change, source: description.optional() })
      .meta({ description: 'Most likely at mode, never below low or above high' }),
    fields({
      distribution: z.literal('normal'),
      mean: change.optional(),
      sd: z.number({ error: () => schemaMessages.sd }).min(0),
      low: change.optional(),
      high: change.optional(),
      source: description.optional(),
    }).meta({ description: 'Normal around mean (default 0) with standard deviation sd, cut off at low and high (default mean ± 2 sd)' }),
  ],
  { error: () => schemaMessages.distribution },
);

/** The `uncertainty:` section (methodology: docs/risk.md). */
export const uncertainty = fields({
  parameters: idMap(distribution, MAX_COUNT.parameters, 'parameters').meta({ description: 'Relative change of each parameter\'s whole series' }).optional(),
  indices: idMap(distribution, MAX_COUNT.indices, 'indices').meta({ description: 'Change added to every year\'s rate of each index' }).optional(),
  one_off: distribution.meta({ description: 'Relative change of every one-off amount (transition costs)' }).optional(),
  outflow: distribution.meta({ description: 'Relative change of the outflow rates (sensitivity only)' }).optional(),
  inflow: distribution.meta({ description: 'Relative change of every inflow stream\'s people per year or target head count (sensitivity only)' }).optional(),
  discount_rate: distribution.meta({ description: 'Relative change of the discount rate' }).optional(),
  correlations: z
    .array(fields({ between: z.tuple([text(MAX_TEXT.id), text(MAX_TEXT.id)], { error: () => schemaMessages.twoNames }), rho: z.number().min(-1).max(1) }))
    .max(MAX_COUNT.correlations)
    .meta({ description: 'Rank correlations between two of the uncertain variables' })
    .optional(),
}).meta({ description: 'Uncertainty of the assumptions, for sensitivity and Monte Carlo analysis (soweco-bc sensitivity, risk)' });

export type WrittenUncertainty = z.infer<typeof uncertainty>;
export type WrittenDistribution = z.infer<typeof distribution>;

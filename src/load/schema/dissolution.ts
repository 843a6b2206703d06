import * as z from 'zod';
import { schemaMessages } from './schema-messages.js';
import { ALLOCATION_KEYS } from '../../model/line.js';
import { MAX_COUNT, MAX_TEXT, fields, id, label, source, text, year } from './common.js';

/** The most items a dissolution balance may have: a real one has about five. */
const MAX_ITEMS = 100;

const share = z.number({ error: () => schemaMessages.share }).min(0).max(1);

/** A key: fixed shares per municipality, or a dynamic key frozen at a reference year (methodology "Dissolution balance"). */
export const dissolutionKey = z.union(
  [
    fields({
      fixed: z.record(id, share).meta({ description: 'A share per municipality of the region, each once, summing to exactly 1' }),
    }),
    fields({
      by: z.enum(ALLOCATION_KEYS, { error: () => schemaMessages.oneOfKey(ALLOCATION_KEYS) })
        .meta({ description: 'The shares follow this figure of the municipalities (of the whole region)' }),
      reference_year: year.meta({ description: 'The year whose shares are used; default: the dissolution year' }).optional(),
    }),
  ],
  { error: () => schemaMessages.dissolutionKey },
).meta({ description: 'How the balance is shared: { fixed: { almelo: 0.4387, … } } or { by: se_share, reference_year: 2021 }' });

const itemAmount = z.union(
  [z.number().min(0), z.record(text(MAX_TEXT.id), z.number().min(0))],
  { error: () => schemaMessages.dissolutionAmount },
).meta({ description: 'Euros: one number (falls in the dissolution year) or a map year → euros (not indexed, inside the horizon)' });

const appliesTo = z.array(id).min(1).max(MAX_COUNT.configurations);

const item = fields({
  id: id.meta({ description: 'The item id, unique among the items (its own namespace, apart from line ids)' }),
  label: label.meta({ description: 'The name shown in reports' }),
  kind: z.enum(['cost', 'revenue'], { error: () => schemaMessages.costOrRevenue }),
  amount: itemAmount,
  source: source.optional(),
  applies_to: appliesTo.meta({ description: 'Only in these configurations (a subset of the dissolution\'s applies_to)' }).optional(),
}).meta({ id: 'dissolution_item', title: 'Dissolution item', description: 'One item of the balance of the organisation that ends' });

/** The balance of the organisation that ends when the baseline is left (methodology "Dissolution balance"). */
export const dissolution = fields({
  label: label.meta({ description: 'The name shown in reports, e.g. Liquidatiesaldo GR Soweco' }),
  year: year.meta({ description: 'The year the balance is settled; a single amount falls here' }),
  key: dissolutionKey,
  applies_to: appliesTo.meta({ description: 'The configurations in which the organisation ends; default: every one but the baseline' }).optional(),
  items: z.array(item).min(1).max(MAX_ITEMS).meta({ description: 'The items of the balance' }),
}).meta({ id: 'dissolution', title: 'Dissolution', description: 'The dissolution balance of the organisation that ends, shared by a key (methodology "Dissolution balance")' });

export type WrittenDissolution = z.infer<typeof dissolution>;

import * as z from 'zod';
import { schemaMessages } from './schema-messages.js';
import { ALLOCATION_KEYS } from '../../model/line.js';
import { DRIVERS, lineKind } from '../../model/line-kinds/index.js';
import { MAX_COUNT, MAX_TEXT, description, fields, id, idMap, indexSeries, label, parameter, text, year } from './common.js';
import { dissolution } from './dissolution.js';
import { realised } from './realised.js';
import { uncertainty } from './uncertainty.js';

const isoDate = z.string({ error: () => schemaMessages.isoDate }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => schemaMessages.isoDate });

const aowRow = fields({
  born_from: isoDate.meta({ description: 'First birth date of the row (inclusive); leave out in the first row' }).optional(),
  born_before: isoDate.meta({ description: 'Birth date where the next row starts (exclusive); leave out in the last row' }).optional(),
  years: z.int({ error: () => schemaMessages.aowYears }).min(55).max(80).meta({ description: 'AOW age: whole years' }),
  months: z.int({ error: () => schemaMessages.aowMonths }).min(0).max(11).meta({ description: 'AOW age: months on top of the years, 0 to 11' }),
});

const rate = z.number({ error: () => schemaMessages.rate }).min(0).lt(1);

const outflowRate = z.union(
  [
    rate,
    fields({
      bands: z
        .array(fields({
          below_age: z.int().min(1).max(120).meta({ description: 'Upper bound of the band (exclusive); leave out in the last, open band' }).optional(),
          rate,
        }))
        .min(1)
        .max(MAX_COUNT.rows)
        .meta({ description: 'Age bands, rising in age; the last one open' }),
    }),
  ],
  { error: () => schemaMessages.rateOrBands },
).meta({ description: 'Yearly outflow other than AOW: one rate such as 0.025, or { bands: [...] } by age (methodology §3)' });

const amount = z.union(
  [id, z.number().min(0), z.record(text(MAX_TEXT.id), z.union([id, z.number().min(0)]))],
  { error: () => schemaMessages.lineAmount },
).meta({ description: 'A parameter name, a number, a map work form → parameter or number, or (one_off) a map year → euros' });

const line = fields({
  id: id.meta({ description: 'The line id, unique within the model' }),
  label: label.meta({ description: 'The name shown in reports' }).optional(),
  description: description.optional(),
  kind: z.enum(['cost', 'revenue'], { error: () => schemaMessages.costOrRevenue }),
  driver: z.enum(DRIVERS, { error: () => schemaMessages.oneOfDriver(DRIVERS) })
    .meta({ description: `What the amount is multiplied by (methodology §4). ${DRIVERS.map((d) => `${d}: ${lineKind(d).description}`).join('; ')}` }),
  amount,
  work_forms: z.array(id).min(1).max(MAX_COUNT.workForms).meta({ description: 'fte, se and headcount lines: only these work forms' }).optional(),
  level: z.enum(['municipality', 'organisation'], { error: () => schemaMessages.level })
    .meta({ description: 'fixed and one_off lines: an amount per municipality or per organisation (then allocated)' }).optional(),
  allocation: z.enum(ALLOCATION_KEYS, { error: () => schemaMessages.oneOfAllocation(ALLOCATION_KEYS) })
    .meta({ description: 'level organisation: how the amount is split over the members' }).optional(),
  volume_elasticity: z.union([id, z.number().min(0).max(1)], { error: () => schemaMessages.elasticity })
    .meta({ description: 'fixed lines: how far the amount follows the volume, 0 to 1: a number, or a parameter (unit ratio) whose values are 0 to 1' }).optional(),
  years: fields({ from: year.optional(), to: year.optional() })
    .meta({ description: 'Only in these years, both ends inclusive, either may be left out' }).optional(),
  of: z.array(id).min(1).max(MAX_COUNT.linesPerModel).meta({ description: 'percent_of lines: the ids of the lines the percentage is taken of' }).optional(),
  fee: z.boolean({ error: () => schemaMessages.boolean })
    .meta({ description: 'cost lines: paid to the organisation\'s supplier, whose revenue it is (methodology, fees between organisations)' }).optional(),
}).meta({ id: 'line', title: 'Line', description: 'A cost or revenue line of an execution model (methodology §4)' });

const model = fields({
  label: label.optional(),
  description: description.optional(),
  lines: z.array(line).min(1).max(MAX_COUNT.linesPerModel),
}).meta({ id: 'model', title: 'Execution model', description: 'An execution model: a list of cost and revenue lines' });

const members = z.union([z.literal('all'), z.literal('each'), z.array(id).min(1).max(MAX_COUNT.municipalities)], {
  error: () => schemaMessages.members,
}).meta({ description: '"all" (everyone not yet placed, together), "each" (everyone not yet placed, alone) or a list of municipality ids' });

const settlementKey = fields({
  fixed: z.record(id, z.number({ error: () => schemaMessages.share }))
    .meta({ description: 'Every member of the organisation once, with its share; the shares sum to exactly 1' }).optional(),
  by: z.enum(ALLOCATION_KEYS, { error: () => schemaMessages.oneOfKey(ALLOCATION_KEYS) })
    .meta({ description: 'Each member\'s share of the members\' volume or inhabitants, per year (methodology §4)' }).optional(),
  lag: z.int({ error: () => schemaMessages.lag }).meta({ description: 'by: 1 = last year\'s shares (the first year its own)' }).optional(),
  reference_year: year.meta({ description: 'by: the shares of this year, for every year' }).optional(),
}).meta({ description: '{ fixed: { member: share, … } } or { by: se_share, lag?: 1, reference_year?: YYYY }' });

const settlement = fields({
  pooled: z.union([z.literal('all'), z.array(id).min(1).max(MAX_COUNT.linesPerModel)], { error: () => schemaMessages.pooled })
    .meta({ description: '"all", or the ids of the lines the members share by the key' }),
  key: settlementKey,
}).meta({ id: 'settlement', title: 'Settlement', description: 'How the members settle the organisation\'s lines: a pooled line is shared by the key (methodology, settlement)' });

const organisation = fields({
  id: id.meta({ description: 'The organisation\'s id, unique within the configuration' }).optional(),
  model: id.meta({ description: 'The execution model of this organisation' }),
  members,
  label: label.optional(),
  settlement: settlement.optional(),
  supplier: id.meta({ description: 'The id of the organisation of the same configuration that supplies this one: its fee lines are that organisation\'s revenue' }).optional(),
});

export const configuration = fields({
  label: label.optional(),
  description: description.optional(),
  organisations: z
    .array(organisation)
    .min(1)
    .meta({ description: 'Organisations, filled in order; every municipality ends up in exactly one' }),
}).meta({ id: 'configuration', title: 'Configuration', description: 'A regional scenario: which municipalities work together in which execution model' });

/** The region file as the user writes it (input-format.md). */
export const regionFile = fields({
  region: fields({ id, name: label.optional() }),
  horizon: fields({ start: year, end: year }).meta({ description: 'First and last year of the projection' }),
  discount_rate: z.number({ error: () => schemaMessages.yearlyRate025 }).min(0).lt(1)
    .meta({ description: 'Nominal yearly discount rate for the net present value, e.g. 0.025' }),
  baseline: id.meta({ description: 'The configuration every other is compared with' }),
  work_forms: idMap(fields({ label: label.optional(), description: description.optional() }), MAX_COUNT.workForms, 'work forms')
    .meta({ description: 'Work forms by id, e.g. beschut_binnen: { label: Beschut binnen }' }),
  population: fields({
    outflow_rate: outflowRate,
    aow_schedule: z.array(aowRow).min(1).max(MAX_COUNT.rows).meta({ description: 'AOW age by birth date, rows joining without gaps' }),
  }),
  indices: idMap(indexSeries, MAX_COUNT.indices, 'indices').meta({ description: 'Index series (yearly growth rates) by id' }).optional(),
  parameters: idMap(parameter, MAX_COUNT.parameters, 'parameters').meta({ description: 'Parameters (time series) by name' }).optional(),
  models: idMap(model, MAX_COUNT.models, 'models').meta({ description: 'Execution models by id' }),
  configurations: idMap(configuration, MAX_COUNT.configurations, 'configurations').meta({ description: 'Configurations (regional scenarios) by id' }),
  uncertainty: uncertainty.optional(),
  dissolution: dissolution.optional(),
  realised: realised.optional(),
  municipalities: z.array(text(MAX_TEXT.path, () => schemaMessages.municipalityPath)).min(1).max(MAX_COUNT.municipalities)
    .meta({ description: 'The municipality files, relative to this file' }),
}).meta({ id: 'region_file', title: 'Region file', description: 'A soweco-bc region: horizon, work forms, population, parameters, execution models and configurations' });

export type WrittenRegion = z.infer<typeof regionFile>;
export type WrittenLine = z.infer<typeof line>;
export type WrittenModel = z.infer<typeof model>;
export type WrittenConfiguration = z.infer<typeof configuration>;
export type WrittenOrganisation = z.infer<typeof organisation>;
export type WrittenSettlement = z.infer<typeof settlement>;

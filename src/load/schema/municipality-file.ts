import * as z from 'zod';
import { schemaMessages } from './schema-messages.js';
import { MAX_COUNT, MAX_TEXT, fields, id, idMap, label, parameter, text } from './common.js';
import { uncertainty } from './uncertainty.js';
import { inflow } from './inflow.js';
import { realised } from './realised.js';

/** The municipality file as the user writes it (input-format.md). */
export const municipalityFile = fields({
  region: text(MAX_TEXT.path, () => schemaMessages.regionPath).meta({ description: 'The region file, relative to this file' }),
  municipality: fields({
    id,
    name: label.optional(),
    cbs_code: z.string({ error: () => schemaMessages.cbsCode }).regex(/^GM\d{4}$/, { error: () => schemaMessages.cbsCode })
      .meta({ description: 'The CBS municipality code, e.g. GM0141' }).optional(),
    inhabitants: z.int({ error: () => schemaMessages.inhabitants }).positive()
      .meta({ description: 'Number of inhabitants, for the allocation key "inhabitants"' }).optional(),
  }),
  employees: text(MAX_TEXT.path, () => schemaMessages.employeesPath)
    .meta({ description: 'The employee or cohort CSV, relative to this file' }),
  inflow: inflow.optional(),
  realised: realised.optional(),
  uncertainty: uncertainty.optional(),
  parameters: idMap(parameter, MAX_COUNT.parameters, 'parameters').meta({ description: 'Overrides of region parameters (whole series) for this municipality' }).optional(),
}).meta({ id: 'municipality_file', title: 'Municipality file', description: 'A soweco-bc municipality: its region, its employees and its own parameters' });

export type WrittenMunicipality = z.infer<typeof municipalityFile>;

import * as z from 'zod';
import { fields, id, parameter } from './common.js';

/** The municipality file as the user writes it (input-format.md). */
export const municipalityFile = fields({
  region: z.string({ error: 'expected the path of the region file' }),
  municipality: fields({
    id,
    name: z.string().optional(),
    cbs_code: z.string({ error: 'expected a CBS code such as GM0141' }).regex(/^GM\d{4}$/, { error: 'expected a CBS code such as GM0141' }).optional(),
    inhabitants: z.int({ error: 'expected a whole number of inhabitants' }).positive().optional(),
  }),
  employees: z.string({ error: 'expected the path of an employee or cohort CSV file' }),
  parameters: z.record(id, parameter).optional(),
});

export type WrittenMunicipality = z.infer<typeof municipalityFile>;

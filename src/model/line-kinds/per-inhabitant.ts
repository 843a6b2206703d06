import { AMOUNT_ROW, f } from '../formula.js';
import type { LineKind } from '../line-kind.js';

/**
 * per_inhabitant (§4): a(t) · inh(m), the rate times the municipality's inhabitants, in the
 * years the line applies; for costs that follow the size of the municipality rather than its
 * SW population, such as a contribution per inhabitant. It makes `inhabitants` required.
 */
export const perInhabitantKind: LineKind = {
  description: 'a rate per inhabitant of the municipality (its inhabitants are then required)',
  fields: { amount: 'rate', level: false, workForms: false, elasticity: false, of: false },
  rateUnit: 'euro',
  formula(line) {
    return {
      shared: false,
      rows: [
        { name: 'base', expr: f.inYears(line.years, f.input({ input: 'rate' })), label: { label: 'base' }, format: 'money', whenHidden: 'value' },
        { name: 'inhabitants', expr: f.input({ input: 'inhabitants', whose: 'self' }), label: { label: 'inhabitants' }, format: 'integer', whenHidden: 'value' },
        { name: AMOUNT_ROW, expr: f.mul(f.row('base'), f.row('inhabitants')), format: 'money', whenHidden: 'value' },
      ],
    };
  },
};

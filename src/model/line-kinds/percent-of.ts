import { AMOUNT_ROW, f } from '../formula.js';
import type { LineKind } from '../line-kind.js';

/** percent_of (§4): a(t) · Σ of the amounts of the lines in `of`, for the same municipality. */
export const percentOfKind: LineKind = {
  description: 'a percentage of the amounts of other lines of the model (its "of")',
  fields: { amount: 'rate', level: false, workForms: false, elasticity: false, of: true },
  rateUnit: 'ratio',
  formula(line) {
    return {
      shared: false,
      rows: [
        { name: 'rate', expr: f.inYears(line.years, f.input({ input: 'rate' })), label: { label: 'rate' }, format: 'rate', whenHidden: 'value' },
        {
          name: 'percent-base',
          expr: f.sum(line.of.map((id) => f.input({ input: 'line', id }))),
          label: { label: 'percent_base', of: line.of },
          format: 'money',
          whenHidden: 'value',
        },
        { name: AMOUNT_ROW, expr: f.inYears(line.years, f.mul(f.row('rate'), f.row('percent-base'))), format: 'money', whenHidden: 'value' },
      ],
    };
  },
};

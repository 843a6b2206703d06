import { AMOUNT_ROW, f, type FormulaRow, type Quantity } from '../formula.js';
import type { LineKind } from '../line-kind.js';

/** The group of a population line's term rows. */
export const TERMS = 'terms';

/**
 * fte, se and headcount (§4): Σ over the work forms the line applies to of
 * volume(m,f,t) · a(f,t), in the years the line applies.
 */
export function populationKind(quantity: Quantity): LineKind {
  return {
    description: `a rate per ${quantity === 'headcount' ? 'person (average headcount)' : quantity.toUpperCase()}, per work form if wished`,
    fields: { amount: 'rate_per_work_form', level: false, workForms: true, elasticity: false, of: false },
    rateUnit: 'euro',
    formula(line, shape) {
      const terms = (line.workForms ?? shape.workForms).map((workForm): FormulaRow => ({
        name: `term:${workForm}`,
        expr: f.inYears(line.years, f.mul(f.input({ input: 'volume', whose: 'self', quantity, workForm }), f.input({ input: 'rate', workForm }))),
        label: { label: 'term', workForm, quantity },
        format: 'money',
        // volume · rate gives the volume back
        whenHidden: 'mark',
        group: TERMS,
        workForm,
      }));
      return { shared: false, rows: [...terms, { name: AMOUNT_ROW, expr: f.groupSum(TERMS), format: 'money', whenHidden: 'value' }] };
    },
  };
}

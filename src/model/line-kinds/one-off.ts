import { AMOUNT_ROW, f, type FormulaRow } from '../formula.js';
import { isSharedLine, type LineKind } from '../line-kind.js';
import { KEY_ROW, keyRow } from './allocation-key.js';

/** one_off (§4): the amount written for the year, in the years the line applies; an organisation's is split by the key. */
export const oneOffKind: LineKind = {
  description: 'amounts written per year, such as transition costs',
  fields: { amount: 'by_year', level: true, workForms: false, elasticity: false, of: false },
  rateUnit: 'euro',
  formula(line, shape) {
    const amount = f.inYears(line.years, f.input({ input: 'one_off' }));
    if (!isSharedLine(line, shape)) return { shared: false, rows: [{ name: AMOUNT_ROW, expr: amount, format: 'money', whenHidden: 'value' }] };
    const rows: FormulaRow[] = [
      { name: 'total', expr: amount, label: { label: 'organisation_total' }, format: 'money', whenHidden: 'value' },
      keyRow(line.allocation),
      { name: AMOUNT_ROW, expr: f.share(f.row('total'), f.row(KEY_ROW)), format: 'money', whenHidden: 'value' },
    ];
    return { shared: true, rows };
  },
};

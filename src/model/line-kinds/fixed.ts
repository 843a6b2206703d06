import { AMOUNT_ROW, f, type Expr, type FormulaRow } from '../formula.js';
import { isSharedLine, type LineKind } from '../line-kind.js';
import { KEY_ROW, keyRow } from './allocation-key.js';

/**
 * fixed (§4): a(t) · ((1 − e(t)) + e(t) · V(t)/V(start)), where V is the SE of the
 * municipality, or of the organisation and its buyers for an organisation-level line (then
 * split by the key over the members); where V(start) = 0 the ratio counts as 0. e is a number, or a parameter's series.
 */
export const fixedKind: LineKind = {
  description: 'a yearly amount that follows the SE as far as volume_elasticity says',
  fields: { amount: 'rate', level: true, workForms: false, elasticity: true, of: false },
  rateUnit: 'euro',
  formula(line, shape) {
    const shared = isSharedLine(line, shape);
    // an organisation that supplies others also guides and houses their people: their SE counts in V,
    // also where it has one member (docs/methodology.md#fees)
    const ofOrganisation = shared || (line.level === 'organisation' && shape.supplies === true);
    const se = f.input(ofOrganisation ? { input: 'volume', whose: 'organisation', quantity: 'se', withBuyers: true } : { input: 'volume', whose: 'self', quantity: 'se' });
    const volume: Expr = ofOrganisation ? f.row('volume') : se;
    const first: Expr = ofOrganisation ? f.row('volume', 'first') : f.input({ input: 'volume', whose: 'self', quantity: 'se' }, 'first');
    // a parameter elasticity e(t) is read only where the line applies, as its amount is: outside those years it counts as 0
    const elasticity = f.input({ input: 'elasticity' });
    const e = line.volumeElasticity.kind === 'parameter' ? f.inYears(line.years, elasticity) : elasticity;
    const factor = f.add(f.sub(f.constant(1), e), f.mul(e, f.ifEqual(first, f.constant(0), f.constant(0), f.div(volume, first))));
    const base: FormulaRow = { name: 'base', expr: f.inYears(line.years, f.input({ input: 'rate' })), label: { label: 'base' }, format: 'money', whenHidden: 'value' };
    // the factor gives V(t)/V(start) back, not V itself: shown as the engine's value where V is a small cell
    const factorRow: FormulaRow = { name: 'factor', expr: factor, label: { label: 'volume_factor' }, format: 'factor', whenHidden: 'value' };
    // a sum over members whose figure is a small cell would give that figure back
    const volumeRow: FormulaRow = { name: 'volume', expr: se, label: { label: 'organisation_se' }, format: 'quantity', whenHidden: 'mark' };
    if (!shared) {
      return { shared, rows: [base, ...(ofOrganisation ? [volumeRow] : []), factorRow, { name: AMOUNT_ROW, expr: f.mul(f.row('base'), f.row('factor')), format: 'money', whenHidden: 'value' }] };
    }
    const rows: FormulaRow[] = [
      base,
      volumeRow,
      factorRow,
      { name: 'total', expr: f.mul(f.row('base'), f.row('factor')), label: { label: 'organisation_total' }, format: 'money', whenHidden: 'value' },
      keyRow(line.allocation),
      { name: AMOUNT_ROW, expr: f.share(f.row('total'), f.row(KEY_ROW)), format: 'money', whenHidden: 'value' },
    ];
    return { shared, rows };
  },
};

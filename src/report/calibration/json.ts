import { rootMeanSquare, rootMeanSquareByYear } from '../../engine/calibration/residuals.js';
import type { Calibration } from '../../engine/calibration/result.js';
import { subjectKey } from '../../engine/index.js';
import { toCents, type Dec } from '../../model/decimal.js';

/**
 * `calibrate --json`: the factors (as the variant writes them), their standard errors and
 * correlations (null: not determined), and every figure with its forecast in the files and
 * after the fit, in euros to the cent. `variant` is the file written.
 */
export function calibrationJson(c: Calibration, variant: string): object {
  const cents = (x: Dec) => toCents(x).toNumber();
  const rms = rootMeanSquare(c.figures);
  return {
    subject: subjectKey(c.subject),
    weights: c.weights,
    parameters: c.parameters.map((p) => ({
      name: p.name,
      factor: p.factor.toNumber(),
      override: p.override,
      bounds: { low: p.bounds.low, high: p.bounds.high, from: p.bounds.from },
      at_bound: p.atBound ?? null,
      standard_error: p.standardError,
      first_year: p.firstYear === undefined ? null : { before: p.firstYear.before.toNumber(), after: p.firstYear.after.toNumber() },
    })),
    correlations: c.correlations,
    undetermined: c.undetermined ?? null,
    figures: c.figures.map((f) => ({
      municipality: f.figure.subject.kind === 'municipality' ? f.figure.subject.id : null,
      year: f.figure.year,
      configuration: f.figure.configuration,
      line: f.figure.line,
      realised: cents(f.figure.realised),
      before: cents(f.before),
      after: cents(f.after),
      weight: f.weight,
    })),
    objective: { before: c.sumBefore, after: c.sumAfter },
    rms: {
      before: cents(rms.before),
      after: cents(rms.after),
      by_year: Object.fromEntries([...rootMeanSquareByYear(c.figures)].map(([year, r]) => [year, { before: cents(r.before), after: cents(r.after) }])),
    },
    iterations: c.iterations,
    converged: c.converged,
    variant,
  };
}

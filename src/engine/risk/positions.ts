import { InternalError } from '../../errors.js';
import type { Subject } from '../subject.js';
import type { RiskModel } from './evaluator.js';

/**
 * Where a subject's figures are in the risk model's results: the position of its
 * municipality, or for the region every municipality's (its figures are their sums).
 */
export function subjectPositions(model: RiskModel, subject: Subject): number[] {
  if (subject.kind === 'region') return model.targets.map((_, i) => i);
  const position = model.targets.findIndex((t) => t.id === subject.id);
  // the model holds every municipality of the region: one it lacks is our bug
  if (position < 0) throw new InternalError(`municipality ${subject.id} is not in the risk model`);
  return [position];
}

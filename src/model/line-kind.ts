import type { LineFormula } from './formula.js';
import type { Line } from './line.js';

/** Which of a line's written fields a line kind uses; load/models.ts refuses the others. */
export interface LineFields {
  /** One rate; one rate or a map work form → rate; or a map year → euros. */
  readonly amount: 'rate' | 'rate_per_work_form' | 'by_year';
  /** `level: organisation` (then `allocation`) is allowed. */
  readonly level: boolean;
  readonly workForms: boolean;
  readonly elasticity: boolean;
  /** `of` (the lines it is a percentage of) is required. */
  readonly of: boolean;
}

/** What a line's formula is built for: the organisation it is computed in, and the region's work forms. */
export interface LineShape {
  /** The organisation's members, in the region's order. */
  readonly members: readonly string[];
  /** The region's work forms, in the region's order. */
  readonly workForms: readonly string[];
  /** Whether the organisation supplies others, whose SE its organisation-level volume counts (docs/methodology.md#fees). */
  readonly supplies?: boolean;
}

/**
 * Everything that makes a driver what it is, in one place: its formula (which every
 * interpretation derives from: results, risk model, workbook), the fields it uses and how
 * it is described. Adding a driver is adding one of these (docs/extending.md).
 */
export interface LineKind {
  /** One sentence for the schema and the docs: what the amount is multiplied by. */
  readonly description: string;
  readonly fields: LineFields;
  /** A rate in euros (per unit), or a ratio (percent_of). */
  readonly rateUnit: 'euro' | 'ratio';
  /** The line's formula in an organisation. */
  formula(line: Line, shape: LineShape): LineFormula;
}

/** Whether a line is split over several members: an organisation-level line of an organisation with more than one. */
export function isSharedLine(line: Line, shape: LineShape): boolean {
  return line.level === 'organisation' && shape.members.length > 1;
}

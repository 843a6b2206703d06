import type { LineKind } from '../line-kind.js';
import { fixedKind } from './fixed.js';
import { oneOffKind } from './one-off.js';
import { percentOfKind } from './percent-of.js';
import { perInhabitantKind } from './per-inhabitant.js';
import { populationKind } from './population.js';

/** Every line kind, by the driver that names it in a region file, in the order the docs list them. */
export const LINE_KINDS = {
  fte: populationKind('fte'),
  se: populationKind('se'),
  headcount: populationKind('headcount'),
  fixed: fixedKind,
  one_off: oneOffKind,
  percent_of: percentOfKind,
  per_inhabitant: perInhabitantKind,
} as const satisfies Record<string, LineKind>;

export type Driver = keyof typeof LINE_KINDS;

export const DRIVERS = Object.keys(LINE_KINDS) as [Driver, ...Driver[]];

/** The line kind of a driver. */
export function lineKind(driver: Driver): LineKind {
  return LINE_KINDS[driver];
}

/** The drivers whose kind has a property, as a reader would list them: `fixed and one_off`. */
export function driversWhere(has: (kind: LineKind) => boolean): string {
  const names = DRIVERS.filter((d) => has(LINE_KINDS[d]));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

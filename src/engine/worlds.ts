import { toCents, type Dec } from '../model/decimal.js';
import { hasInflow, withoutInflow } from '../model/population-world.js';
import type { Scenario } from '../model/scenario.js';
import { project, type Projection } from './project.js';
import { resultFor, type Subject } from './subject.js';

// The business case with and without the newcomers (docs/methodology.md#open-closed): how much
// of each configuration's result, and of its advantage over the baseline, comes from the
// people of the inflow streams.

/** A configuration's NPV and its difference with the baseline in one world, in cents. */
export interface WorldFigures {
  readonly npv: Dec;
  readonly deltaNpv: Dec;
}

/** One configuration in the open and the closed world, and the part that comes from the newcomers. */
export interface WorldsRow {
  readonly configuration: string;
  readonly label: string;
  readonly open: WorldFigures;
  readonly closed: WorldFigures;
  /** open − closed, of the figures in cents: every report adds up to the cent. */
  readonly newcomers: WorldFigures;
}

/**
 * The closed world of a scenario: its projection without the inflow streams, the results only
 * (no report is made of it); undefined when the scenario has no inflow, whose one world is closed.
 */
export function closedWorld(scenario: Scenario): Projection | undefined {
  return hasInflow(scenario) ? project(withoutInflow(scenario)) : undefined;
}

/** Per configuration of the region, the subject's NPV and its difference with the baseline in both worlds. */
export function compareWorlds(open: Projection, closed: Projection, subject: Subject): WorldsRow[] {
  return open.region.configurations.flatMap((c) => {
    const o = resultFor(open, c.id, subject);
    const x = resultFor(closed, c.id, subject);
    if (o === undefined || x === undefined) return [];
    const inOpen = { npv: toCents(o.npv), deltaNpv: toCents(o.deltaNpv) };
    const inClosed = { npv: toCents(x.npv), deltaNpv: toCents(x.deltaNpv) };
    const newcomers = { npv: inOpen.npv.minus(inClosed.npv), deltaNpv: inOpen.deltaNpv.minus(inClosed.deltaNpv) };
    return [{ configuration: c.id, label: c.label, open: inOpen, closed: inClosed, newcomers }];
  });
}

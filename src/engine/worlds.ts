import type { Dec } from '../model/decimal.js';
import { hasInflow, withoutInflow } from '../model/population-world.js';
import type { Scenario } from '../model/scenario.js';
import { withoutStreams } from './population.js';
import { project, type Projection } from './project.js';
import { REGION, municipalitySubject, resultFor, subjectKey, type Subject } from './subject.js';

// The business case with and without the newcomers (docs/methodology.md#open-closed): how much
// of each configuration's result, and of its advantage over the baseline, comes from the
// people of the inflow streams.

/** A configuration's NPV and its difference with the baseline in one world (exact, like every engine figure). */
export interface WorldFigures {
  readonly npv: Dec;
  readonly deltaNpv: Dec;
}

/**
 * The closed world of a scenario: per subject (`subjectKey`: the region and each municipality)
 * and configuration, the figures of its projection without the inflow streams. Only these are
 * kept: the projection itself, as large as the open one, is left for the garbage collector.
 */
export interface ClosedWorld {
  readonly figures: ReadonlyMap<string, ReadonlyMap<string, WorldFigures>>;
}

/** One configuration in the open and the closed world, and the part that comes from the newcomers. */
export interface WorldsRow {
  readonly configuration: string;
  readonly label: string;
  readonly open: WorldFigures;
  readonly closed: WorldFigures;
  /** open − closed: the part that comes from the newcomers. */
  readonly newcomers: WorldFigures;
}

/** The two figures of a result the comparison of the worlds is about. */
function worldFigures(result: { readonly npv: Dec; readonly deltaNpv: Dec }): WorldFigures {
  return { npv: result.npv, deltaNpv: result.deltaNpv };
}

/**
 * The closed world of a scenario: a second engine pass without the inflow streams, of which
 * only the results reports need are kept (no report is made of it); undefined when the
 * scenario has no inflow, whose one world is closed. Given the open world's projection, its
 * employees are not projected again: only the lines are.
 */
export function closedWorld(scenario: Scenario, open?: Projection): ClosedWorld | undefined {
  if (!hasInflow(scenario)) return undefined;
  const populations = open === undefined ? undefined : new Map([...open.populations].map(([m, p]) => [m, withoutStreams(p)]));
  const closed = project(withoutInflow(scenario), populations === undefined ? undefined : { populations });
  const { region } = closed;
  const subjects: Subject[] = [REGION, ...region.municipalityIds.map(municipalitySubject)];
  const figures = new Map(subjects.map((s) => [subjectKey(s), new Map(region.configurations.flatMap((c) => {
    const r = resultFor(closed, c.id, s);
    return r === undefined ? [] : [[c.id, worldFigures(r)] as const];
  }))]));
  return { figures };
}

/** Per configuration of the region, the subject's NPV and its difference with the baseline in both worlds. */
export function compareWorlds(open: Projection, closed: ClosedWorld, subject: Subject): WorldsRow[] {
  const inClosed = closed.figures.get(subjectKey(subject));
  return open.region.configurations.flatMap((c) => {
    const o = resultFor(open, c.id, subject);
    const x = inClosed?.get(c.id);
    if (o === undefined || x === undefined) return [];
    const inOpen = worldFigures(o);
    const newcomers = { npv: inOpen.npv.minus(x.npv), deltaNpv: inOpen.deltaNpv.minus(x.deltaNpv) };
    return [{ configuration: c.id, label: c.label, open: inOpen, closed: x, newcomers }];
  });
}

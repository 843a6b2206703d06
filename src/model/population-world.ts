import type { Municipality } from './municipality.js';
import type { Scenario } from './scenario.js';

// The two worlds a council can compare (docs/methodology.md#open-closed): the open population,
// with the newcomers of the municipalities' inflow streams, and the closed one, the WSW
// employees alone, as if no municipality file declared `inflow`.

/** The worlds, the default first. */
export const POPULATION_WORLDS = ['open', 'closed'] as const;

/** `open`: employees and inflow streams; `closed`: the employees alone. */
export type PopulationWorld = (typeof POPULATION_WORLDS)[number];

/** The words on the command line that chose the closed world, as a report lists them among the run's changes. */
export const CLOSED_WORLD_OVERRIDE = '--population closed';

/** Whether any municipality of the scenario declares an inflow stream: only then do the two worlds differ. */
export function hasInflow(scenario: Scenario): boolean {
  return scenario.municipalities.some(hasStreams);
}

/** Whether a municipality file declares inflow streams. */
export function hasStreams(municipality: Pick<Municipality, 'inflow'>): boolean {
  return (municipality.inflow?.length ?? 0) > 0;
}

/** The scenario as if no municipality file declared `inflow`: every other input stays as it is. */
export function withoutInflow(scenario: Scenario): Scenario {
  const municipalities = scenario.municipalities.map((m): Municipality => {
    if (m.inflow === undefined) return m;
    const { inflow, ...rest } = m;
    void inflow; // left out: the municipality as its file would be without `inflow:`
    return rest;
  });
  return { ...scenario, municipalities };
}

/**
 * The scenario in the world chosen. The closed world of a scenario with inflow says so among
 * its changes (`variant.overrides`), so that every report made from it shows that the
 * newcomers were left out; a scenario without inflow is closed already and stays as it is.
 */
export function inWorld(scenario: Scenario, world: PopulationWorld): Scenario {
  if (world === 'open' || !hasInflow(scenario)) return scenario;
  const closed = withoutInflow(scenario);
  const v = scenario.variant;
  const variant = { files: v?.files ?? [], ...(v?.description === undefined ? {} : { description: v.description }), overrides: [...(v?.overrides ?? []), CLOSED_WORLD_OVERRIDE] };
  return { ...closed, variant };
}

import { municipalityName, project } from '../../engine/index.js';
import { warningsWithoutProjection } from '../../engine/magnitude-bound.js';
import { hasStreams } from '../../model/population-world.js';
import { loadScenario } from '../../load/index.js';
import { currentLanguage, formatCount } from '../../language.js';
import type { Dec } from '../../model/decimal.js';
import type { InflowStream } from '../../model/inflow.js';
import { realisedYears } from '../../model/realised.js';
import type { Scenario } from '../../model/scenario.js';
import { formatNumber } from '../../report/number-format.js';
import { commandMessages } from '../cli-messages.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';

/** `soweco-bc validate <file>`: every check of a run, without reports; lists the warnings. */
export async function validateCommand(file: string, io: Io): Promise<void> {
  const scenario = loadScenario(file);
  // the checks of a projection (a parameter without a value in a year a line needs, a figure
  // past the limit) without projecting where a bound proves them passed; else by projecting
  const warnings = warningsWithoutProjection(scenario) ?? project(scenario).warnings;
  printWarnings(warnings, io);
  const people = scenario.municipalities.reduce((n, m) => n + m.employees.reduce((k, e) => k + e.count, 0), 0);
  const { region } = scenario;
  const paint = paintFor(io.stdout, io.env);
  const facts = {
    region: region.id,
    municipalities: formatCount(scenario.municipalities.length),
    employees: formatCount(people),
    configurations: formatCount(region.configurations.length),
    start: region.horizon.start,
    end: region.horizon.end,
    warnings: warnings.length,
    ...realisedFacts(scenario),
  };
  io.stdout.write(`${paint.green('✓')} ${commandMessages.valid(file, facts)}\n`);
  for (const line of inflowLines(scenario)) io.stdout.write(`  ${line}\n`);
}

/**
 * One line per municipality with inflow streams (docs/methodology.md#inflow): its population
 * is then more than the employee file counted above. None without streams.
 */
function inflowLines(scenario: Scenario): string[] {
  return scenario.municipalities
    .filter(hasStreams)
    .map((m) => commandMessages.inflow(municipalityName(scenario, m.id), (m.inflow ?? []).map(describeStream)));
}

/** A stream as `id (work form; size)`: the target's first and last value, or the people it brings in. */
function describeStream(stream: InflowStream): string {
  const years = [...stream.size.byYear.keys()].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  const span = first === last ? String(first) : `${first}–${last}`;
  const values = years.map((y) => stream.size.byYear.get(y)).filter((x): x is Dec => x !== undefined);
  const size =
    stream.size.kind === 'target'
      ? commandMessages.inflowTarget(number(values[0]), number(values[values.length - 1]), span)
      : commandMessages.inflowPeople(number(values.reduce((acc: Dec | undefined, x) => (acc === undefined ? x : acc.plus(x)), undefined)), span);
  // the work form only where the stream's id does not already name it
  return `${stream.id} (${stream.workForm === stream.id ? '' : `${stream.workForm}; `}${size})`;
}

/** A number of people as the chosen language writes it: up to two decimals (inflow is an expected number). */
function number(x: Dec | undefined): string {
  return formatNumber(x?.toNumber() ?? 0, currentLanguage());
}

/** Whether the region and how many municipalities state realised figures, for how many years (together) and configurations (together); nothing where none does. */
function realisedFacts(scenario: Scenario): { realised?: { region: boolean; municipalities: number; years: number; configurations: number } } {
  const municipalities = scenario.municipalities.flatMap((m) => (m.realised === undefined ? [] : [m.realised]));
  const stated = [...municipalities, ...(scenario.regionRealised === undefined ? [] : [scenario.regionRealised])];
  if (stated.length === 0) return {};
  const years = new Set(stated.flatMap(realisedYears));
  const configurations = new Set(stated.flatMap((r) => [...r.lines.keys()]));
  return { realised: { region: scenario.regionRealised !== undefined, municipalities: municipalities.length, years: years.size, configurations: configurations.size } };
}

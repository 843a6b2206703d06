import { project } from '../../engine/index.js';
import { loadScenario } from '../../load/index.js';
import { formatCount } from '../../language.js';
import { commandMessages } from '../cli-messages.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';

/** `soweco-bc validate <file>`: every check of a run, without reports; lists the warnings. */
export async function validateCommand(file: string, io: Io): Promise<void> {
  const scenario = loadScenario(file);
  const projection = project(scenario); // some problems (a parameter without a value in a year a line needs) show only here
  printWarnings(projection.warnings, io);
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
    warnings: projection.warnings.length,
  };
  io.stdout.write(`${paint.green('✓')} ${commandMessages.valid(file, facts)}\n`);
}

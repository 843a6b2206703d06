import { project } from '../../engine/index.js';
import { loadScenario } from '../../load/index.js';
import { paintFor, printWarnings, type Io } from '../terminal.js';

/** `soweco-bc validate <file>`: every check of a run, without reports; lists the warnings. */
export async function validateCommand(file: string, io: Io): Promise<void> {
  const scenario = loadScenario(file);
  const projection = project(scenario); // some problems (a parameter without a value in a year a line needs) show only here
  printWarnings(projection.warnings, io);
  const people = scenario.municipalities.reduce((n, m) => n + m.employees.reduce((k, e) => k + e.count, 0), 0);
  const { region } = scenario;
  const paint = paintFor(io.stdout, io.env);
  io.stdout.write(
    `${paint.green('✓')} ${file} is valid: region ${region.id}, ${scenario.municipalities.length} municipalities, ` +
      `${people} employees, ${region.configurations.length} configurations, ${region.horizon.start}–${region.horizon.end}; ` +
      `${projection.warnings.length} warning(s)\n`,
  );
}

import { userError } from '../errors.js';
import type { Scenario } from '../model/scenario.js';
import { didYouMean } from '../suggest.js';
import { appMessages } from './app-messages.js';

/** A `--config <id>` that narrows what a command compares must name a configuration of the region (a usage error otherwise, with the nearest id). */
export function checkConfigurationOption(scenario: Scenario, configuration: string | undefined): void {
  const ids = scenario.region.configurations.map((c) => c.id);
  if (configuration === undefined || ids.includes(configuration)) return;
  throw userError('usage', { file: '--config' }, appMessages.unknownConfiguration(configuration, didYouMean(configuration, ids)), appMessages.configurationsHint(ids));
}

import { decimalFromNumber } from '../model/decimal.js';
import type { Municipality } from '../model/municipality.js';
import type { Region, SettingSources } from '../model/region.js';
import { toConfiguration } from './configurations.js';
import type { IssueCollector } from './issue-collector.js';
import { checkThousandsInAmounts, parameterAmountPaths } from './rules/thousands-in-amounts.js';
import type { WrittenVariant } from './schema/variant-file.js';
import { toIndexSeries, toParameter } from './series.js';
import { didYouMean } from '../suggest.js';
import { checkMessages as checks } from './check-messages.js';

/**
 * A region with a variant's replacements (a scenario is an overlay on an untouched
 * baseline): its parameters replace the region's series, its configurations are added or
 * replace those with the same id, and its horizon, discount rate and baseline replace the
 * region's, as do its indices. Problems are reported at their place in the variant file;
 * the rules on the final settings are checked once all overrides are applied
 * (rules/region-settings.ts).
 */
export function applyVariant(region: Region, variant: WrittenVariant, c: IssueCollector): Region {
  const indices = new Map(region.indices);
  for (const [id, written] of Object.entries(variant.indices ?? {})) {
    if (!region.indices.has(id)) {
      c.report(['indices', id], checks.notRegionIndex(id, didYouMean(id, [...region.indices.keys()])), checks.notRegionIndexHint, { key: true });
      continue;
    }
    indices.set(id, toIndexSeries(id, written, ['indices', id], 'scenario', c));
  }
  const names = [...region.parameters.keys()];
  const parameters = new Map(region.parameters);
  for (const [name, written] of Object.entries(variant.parameters ?? {})) {
    if (!region.parameters.has(name)) {
      c.report(['parameters', name], checks.notRegionParameter(name, didYouMean(name, names)), checks.notRegionParameterHint, { key: true });
      continue;
    }
    parameters.set(name, toParameter(name, written, ['parameters', name], 'scenario', [...region.indices.keys()], c));
  }
  c.issues.push(...checkThousandsInAmounts(c.yaml, parameterAmountPaths(variant.parameters, (name) => region.parameters.get(name)?.unit)));
  const configurations = [...region.configurations];
  for (const [id, written] of Object.entries(variant.configurations ?? {})) {
    const configuration = toConfiguration(id, written, ['configurations', id], region.municipalityIds, region.models, c);
    const i = configurations.findIndex((x) => x.id === id);
    if (i >= 0) configurations[i] = configuration;
    else configurations.push(configuration);
  }
  return {
    ...region,
    indices,
    parameters,
    configurations,
    horizon: variant.horizon ?? region.horizon,
    baseline: variant.baseline ?? region.baseline,
    discountRate: variant.discount_rate === undefined ? region.discountRate : decimalFromNumber(variant.discount_rate),
    settingsAt: settingsAfter(region.settingsAt, variant, c),
  };
}

/** Where the settings come from once the variant replaced some: its own lines for those it gives. */
function settingsAfter(before: SettingSources, variant: WrittenVariant, c: IssueCollector): SettingSources {
  const horizon = variant.horizon === undefined ? {} : {
    horizon: c.yaml.locate(['horizon']),
    horizonStart: c.yaml.locate(['horizon', 'start']),
    horizonEnd: c.yaml.locate(['horizon', 'end']),
  };
  return { ...before, ...horizon, ...(variant.baseline === undefined ? {} : { baseline: c.yaml.locate(['baseline']) }) };
}

/** A municipality without its own series of the given parameters: the variant's replace them for everyone. */
export function withoutOverrides(municipality: Municipality, names: readonly string[]): Municipality {
  if (!names.some((n) => municipality.parameters.has(n))) return municipality;
  return { ...municipality, parameters: new Map([...municipality.parameters].filter(([name]) => !names.includes(name))) };
}

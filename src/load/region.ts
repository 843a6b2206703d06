import { decimalFromNumber } from '../model/decimal.js';
import type { Region } from '../model/region.js';
import { toConfiguration } from './configurations.js';
import { toDissolution } from './dissolution.js';
import type { IssueCollector } from './issue-collector.js';
import { toModel } from './models.js';
import { toAowSchedule, toOutflowRate } from './population-settings.js';
import type { WrittenRegion } from './schema/region-file.js';
import { optional, toIndexSeries, toParameter } from './series.js';
import { toUncertainty } from './uncertainty.js';
import { checkMessages as checks } from './check-messages.js';

/**
 * A schema-valid region file as a region model; `municipalityIds` in the order of its
 * `municipalities` list. The rules on the settings that a variant or an override can change
 * (horizon, baseline) are checked on the final region (rules/region-settings.ts).
 */
export function toRegion(w: WrittenRegion, municipalityIds: readonly string[], c: IssueCollector): Region {
  const file = c.yaml.file;
  const { start, end } = w.horizon;
  const workForms = Object.entries(w.work_forms).map(([id, f]) => ({ id, label: f.label ?? id }));
  if (workForms.length === 0) c.report(['work_forms'], checks.noWorkForms, checks.noWorkFormsHint);
  const indexIds = Object.keys(w.indices ?? {});
  const indices = new Map(Object.entries(w.indices ?? {}).map(([id, s]) => [id, toIndexSeries(id, s, ['indices', id], 'region', c)]));
  const parameters = new Map(
    Object.entries(w.parameters ?? {}).map(([name, p]) => [name, toParameter(name, p, ['parameters', name], 'region', indexIds, c)]),
  );
  const modelContext = { workForms: workForms.map((f) => f.id), parameters, c };
  const models = new Map(Object.entries(w.models).map(([id, m]) => [id, toModel(id, m, ['models', id], modelContext)]));
  const configurations = Object.entries(w.configurations).map(([id, conf]) =>
    toConfiguration(id, conf, ['configurations', id], municipalityIds, models, c),
  );
  const uncertainty = toUncertainty(w.uncertainty, { parameters, indices }, c);
  const dissolution = w.dissolution === undefined ? undefined : toDissolution(w.dissolution, { municipalities: municipalityIds, configurations: configurations.map((k) => k.id), c });
  return {
    id: w.region.id,
    name: w.region.name ?? w.region.id,
    file,
    horizon: { start, end },
    discountRate: decimalFromNumber(w.discount_rate),
    baseline: w.baseline,
    workForms,
    outflow: toOutflowRate(w.population.outflow_rate, ['population', 'outflow_rate'], c),
    aowSchedule: toAowSchedule(w.population.aow_schedule, ['population', 'aow_schedule'], c),
    indices,
    parameters,
    models,
    configurations,
    municipalityIds,
    ...optional('uncertainty', uncertainty),
    ...optional('dissolution', dissolution),
    at: { file, line: 1, col: 1 },
    settingsAt: {
      horizon: c.yaml.locate(['horizon']),
      horizonStart: c.yaml.locate(['horizon', 'start']),
      horizonEnd: c.yaml.locate(['horizon', 'end']),
      baseline: c.yaml.locate(['baseline']),
    },
  };
}

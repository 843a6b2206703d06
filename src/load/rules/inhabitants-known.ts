import type { Issue } from '../../errors.js';
import type { Municipality } from '../../model/municipality.js';
import type { Region } from '../../model/region.js';

/** Every member of an organisation that splits a line by `inhabitants` must give its inhabitants (§4). */
export function checkInhabitantsKnown(region: Region, municipalities: readonly Municipality[]): Issue[] {
  const byId = new Map(municipalities.map((m) => [m.id, m]));
  const issues: Issue[] = [];
  const reported = new Set<string>();
  for (const configuration of region.configurations) {
    for (const organisation of configuration.organisations) {
      const model = region.models.get(organisation.model);
      const line = model?.lines.find((l) => l.level === 'organisation' && l.allocation === 'inhabitants');
      if (line === undefined || organisation.members.length < 2) continue;
      for (const id of organisation.members) {
        const m = byId.get(id);
        if (m === undefined || m.inhabitants !== undefined || reported.has(id)) continue;
        reported.add(id);
        issues.push({
          at: m.at,
          message: `municipality "${id}" has no "inhabitants", but line "${line.id}" of model "${organisation.model}" splits its costs by inhabitants (configuration "${configuration.id}")`,
          hint: 'add inhabitants: <number> under municipality',
        });
      }
    }
  }
  return issues;
}

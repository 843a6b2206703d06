import type { Issue } from '../../errors.js';
import { formulaInputs } from '../../model/formula.js';
import { lineKind } from '../../model/line-kinds/index.js';
import { isPooled } from '../../model/configuration.js';
import type { Municipality } from '../../model/municipality.js';
import type { Region } from '../../model/region.js';
import { checkMessages as checks } from '../check-messages.js';

/**
 * Every municipality whose lines read inhabitants gives them (§4): its own, for a line per
 * inhabitant; every member's, for a line its organisation splits or settles by inhabitants. Which lines
 * read them is what their formulas read (docs/extending.md), so a new line kind needs no
 * rule of its own here.
 */
export function checkInhabitantsKnown(region: Region, municipalities: readonly Municipality[]): Issue[] {
  const byId = new Map(municipalities.map((m) => [m.id, m]));
  const workForms = region.workForms.map((f) => f.id);
  const issues: Issue[] = [];
  const reported = new Set<string>();
  for (const configuration of region.configurations) {
    for (const organisation of configuration.organisations) {
      for (const line of region.models.get(organisation.model)?.lines ?? []) {
        const reads = formulaInputs(lineKind(line.driver).formula(line, { members: organisation.members, workForms })).filter((i) => i.input === 'inhabitants');
        const settledByInhabitants = isPooled(organisation.settlement, line.id) && organisation.settlement?.key.kind === 'by' && organisation.settlement.key.by === 'inhabitants';
        if (reads.length === 0 && !settledByInhabitants) continue;
        const why = settledByInhabitants ? 'settled' : reads.some((i) => i.whose === 'organisation') ? 'splits' : 'perInhabitant';
        for (const id of organisation.members) {
          const m = byId.get(id);
          if (m === undefined || m.inhabitants !== undefined || reported.has(id)) continue;
          reported.add(id);
          issues.push({
            at: m.at,
            message: checks.noInhabitants(id, line.id, organisation.model, why, configuration.id),
            hint: checks.noInhabitantsHint,
          });
        }
      }
    }
  }
  return issues;
}

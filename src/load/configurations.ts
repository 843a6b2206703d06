import type { Configuration, Organisation } from '../model/configuration.js';
import type { ExecutionModel } from '../model/line.js';
import type { FieldPath } from './field-path.js';
import type { IssueCollector } from './issue-collector.js';
import { feeMessages, settlementMessages } from './messages.js';
import type { WrittenConfiguration, WrittenOrganisation } from './schema/region-file.js';
import { optional } from './series.js';
import { toSettlement } from './settlement.js';
import { didYouMean } from '../suggest.js';
import { checkMessages as checks } from './check-messages.js';

/**
 * A written configuration with its organisations filled in order (input-format.md):
 * `all` = every municipality not yet placed, together; `each` = each of them alone; a list
 * = those named. Every municipality must end up in exactly one organisation. An organisation's
 * id is unique within the configuration; its settlement is checked against its members.
 */
export function toConfiguration(
  id: string,
  written: WrittenConfiguration,
  path: FieldPath,
  municipalities: readonly string[],
  models: ReadonlyMap<string, ExecutionModel>,
  c: IssueCollector,
): Configuration {
  const placedBy = new Map<string, number>();
  const organisations: Organisation[] = [];
  written.organisations.forEach((o, i) => {
    const orgPath = [...path, 'organisations', i];
    const modelIds = [...models.keys()];
    if (!models.has(o.model)) c.report([...orgPath, 'model'], checks.unknownModel(o.model, didYouMean(o.model, modelIds)), checks.modelsHint(modelIds));
    const unplaced = municipalities.filter((m) => !placedBy.has(m));
    const groups = o.members === 'all' ? [unplaced] : o.members === 'each' ? unplaced.map((m) => [m]) : [namedMembers(o.members, [...orgPath, 'members'], municipalities, placedBy, c)];
    if (groups.length === 0 || groups.some((g) => g.length === 0)) {
      c.report([...orgPath, 'members'], checks.noMembers, checks.noMembersHint);
    }
    checkOrganisationId(o, orgPath, id, written.organisations.slice(0, i), c);
    for (const members of groups.filter((g) => g.length > 0)) {
      members.forEach((m) => placedBy.set(m, i));
      const ordered = municipalities.filter((m) => members.includes(m));
      const settlement = o.settlement === undefined || o.members === 'each' ? undefined : toSettlement(o.settlement, [...orgPath, 'settlement'], ordered, models.get(o.model), c);
      organisations.push({ model: o.model, members: ordered, at: c.yaml.locate(orgPath), ...optional('id', o.id), ...optional('settlement', settlement), ...optional('supplier', o.supplier) });
    }
  });
  checkSuppliers(id, written.organisations, path, c);
  const never = municipalities.filter((m) => !placedBy.has(m));
  if (never.length > 0) {
    c.report([...path, 'organisations'], checks.notPlaced(id, never), checks.notPlacedHint);
  }
  return { id, label: written.label ?? id, organisations, at: c.yaml.locate(path, { key: true }), ...optional('description', written.description) };
}

function namedMembers(
  names: readonly string[],
  path: FieldPath,
  municipalities: readonly string[],
  placedBy: ReadonlyMap<string, number>,
  c: IssueCollector,
): string[] {
  const members: string[] = [];
  names.forEach((name, j) => {
    if (!municipalities.includes(name)) {
      c.report([...path, j], checks.unknownMunicipality(name, didYouMean(name, municipalities)), checks.municipalitiesHint(municipalities));
    } else if (placedBy.has(name) || members.includes(name)) {
      c.report([...path, j], checks.placedTwice(name), checks.placedTwiceHint);
    } else {
      members.push(name);
    }
  });
  return members;
}

/** An organisation's id names one organisation of the configuration; a settlement needs members who share. */
function checkOrganisationId(o: WrittenOrganisation, path: FieldPath, configuration: string, before: readonly WrittenOrganisation[], c: IssueCollector): void {
  if (o.members === 'each' && o.settlement !== undefined) c.report([...path, 'settlement'], settlementMessages.alone, settlementMessages.aloneHint, { key: true });
  if (o.id === undefined) return;
  if (o.members === 'each') c.report([...path, 'id'], settlementMessages.idWithEach(o.id), settlementMessages.idWithEachHint);
  else if (before.some((b) => b.id === o.id)) c.report([...path, 'id'], settlementMessages.idTwice(o.id, configuration), settlementMessages.idTwiceHint);
}

/**
 * Every `supplier` names another organisation of the configuration by its id, and no supplier
 * is itself a buyer: so the suppliers form no circle (docs/methodology.md#fees), and a
 * supplier's revenue never depends on its own fees.
 */
function checkSuppliers(configuration: string, organisations: readonly WrittenOrganisation[], path: FieldPath, c: IssueCollector): void {
  const ids = organisations.flatMap((o) => (o.id === undefined || o.members === 'each' ? [] : [o.id]));
  const byId = new Map(organisations.flatMap((o) => (o.id === undefined ? [] : [[o.id, o] as const])));
  organisations.forEach((o, i) => {
    if (o.supplier === undefined) return;
    const at = [...path, 'organisations', i, 'supplier'];
    const supplier = byId.get(o.supplier);
    const chain = supplierChain(o, byId);
    if (chain !== undefined) c.report(at, feeMessages.circle(chain), feeMessages.circleHint);
    else if (supplier === undefined || !ids.includes(o.supplier)) c.report(at, feeMessages.unknownSupplier(o.supplier, configuration, didYouMean(o.supplier, ids)), feeMessages.suppliersHint(ids));
    else if (supplier.supplier !== undefined && supplierChain(supplier, byId) === undefined) c.report(at, feeMessages.supplierBuys(o.supplier, supplier.supplier), feeMessages.supplierBuysHint);
  });
}

/** The circle of suppliers that starts at `o`, as ids (the first repeated at the end), if the chain returns to it. */
function supplierChain(o: WrittenOrganisation, byId: ReadonlyMap<string, WrittenOrganisation>): string[] | undefined {
  if (o.id === undefined || o.members === 'each') return undefined;
  const chain = [o.id];
  for (let next = o.supplier; next !== undefined; next = byId.get(next)?.supplier) {
    chain.push(next);
    if (next === o.id) return chain;
    if (chain.indexOf(next) !== chain.length - 1) return undefined;
  }
  return undefined;
}

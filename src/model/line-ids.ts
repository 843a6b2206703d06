import { dissolutionConfigurations, itemApplies } from './dissolution.js';
import type { Region } from './region.js';

/**
 * The ids of the lines a municipality's result holds in a configuration: the lines of its
 * organisation's model, and the lines the engine adds that no model has, a supplier
 * member's share of a buyer's fees (`fee.<buyer>`) and its share of a dissolution item
 * (`dissolution.<item>`). The `.` in the added ids keeps them apart from every model line
 * id, which has none. The JSON output names the lines by these ids (§6).
 */

/** The line id of a fee revenue line: a supplier member's share of what `buyer` pays (methodology "Fees between organisations"). */
export function feeLineId(buyer: string): string {
  return `fee.${buyer}`;
}

/** The line id of a municipality's share of a dissolution item (methodology "Dissolution balance"). */
export function dissolutionLineId(item: string): string {
  return `dissolution.${item}`;
}

/**
 * Every line id municipality `m` has in configuration `configurationId`, in the order of its
 * result: its model's lines, its fee revenue lines, its dissolution shares. Empty for a
 * configuration the region does not have.
 */
export function municipalityLineIds(region: Region, configurationId: string, m: string): string[] {
  const configuration = region.configurations.find((c) => c.id === configurationId);
  const organisation = configuration?.organisations.find((o) => o.members.includes(m));
  if (configuration === undefined || organisation === undefined) return [];
  const model = region.models.get(organisation.model)?.lines.map((l) => l.id) ?? [];
  const buyers = organisation.id === undefined ? [] : configuration.organisations.filter((o) => o.supplier === organisation.id).flatMap((o) => o.members);
  const fees = region.municipalityIds.filter((b) => buyers.includes(b)).map(feeLineId);
  return [...model, ...fees, ...dissolutionLineIdsIn(region, configurationId)];
}

/**
 * The line ids the region's sums have in a configuration (docs/input-format.md#realised): the
 * lines of every model its organisations use, each once, in the order they first appear, and
 * the dissolution shares. Fee lines are not among them: a fee is paid by one member of the
 * region to another, and nets out in the region's sums.
 */
export function regionLineIds(region: Region, configurationId: string): string[] {
  const configuration = region.configurations.find((c) => c.id === configurationId);
  if (configuration === undefined) return [];
  const models = [...new Set(configuration.organisations.map((o) => o.model))];
  const lines = models.flatMap((model) => region.models.get(model)?.lines.map((l) => l.id) ?? []);
  return [...new Set(lines), ...dissolutionLineIdsIn(region, configurationId)];
}

/** The dissolution shares every municipality bears in a configuration: each item that arises in it. */
function dissolutionLineIdsIn(region: Region, configurationId: string): string[] {
  const d = region.dissolution;
  if (d === undefined) return [];
  const configurations = dissolutionConfigurations(d, region.configurations.map((c) => c.id), region.baseline);
  return d.items.filter((item) => itemApplies(item, configurationId, configurations)).map((item) => dissolutionLineId(item.id));
}

import type { Projection } from '../../engine/index.js';
import { assumptionUses } from './assumption-uses.js';

/**
 * The full source of every assumption the assumptions sheet shows by its short label
 * (sourceLabel), for the notes: `figure (name): source`. A controller who wants to check a
 * figure finds the whole text here, the council reads the label.
 */
export function sourceNoteLines(projection: Projection, municipality: string): string[] {
  const { region } = projection;
  const uses = assumptionUses(projection, municipality);
  const line = (figure: string, name: string, source: string | undefined) => (source === undefined || source.trim() === '' ? [] : [`• ${figure} (${name}): ${source}`]);
  const indices = uses.indices.flatMap((id) => {
    const index = region.indices.get(id);
    return line(index?.description ?? id, id, index?.source);
  });
  const parameters = uses.parameters.flatMap(({ used: { parameter } }) => line(parameter.description ?? parameter.name, parameter.name, parameter.source));
  const items = region.dissolution?.items.flatMap((item) => line(item.label, item.id, item.source)) ?? [];
  return [...new Set([...indices, ...parameters, ...items])];
}

import type { Line } from './line.js';

/**
 * The lines in an order where every `percent_of` line comes after the lines it is a
 * percentage of; otherwise the model's order. load/rules checks there is no cycle.
 */
export function orderForCalculation(lines: readonly Line[]): Line[] {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const ordered: Line[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (line: Line) => {
    if (placed.has(line.id) || visiting.has(line.id)) return;
    visiting.add(line.id);
    for (const id of line.of) {
      const dependency = byId.get(id);
      if (dependency !== undefined) place(dependency);
    }
    visiting.delete(line.id);
    placed.add(line.id);
    ordered.push(line);
  };
  lines.forEach(place);
  return ordered;
}

/** A cycle among `percent_of` references, as a list of line ids ending where it began; undefined if none. */
export function findPercentOfCycle(lines: readonly Line[]): string[] | undefined {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of byId.get(id)?.of ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const line of lines) {
    const cycle = visit(line.id);
    if (cycle) return cycle;
  }
  return undefined;
}

import { formatSourceRef, type Issue } from '../errors.js';
import type { Line } from '../model/line.js';
import type { Municipality } from '../model/municipality.js';
import type { Region } from '../model/region.js';
import type { IndexSeries, Parameter } from '../model/series.js';

/**
 * Amounts written for years that no year of the projection uses: a one-off amount for 2012
 * when the horizon runs from 2021 (a typo of 2021?), a parameter value after the horizon's
 * end, or before its start with a later value that replaces it, an index rate for a year no
 * parameter grows into, a line that applies only outside the horizon. Such an amount would
 * silently drop out of the figures, so each is named in a warning, at its series or line.
 * The final scenario is checked (after variants and overrides), so that a horizon that an
 * override moves is warned about too; the warning then says where the horizon was set.
 */
export function unusedAmountWarnings(region: Region, municipalities: readonly Municipality[]): Issue[] {
  const parameters = [...region.parameters.values(), ...municipalities.flatMap((m) => [...m.parameters.values()])];
  const horizon = horizonText(region);
  return [
    ...[...region.models.values()].flatMap((model) => model.lines.flatMap((line) => lineWarnings(line, model.id, region, horizon))),
    ...parameters.flatMap((p) => parameterWarnings(p, region, horizon)),
    ...[...region.indices.values()].flatMap((index) => indexWarnings(index, parameters, region, horizon)),
  ];
}

/** `the horizon runs from 2021 to 2030`, and where it was set when a variant or an override moved it. */
function horizonText(region: Region): string {
  const { start, end } = region.horizon;
  const at = region.settingsAt.horizon;
  return `the horizon runs from ${start} to ${end}${at.file === region.file ? '' : ` (as set at ${formatSourceRef(at)})`}`;
}

function yearsText(years: readonly number[]): string {
  return years.length === 1 ? `${years[0]}` : `${years.slice(0, -1).join(', ')} and ${years[years.length - 1]}`;
}

/** A line that applies only outside the horizon; one-off amounts for years the line does not apply in. */
function lineWarnings(line: Line, model: string, region: Region, horizon: string): Issue[] {
  const from = Math.max(region.horizon.start, line.years.from ?? -Infinity);
  const to = Math.min(region.horizon.end, line.years.to ?? Infinity);
  const name = `line "${line.id}" of model "${model}"`;
  const within = from === region.horizon.start && to === region.horizon.end ? horizon : `${horizon}, and the line applies from ${from} to ${to}`;
  if (line.amount.kind === 'by_year') {
    const unused = [...line.amount.byYear.keys()].filter((y) => y < from || y > to).sort((a, b) => a - b);
    if (unused.length === 0) return [];
    return [{
      at: line.at,
      message: `${name} has one-off amounts for ${yearsText(unused)} that are never used: ${within}`,
      hint: 'check the years for a typo (2012 for 2021?); an amount outside the horizon drops out of every figure',
    }];
  }
  if (from <= to) return [];
  return [{ at: line.at, message: `${name} applies from ${line.years.from ?? '…'} to ${line.years.to ?? '…'}, never within the horizon: ${horizon}`, hint: 'check its years' }];
}

/**
 * A value is used in the horizon's years, and before the horizon's start only as the last
 * explicit value up to it (the index carries it forward); any other value is never used.
 */
function parameterWarnings(parameter: Parameter, region: Region, horizon: string): Issue[] {
  const { start, end } = region.horizon;
  const years = [...parameter.values.keys()].sort((a, b) => a - b);
  const base = years.filter((y) => y <= start).pop();
  const unused = years.filter((y) => y > end || (base !== undefined && y < base));
  if (unused.length === 0) return [];
  const replaced = base !== undefined && unused.some((y) => y < base) ? `; before the start only the last value up to ${start} counts (here ${base})` : '';
  return [{
    at: parameter.at,
    message: `parameter "${parameter.name}" has ${unused.length === 1 ? 'a value' : 'values'} for ${yearsText(unused)} that ${unused.length === 1 ? 'is' : 'are'} never used: ${horizon}${replaced}`,
    hint: 'check the years for a typo (2012 for 2021?)',
  }];
}

/** A rate is used for a year within the horizon that a parameter indexed with it grows into (after its first explicit value). */
function indexWarnings(index: IndexSeries, parameters: readonly Parameter[], region: Region, horizon: string): Issue[] {
  const firstYears = parameters.filter((p) => p.index?.kind === 'series' && p.index.id === index.id).map((p) => Math.min(...p.values.keys()));
  if (firstYears.length === 0) return []; // an index no parameter uses is not a misplaced year
  const earliest = Math.min(...firstYears);
  const unused = [...index.values.keys()].filter((y) => y > region.horizon.end || y <= earliest).sort((a, b) => a - b);
  if (unused.length === 0) return [];
  const early = unused.some((y) => y <= earliest) ? `, and the parameters indexed with it grow from ${earliest}` : '';
  return [{
    at: index.at,
    message: `index "${index.id}" has ${unused.length === 1 ? 'a rate' : 'rates'} for ${yearsText(unused)} that ${unused.length === 1 ? 'is' : 'are'} never used: ${horizon}${early}`,
    hint: 'check the years for a typo; a rate counts for the years a parameter grows into',
  }];
}

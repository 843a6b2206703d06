import { decimalFromNumber } from '../model/decimal.js';
import type { IndexRef, IndexSeries, Origin, Parameter } from '../model/series.js';
import type { FieldPath } from './field-path.js';
import type { IssueCollector } from './issue-collector.js';
import type { WrittenIndex, WrittenParameter, WrittenSource } from './schema/common.js';
import { didYouMean } from '../suggest.js';
import { checkMessages as checks } from './check-messages.js';

/** A written parameter as a model parameter; an index must name a series of `indexIds`. */
export function toParameter(
  name: string,
  written: WrittenParameter,
  path: FieldPath,
  origin: Origin,
  indexIds: readonly string[],
  c: IssueCollector,
): Parameter {
  const values = toYearMap(written.values);
  if (values.size === 0) c.report([...path, 'values'], checks.noValues(name), checks.noValuesHint);
  return {
    name,
    values,
    origin,
    at: c.yaml.locate(path, { key: true }),
    ...optional('unit', written.unit),
    ...optional('description', written.description ?? written.label),
    ...optional('source', sourceText(written.source)),
    ...optional('index', toIndexRef(written.index, [...path, 'index'], indexIds, c)),
  };
}

function toIndexRef(index: string | number | undefined, path: FieldPath, indexIds: readonly string[], c: IssueCollector): IndexRef | undefined {
  if (index === undefined) return undefined;
  if (typeof index === 'number') return { kind: 'constant', rate: decimalFromNumber(index) };
  if (!indexIds.includes(index)) {
    c.report(path, checks.unknownIndex(index, didYouMean(index, indexIds)), checks.indicesHint(indexIds));
  }
  return { kind: 'series', id: index, at: c.yaml.locate(path) };
}

/** A written index series as a model index series; `scenario` when a variant replaces the region's. */
export function toIndexSeries(id: string, written: WrittenIndex, path: FieldPath, origin: IndexSeries['origin'], c: IssueCollector): IndexSeries {
  return {
    id,
    values: toYearMap(written.values ?? {}),
    origin,
    at: c.yaml.locate(path, { key: true }),
    ...optional('default', written.default === undefined ? undefined : decimalFromNumber(written.default)),
    ...optional('description', written.description ?? written.label),
    ...optional('source', sourceText(written.source)),
  };
}

/** `{ "2021": 100, … }` → year → decimal, in ascending year order. */
export function toYearMap(values: Readonly<Record<string, number>>) {
  return new Map(
    Object.entries(values)
      .map(([year, value]) => [Number(year), decimalFromNumber(value)] as const)
      .sort(([a], [b]) => a - b),
  );
}

/** A source as one line of text: `title (href, checked date)`. */
export function sourceText(source: WrittenSource | undefined): string | undefined {
  if (source === undefined || typeof source === 'string') return source;
  const checked = source.checked instanceof Date ? source.checked.toISOString().slice(0, 10) : source.checked;
  const extras = [source.href, checked === undefined ? undefined : `checked ${checked}`].filter((x) => x !== undefined);
  return extras.length > 0 ? `${source.title} (${extras.join(', ')})` : source.title;
}

/** `{ key: value }` when the value is defined, else `{}`: for exactOptionalPropertyTypes. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

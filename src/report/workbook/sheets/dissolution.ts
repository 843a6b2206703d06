import type { Sheet } from '../sheet-model.js';
import { municipalityName, type LineResult } from '../../../engine/index.js';
import { dissolutionKeys } from '../../../engine/dissolution.js';
import { ZERO, type Dec } from '../../../model/decimal.js';
import { dissolutionConfigurations, type Dissolution, type DissolutionItem } from '../../../model/dissolution.js';
import { WRAP_COLUMN_WIDTH, setUpTimelineSheet, writeFormula, writeText, writeValue } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import { LABEL_COLUMN, UNIT_COLUMN, VALUE_COLUMN, address, yearColumn } from '../layout.js';
import { FORMAT, styleSection } from '../styles.js';
import { sourceLabel } from '../../source-label.js';

/** Row keys of the dissolution sheet, for the configuration sheets' formulas. */
export const dissolutionRowKey = {
  key: (municipality: string) => `key:${municipality}`,
  item: (item: string) => `item:${item}`,
  share: (item: string) => `share:${item}`,
};

/**
 * The sheet "Ontvlechting": the key (a share per municipality) and every item of the
 * dissolution balance per year with its source, each followed by this municipality's share
 * as a live formula `item × key` whose cached value is the engine's exact share. The
 * configuration sheets read their dissolution lines from the share rows.
 */
export function writeDissolutionSheet(ws: Sheet, ctx: WorkbookContext, d: Dissolution): void {
  const { labels, projection } = ctx;
  const l = labels.dissolution;
  const { region } = projection;
  const name = municipalityName(projection.scenario, ctx.municipality);
  const configurations = dissolutionConfigurations(d, region.configurations.map((c) => c.id), region.baseline);
  setUpTimelineSheet(ws, l.title(d.label, name), l.subtitle(configurations.join(', ')), projection.years,
    { item: labels.columns.item, unit: labels.columns.unit, value: labels.columns.value, after: labels.columns.source }, ctx.footer);
  const rows = ctx.dissolutionRows;
  const key = writeKey(ws, ctx, d);
  rows.skip();
  styleSection(writeText(ws, rows.take(), LABEL_COLUMN, l.items));
  for (const item of d.items) writeItem(ws, ctx, item, key, name);
}

/** This municipality's key: its row on the sheet and its share. */
interface OwnKey {
  readonly row: number;
  readonly share: Dec;
}

/** The key: one row per municipality of the region; returns this municipality's. */
function writeKey(ws: Sheet, ctx: WorkbookContext, d: Dissolution): OwnKey {
  const { labels, projection } = ctx;
  const l = labels.dissolution;
  const rows = ctx.dissolutionRows;
  const kind = d.key.kind === 'fixed' ? l.keyFixed : l.keyBy(d.key.by, d.key.referenceYear);
  styleSection(writeText(ws, rows.take(), LABEL_COLUMN, `${l.key} (${kind})`));
  const keys = dissolutionKeys(projection.region, d, { populations: projection.populations, inhabitants: new Map(projection.scenario.municipalities.map((m) => [m.id, m.inhabitants])) });
  for (const [m, share] of keys) {
    const row = rows.take(dissolutionRowKey.key(m));
    writeText(ws, row, LABEL_COLUMN, municipalityName(projection.scenario, m), { bold: m === ctx.municipality, indent: 1 });
    writeText(ws, row, UNIT_COLUMN, l.keyShare);
    // a fixed key is an input; a dynamic one is the engine's figure from the population
    writeValue(ws, row, VALUE_COLUMN, share, d.key.kind === 'fixed' ? 'input' : 'engine', FORMAT.key);
  }
  if (d.key.kind === 'fixed') writeText(ws, rows.row(dissolutionRowKey.key(ctx.municipality)) ?? 0, yearColumn(projection.years.length), `${projection.region.file}:${d.key.at.line ?? ''}`, { wrap: WRAP_COLUMN_WIDTH });
  return { row: rows.row(dissolutionRowKey.key(ctx.municipality)) ?? 0, share: keys.get(ctx.municipality) ?? ZERO };
}

/** An item's amounts (inputs) and, below, this municipality's share: item × key, per year. */
function writeItem(ws: Sheet, ctx: WorkbookContext, item: DissolutionItem, key: OwnKey, name: string): void {
  const { labels, projection } = ctx;
  const rows = ctx.dissolutionRows;
  const years = projection.years;
  const last = yearColumn(years.length - 1);
  const itemRow = rows.take(dissolutionRowKey.item(item.id));
  styleSection(writeText(ws, itemRow, LABEL_COLUMN, item.label));
  writeText(ws, itemRow, UNIT_COLUMN, item.kind === 'cost' ? labels.configuration.cost : labels.configuration.revenue);
  const amounts = years.map((y) => item.amounts.get(y) ?? ZERO);
  writeFormula(ws, itemRow, VALUE_COLUMN, `SUM(${address(yearColumn(0), itemRow)}:${address(last, itemRow)})`, amounts.reduce((a, b) => a.plus(b), ZERO), FORMAT.money);
  amounts.forEach((amount, t) => writeValue(ws, itemRow, yearColumn(t), amount, 'input', FORMAT.money));
  const only = item.appliesTo === undefined ? [] : [labels.dissolution.onlyIn(item.appliesTo.map((c) => c.id).join(', '))];
  writeText(ws, itemRow, yearColumn(years.length), [item.source === undefined ? `${projection.region.file}:${item.at.line ?? ''}` : sourceLabel(item.source, ctx.language), ...only].join('; '), { wrap: WRAP_COLUMN_WIDTH });

  const shareRow = rows.take(dissolutionRowKey.share(item.id));
  // an item that arises in no configuration of this region has no engine share: key × item
  const shares = engineShares(ctx, item.id) ?? amounts.map((a) => a.times(key.share));
  writeText(ws, shareRow, LABEL_COLUMN, labels.dissolution.share(name), { indent: 1 });
  writeFormula(ws, shareRow, VALUE_COLUMN, `SUM(${address(yearColumn(0), shareRow)}:${address(last, shareRow)})`, shares.reduce((a, b) => a.plus(b), ZERO), FORMAT.money);
  years.forEach((_, t) => writeFormula(ws, shareRow, yearColumn(t), `${address(yearColumn(t), itemRow)}*${address(VALUE_COLUMN, key.row, true)}`, shares[t] ?? null, FORMAT.money));
  rows.skip();
}

/** The engine's share of an item for this municipality: the same in every configuration it arises in. */
function engineShares(ctx: WorkbookContext, item: string): readonly Dec[] | undefined {
  for (const byM of ctx.projection.results.values()) {
    const found: LineResult | undefined = byM.get(ctx.municipality)?.lines.find((lr) => lr.dissolution?.item.id === item);
    if (found !== undefined) return found.amounts;
  }
  return undefined;
}

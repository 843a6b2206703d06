import { ZERO, type Dec } from '../model/decimal.js';
import { hasStreams } from '../model/population-world.js';
import { REGION, municipalityName, rateUses, resultFor, subjectKey, subjectName, type LineResult, type Projection, type Subject } from '../engine/index.js';
import type { DeltaResult, NetResult } from '../engine/results.js';
import type { Parameter } from '../model/series.js';
import { formatCouncilAmount } from './council/amounts.js';
import type { Block, Chart, CouncilDocument, Table } from './council/document.js';
import { councilMarkdown } from './council/markdown.js';
import type { Language } from './i18n/index.js';
import { summaryTextsFor, type SummaryTexts } from './i18n/summary-texts.js';
import { formatEuros, formatPercent, formatThousands } from './number-format.js';
import { isEstimate, sourceLabel } from './source-label.js';

/** One configuration's results, for a municipality or for the region as a whole. */
interface Row {
  readonly id: string;
  readonly label: string;
  readonly result: NetResult & DeltaResult;
  readonly lines: readonly LineResult[];
}

/** An item of a configuration: a line (or, for the region, the lines with one label summed). */
interface Item {
  readonly label: string;
  readonly kind: 'cost' | 'revenue';
  readonly total: Dec;
  readonly lines: readonly LineResult[];
}

/** What every part of the summary reads. */
interface Context {
  readonly t: SummaryTexts;
  readonly projection: Projection;
  readonly subject: Subject;
  readonly language: Language;
  readonly rows: readonly Row[];
  readonly baseline: Row;
  readonly cheapest: Row;
  /** An amount in the text, rounded (council/amounts.ts). */
  readonly amount: (x: Dec) => string;
}

/** How many items and assumptions a summary names: enough to explain, few enough to read. */
const TOP_ITEMS = 5;
const TOP_ASSUMPTIONS = 8;
/** Configurations per table: with the year column, seven columns fit an A4 page upright. */
const TABLE_COLUMNS = 6;

/**
 * The council summary in Markdown (`<id>-samenvatting.md`); the same text as the Word
 * document (council/docx.ts), without the charts.
 */
export function councilSummary(projection: Projection, subject: Subject, language: Language, version: string): string {
  return councilMarkdown(councilDocument(projection, subject, language, version));
}

/**
 * What the council summary says, as a policy adviser writes it for a council proposal: the
 * cheapest configuration, the difference with the baseline over the horizon and in present
 * value, the break-even year, one caveat on the estimates, the main items and assumptions
 * with their short sources, and the multi-year tables (× € 1.000, a year per row). For the
 * region: the region's totals, and who gains and who loses. Amounts in the text are rounded
 * (€ mln, or € 1.000 below a million); the workbook keeps the exact figures and the hashes.
 */
export function councilDocument(projection: Projection, subject: Subject, language: Language, version: string): CouncilDocument {
  const t = summaryTextsFor(language);
  const name = subjectName(projection.scenario, subject);
  const title = subject.kind === 'region' ? t.regionTitle(name) : t.title(name);
  const rows = rowsOf(projection, subject);
  const baseline = rows.find((r) => r.id === projection.region.baseline);
  if (baseline === undefined) return { language, title, blocks: [] };
  const cheapest = rows.reduce((best, r) => (r.result.npv.lt(best.result.npv) ? r : best));
  const c: Context = { t, projection, subject, language, rows, baseline, cheapest, amount: (x) => formatCouncilAmount(x, language) };
  const blocks: Block[] = [
    ...introduction(c, version),
    ...outcome(c),
    ...(subject.kind === 'region' ? winnersAndLosers(c) : []),
    ...verevening(c),
    ...drivers(c),
    ...assumptions(c),
    ...tables(c),
  ];
  return { language, title, blocks };
}

function rowsOf(projection: Projection, subject: Subject): Row[] {
  return projection.region.configurations.flatMap((c): Row[] => {
    if (subject.kind === 'municipality') {
      const r = resultFor(projection, c.id, subject);
      return r === undefined ? [] : [{ id: c.id, label: c.label, result: r, lines: r.lines }];
    }
    const r = resultFor(projection, c.id, subject);
    const lines = [...(projection.results.get(c.id)?.values() ?? [])].flatMap((m) => m.lines);
    return r === undefined ? [] : [{ id: c.id, label: c.label, result: r, lines }];
  });
}

function introduction(c: Context, version: string): Block[] {
  const { region, scenario } = c.projection;
  const intro = c.t.intro(region.name, region.horizon.start, region.horizon.end, formatPercent(region.discountRate, c.language), version);
  const { estimates, total } = estimateCount(c);
  const v = scenario.variant;
  return [
    { kind: 'paragraph', spans: [{ text: intro }], note: true },
    ...inflowParagraph(c),
    { kind: 'paragraph', spans: [{ text: c.t.caveat(estimates, total) }] },
    ...(v === undefined ? [] : [{ kind: 'paragraph' as const, spans: c.t.variant(v.description, v.overrides.join('; ')) }]),
  ];
}

/**
 * Where the subject's population holds inflow streams (docs/methodology.md#inflow), one
 * sentence that says so, with their work forms (no figures: the summary shows none of the
 * population); none without streams.
 */
function inflowParagraph(c: Context): Block[] {
  const { scenario, region } = c.projection;
  const withInflow = scenario.municipalities.filter((m) => hasStreams(m) && (c.subject.kind === 'region' || m.id === c.subject.id));
  if (withInflow.length === 0) return [];
  const forms = [...new Set(withInflow.flatMap((m) => (m.inflow ?? []).map((s) => s.workForm)))];
  const labels = forms.map((f) => region.workForms.find((w) => w.id === f)?.label ?? f);
  const names = c.subject.kind === 'region' ? withInflow.map((m) => municipalityName(scenario, m.id)) : [];
  return [{ kind: 'paragraph', spans: [{ text: c.t.inflow(labels, names) }] }];
}

/** The parameters the subject's lines used (a municipality's own over the region's), and how many of them are estimates. */
function estimateCount(c: Context): { estimates: number; total: number } {
  const { parameters } = c.projection;
  const scopes = c.subject.kind === 'region' ? [...parameters.keys()] : [subjectKey(c.subject), subjectKey(REGION)];
  const used = new Map<string, Parameter>();
  for (const scope of scopes) {
    for (const [name, p] of parameters.get(scope) ?? []) {
      // a municipality's own value replaces the region's; the region's summary counts each scope's
      const key = c.subject.kind === 'region' ? `${scope}:${name}` : name;
      if (!used.has(key) && !(c.subject.kind === 'municipality' && used.has(name))) used.set(key, p.parameter);
    }
  }
  const all = [...used.values()];
  return { estimates: all.filter((p) => isEstimate(p.source)).length, total: all.length };
}

function outcome(c: Context): Block[] {
  const { t, cheapest, baseline, amount } = c;
  const r = cheapest.result;
  const first: Block[] =
    cheapest === baseline
      ? [{ kind: 'paragraph', spans: t.baselineCheapest(baseline.label, amount(baseline.result.cumulative)) }]
      : [
          { kind: 'paragraph', spans: t.cheapest(cheapest.label, amount(r.cumulative), amount(r.deltaCumulative.neg()), baseline.label, amount(baseline.result.cumulative), amount(r.deltaNpv.neg())) },
          { kind: 'paragraph', spans: [{ text: r.breakEvenYear === null ? t.neverBreaksEven : t.breakEven(r.breakEvenYear, r.breakEvenYear === c.projection.region.horizon.start) }] },
        ];
  const others = c.rows.filter((row) => row !== baseline && row !== cheapest);
  return [
    { kind: 'heading', text: t.outcome },
    ...first,
    ...(others.length === 0 ? [] : [{ kind: 'paragraph' as const, spans: [{ text: t.others }] }, { kind: 'list' as const, items: others.map((row) => [{ text: comparison(c, row) }]) }]),
    // a region with only its baseline has no difference to draw
    ...(c.rows.length > 1 ? [{ kind: 'chart' as const, chart: npvChart(c) }] : []),
  ];
}

function comparison(c: Context, row: Row): string {
  const r = row.result;
  const npv = c.amount(r.deltaNpv.abs());
  const npvAdvantage = r.deltaNpv.isNegative() && !r.deltaNpv.isZero();
  if (r.deltaCumulative.isZero()) return c.t.evenWith(row.label);
  const first = r.breakEvenYear === c.projection.region.horizon.start;
  if (r.deltaCumulative.isNegative()) return c.t.cheaperThan(row.label, c.amount(r.deltaCumulative.abs()), npv, npvAdvantage, r.breakEvenYear, first);
  return c.t.dearerThan(row.label, c.amount(r.deltaCumulative), npv, npvAdvantage);
}

/** Thousands of euros as a chart draws them (exact, not rounded: the chart is read by eye). */
function thousands(x: Dec): number {
  return x.div(1000).toNumber();
}

function npvChart(c: Context): Chart {
  const alternatives = c.rows.filter((r) => r !== c.baseline);
  return { kind: 'bars', caption: c.t.npvChart(c.baseline.label), axis: c.t.npvAxis, categories: alternatives.map((r) => r.label), values: alternatives.map((r) => thousands(r.result.deltaNpv)) };
}

function linesChart(c: Context): Chart {
  return {
    kind: 'lines',
    caption: c.t.linesChart,
    axis: c.t.thousandsAxis,
    years: c.projection.years,
    series: c.rows.map((r) => ({ name: r.label, values: r.result.net.map(thousands) })),
  };
}

function winnersAndLosers(c: Context): Block[] {
  const { region } = c.projection;
  const name = (id: string) => municipalityName(c.projection.scenario, id);
  const items = region.configurations
    .filter((conf) => conf.id !== region.baseline)
    .map((conf) => {
      const results = [...(c.projection.results.get(conf.id)?.values() ?? [])];
      const gain = results.filter((r) => r.deltaNpv.isNegative() && !r.deltaNpv.isZero()).map((r) => name(r.municipality));
      const lose = results.filter((r) => r.deltaNpv.gt(0)).map((r) => name(r.municipality));
      const even = results.filter((r) => r.deltaNpv.isZero()).map((r) => name(r.municipality));
      return [{ text: c.t.winnersLine(conf.label, gain, lose, even, results.length) }];
    });
  return [{ kind: 'heading', text: c.t.winners }, { kind: 'paragraph', spans: [{ text: c.t.winnersIntro }] }, { kind: 'list', items }];
}

/**
 * Who pays for whom over the horizon, per configuration in which the subject's organisation
 * settles (docs/methodology.md#settlement): for a municipality its verevening with its own
 * and settled net cost; for the region every member's verevening. Nothing without settlement.
 */
function verevening(c: Context): Block[] {
  const total = (v: readonly Dec[]) => v.reduce((acc, x) => acc.plus(x), ZERO);
  const name = (id: string) => municipalityName(c.projection.scenario, id);
  const items = c.projection.region.configurations.flatMap((conf) => {
    const results = [...(c.projection.results.get(conf.id)?.values() ?? [])].filter((r) => r.settlementKey !== undefined);
    if (c.subject.kind === 'region') {
      if (results.length === 0) return [];
      const flows = results.map((r) => c.t.flow(name(r.municipality), c.amount(total(r.verevening).abs()), !total(r.verevening).isNegative()));
      return [[{ text: `${conf.label}: ${flows.join('; ')}.` }]];
    }
    const subjectId = c.subject.id;
    const r = results.find((x) => x.municipality === subjectId);
    if (r === undefined) return [];
    const v = total(r.verevening);
    const text = v.isNegative() ? c.t.paidFor : c.t.paysFor;
    return [[{ text: text(conf.label, name(r.municipality), c.amount(v.abs()), c.amount(total(r.ownNet)), c.amount(r.cumulative)) }]];
  });
  if (items.length === 0) return [];
  return [{ kind: 'heading', text: c.t.verevening }, { kind: 'paragraph', spans: [{ text: c.t.vereveningIntro }] }, { kind: 'list', items }];
}

/** A configuration's lines summed by label over its years (and, for the region, its municipalities). */
function itemsOf(row: Row): Item[] {
  const items = new Map<string, { kind: 'cost' | 'revenue'; total: Dec; lines: LineResult[] }>();
  for (const lr of row.lines) {
    const key = `${lr.line.kind}:${lr.line.label}`;
    const item = items.get(key) ?? { kind: lr.line.kind, total: ZERO, lines: [] };
    item.total = lr.amounts.reduce((acc, x) => acc.plus(x), item.total);
    item.lines.push(lr);
    items.set(key, item);
  }
  return [...items].map(([key, item]) => ({ label: key.slice(key.indexOf(':') + 1), ...item }));
}

/** The configuration the items are compared on: the cheapest, or the cheapest alternative when the baseline is cheapest. */
function versusOf(c: Context): Row | undefined {
  if (c.cheapest !== c.baseline) return c.cheapest;
  return c.rows.filter((r) => r !== c.baseline).reduce<Row | undefined>((b, r) => (b === undefined || r.result.npv.lt(b.result.npv) ? r : b), undefined);
}

function drivers(c: Context): Block[] {
  const largest = itemsOf(c.cheapest).sort((a, b) => b.total.comparedTo(a.total)).slice(0, TOP_ITEMS);
  const out: Block[] = [
    { kind: 'heading', text: c.t.drivers },
    { kind: 'paragraph', spans: [{ text: c.t.largestLines(c.cheapest.label) }] },
    { kind: 'list', items: largest.map((i) => [{ text: c.t.item(i.label, i.kind, c.amount(i.total)) }]) },
  ];
  const versus = versusOf(c);
  if (versus === undefined) return out;
  const changes = itemChanges(c.baseline, versus);
  if (changes.length === 0) return out;
  return [
    ...out,
    { kind: 'paragraph', spans: [{ text: c.t.differences(versus.label, c.baseline.label) }] },
    { kind: 'list', items: changes.map((ch) => [{ text: c.t.change(ch.item.label, ch.item.kind, c.amount(ch.to), c.amount(ch.from), c.amount(ch.to.minus(ch.from).abs()), ch.to.lt(ch.from)) }]) },
  ];
}

/** The items that differ most between the baseline and another configuration, largest change first. */
function itemChanges(baseline: Row, versus: Row): { item: Item; from: Dec; to: Dec }[] {
  const before = new Map(itemsOf(baseline).map((i) => [`${i.kind}:${i.label}`, i]));
  const after = new Map(itemsOf(versus).map((i) => [`${i.kind}:${i.label}`, i]));
  return [...new Set([...before.keys(), ...after.keys()])]
    .map((key) => ({ item: (after.get(key) ?? before.get(key))!, from: before.get(key)?.total ?? ZERO, to: after.get(key)?.total ?? ZERO }))
    .filter((ch) => !ch.from.eq(ch.to))
    .sort((a, b) => b.to.minus(b.from).abs().comparedTo(a.to.minus(a.from).abs()))
    .slice(0, TOP_ITEMS);
}

/** The parameters behind the largest items, each once, with their first-year value, unit and short source. */
function assumptions(c: Context): Block[] {
  const { projection, language } = c;
  const scope = subjectKey(c.subject);
  const lookup = (name: string) => projection.parameters.get(scope)?.get(name) ?? projection.parameters.get(subjectKey(REGION))?.get(name);
  const seen = new Map<string, Parameter>();
  const versus = versusOf(c);
  const items = [c.cheapest, c.baseline, ...(versus ? [versus] : [])].flatMap(itemsOf).sort((a, b) => b.total.comparedTo(a.total));
  for (const item of items) {
    for (const name of item.lines.flatMap(parameterNames)) {
      const parameter = lookup(name)?.parameter;
      if (parameter !== undefined && !seen.has(name)) seen.set(name, parameter);
    }
    if (seen.size >= TOP_ASSUMPTIONS) break;
  }
  const start = projection.region.horizon.start;
  const entries = [...seen.values()].slice(0, TOP_ASSUMPTIONS).map((p) => {
    const value = lookup(p.name)?.series.values[0] ?? p.values.get(start);
    const unit = p.unit?.startsWith('EUR/') === true ? c.t.perUnit(p.unit.slice(4)) : '';
    const shown = value === undefined ? '–' : p.unit === 'ratio' ? formatPercent(value, language) : `${formatEuros(value, language)}${unit}`;
    return [{ text: p.description ?? p.name, strong: true }, { text: `: ${shown} (${sourceLabel(p.source, language)})` }];
  });
  return [{ kind: 'heading', text: c.t.assumptions }, { kind: 'paragraph', spans: [{ text: c.t.assumptionsIntro(start) }] }, { kind: 'list', items: entries }];
}

function parameterNames(lr: LineResult): string[] {
  return rateUses(lr).flatMap(({ source }) => (source.kind === 'parameter' ? [source.name] : []));
}

/** The multi-year tables, a year per row and a configuration per column, split so that each fits an A4 page. */
function tables(c: Context): Block[] {
  const { t, baseline, language } = c;
  const k = (x: Dec) => formatThousands(x, language);
  const mark = (x: Dec) => (k(x) === '0' ? '0' : `${k(x.abs())} ${x.isNegative() ? t.advantage : t.disadvantage}`);
  const net = chunks(c.rows).map((rows, i, all): Table => yearTable(c, t.netTable(i + 1, all.length), rows, (r) => [...r.result.net.map(k), k(r.result.cumulative), k(r.result.npv)]));
  const alternatives = c.rows.filter((r) => r !== baseline);
  const delta = chunks(alternatives).map((rows, i, all): Table =>
    yearTable(c, t.deltaTable(baseline.label, i + 1, all.length), rows, (r) => [...r.result.delta.map(mark), mark(r.result.deltaCumulative), mark(r.result.deltaNpv)]),
  );
  return [{ kind: 'heading', text: t.table }, { kind: 'chart', chart: linesChart(c) }, ...[...net, ...delta].map((table): Block => ({ kind: 'table', table }))];
}

/** A table of `rows`' figures per year, then their total and present value (`cells` gives a row's figures in that order). */
function yearTable(c: Context, caption: string, rows: readonly Row[], cells: (r: Row) => readonly string[]): Table {
  const columns = rows.map(cells);
  const labels = [...c.projection.years.map(String), c.t.total, c.t.presentValue];
  return {
    caption,
    header: [c.t.year, ...rows.map((r) => r.label)],
    rows: labels.map((label, i) => ({ cells: [label, ...columns.map((col) => col[i]!)], strong: i >= c.projection.years.length })),
  };
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += TABLE_COLUMNS) out.push(items.slice(i, i + TABLE_COLUMNS));
  return out;
}

import { basename } from 'node:path';
import { ZERO, type Dec } from '../model/decimal.js';
import { REGION, municipalityName, rateUses, resultFor, subjectKey, subjectName, type LineResult, type Projection, type Subject } from '../engine/index.js';
import type { DeltaResult, NetResult } from '../engine/results.js';
import type { Parameter } from '../model/series.js';
import type { Language } from './i18n/index.js';
import { summaryTextsFor, type SummaryTexts } from './i18n/summary-texts.js';
import { formatEuros, formatPercent, formatThousands } from './number-format.js';

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

/** How many items and assumptions a summary names: enough to explain, few enough to read. */
const TOP_ITEMS = 5;
const TOP_ASSUMPTIONS = 8;

/**
 * The council summary in Markdown (`<id>-samenvatting.md`): a few paragraphs a policy
 * adviser can paste into a council proposal (the cheapest configuration, the difference with
 * the baseline over the horizon and in present value, the break-even year, the main items
 * and assumptions with their sources) and the multi-year table councils expect (× € 1.000,
 * V/N per year). For the region: the region's totals, and who gains and who loses.
 */
export function councilSummary(projection: Projection, subject: Subject, language: Language, version: string): string {
  const t = summaryTextsFor(language);
  const { region } = projection;
  const rows = rowsOf(projection, subject);
  const baseline = rows.find((r) => r.id === region.baseline);
  if (baseline === undefined) return '';
  const cheapest = rows.reduce((best, r) => (r.result.npv.lt(best.result.npv) ? r : best));
  const name = subjectName(projection.scenario, subject);
  const euros = (x: Dec) => formatEuros(x, language);
  const out: string[] = [
    `# ${subject.kind === 'region' ? t.regionTitle(name) : t.title(name)}`,
    '',
    t.intro(region.name, region.horizon.start, region.horizon.end, formatPercent(region.discountRate, language), version),
    '',
    ...variantParagraph(t, projection),
    `## ${t.outcome}`,
    '',
    ...outcome(t, cheapest, baseline, euros),
    '',
    t.others,
    '',
    ...rows.filter((r) => r !== baseline && r !== cheapest).map((r) => `- ${comparison(t, r, euros)}`),
    '',
  ];
  if (subject.kind === 'region') out.push(...winnersAndLosers(t, projection), '');
  out.push(...vereveningParagraph(t, projection, subject, euros));
  const versus = cheapest === baseline ? rows.filter((r) => r !== baseline).reduce<Row | undefined>((b, r) => (b === undefined || r.result.npv.lt(b.result.npv) ? r : b), undefined) : cheapest;
  out.push(...drivers(t, cheapest, baseline, versus, euros), '');
  out.push(...assumptions(t, projection, subject, [cheapest, baseline, ...(versus ? [versus] : [])], language), '');
  out.push(...table(t, projection, rows, baseline, language), '');
  out.push(t.inputs(projection.scenario.inputs.map((i) => `\`${basename(i.path)}\` (SHA-256 ${i.sha256.slice(0, 12)}…)`).join(', ')), '');
  return out.join('\n');
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

function outcome(t: SummaryTexts, cheapest: Row, baseline: Row, euros: (x: Dec) => string): string[] {
  if (cheapest === baseline) return [t.baselineCheapest(baseline.label, euros(baseline.result.cumulative))];
  const r = cheapest.result;
  return [
    t.cheapest(cheapest.label, euros(r.cumulative), euros(r.deltaCumulative.neg()), baseline.label, euros(baseline.result.cumulative), euros(r.deltaNpv.neg())),
    r.breakEvenYear === null ? t.neverBreaksEven : t.breakEven(r.breakEvenYear),
  ];
}

function comparison(t: SummaryTexts, row: Row, euros: (x: Dec) => string): string {
  const r = row.result;
  const npv = euros(r.deltaNpv.abs());
  const text = r.deltaCumulative.isZero()
    ? t.evenWith(row.label)
    : r.deltaCumulative.isNegative()
      ? t.cheaperThan(row.label, euros(r.deltaCumulative.abs()), npv)
      : t.dearerThan(row.label, euros(r.deltaCumulative), npv);
  return `${text}${r.breakEvenYear === null ? t.notBrokenEven : t.brokenEvenIn(r.breakEvenYear)}.`;
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

function drivers(t: SummaryTexts, cheapest: Row, baseline: Row, versus: Row | undefined, euros: (x: Dec) => string): string[] {
  const kind = (item: Item) => (item.kind === 'cost' ? t.cost : t.revenue);
  const largest = itemsOf(cheapest).sort((a, b) => b.total.comparedTo(a.total)).slice(0, TOP_ITEMS);
  const out = [`## ${t.drivers}`, '', t.largestLines(cheapest.label), '', ...largest.map((i) => `- ${i.label} (${kind(i)}): ${euros(i.total)}`)];
  if (versus === undefined) return out;
  const before = new Map(itemsOf(baseline).map((i) => [`${i.kind}:${i.label}`, i]));
  const after = new Map(itemsOf(versus).map((i) => [`${i.kind}:${i.label}`, i]));
  const changes = [...new Set([...before.keys(), ...after.keys()])]
    .map((key) => ({ key, from: before.get(key)?.total ?? ZERO, to: after.get(key)?.total ?? ZERO, item: after.get(key) ?? before.get(key) }))
    .filter((c) => !c.from.eq(c.to))
    .sort((a, b) => b.to.minus(b.from).abs().comparedTo(a.to.minus(a.from).abs()))
    .slice(0, TOP_ITEMS);
  if (changes.length === 0) return out;
  return [
    ...out,
    '',
    t.differences(versus.label, baseline.label),
    '',
    ...changes.map((c) => `- ${c.item?.label ?? c.key} (${c.item ? kind(c.item) : ''}): ${euros(c.to)} (${baseline.label}: ${euros(c.from)}; ${c.to.lt(c.from) ? t.lower : t.higher})`),
  ];
}

/** The parameters behind the largest items, each once, with their first-year value, unit and source. */
function assumptions(t: SummaryTexts, projection: Projection, subject: Subject, rows: readonly Row[], language: Language): string[] {
  const seen = new Map<string, Parameter>();
  // the region's summary reads the region's parameters, a municipality's its own (over the region's)
  const scope = subjectKey(subject);
  const items = rows.flatMap(itemsOf).sort((a, b) => b.total.comparedTo(a.total));
  for (const item of items) {
    for (const lr of item.lines) {
      for (const name of parameterNames(lr)) {
        const parameter = projection.parameters.get(scope)?.get(name)?.parameter ?? projection.parameters.get(subjectKey(REGION))?.get(name)?.parameter;
        if (parameter !== undefined && !seen.has(name)) seen.set(name, parameter);
      }
    }
    if (seen.size >= TOP_ASSUMPTIONS) break;
  }
  const start = projection.region.horizon.start;
  return [
    `## ${t.assumptions}`,
    '',
    t.assumptionsIntro,
    '',
    ...[...seen.values()].slice(0, TOP_ASSUMPTIONS).map((p) => {
      const value = projection.parameters.get(scope)?.get(p.name)?.series.values[0] ?? p.values.get(start);
      const shown = value === undefined ? '–' : p.unit === 'ratio' ? formatPercent(value, language) : `${formatEuros(value, language)}${p.unit?.startsWith('EUR/') === true ? ` per ${p.unit.slice(4)}` : ''}`;
      const estimate = /schatting|plausible|estimate/i.test(p.source ?? '') ? ` ${t.estimate}` : '';
      return `- **${p.description ?? p.name}** (\`${p.name}\`): ${shown}${estimate}. ${p.source ?? ''}`.trimEnd();
    }),
  ];
}

function parameterNames(lr: LineResult): string[] {
  return rateUses(lr).flatMap(({ source }) => (source.kind === 'parameter' ? [source.name] : []));
}

/** The council table: net cost per year × € 1.000 per configuration, and each alternative's difference marked V or N. */
function table(t: SummaryTexts, projection: Projection, rows: readonly Row[], baseline: Row, language: Language): string[] {
  const k = (x: Dec) => formatThousands(x, language);
  const mark = (x: Dec) => (k(x) === '0' ? '0' : `${k(x.abs())} ${x.isNegative() ? t.advantage : t.disadvantage}`);
  const header = [t.configuration, ...projection.years.map(String), t.total];
  const lines = [
    ...rows.map((r) => [r === baseline ? `**${r.label}**` : r.label, ...r.result.net.map(k), k(r.result.cumulative)]),
    ...rows.filter((r) => r !== baseline).map((r) => [`*${t.differenceRow(r.label)}*`, ...r.result.delta.map(mark), mark(r.result.deltaCumulative)]),
  ];
  return [
    `## ${t.table}`,
    '',
    t.tableIntro(baseline.label),
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
  ];
}

function winnersAndLosers(t: SummaryTexts, projection: Projection): string[] {
  const { region } = projection;
  const name = (id: string) => municipalityName(projection.scenario, id);
  const lines = region.configurations
    .filter((c) => c.id !== region.baseline)
    .map((c) => {
      const results = [...(projection.results.get(c.id)?.values() ?? [])];
      const list = (ids: string[]) => (ids.length === 0 ? t.nobody : ids.map(name).join(', '));
      const gain = results.filter((r) => r.deltaNpv.isNegative() && !r.deltaNpv.isZero()).map((r) => r.municipality);
      const lose = results.filter((r) => r.deltaNpv.gt(0)).map((r) => r.municipality);
      return `- ${t.winnersLine(c.label, list(gain), list(lose))}`;
    });
  return [`## ${t.winners}`, '', ...lines];
}

/**
 * Who pays for whom over the horizon, per configuration in which the subject's organisation
 * settles (docs/methodology.md#settlement): for a municipality its verevening with its own
 * and settled net cost; for the region every member's verevening. Nothing without settlement.
 */
function vereveningParagraph(t: SummaryTexts, projection: Projection, subject: Subject, euros: (x: Dec) => string): string[] {
  const total = (v: readonly Dec[]) => v.reduce((acc, x) => acc.plus(x), ZERO);
  const name = (id: string) => municipalityName(projection.scenario, id);
  const lines = projection.region.configurations.flatMap((c) => {
    const results = [...(projection.results.get(c.id)?.values() ?? [])].filter((r) => r.settlementKey !== undefined);
    if (subject.kind === 'region') {
      return results.length === 0 ? [] : [`- ${t.vereveningLine(c.label, results.map((r) => `${name(r.municipality)} ${signed(total(r.verevening), euros)}`).join(', '))}`];
    }
    const r = results.find((x) => x.municipality === subject.id);
    if (r === undefined) return [];
    const v = total(r.verevening);
    const text = v.isNegative() ? t.paidFor : t.paysFor;
    return [`- ${text(c.label, name(r.municipality), euros(v.abs()), euros(total(r.ownNet)), euros(r.cumulative))}`];
  });
  return lines.length === 0 ? [] : [`## ${t.verevening}`, '', t.vereveningIntro, '', ...lines, ''];
}

function signed(x: Dec, euros: (x: Dec) => string): string {
  return x.isNegative() ? `−${euros(x.abs())}` : `+${euros(x)}`;
}

function variantParagraph(t: SummaryTexts, projection: Projection): string[] {
  const v = projection.scenario.variant;
  if (v === undefined) return [];
  return [t.variant(v.description, v.overrides.join('; ')), ''];
}

import type { ChalkInstance } from 'chalk';
import type { Dec } from '../model/decimal.js';
import { resultFor, subjectName, type ClosedWorld, type Projection, type Subject } from '../engine/index.js';
import type { DeltaResult, NetResult } from '../engine/results.js';
import { labelsFor, type Language } from './i18n/index.js';
import { formatEuros, formatFixed, formatPercent } from './number-format.js';
import { MIN_CELL_PERSONS, shownYears } from './small-cells.js';
import { worldsLines } from './worlds-summary.js';

/** Longer configuration labels are cut, so that the table fits a terminal. */
const MAX_LABEL = 34;

type Row = NetResult & DeltaResult & { readonly id: string; readonly label: string; /** A settled member's verevening per year. */ readonly paysForOthers?: readonly Dec[] };

/**
 * The terminal summary of a run: per configuration the cumulative net cost, NPV, the
 * differences with the baseline and the break-even year; the lowest NPV marked. For the
 * region, the region's totals. With the closed world of an open run, the block "with and
 * without new target groups" (worlds-summary.ts) after it.
 */
export function renderSummary(projection: Projection, subject: Subject, language: Language, paint: ChalkInstance, closed?: ClosedWorld): string {
  const t = labelsFor(language);
  const { region } = projection;
  const rows: Row[] = region.configurations.flatMap((c) => {
    const r = resultFor(projection, c.id, subject);
    if (r === undefined) return [];
    const settled = 'settlementKey' in r && r.settlementKey !== undefined ? r.verevening : undefined;
    return [{ ...r, id: c.id, label: c.label, ...(settled === undefined ? {} : { paysForOthers: settled }) }];
  });
  const cheapest = rows.reduce<Row | undefined>((best, r) => (best === undefined || r.npv.lt(best.npv) ? r : best), undefined);
  // a municipality in a settled organisation: what it pays for others, over the horizon
  const verevening = (r: Row) => (r.paysForOthers === undefined ? '–' : formatEuros(r.paysForOthers.reduce((a, b) => a.plus(b)), language));
  const settles = rows.some((r) => r.paysForOthers !== undefined);
  const header = [`  ${t.configuration}`, '', t.cumulative, t.npv, t.deltaCumulative, t.deltaNpv, t.breakEven, ...(settles ? [t.verevening] : [])];
  const body = rows.map((r) => {
    const isBaseline = r.id === region.baseline;
    const delta = (x: Dec) => (isBaseline ? t.baselineMark : formatEuros(x, language));
    return [
      `${r === cheapest ? '★' : ' '} ${r.id}`,
      truncate(r.label, MAX_LABEL),
      formatEuros(r.cumulative, language),
      formatEuros(r.npv, language),
      delta(r.deltaCumulative),
      delta(r.deltaNpv),
      isBaseline ? '–' : r.breakEvenYear === null ? t.never : String(r.breakEvenYear),
      ...(settles ? [verevening(r)] : []),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const cells = (row: readonly string[]) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const lines = [
    paint.bold(subject.kind === 'region' ? t.regionTitle(region.name) : t.summaryTitle(subjectName(projection.scenario, subject), region.name)),
    paint.dim(t.horizon(region.horizon.start, region.horizon.end, formatPercent(region.discountRate, language))),
    ...populationLine(projection, subject, language),
    ...variantLines(projection, paint),
    '',
    paint.bold(cells(header)),
    ...body.map((row, i) => (rows[i] === cheapest ? paint.green(cells(row)) : cells(row))),
    '',
    paint.dim(`★ ${t.cheapest}. ${t.footnote(rows.find((r) => r.id === region.baseline)?.label ?? region.baseline)}`),
    ...(closed === undefined ? [] : worldsLines(projection, closed, subject, language, paint)),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The average headcount in the first and last year, entrants of inflow streams included; "fewer
 * than 5" where it is a small cell (src/report/small-cells.ts).
 */
function populationLine(projection: Projection, subject: Subject, language: Language): string[] {
  if (subject.kind === 'region') return [];
  const population = projection.populations.get(subject.id);
  if (population === undefined) return [];
  const t = labelsFor(language);
  const shown = shownYears(population.persons.working);
  // with inflow streams a hidden total is not "fewer than 5": the employees among them are
  const inflow = population.byStream.size > 0;
  const headcount = (i: number) => {
    const x = population.headcount[i];
    if (x === undefined) return undefined;
    return shown[i] === true ? formatFixed(x.toNumber(), language, 1) : inflow ? t.notShown : t.fewerThan(MIN_CELL_PERSONS);
  };
  const first = headcount(0);
  const last = headcount(population.headcount.length - 1);
  if (first === undefined || last === undefined) return [];
  const { start, end } = projection.region.horizon;
  return [t.population(first, start, last, end, inflow)];
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function variantLines(projection: Projection, paint: ChalkInstance): string[] {
  const v = projection.scenario.variant;
  if (v === undefined) return [];
  return [paint.yellow(`Variant${v.description === undefined ? '' : `: ${v.description}`}`), ...v.overrides.map((o) => paint.yellow(`  ${o}`))];
}

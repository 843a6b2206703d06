import type { ChalkInstance } from 'chalk';
import type { Dec } from '../../model/decimal.js';
import type { ResultDifference, ResultTotals, ScenarioComparison, SeriesDifference, SettingDifference } from '../../engine/index.js';
import type { Unit } from '../../model/series.js';
import { labelsFor, type Language } from '../i18n/index.js';
import { scenarioComparisonLabelsFor } from '../i18n/scenario-comparison-labels.js';
import { formatEuros, formatPercent } from '../number-format.js';
import { comparisonSubject, organisationsText, seriesLabel, sideText, type ComparedSides } from './sides.js';

/** Longer configuration labels are cut, so that the table fits a terminal (as in the run summary). */
const MAX_LABEL = 30;

/**
 * The terminal report of `compare`: the inputs that differ (a row per setting, index and
 * parameter, with the values of the first year that differs), the configurations that
 * differ, and per configuration the results of A, B and B − A, the lowest NPV marked.
 */
export function renderScenarioComparison(comparison: ScenarioComparison, sides: ComparedSides, language: Language, paint: ChalkInstance): string {
  const l = scenarioComparisonLabelsFor(language);
  return [
    paint.bold(l.title(comparisonSubject(comparison.subject, sides, l))),
    paint.dim(`A: ${sideText(sides.a)}`),
    paint.dim(`B: ${sideText(sides.b)}`),
    '',
    paint.bold(l.inputsHeading),
    ...inputLines(comparison, sides, language, paint),
    '',
    paint.bold(l.resultsHeading),
    ...resultLines(comparison, sides, language, paint),
    '',
  ].join('\n');
}

function inputLines(comparison: ScenarioComparison, sides: ComparedSides, language: Language, paint: ChalkInstance): string[] {
  const l = scenarioComparisonLabelsFor(language);
  const series = [...comparison.indices, ...comparison.parameters];
  const rows = [...comparison.settings.map((s) => settingRow(s, language)), ...series.map((d) => seriesRow(d, series, sides, language))];
  const configurations = comparison.configurations.map((c) => {
    const [a, b] = [organisationsText(c.a), organisationsText(c.b)];
    const change = a === undefined ? `${l.onlyIn('B')}: ${b ?? ''}` : b === undefined ? `${l.onlyIn('A')}: ${a}` : `A ${a}  →  B ${b}`;
    return `  ${l.configuration(c.id)}: ${change}`;
  });
  if (rows.length + configurations.length === 0) return [`  ${l.noInputDifferences}`];
  const header = [l.columns.input, l.columns.unit, l.columns.years, 'A', 'B', l.change];
  return [
    ...(rows.length === 0 ? [] : table(header, rows, 3, paint)),
    ...configurations,
    ...(series.length === 0 ? [] : [paint.dim(`  ${l.firstYearNote}`)]),
  ];
}

function settingRow(s: SettingDifference, language: Language): string[] {
  const l = scenarioComparisonLabelsFor(language);
  switch (s.kind) {
    case 'horizon':
      return [l.horizon, '', '', `${s.a.start}–${s.a.end}`, `${s.b.start}–${s.b.end}`, ''];
    case 'discount_rate':
      return [l.discountRate, 'ratio', '', formatPercent(s.a, language), formatPercent(s.b, language), formatPercent(s.change, language)];
    case 'baseline':
      return [l.baseline, '', '', s.a, s.b, ''];
  }
}

function seriesRow(d: SeriesDifference, all: readonly SeriesDifference[], sides: ComparedSides, language: Language): string[] {
  const l = scenarioComparisonLabelsFor(language);
  const unit = d.b?.unit ?? d.a?.unit;
  const first = d.years[0];
  const value = (side: 'a' | 'b', x: Dec | null | undefined) =>
    d[side] === undefined ? `(${l.notIn(side === 'a' ? 'A' : 'B')})` : x === null || x === undefined ? '–' : formatValue(x, unit, language);
  return [
    seriesLabel(d, all, sides, l),
    unit ?? '',
    yearRanges(d.years.map((y) => y.year)),
    value('a', first?.a),
    value('b', first?.b),
    first?.change === null || first?.change === undefined ? '' : formatValue(first.change, unit, language),
  ];
}

function formatValue(x: Dec, unit: Unit | undefined, language: Language): string {
  return unit === 'ratio' ? formatPercent(x, language) : formatEuros(x, language);
}

/** `2021–2023, 2025`. */
function yearRanges(years: readonly number[]): string {
  const ranges: [number, number][] = [];
  for (const year of years) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[1] === year - 1) last[1] = year;
    else ranges.push([year, year]);
  }
  return ranges.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(', ');
}

function resultLines(comparison: ScenarioComparison, sides: ComparedSides, language: Language, paint: ChalkInstance): string[] {
  const l = scenarioComparisonLabelsFor(language);
  const t = labelsFor(language);
  const header = [`  ${t.configuration}`, '', '', t.cumulative, t.npv, t.deltaCumulative, t.deltaNpv, t.breakEven];
  const rows: string[][] = [];
  const marks: ('a' | 'b' | 'change' | undefined)[] = [];
  for (const r of comparison.results) {
    const cheapest = (side: 'a' | 'b') => comparison.cheapest[side] === r.configuration;
    rows.push(
      [`${cheapest('a') ? '★' : ' '} ${r.configuration}`, truncate(r.label, MAX_LABEL), 'A', ...totalsCells(r.a, r.configuration === sides.a.projection.region.baseline, language)],
      [`${cheapest('b') ? '★' : ' '}`, '', 'B', ...totalsCells(r.b, r.configuration === sides.b.projection.region.baseline, language)],
      ['', '', l.change, ...changeCells(r, sides, language)],
    );
    marks.push(cheapest('a') ? 'a' : undefined, cheapest('b') ? 'b' : undefined, 'change');
  }
  const lines = table(header, rows, 3, paint).map((line, i) => {
    const mark = marks[i - 1];
    return mark === 'a' || mark === 'b' ? paint.green(line) : mark === 'change' ? paint.bold(line) : line;
  });
  const { a, b } = sides;
  return [
    ...lines,
    '',
    paint.dim(`★ ${l.cheapest(comparison.cheapest.a ?? '–', comparison.cheapest.b ?? '–')}. ${l.resultsNote}`),
    ...(a.projection.region.baseline === b.projection.region.baseline ? [] : [paint.yellow(l.baselinesDiffer(a.projection.region.baseline, b.projection.region.baseline))]),
  ];
}

function totalsCells(totals: ResultTotals | undefined, isBaseline: boolean, language: Language): string[] {
  const t = labelsFor(language);
  if (totals === undefined) return ['–', '–', '–', '–', '–'];
  const delta = (x: Dec) => (isBaseline ? t.baselineMark : formatEuros(x, language));
  const breakEven = isBaseline ? '–' : totals.breakEvenYear === null ? t.never : String(totals.breakEvenYear);
  return [formatEuros(totals.cumulative, language), formatEuros(totals.npv, language), delta(totals.deltaCumulative), delta(totals.deltaNpv), breakEven];
}

function changeCells(r: ResultDifference, sides: ComparedSides, language: Language): string[] {
  const change = r.change;
  if (change === undefined) return ['–', '–', '–', '–', '–'];
  const bothBaseline = r.configuration === sides.a.projection.region.baseline && r.configuration === sides.b.projection.region.baseline;
  const delta = (x: Dec) => (bothBaseline ? '–' : formatEuros(x, language));
  const years = change.breakEvenYears === null ? '–' : `${change.breakEvenYears > 0 ? '+' : ''}${change.breakEvenYears}`;
  return [formatEuros(change.cumulative, language), formatEuros(change.npv, language), delta(change.deltaCumulative), delta(change.deltaNpv), years];
}

/** Rows padded to their columns: the first `textColumns` left-aligned, the rest right-aligned; the header bold. */
function table(header: readonly string[], rows: readonly (readonly string[])[], textColumns: number, paint: ChalkInstance): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const cells = (row: readonly string[]) =>
    `  ${row.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd();
  return [paint.bold(cells(header)), ...rows.map(cells)];
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

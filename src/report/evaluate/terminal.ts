import { textTable } from '../text-table.js';
import type { ChalkInstance } from 'chalk';
import type { Projection } from '../../engine/index.js';
import { formatEuros, formatFixed } from '../number-format.js';
import type { Language } from '../i18n/index.js';
import { evaluateLabelsFor, type EvaluateLabels } from '../i18n/evaluate-labels.js';
import { impliedOutflowText } from './texts.js';
import type { CentsSplit, ConfigurationView, EvaluationView, MeasureView, PopulationYearView } from './view.js';

/**
 * `evaluate` in the terminal: per configuration a table of every stated line per year, with
 * the sum of the stated lines and the net cost; then the population and its implied
 * outflow. Every stated line is shown: a realised file states the lines of a *jaarrekening*
 * that the model has, a handful per year, so none need be left out. Money in whole euros
 * (§1), rounded so that the effects add up to the difference.
 */
export function renderEvaluation(views: readonly EvaluationView[], projection: Projection, language: Language, paint: ChalkInstance): string {
  const l = evaluateLabelsFor(language);
  const blocks = views.map((v) => [
    paint.bold(l.title(v.name)),
    paint.dim(l.years(v.years)),
    ...(v.skippedYears.length === 0 ? [] : [paint.dim(l.skipped(v.skippedYears))]),
    ...v.configurations.flatMap((c) => ['', ...configurationTable(c, l, language, paint)]),
    ...(v.population.length === 0 ? [] : ['', ...populationTable(v.population, projection, l, language, paint)]),
  ].join('\n'));
  return `${blocks.join('\n\n')}\n\n${l.legend.map((s) => paint.dim(s)).join('\n')}\n`;
}

/** The first `leftColumns` columns, and the last if it is a note, to the left; the figures to the right. */
function table(header: readonly string[], rows: readonly (readonly string[])[], leftColumns: number, lastIsNote: boolean): string[] {
  return textTable(header, rows, (i) => (i < leftColumns || (lastIsNote && i === header.length - 1) ? 'left' : 'right'));
}

function configurationTable(c: ConfigurationView, l: EvaluateLabels, language: Language, paint: ChalkInstance): string[] {
  const euros = (x: CentsSplit['forecast']) => formatEuros(x, language);
  const split = (s: CentsSplit) => [euros(s.forecast), euros(s.realised), euros(s.difference), euros(s.volume), euros(s.price), euros(s.rest)];
  const rows = c.years.flatMap((y) => {
    const group = [
      ...y.lines.map((line) => [line.label, ...split(line), l.basis[line.basis]]),
      // the sum of one line is that line
      ...(y.statedLines === undefined || y.lines.length < 2 ? [] : [[l.statedLines, ...split(y.statedLines), '']]),
      ...(y.net === undefined ? [] : [[l.net, euros(y.net.forecast), euros(y.net.realised), euros(y.net.difference), '', '', '', '']]),
    ];
    return group.map((row, i) => [i === 0 ? String(y.year) : '', ...row]);
  });
  const k = l.columns;
  const lines = table([k.year, k.line, k.forecast, k.realised, k.difference, k.volume, k.price, k.rest, k.note], rows, 2, true);
  return [paint.bold(l.configuration(c.label, c.id)), paint.bold(lines[0] ?? ''), ...lines.slice(1)];
}

function populationTable(years: readonly PopulationYearView[], projection: Projection, l: EvaluateLabels, language: Language, paint: ChalkInstance): string[] {
  const labels = new Map(projection.region.workForms.map((f) => [f.id, f.label]));
  const figure = (x: number | null, hidden: boolean) => (x === null ? (hidden ? l.hidden : l.notStated) : formatFixed(x, language, 2));
  // a forecast is null only where the small-cell rule hides it; a realised figure only where it is not stated
  const pair = (m: MeasureView) => [figure(m.forecast, true), figure(m.realised, false)];
  const rows = years.flatMap((y) => [
    ...[...y.byWorkForm].map(([f, m], i) => [i === 0 ? String(y.year) : '', labels.get(f) ?? f, ...pair(m.se), ...pair(m.fte), ...pair(m.headcount)]),
    ['', l.total, ...pair(y.total.se), ...pair(y.total.fte), ...pair(y.total.headcount)],
  ]);
  const k = l.populationColumns;
  const lines = table([k.year, k.workForm, k.seForecast, k.seRealised, k.fteForecast, k.fteRealised, k.hcForecast, k.hcRealised], rows, 2, false);
  return [
    paint.bold(l.population), paint.bold(lines[0] ?? ''), ...lines.slice(1), '',
    paint.bold(l.impliedOutflow), ...years.map((y) => impliedOutflowText(y.year, y.impliedOutflow, l, language)),
  ];
}

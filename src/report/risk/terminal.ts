import { textTable } from '../text-table.js';
import type { ChalkInstance } from 'chalk';
import { Dec } from '../../model/decimal.js';
import type { Projection } from '../../engine/index.js';
import type { Language } from '../i18n/index.js';
import { riskLabelsFor } from '../i18n/risk-labels.js';
import { formatEuros, formatNumber, formatPercent } from '../number-format.js';
import type { RiskReport, SolveReport, TornadoReport } from './analyses.js';

const euros = (x: number, language: Language) => formatEuros(new Dec(Number.isFinite(x) ? x.toFixed(2) : 0), language);
const percent = (x: number, language: Language) => formatPercent(new Dec(x.toFixed(6)), language);

/** A change as a percentage (parameters, one-offs, outflow, discount rate) or in percentage points (indices). */
export function changeText(kind: string, x: number, language: Language): string {
  const sign = x > 0 ? '+' : '';
  // percentage points in the language's own decimals: 0,5 %-punt (nl), 0.5 pp (en)
  const points = formatNumber(x * 100, language);
  return kind === 'index' ? `${sign}${points} ${language === 'nl' ? '%-punt' : 'pp'}` : `${sign}${percent(x, language)}`;
}

/** The first `leftColumns` columns hold names, the others figures. */
function table(header: readonly string[], rows: readonly (readonly string[])[], leftColumns = 1): string[] {
  return textTable(header, rows, (i) => (i < leftColumns ? 'left' : 'right'));
}

/** The tornado as a table with a bar per variable, largest swing first (the first `top` variables). */
export function renderTornado(report: TornadoReport, projection: Projection, language: Language, paint: ChalkInstance, top: number): string {
  const l = riskLabelsFor(language);
  const baseline = projection.region.configurations.find((c) => c.id === projection.region.baseline)?.label ?? projection.region.baseline;
  const measure = report.configuration === projection.region.baseline ? l.npvMeasure : l.deltaMeasure(baseline);
  const label = projection.region.configurations.find((c) => c.id === report.configuration)?.label ?? report.configuration;
  const bars = report.bars.slice(0, top);
  const widest = Math.max(1, ...bars.map((b) => Math.max(Math.abs(b.atLow - report.base), Math.abs(b.atHigh - report.base))));
  const bar = (b: (typeof bars)[number]) => {
    const half = 12;
    const length = (x: number) => Math.round((Math.abs(x - report.base) / widest) * half);
    const left = Math.min(b.atLow, b.atHigh) < report.base ? length(Math.min(b.atLow, b.atHigh)) : 0;
    const right = Math.max(b.atLow, b.atHigh) > report.base ? length(Math.max(b.atLow, b.atHigh)) : 0;
    return `${' '.repeat(half - left)}${'█'.repeat(left)}│${'█'.repeat(right)}${' '.repeat(half - right)}`;
  };
  const rows = bars.map((b) => [
    l.variable(b.variable.target.kind, 'name' in b.variable.target ? b.variable.target.name : 'id' in b.variable.target ? b.variable.target.id : ''),
    changeText(b.variable.target.kind, b.variable.low, language),
    changeText(b.variable.target.kind, b.variable.high, language),
    euros(b.atLow, language),
    euros(b.atHigh, language),
    bar(b),
  ]);
  const c = l.columns;
  const lines = table([c.variable, c.low, c.high, c.atLow, c.atHigh, ''], rows);
  return [paint.bold(l.tornadoTitle(label, measure)), paint.dim(l.base(euros(report.base, language))), '', paint.bold(lines[0] ?? ''), ...lines.slice(1), ''].join('\n');
}

/** The Monte Carlo summary: NPV and difference percentiles, the chance of being cheaper, and the amounts at 80% and 90% certainty. */
export function renderRisk(report: RiskReport, projection: Projection, language: Language, paint: ChalkInstance): string {
  const l = riskLabelsFor(language);
  const { region } = projection;
  const baseline = region.configurations.find((c) => c.id === region.baseline)?.label ?? region.baseline;
  const r = l.riskColumns;
  const npv = table([r.configuration, r.p5, r.p50, r.p95], region.configurations.map((c, i) => {
    const f = report.figures[i];
    return [c.id, euros(f?.npv.p5 ?? NaN, language), euros(f?.npv.p50 ?? NaN, language), euros(f?.npv.p95 ?? NaN, language)];
  }));
  const alternatives = region.configurations.map((c, i) => [c, report.figures[i]] as const).filter(([c]) => c.id !== region.baseline);
  const delta = table([r.configuration, r.p5, r.p50, r.p95, r.probability], alternatives.map(([c, f]) => [
    c.id, euros(f?.deltaNpv.p5 ?? NaN, language), euros(f?.deltaNpv.p50 ?? NaN, language), euros(f?.deltaNpv.p95 ?? NaN, language), percent(f?.probabilityCheaper ?? NaN, language),
  ]));
  const k = l.certaintyColumns;
  const certainty = table([k.configuration, k.cumulative80, k.cumulative90, k.npv80, k.npv90], alternatives.map(([c, f]) => [
    c.id, euros(f?.deltaCumulative.p80 ?? NaN, language), euros(f?.deltaCumulative.p90 ?? NaN, language), euros(f?.deltaNpv.p80 ?? NaN, language), euros(f?.deltaNpv.p90 ?? NaN, language),
  ]));
  const section = (title: string, lines: string[]) => [paint.bold(title), paint.bold(lines[0] ?? ''), ...lines.slice(1), ''];
  return [paint.bold(l.riskTitle(report.iterations, report.seed)), '', ...section(l.npvTable, npv), ...section(l.deltaTable(baseline), delta),
    paint.bold(l.certaintyTitle), paint.dim(l.certaintyIntro(baseline)), ...certainty.map((x, i) => (i === 0 ? paint.bold(x) : x)), ''].join('\n');
}

/** One goal seek's answer, checked with the exact engine. */
export function renderSolve(report: SolveReport, projection: Projection, language: Language, paint: ChalkInstance): string {
  const l = riskLabelsFor(language);
  const label = projection.region.configurations.find((c) => c.id === report.configuration)?.label ?? report.configuration;
  if (!report.result.found) return `${paint.bold(l.solveTitle)}\n${l.notSolved(report.parameter, label, l.reasons[report.result.reason])}\n`;
  const parameter = projection.region.parameters.get(report.parameter);
  const value = report.value === undefined ? '–' : parameter?.unit === 'ratio' ? percent(report.value, language) : euros(report.value, language);
  const lines = [paint.bold(l.solveTitle), l.solved(report.parameter, label, l.measures[report.measure], value, percent(report.result.factor, language))];
  if (report.verified !== undefined) lines.push(l.verified(euros(report.verified, language)));
  return `${lines.join('\n')}\n`;
}

import type { Sheet as Worksheet } from '../workbook/sheet-model.js';
import { ZERO, type Dec } from '../../model/decimal.js';
import { hasInputDifferences, type ScenarioComparison, type SeriesDifference, type SeriesSide } from '../../engine/index.js';
import { formatSourceRef } from '../../errors.js';
import type { ScenarioComparisonLabels } from '../i18n/scenario-comparison-labels.js';
import type { WorkbookLabels } from '../i18n/workbook-labels.js';
import type { Language } from '../i18n/index.js';
import { sourceLabel } from '../source-label.js';
import { WRAP_COLUMN_WIDTH, setUpTimelineSheet, writeFormula, writeText, writeValue } from '../workbook/cells.js';
import { LABEL_COLUMN, RowRegistry, UNIT_COLUMN, VALUE_COLUMN, address, yearColumn } from '../workbook/layout.js';
import { FORMAT, moneyFormatFor, styleSection } from '../workbook/styles.js';
import { keepTogether } from '../workbook/print-layout.js';
import { organisationsText, seriesLabel, sideText, type ComparedSides } from './sides.js';

export interface InputsSheetText {
  readonly labels: WorkbookLabels;
  readonly comparison: ScenarioComparisonLabels;
  readonly title: string;
  readonly footer: string;
  readonly language: Language;
}

interface Sheet {
  readonly ws: Worksheet;
  readonly rows: RowRegistry;
  readonly comparison: ScenarioComparison;
  readonly sides: ComparedSides;
  readonly text: InputsSheetText;
  /** The column after the last year: where a row's file and source go. */
  readonly sourceColumn: number;
}

/**
 * The inputs sheet, on the comparison's one timeline: every setting, index and parameter
 * that differs as three rows, A and B (values) and B − A (formulas over them), and the
 * configurations that differ with their organisations.
 */
export function writeInputsSheet(ws: Worksheet, comparison: ScenarioComparison, sides: ComparedSides, text: InputsSheetText): void {
  const { labels: w, comparison: l } = text;
  const years = comparison.years;
  // column B marks the side of each row (A, B, B − A): a marker at the end of a long label would be cut off; the unit goes with the label
  setUpTimelineSheet(ws, text.title, l.workbook.subtitle(sideText(sides.a), sideText(sides.b)), years,
    { item: w.columns.item, unit: l.columns.scenario, value: w.columns.value, after: w.columns.source }, text.footer);
  const sheet: Sheet = { ws, rows: new RowRegistry(), comparison, sides, text, sourceColumn: yearColumn(years.length) };
  const { settings, indices, parameters, configurations } = comparison;
  if (!hasInputDifferences(comparison)) {
    writeText(ws, sheet.rows.take(), LABEL_COLUMN, l.noInputDifferences);
    return;
  }
  if (settings.length > 0) writeSettings(sheet);
  if (indices.length > 0) writeSeries(sheet, l.workbook.sections.indices, indices);
  if (parameters.length > 0) writeSeries(sheet, l.workbook.sections.parameters, parameters);
  if (configurations.length > 0) writeConfigurations(sheet);
}

function section(sheet: Sheet, title: string): void {
  styleSection(writeText(sheet.ws, sheet.rows.take(), LABEL_COLUMN, title));
}

/** A row's label and, in column B, its side (A, B or B − A); the unit, if any, after the label. */
function writeLabel(ws: Worksheet, row: number, label: string, unit: string, side: string): void {
  writeText(ws, row, LABEL_COLUMN, unit === '' ? label : `${label}, ${unit}`);
  writeText(ws, row, UNIT_COLUMN, side);
}

/** Three rows in column C: A, B, and B − A as a formula. */
function writeScalar(sheet: Sheet, label: string, unit: string, a: Dec | number, b: Dec | number, change: Dec | number, formats: { value: string; change: string }): void {
  const { ws, rows, text } = sheet;
  const [rowA, rowB, row] = [rows.take(), rows.take(), rows.take()];
  keepTogether(ws, rowA, row);
  for (const [r, side, value] of [[rowA, 'A', a], [rowB, 'B', b]] as const) {
    writeLabel(ws, r, label, unit, side);
    writeValue(ws, r, VALUE_COLUMN, value, 'engine', formats.value);
  }
  writeLabel(ws, row, label, unit, text.comparison.change);
  writeFormula(ws, row, VALUE_COLUMN, `${address(VALUE_COLUMN, rowB)}-${address(VALUE_COLUMN, rowA)}`, change, formats.change);
}

function writeSettings(sheet: Sheet): void {
  const { ws, rows, text } = sheet;
  const l = text.comparison;
  section(sheet, l.workbook.sections.settings);
  const years = { value: FORMAT.year, change: FORMAT.yearsChange };
  for (const s of sheet.comparison.settings) {
    if (s.kind === 'horizon') {
      if (s.a.start !== s.b.start) writeScalar(sheet, l.startYear, '', s.a.start, s.b.start, s.b.start - s.a.start, years);
      if (s.a.end !== s.b.end) writeScalar(sheet, l.endYear, '', s.a.end, s.b.end, s.b.end - s.a.end, years);
    } else if (s.kind === 'discount_rate') {
      writeScalar(sheet, l.discountRate, text.labels.assumptions.unit('ratio'), s.a, s.b, s.change, { value: FORMAT.rate, change: FORMAT.rateChange });
    } else {
      for (const [side, id] of [['A', s.a], ['B', s.b]] as const) {
        const row = rows.take();
        writeLabel(ws, row, l.baseline, '', side);
        writeText(ws, row, VALUE_COLUMN, id);
      }
    }
  }
  rows.skip();
}

function writeSeries(sheet: Sheet, title: string, differences: readonly SeriesDifference[]): void {
  const { ws, rows, text, comparison } = sheet;
  const l = text.comparison;
  section(sheet, title);
  for (const d of differences) {
    const side = d.b ?? d.a;
    const name = seriesLabel(d, differences, sheet.sides, l);
    const label = side?.description === undefined ? name : `${side.description} (${name})`;
    const unit = side?.unit === undefined ? '' : text.labels.assumptions.unit(side.unit);
    const formats = side?.unit === 'ratio' ? { value: FORMAT.rate, change: FORMAT.rateChange } : moneyFormats([...(d.a?.values ?? []), ...(d.b?.values ?? [])]);
    const [rowA, rowB, row] = [rows.take(), rows.take(), rows.take()];
    keepTogether(ws, rowA, row);
    for (const [r, letter, s] of [[rowA, 'A', d.a], [rowB, 'B', d.b]] as const) {
      writeLabel(ws, r, label, unit, letter);
      if (s === undefined) writeText(ws, r, VALUE_COLUMN, `(${l.notIn(letter)})`, { italic: true });
      s?.values.forEach((value, t) => {
        if (value !== null) writeValue(ws, r, yearColumn(t), value, 'engine', formats.value);
      });
      writeText(ws, r, sheet.sourceColumn, sourceText(s, text.language), { wrap: WRAP_COLUMN_WIDTH });
    }
    writeLabel(ws, row, label, unit, l.change);
    comparison.years.forEach((year, t) => {
      const a = d.a?.values[t] ?? null;
      const b = d.b?.values[t] ?? null;
      if (a === null || b === null) return;
      const column = yearColumn(t);
      // the engine's b − a for the years that differ; the others are equal, so zero
      const change = d.years.find((y) => y.year === year)?.change ?? ZERO;
      writeFormula(ws, row, column, `${address(column, rowB)}-${address(column, rowA)}`, change, formats.change);
    });
  }
  rows.skip();
}

/** Whole euros, or cents for small rates (styles.ts), for a series' values and its changes alike. */
function moneyFormats(values: Parameters<typeof moneyFormatFor>[0]): { value: string; change: string } {
  const value = moneyFormatFor(values);
  return { value, change: value === FORMAT.moneyCents ? FORMAT.moneyCentsChange : FORMAT.moneyChange };
}

function sourceText(side: SeriesSide | undefined, language: Language): string {
  if (side === undefined) return '';
  // the short label, with where the figure is written: the full text is in the input file there
  return side.source === undefined ? formatSourceRef(side.at) : `${sourceLabel(side.source, language)} (${formatSourceRef(side.at)})`;
}

function writeConfigurations(sheet: Sheet): void {
  const { ws, rows, text } = sheet;
  const l = text.comparison;
  section(sheet, l.workbook.sections.configurations);
  for (const c of sheet.comparison.configurations) {
    const label = (c.b ?? c.a)?.label ?? c.id;
    for (const [letter, side] of [['A', c.a], ['B', c.b]] as const) {
      const row = rows.take();
      writeLabel(ws, row, `${label} (${c.id})`, '', letter);
      writeText(ws, row, VALUE_COLUMN, organisationsText(side) ?? `(${l.notIn(letter)})`, { italic: side === undefined });
    }
  }
}

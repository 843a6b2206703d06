import type { Issue } from '../errors.js';
import { decimalFromText, type Dec } from '../model/decimal.js';
import { municipalityLineIds, regionLineIds } from '../model/line-ids.js';
import { NET_LINE, type RealisedAmount, type RealisedPopulation } from '../model/realised.js';
import type { Horizon, Region } from '../model/region.js';
import { unfitCharacter } from '../text-characters.js';
import { readTypedNumber, thousandsSeparatorOf, type ThousandsSeparator } from '../typed-number.js';
import { REALISED_LINES_COLUMN_ALIASES, REALISED_POPULATION_COLUMN_ALIASES, columnNamer } from './csv-columns.js';
import { readTableHeader, type HeaderLayout, type TableHeader } from './csv-header.js';
import { csvMessages } from './csv-messages.js';
import { readCsvTable, type CsvRow, type CsvTable } from './csv-table.js';
import { realisedMessages as msg } from './realised-messages.js';
import { MAX_TEXT } from './schema/common.js';
import { didYouMean } from '../suggest.js';
import { workFormFinder } from './work-form-names.js';

/**
 * The two CSVs of realised figures (docs/input-format.md#realised), read by the project's one
 * CSV reader (csv-table.ts) and checked against the region: a line's amount per year,
 * configuration and line; a work form's averages per year. Every message gives the file,
 * line and column of the cell, and quotes at most that cell.
 */

/** What the rows are checked against. */
export interface RealisedContext {
  readonly file: string;
  readonly region: Region;
  /** The municipality whose figures these are; absent: the region's sums (its own `realised` section). */
  readonly municipality?: string;
  /** The region file's horizon: every year must lie within it. */
  readonly horizon: Horizon;
  /** The `realised` section's source, for rows without one. */
  readonly source?: string;
}

/** A file read: what it states, and its problems and warnings. */
export interface RealisedReading<T> {
  readonly figures: T;
  readonly issues: Issue[];
  readonly warnings: Issue[];
}

export type RealisedLines = Map<string, Map<string, Map<number, RealisedAmount>>>;
export type RealisedPopulationByYear = Map<number, Map<string, RealisedPopulation>>;

/** The words `net` and `netto`, in any capitals: the year's net cost. */
const NET_NAMES = ['net', 'netto'];
/** A cell longer than this is not quoted in a message: it is no name and no number. */
const MAX_QUOTED = MAX_TEXT.id;

const LINES_LAYOUT: Omit<HeaderLayout, 'headerHint'> = {
  known: ['year', 'configuration', 'line', 'amount', 'source'],
  required: ['year', 'configuration', 'line', 'amount'],
  name: columnNamer(REALISED_LINES_COLUMN_ALIASES),
  aliases: REALISED_LINES_COLUMN_ALIASES,
  tooManyColumns: (found, max) => msg.tooManyColumns(found, max),
};

const POPULATION_LAYOUT: Omit<HeaderLayout, 'headerHint'> = {
  known: ['year', 'work_form', 'se', 'fte', 'headcount', 'source'],
  required: ['year', 'work_form', ['se', 'fte', 'headcount']],
  name: columnNamer(REALISED_POPULATION_COLUMN_ALIASES),
  aliases: REALISED_POPULATION_COLUMN_ALIASES,
  tooManyColumns: (found, max) => msg.tooManyColumns(found, max),
};

/** Reads the lines CSV: configuration → line → year → amount. */
export function readRealisedLines(text: string, ctx: RealisedContext): RealisedReading<RealisedLines> {
  const lines: RealisedLines = new Map();
  const firstLine = new Map<string, number>();
  const lineIds = lineIdsOf(ctx);
  const layout = { ...LINES_LAYOUT, headerHint: msg.linesHeaderHint };
  const thousands = thousandsSeparatorIn(text, ctx, layout, ['amount']);
  const readRow = (row: CsvRow) => {
    const year = yearOf(row, ctx.horizon);
    const configuration = configurationOf(row, ctx);
    const line = configuration === undefined ? nonEmpty(row, 'line') : lineOf(row, configuration, lineIds(configuration));
    const amount = amountOf(row, 'amount', line === undefined || line === NET_LINE ? { kind: 'net' } : { kind: 'line', line }, thousands);
    const source = sourceOf(row, ctx.source);
    if (year === undefined || configuration === undefined || line === undefined || amount === undefined || amount === 'absent' || source === REFUSED) return;
    const key = JSON.stringify([year, configuration, line]);
    const first = firstLine.get(key);
    if (first !== undefined) return row.report('line', msg.lineTwice(year, configuration, line, first), msg.lineTwiceHint);
    firstLine.set(key, row.line);
    const byLine = lines.get(configuration) ?? lines.set(configuration, new Map()).get(configuration) ?? new Map<string, Map<number, RealisedAmount>>();
    const byYear = byLine.get(line) ?? byLine.set(line, new Map()).get(line) ?? new Map<number, RealisedAmount>();
    byYear.set(year, { amount, at: row.at('amount'), ...(source === undefined ? {} : { source }) });
  };
  return readTable(text, ctx, layout, readRow, lines);
}

/** Reads the population CSV: year → work form → averages. */
export function readRealisedPopulation(text: string, ctx: RealisedContext): RealisedReading<RealisedPopulationByYear> {
  const population: RealisedPopulationByYear = new Map();
  const firstLine = new Map<string, number>();
  const forms = ctx.region.workForms.map((f) => f.id);
  const findForm = workFormFinder(ctx.region.workForms);
  const warnings: Issue[] = [];
  const layout = { ...POPULATION_LAYOUT, headerHint: msg.populationHeaderHint };
  const thousands = thousandsSeparatorIn(text, ctx, layout, ['se', 'fte', 'headcount']);
  const readRow = (row: CsvRow) => {
    const year = yearOf(row, ctx.horizon);
    const written = nonEmpty(row, 'work_form');
    const form = written === undefined ? undefined : findForm(written);
    if (written !== undefined && form === undefined) row.report('work_form', msg.unknownWorkForm(quoted(written), didYouMean(written, forms)), msg.workFormsHint(forms));
    const figure = { kind: 'figure' } as const;
    const figures = { se: amountOf(row, 'se', figure, thousands), fte: amountOf(row, 'fte', figure, thousands), headcount: amountOf(row, 'headcount', figure, thousands) };
    const source = sourceOf(row, ctx.source);
    if (year === undefined || form === undefined || Object.values(figures).includes(undefined) || source === REFUSED) return;
    const known = Object.entries(figures).filter((e): e is [string, Dec] => e[1] !== 'absent' && e[1] !== undefined);
    // before the check for a second row: a row left out is no first one
    if (known.length === 0) return void warnings.push({ at: { file: ctx.file, line: row.line }, message: msg.noFigures });
    const key = JSON.stringify([year, form]);
    const first = firstLine.get(key);
    if (first !== undefined) return row.report('work_form', msg.workFormTwice(year, form, first), msg.workFormTwiceHint);
    firstLine.set(key, row.line);
    const byForm = population.get(year) ?? population.set(year, new Map()).get(year) ?? new Map<string, RealisedPopulation>();
    byForm.set(form, { ...Object.fromEntries(known), at: { file: ctx.file, line: row.line }, ...(source === undefined ? {} : { source }) });
  };
  const read = readTable(text, ctx, layout, readRow, population);
  return { ...read, warnings: [...read.warnings, ...warnings] };
}

/**
 * The thousands separator the numbers of `columns` show (typed-number.ts), read in a first
 * pass over the file: by it `121.000` reads as the rest of the file is written. The pass
 * reports nothing; the reading after it does.
 */
function thousandsSeparatorIn(text: string, ctx: RealisedContext, layout: HeaderLayout, columns: readonly string[]): ThousandsSeparator | undefined {
  const cells: string[] = [];
  readTable(text, ctx, layout, (row) => { for (const column of columns) cells.push(row.cell(column)); }, undefined);
  return thousandsSeparatorOf(cells);
}

/** Reads a table of `layout` row by row; the file must have a header, and a header without rows is a warning. */
function readTable<T>(text: string, ctx: RealisedContext, layout: HeaderLayout, readRow: (row: CsvRow) => void, figures: T): RealisedReading<T> {
  let header: TableHeader | undefined;
  const table: CsvTable = {
    header: (record, line) => {
      const reading = readTableHeader(record, line, ctx.file, layout);
      header = reading.header;
      return reading;
    },
    row: readRow,
    path: (column) => csvMessages.columnPath(header?.written.get(column) ?? column),
  };
  const read = readCsvTable(text, table, { file: ctx.file, cellColumns: true, rowTooLong: { message: msg.rowTooLong, hint: msg.rowTooLongHint } });
  const { issues, warnings } = read;
  if (read.headerLine === undefined) return { figures, issues: issues.length > 0 ? issues : [{ at: { file: ctx.file, line: 1 }, message: csvMessages.empty }], warnings };
  if (issues.length === 0 && read.rows === 0) warnings.push({ at: { file: ctx.file, line: read.headerLine }, message: msg.noRows });
  return { figures, issues, warnings };
}

/** The lines a row may name in a configuration: their ids, the models they come from (for a message) and those models' lines (to find a line by its label). */
interface KnownLines {
  /** True for the region's sums. */
  readonly ofRegion: boolean;
  readonly models: readonly string[];
  readonly ids: readonly string[];
  readonly labelled: readonly { readonly id: string; readonly label: string }[];
}

/** The line ids of the municipality's result (or the region's sums) in each configuration, found once per configuration. */
function lineIdsOf(ctx: RealisedContext): (configuration: string) => KnownLines {
  const known = new Map<string, KnownLines>();
  return (configuration) => {
    const found = known.get(configuration);
    if (found !== undefined) return found;
    const { municipality } = ctx;
    const organisations = ctx.region.configurations.find((c) => c.id === configuration)?.organisations ?? [];
    const models = [...new Set((municipality === undefined ? organisations : organisations.filter((o) => o.members.includes(municipality))).map((o) => o.model))];
    const made = {
      ofRegion: municipality === undefined,
      models,
      ids: municipality === undefined ? regionLineIds(ctx.region, configuration) : municipalityLineIds(ctx.region, configuration, municipality),
      labelled: models.flatMap((model) => ctx.region.models.get(model)?.lines ?? []),
    };
    known.set(configuration, made);
    return made;
  };
}

/** A cell that must not be empty; undefined (reported) if it is. */
function nonEmpty(row: CsvRow, column: string): string | undefined {
  const text = row.cell(column);
  if (text === '') row.report(column, csvMessages.empty_cell);
  return text === '' ? undefined : text;
}

/** A cell as a message quotes it: itself if short, else how long it is. */
function quoted(text: string): string {
  return text.length <= MAX_QUOTED ? text : msg.longCell(text.length);
}

/** The year of a row: four digits, within the horizon. */
function yearOf(row: CsvRow, horizon: Horizon): number | undefined {
  const text = nonEmpty(row, 'year');
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) return void row.report('year', msg.notAYear(quoted(text)));
  const year = Number(text);
  if (year < horizon.start || year > horizon.end) return void row.report('year', msg.yearOutside(year, horizon.start, horizon.end), msg.yearOutsideHint);
  return year;
}

function configurationOf(row: CsvRow, ctx: RealisedContext): string | undefined {
  const text = nonEmpty(row, 'configuration');
  const ids = ctx.region.configurations.map((c) => c.id);
  if (text === undefined || ids.includes(text)) return text;
  return void row.report('configuration', msg.unknownConfiguration(quoted(text), didYouMean(text, ids)), msg.configurationsHint(ids));
}

/** The lines a hint lists at most: a model has some ten, the limit is 200. */
const MAX_LISTED_LINES = 20;

/** The line of a row: a line id the municipality (or the region's sums) has in the configuration, or {@link NET_LINE} for `net` or `netto`. */
function lineOf(row: CsvRow, configuration: string, lines: KnownLines): string | undefined {
  const text = nonEmpty(row, 'line');
  if (text === undefined) return undefined;
  if (NET_NAMES.includes(text.toLowerCase())) {
    // a model line of that name could not be told from the net cost, neither here nor in the figures read
    const clash = lines.ids.find((id) => NET_NAMES.includes(id.toLowerCase()));
    if (clash === undefined) return NET_LINE;
    return void row.report('line', msg.netIsLine(text, lines.models.join(', '), clash), msg.netIsLineHint);
  }
  if (lines.ids.includes(text)) return text;
  const byLabel = lines.labelled.find((l) => l.label.toLowerCase() === text.toLowerCase())?.id;
  const suggestion = byLabel === undefined ? didYouMean(text, lines.ids) : didYouMean(byLabel, [byLabel]);
  const listed = lines.ids.slice(0, MAX_LISTED_LINES);
  const unknown = lines.ofRegion
    ? msg.unknownRegionLine(quoted(text), configuration, lines.models, suggestion)
    : msg.unknownLine(quoted(text), configuration, lines.models.join(', '), suggestion);
  return void row.report('line', unknown, msg.linesHint(listed, lines.ids.length - listed.length));
}

/** What a number of a row may be: the net cost (also negative), a line's amount (≥ 0, required), a population figure (≥ 0, may be empty). */
type NumberRule = { readonly kind: 'net' } | { readonly kind: 'line'; readonly line: string } | { readonly kind: 'figure' };

/**
 * A number of a row by the rule for typed numbers with thousands separators allowed
 * (typed-number.ts): `1.234.567,89` and `1234567.89`; `1.250` is read by the file's
 * `thousands` separator, and refused as ambiguous in a file that shows none (or both).
 * `absent` for an empty population figure; undefined (reported) for what is refused.
 */
function amountOf(row: CsvRow, column: string, rule: NumberRule, thousands: ThousandsSeparator | undefined): Dec | 'absent' | undefined {
  const text = row.cell(column);
  if (text === '' && rule.kind === 'figure') return 'absent';
  if (text === '') return void row.report(column, csvMessages.empty_cell);
  if (text.length > MAX_QUOTED) return void row.report(column, msg.notANumber(msg.longCell(text.length)), msg.numberHint);
  const read = readTypedNumber(text, { grouping: true, ...(thousands === undefined ? {} : { thousands }) });
  if (!read.ok && read.reason === 'not_a_number') return void row.report(column, msg.notANumber(`"${text}"`), msg.numberHint);
  if (!read.ok) return void row.report(column, read.message, read.hint);
  const value = decimalFromText(read.text);
  if (!value.isNegative() || value.isZero() || rule.kind === 'net') return value;
  if (rule.kind === 'line') row.report(column, msg.negativeAmount(rule.line), msg.negativeAmountHint);
  else row.report(column, msg.negativeFigure);
  return undefined;
}

/** A source cell refused: too long, or with a character a report cannot show. */
const REFUSED = Symbol('refused');

/** The row's source, else the section's; {@link REFUSED} (reported) if it cannot be taken. */
function sourceOf(row: CsvRow, fallback: string | undefined): string | undefined | typeof REFUSED {
  const text = row.cell('source');
  if (text === '') return fallback;
  const unfit = unfitCharacter(text);
  if (text.length > MAX_TEXT.description) row.report('source', msg.sourceTooLong(MAX_TEXT.description));
  else if (unfit !== undefined) row.report('source', msg.unfitSource(unfit.code), msg.unfitSourceHint);
  else return text;
  return REFUSED;
}

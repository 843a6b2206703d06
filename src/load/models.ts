import { decimalFromNumber, ZERO } from '../model/decimal.js';
import { findPercentOfCycle } from '../model/line-order.js';
import { driversWhere, lineKind } from '../model/line-kinds/index.js';
import type { Amount, ExecutionModel, Line, Rate } from '../model/line.js';
import type { Unit } from '../model/series.js';
import type { FieldPath } from './field-path.js';
import type { IssueCollector } from './issue-collector.js';
import { feeMessages, modelMessages } from './messages.js';
import { isYearKeyInRange, yearKeyRangeMessage } from './schema/common.js';
import { schemaMessages } from './schema/schema-messages.js';
import type { WrittenLine, WrittenModel } from './schema/region-file.js';
import { optional } from './series.js';
import { didYouMean } from '../suggest.js';
import { checkMessages as checks } from './check-messages.js';

/** What the lines of a model may refer to. */
export interface ModelContext {
  readonly workForms: readonly string[];
  /** The region's parameters, by name, with the unit each is given. */
  readonly parameters: ReadonlyMap<string, { readonly unit?: Unit }>;
  readonly c: IssueCollector;
}

/** A written execution model as a model, with every line checked (methodology §4). */
export function toModel(id: string, written: WrittenModel, path: FieldPath, ctx: ModelContext): ExecutionModel {
  const lines = written.lines.map((line, i) => toLine(line, [...path, 'lines', i], ctx));
  const ids = lines.map((l) => l.id);
  written.lines.forEach((line, i) => {
    if (ids.indexOf(line.id) !== i) ctx.c.report([...path, 'lines', i, 'id'], checks.lineIdTwice(line.id, id), checks.lineIdTwiceHint);
    for (const [j, ref] of (line.of ?? []).entries()) {
      if (!ids.includes(ref)) ctx.c.report([...path, 'lines', i, 'of', j], checks.unknownLine(ref, id, didYouMean(ref, ids)));
      // a line named twice would be counted twice in the percentage
      else if (line.of?.indexOf(ref) !== j) ctx.c.report([...path, 'lines', i, 'of', j], checks.ofTwice(ref), checks.ofTwiceHint);
    }
  });
  const cycle = findPercentOfCycle(lines);
  if (cycle !== undefined) {
    const first = ids.indexOf(cycle[0] ?? '');
    ctx.c.report([...path, 'lines', first, 'of'], checks.percentCycle(cycle), checks.percentCycleHint);
  }
  return { id, label: written.label ?? id, lines, at: ctx.c.yaml.locate(path, { key: true }), ...optional('description', written.description) };
}

function toLine(w: WrittenLine, path: FieldPath, ctx: ModelContext): Line {
  const { c } = ctx;
  const fields = lineKind(w.driver).fields;
  const level = fields.level ? w.level ?? 'municipality' : 'municipality';
  const misplaced = (field: keyof WrittenLine, allowed: string) =>
    c.report([...path, field], checks.misplaced(field, w.driver, allowed), undefined, { key: true });
  if (w.level !== undefined && !fields.level) misplaced('level', checks.linesOf(driversWhere((k) => k.fields.level)));
  if (w.work_forms !== undefined && !fields.workForms) misplaced('work_forms', checks.linesOf(driversWhere((k) => k.fields.workForms)));
  if (w.volume_elasticity !== undefined && !fields.elasticity) misplaced('volume_elasticity', checks.linesOf(driversWhere((k) => k.fields.elasticity)));
  if (w.allocation !== undefined && level !== 'organisation') misplaced('allocation', checks.organisationLevel);
  if (w.of !== undefined && !fields.of) misplaced('of', checks.linesOf(driversWhere((k) => k.fields.of)));
  if (w.fee === true && w.kind !== 'cost') c.report([...path, 'fee'], feeMessages.onRevenue(w.id), feeMessages.onRevenueHint, { key: true });
  if (fields.of && w.of === undefined) c.report(path, checks.missingOf);
  if (w.years?.from !== undefined && w.years.to !== undefined && w.years.from > w.years.to) {
    c.report([...path, 'years'], checks.yearsBackwards(w.years.from, w.years.to));
  }
  w.work_forms?.forEach((f, i) => {
    // a work form named twice would count its people twice
    if (w.work_forms?.indexOf(f) !== i) c.report([...path, 'work_forms', i], checks.workFormTwice(f));
    else checkWorkForm(f, [...path, 'work_forms', i], ctx);
  });
  return {
    id: w.id,
    label: w.label ?? w.id,
    kind: w.kind,
    driver: w.driver,
    amount: toAmount(w, [...path, 'amount'], ctx),
    level,
    allocation: w.allocation ?? 'se_share',
    volumeElasticity: toElasticity(w.volume_elasticity, [...path, 'volume_elasticity'], ctx),
    years: { ...optional('from', w.years?.from), ...optional('to', w.years?.to) },
    of: w.of ?? [],
    at: c.yaml.locate(path),
    ...(w.fee === true && w.kind === 'cost' ? { fee: true as const } : {}),
    ...optional('workForms', w.work_forms),
  };
}

function checkWorkForm(id: string, path: FieldPath, ctx: ModelContext): boolean {
  if (ctx.workForms.includes(id)) return true;
  if (ctx.workForms.length === 0) return false; // reported once, at work_forms
  ctx.c.report(path, checks.unknownWorkForm(id, didYouMean(id, ctx.workForms)), checks.workFormsHint(ctx.workForms), { key: true });
  return false;
}

function toAmount(w: WrittenLine, path: FieldPath, ctx: ModelContext): Amount {
  const { c } = ctx;
  const amount = w.amount;
  const shape = lineKind(w.driver).fields.amount;
  if (shape === 'by_year') {
    if (typeof amount !== 'object') {
      c.report(path, checks.amountByYear(w.driver), checks.amountByYearHint);
      return { kind: 'by_year', byYear: new Map() };
    }
    const byYear = new Map<number, ReturnType<typeof decimalFromNumber>>();
    for (const [year, value] of Object.entries(amount)) {
      if (!/^\d{4}$/.test(year)) c.report([...path, year], checks.yearKey(year), undefined, { key: true });
      else if (!isYearKeyInRange(year)) c.report([...path, year], schemaMessages.got(yearKeyRangeMessage(), year), schemaMessages.yearTypoHint, { key: true });
      else if (typeof value !== 'number') c.report([...path, year], checks.amountNotNumber(w.driver, String(value)));
      else byYear.set(Number(year), decimalFromNumber(value));
    }
    return { kind: 'by_year', byYear };
  }
  if (typeof amount !== 'object') return toRate(amount, path, ctx);
  if (shape !== 'rate_per_work_form') {
    c.report(path, checks.amountNotMap(w.driver));
    return { kind: 'number', value: ZERO };
  }
  const byWorkForm = new Map<string, Rate>();
  for (const [form, value] of Object.entries(amount)) {
    if (checkWorkForm(form, [...path, form], ctx)) byWorkForm.set(form, toRate(value, [...path, form], ctx));
  }
  const applies = w.work_forms ?? ctx.workForms;
  const missing = applies.filter((f) => ctx.workForms.includes(f) && !byWorkForm.has(f));
  if (missing.length > 0) {
    c.report(path, checks.amountMissesWorkForm(missing), checks.amountMissesWorkFormHint);
  }
  return { kind: 'by_work_form', byWorkForm };
}

function toRate(value: string | number, path: FieldPath, ctx: ModelContext): Rate {
  if (typeof value === 'number') return { kind: 'number', value: decimalFromNumber(value) };
  if (!ctx.parameters.has(value)) {
    ctx.c.report(path, checks.unknownParameter(value, didYouMean(value, [...ctx.parameters.keys()])), checks.defineParameterHint);
  }
  return { kind: 'parameter', name: value };
}

/**
 * A line's volume_elasticity: a number (0 when left out), or a parameter of unit `ratio`, so
 * that the assumptions sheet shows it as one and the thousands rule leaves its decimals
 * alone. Its values are checked to lie in [0, 1] where the line reads them (engine).
 */
function toElasticity(value: string | number | undefined, path: FieldPath, ctx: ModelContext): Rate {
  if (value === undefined) return { kind: 'number', value: ZERO };
  const rate = toRate(value, path, ctx);
  const parameter = rate.kind === 'parameter' ? ctx.parameters.get(rate.name) : undefined; // an unknown name is reported by toRate
  if (rate.kind === 'parameter' && parameter !== undefined && parameter.unit !== 'ratio') {
    ctx.c.report(path, modelMessages.elasticityUnit(rate.name, parameter.unit), modelMessages.elasticityUnitHint(rate.name));
  }
  return rate;
}

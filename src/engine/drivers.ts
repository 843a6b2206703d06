import { InternalError } from '../errors.js';
import type { Organisation } from '../model/configuration.js';
import type { ExecutionModel, Line, Rate } from '../model/line.js';
import type { Region } from '../model/region.js';
import { allocationKeys, organisationSe, splitByKeys, type OrganisationBasis } from './allocation.js';
import { ONE, ZERO, type Dec } from '../model/decimal.js';
import { orderForCalculation } from '../model/line-order.js';
import { rateSource, type LineResult, type WorkFormTerm } from './line-result.js';
import type { ParameterBook, Scope } from './parameter-book.js';
import type { Population, Volumes } from './population.js';
import { horizonYears, type YearVector } from './year-vector.js';

/** Everything the lines of one organisation are computed from. */
export interface OrganisationInputs {
  readonly region: Region;
  readonly organisation: Organisation;
  readonly model: ExecutionModel;
  readonly basis: OrganisationBasis;
  readonly book: ParameterBook;
}

/** Every line of the organisation's model for each member, in the model's line order (methodology §4). */
export function computeOrganisationLines(inputs: OrganisationInputs): Map<string, LineResult[]> {
  const { organisation, model } = inputs;
  const byMember = new Map(organisation.members.map((m) => [m, new Map<string, LineResult>()]));
  for (const line of orderForCalculation(model.lines)) {
    const results = computeLine(inputs, line, byMember);
    for (const [member, result] of results) byMember.get(member)?.set(line.id, result);
  }
  return new Map(
    [...byMember].map(([member, results]) => [member, model.lines.map((l) => results.get(l.id)).filter(isDefined)]),
  );
}

function computeLine(
  inputs: OrganisationInputs,
  line: Line,
  earlier: ReadonlyMap<string, ReadonlyMap<string, LineResult>>,
): Map<string, LineResult> {
  const active = activeYears(inputs.region, line);
  const perMember = (f: (member: string) => LineResult) =>
    new Map(inputs.organisation.members.map((m) => [m, f(m)]));
  switch (line.driver) {
    case 'fte':
    case 'se':
    case 'headcount':
      return perMember((m) => populationLine(inputs, line, active, m));
    case 'percent_of':
      return perMember((m) => percentOfLine(inputs, line, active, m, earlier.get(m)));
    case 'fixed':
    case 'one_off':
      return line.level === 'organisation' ? organisationLine(inputs, line, active) : perMember((m) => municipalityFixedLine(inputs, line, active, m));
  }
}

function activeYears(region: Region, line: Line): boolean[] {
  const { from = -Infinity, to = Infinity } = line.years;
  return horizonYears(region.horizon).map((year) => year >= from && year <= to);
}

function populationLine(inputs: OrganisationInputs, line: Line, active: boolean[], member: string): LineResult {
  const driver = line.driver as 'fte' | 'se' | 'headcount';
  const scope: Scope = { kind: 'municipality', id: member };
  const volumes = inputs.basis.volumes.get(member);
  const forms = line.workForms ?? inputs.region.workForms.map((f) => f.id);
  const terms: WorkFormTerm[] = forms.map((workForm) => {
    const rate = rateForWorkForm(line, workForm);
    const volume = byWorkForm(volumes, workForm)[driver];
    return {
      workForm,
      volume,
      rate: inputs.book.rateVector(rate, scope, active, { model: inputs.model.id, line: line.id }),
      rateSource: rateSource(rate, scope),
    };
  });
  const amounts = active.map((isActive, t) =>
    isActive ? terms.reduce((acc, term) => acc.plus(term.volume[t]!.times(term.rate[t]!)), ZERO) : ZERO,
  );
  return { line, active, amounts, detail: { driver, terms } };
}

function byWorkForm(population: Population | undefined, workForm: string): Volumes {
  const v = population?.byWorkForm.get(workForm);
  if (v === undefined) throw new InternalError(`no population for work form ${workForm}`);
  return v;
}

function rateForWorkForm(line: Line, workForm: string): Rate {
  const amount = line.amount;
  if (amount.kind === 'parameter' || amount.kind === 'number') return amount;
  const rate = amount.kind === 'by_work_form' ? amount.byWorkForm.get(workForm) : undefined;
  // load/rules/amount-shapes.ts checks that a map names every work form the line applies to
  if (rate === undefined) throw new InternalError(`line ${line.id} has no amount for work form ${workForm}`);
  return rate;
}

function scalarRate(line: Line): Rate {
  const amount = line.amount;
  if (amount.kind === 'parameter' || amount.kind === 'number') return amount;
  throw new InternalError(`line ${line.id} needs a single rate`);
}

function percentOfLine(
  inputs: OrganisationInputs,
  line: Line,
  active: boolean[],
  member: string,
  earlier: ReadonlyMap<string, LineResult> | undefined,
): LineResult {
  const scope: Scope = { kind: 'municipality', id: member };
  const rate = scalarRate(line);
  const rates = inputs.book.rateVector(rate, scope, active, { model: inputs.model.id, line: line.id });
  const base = active.map((_, t) => line.of.reduce((acc, id) => acc.plus(earlier?.get(id)?.amounts[t] ?? ZERO), ZERO));
  const amounts = active.map((isActive, t) => (isActive ? rates[t]!.times(base[t]!) : ZERO));
  return { line, active, amounts, detail: { driver: 'percent_of', rate: rates, rateSource: rateSource(rate, scope), base } };
}

/** (1 − e) + e · V(t)/V(start); where V(start) = 0 the ratio counts as 0 (§4). */
function volumeFactor(e: Dec, volume: YearVector): Dec[] {
  const first = volume[0] ?? ZERO;
  return volume.map((v) => ONE.minus(e).plus(first.isZero() ? ZERO : e.times(v.div(first))));
}

function municipalityFixedLine(inputs: OrganisationInputs, line: Line, active: boolean[], member: string): LineResult {
  if (line.driver === 'one_off') {
    const amounts = oneOffAmounts(inputs.region, line, active);
    return { line, active, amounts, detail: { driver: 'one_off', organisationTotal: amounts } };
  }
  const scope: Scope = { kind: 'municipality', id: member };
  const rate = scalarRate(line);
  const base = inputs.book.rateVector(rate, scope, active, { model: inputs.model.id, line: line.id });
  const volume = inputs.basis.volumes.get(member)?.se ?? [];
  const factor = volumeFactor(line.volumeElasticity, volume);
  const amounts = active.map((isActive, t) => (isActive ? base[t]!.times(factor[t]!) : ZERO));
  return { line, active, amounts, detail: { driver: 'fixed', base, baseSource: rateSource(rate, scope), volume, volumeFactor: factor } };
}

function oneOffAmounts(region: Region, line: Line, active: boolean[]): Dec[] {
  const byYear = line.amount.kind === 'by_year' ? line.amount.byYear : new Map<number, Dec>();
  return active.map((isActive, t) => (isActive ? byYear.get(region.horizon.start + t) ?? ZERO : ZERO));
}

function organisationLine(inputs: OrganisationInputs, line: Line, active: boolean[]): Map<string, LineResult> {
  const { basis } = inputs;
  const single = basis.members.length === 1 ? basis.members[0] : undefined;
  const scope: Scope = single === undefined ? { kind: 'region' } : { kind: 'municipality', id: single };
  const keys = allocationKeys(line.allocation, basis);
  let total: Dec[];
  let fixed: { base: YearVector; baseSource: ReturnType<typeof rateSource>; volume: YearVector; volumeFactor: Dec[] } | undefined;
  if (line.driver === 'one_off') {
    total = oneOffAmounts(inputs.region, line, active);
  } else {
    const rate = scalarRate(line);
    const base = inputs.book.rateVector(rate, scope, active, { model: inputs.model.id, line: line.id });
    const volume = organisationSe(basis);
    const factor = volumeFactor(line.volumeElasticity, volume);
    total = active.map((isActive, t) => (isActive ? base[t]!.times(factor[t]!) : ZERO));
    fixed = { base, baseSource: rateSource(rate, scope), volume, volumeFactor: factor };
  }
  const shares = splitByKeys(total, keys);
  return new Map(
    basis.members.map((m): [string, LineResult] => {
      const key = keys.get(m) ?? [];
      const amounts = shares.get(m) ?? [];
      const detail =
        fixed === undefined
          ? ({ driver: 'one_off', organisationTotal: total, key } as const)
          : ({ driver: 'fixed', ...fixed, organisationTotal: total, key } as const);
      return [m, { line, active, amounts, detail }];
    }),
  );
}

function isDefined<T>(x: T | undefined): x is T {
  return x !== undefined;
}

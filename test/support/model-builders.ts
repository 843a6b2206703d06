import { Dec } from '../../src/model/decimal.js';
import type { CalendarDate } from '../../src/model/calendar.js';
import type { Configuration } from '../../src/model/configuration.js';
import type { EmployeeGroup } from '../../src/model/employee.js';
import type { Amount, ExecutionModel, Line } from '../../src/model/line.js';
import type { Municipality } from '../../src/model/municipality.js';
import type { AowRule, OutflowRate, Region } from '../../src/model/region.js';
import type { Parameter } from '../../src/model/series.js';
import type { Scenario } from '../../src/model/scenario.js';

const at = { file: 'built-in-test' };

export const d = (x: number | string) => new Dec(x);

export function parameter(name: string, values: Record<number, number | string>, index?: number): Parameter {
  return {
    name,
    values: new Map(Object.entries(values).map(([y, v]) => [Number(y), d(v)])),
    origin: 'region',
    at,
    ...(index === undefined ? {} : { index: { kind: 'constant' as const, rate: d(index) } }),
  };
}

export function line(id: string, fields: Partial<Omit<Line, 'amount'>> & { amount: Amount | string | number }): Line {
  const amount: Amount =
    typeof fields.amount === 'string'
      ? { kind: 'parameter', name: fields.amount }
      : typeof fields.amount === 'number'
        ? { kind: 'number', value: d(fields.amount) }
        : fields.amount;
  return {
    id,
    label: id,
    kind: 'cost',
    driver: 'fte',
    level: 'municipality',
    allocation: 'se_share',
    volumeElasticity: { kind: 'number', value: d(0) },
    years: {},
    of: [],
    at,
    ...fields,
    amount,
  };
}

export function model(id: string, lines: Line[]): ExecutionModel {
  return { id, label: id, lines, at };
}

export function configuration(id: string, organisations: { model: string; members: string[] }[]): Configuration {
  return { id, label: id, organisations: organisations.map((o) => ({ ...o, at })), at };
}

export function employees(groups: { birth: CalendarDate; workForm?: string; count?: number; fte?: number | string; se?: number | string }[]): EmployeeGroup[] {
  return groups.map((g) => {
    const count = g.count ?? 1;
    const fte = d(g.fte ?? count);
    return { birth: g.birth, workForm: g.workForm ?? 'binnen', count, fte, se: g.se === undefined ? fte : d(g.se) };
  });
}

export interface RegionSpec {
  start?: number;
  end?: number;
  discountRate?: number | string;
  workForms?: string[];
  outflow?: OutflowRate;
  aowSchedule?: AowRule[];
  parameters?: Parameter[];
  models: ExecutionModel[];
  configurations: Configuration[];
  baseline?: string;
  municipalities: { id: string; employees: EmployeeGroup[]; inhabitants?: number; parameters?: Parameter[] }[];
}

/** A scenario built in memory, for engine tests that need no files. */
export function scenario(spec: RegionSpec): Scenario {
  const inFile = { file: 'region.yaml' };
  const region: Region = {
    id: 'test',
    name: 'Test',
    file: 'region.yaml',
    horizon: { start: spec.start ?? 2021, end: spec.end ?? 2030 },
    discountRate: d(spec.discountRate ?? 0.03),
    baseline: spec.baseline ?? spec.configurations[0]?.id ?? 'gr',
    workForms: (spec.workForms ?? ['binnen', 'detachering']).map((id) => ({ id, label: id })),
    outflow: spec.outflow ?? { kind: 'constant', rate: d(0) },
    aowSchedule: spec.aowSchedule ?? [{ years: 67, months: 0, at }],
    indices: new Map(),
    parameters: new Map((spec.parameters ?? []).map((p) => [p.name, p])),
    models: new Map(spec.models.map((m) => [m.id, m])),
    configurations: spec.configurations,
    municipalityIds: spec.municipalities.map((m) => m.id),
    at,
    settingsAt: { horizon: inFile, horizonStart: inFile, horizonEnd: inFile, baseline: inFile },
  };
  const municipalities: Municipality[] = spec.municipalities.map((m) => ({
    id: m.id,
    name: m.id,
    file: `${m.id}.yaml`,
    employeesFile: `${m.id}.csv`,
    employees: m.employees,
    parameters: new Map((m.parameters ?? []).map((p) => [p.name, { ...p, origin: 'municipality' as const }])),
    at,
    ...(m.inhabitants === undefined ? {} : { inhabitants: d(m.inhabitants) }),
  }));
  return { region, municipalities, inputs: [], warnings: [] };
}

import type { Dec } from '../model/decimal.js';
import type { Population, Volumes } from './population.js';
import { addVectors } from './year-vector.js';

/**
 * The region's population: the sum of its municipalities' (§5: regional figures are sums
 * over the members), per work form too, and the people behind them. Only what a regional
 * evaluation reads (docs/methodology.md#evaluate, The region): it has no streams of its own.
 */
export function regionPopulation(populations: readonly Population[], workForms: readonly string[], years: number): Population {
  const sum = (of: (p: Population) => readonly Dec[]) => addVectors(years, populations.map(of));
  const count = (of: (p: Population) => readonly number[]) => Array.from({ length: years }, (_, i) => populations.reduce((acc, p) => acc + (of(p)[i] ?? 0), 0));
  const volumes = (of: (p: Population) => ReadonlyMap<string, Volumes>) =>
    new Map(workForms.map((f): [string, Volumes] => [f, { fte: sum((p) => of(p).get(f)?.fte ?? []), se: sum((p) => of(p).get(f)?.se ?? []), headcount: sum((p) => of(p).get(f)?.headcount ?? []) }]));
  return {
    fte: sum((p) => p.fte),
    se: sum((p) => p.se),
    headcount: sum((p) => p.headcount),
    yearEndHeadcount: sum((p) => p.yearEndHeadcount),
    byWorkForm: volumes((p) => p.byWorkForm),
    employeeFile: {
      fte: sum((p) => p.employeeFile.fte),
      se: sum((p) => p.employeeFile.se),
      headcount: sum((p) => p.employeeFile.headcount),
      yearEndHeadcount: sum((p) => p.employeeFile.yearEndHeadcount),
      byWorkForm: volumes((p) => p.employeeFile.byWorkForm),
    },
    byStream: new Map(),
    persons: { working: count((p) => p.persons.working), atYearEnd: count((p) => p.persons.atYearEnd) },
    personsByWorkForm: new Map(workForms.map((f) => [f, count((p) => p.personsByWorkForm.get(f) ?? [])])),
    excludedCount: populations.reduce((acc, p) => acc + p.excludedCount, 0),
  };
}

import { decimalFromNumber } from '../model/decimal.js';
import type { Issue } from '../errors.js';
import type { Municipality } from '../model/municipality.js';
import type { Horizon, Region } from '../model/region.js';
import type { Parameter } from '../model/series.js';
import { readEmployees } from './employees-csv.js';
import { MAX_CSV_BYTES, pathRelativeTo, type InputText } from './input-file.js';
import type { InputSource } from './input-source.js';
import type { IssueCollector } from './issue-collector.js';
import { checkThousandsInAmounts, parameterAmountPaths } from './rules/thousands-in-amounts.js';
import type { WrittenMunicipality } from './schema/municipality-file.js';
import { optional, toParameter } from './series.js';
import { toUncertainty } from './uncertainty.js';
import { toInflowStreams } from './inflow.js';
import { toRealised } from './realised.js';
import { didYouMean } from '../suggest.js';
import { checkMessages as checks } from './check-messages.js';

export interface LoadedMunicipality {
  readonly municipality: Municipality;
  /** The CSVs read: the employee CSV, then the realised figures' (for the list of inputs). */
  readonly csvs: readonly InputText[];
  readonly warnings: readonly Issue[];
}

/**
 * A schema-valid municipality file as a municipality: its overrides checked against the
 * region's parameters, its employee or cohort CSV read and checked (birth dates against the
 * start of `fileHorizon`, the region file's horizon), its inflow streams against the region
 * (their years against `fileHorizon`: a variant may shorten the horizon, and the years it
 * leaves out are then not projected, as a parameter's are not); its realised figures, if it
 * states any, against the region and `fileHorizon` too.
 */
export function toMunicipality(w: WrittenMunicipality, region: Region, fileHorizon: Horizon, c: IssueCollector, source: InputSource): LoadedMunicipality {
  const file = c.yaml.file;
  const regionParameters = [...region.parameters.keys()];
  const parameters = new Map<string, Parameter>();
  for (const [name, p] of Object.entries(w.parameters ?? {})) {
    if (!region.parameters.has(name)) {
      c.report(['parameters', name], checks.notMunicipalityOverride(name, didYouMean(name, regionParameters)), checks.notMunicipalityOverrideHint, { key: true });
    }
    parameters.set(name, toParameter(name, p, ['parameters', name], 'municipality', [...region.indices.keys()], c));
  }
  const amounts = [...parameterAmountPaths(w.parameters, (name) => region.parameters.get(name)?.unit), ['municipality', 'inhabitants']];
  c.issues.push(...checkThousandsInAmounts(c.yaml, amounts));
  const employeesFile = pathRelativeTo(file, w.employees);
  const csv = source.read(employeesFile, MAX_CSV_BYTES, c.yaml.locate(['employees']));
  const loaded = readEmployees(csv.text, {
    file: employeesFile,
    municipality: w.municipality.id,
    municipalities: region.municipalityIds,
    workForms: region.workForms.map((f) => f.id),
    workFormLabels: Object.fromEntries(region.workForms.map((f) => [f.id, f.label])),
    horizonStart: fileHorizon.start,
  });
  c.issues.push(...loaded.issues);
  const realised = w.realised === undefined ? undefined : toRealised(w.realised, { region, horizon: fileHorizon, municipality: w.municipality.id }, c, source);
  const municipality: Municipality = {
    id: w.municipality.id,
    name: w.municipality.name ?? w.municipality.id,
    file,
    employeesFile,
    employees: loaded.employees,
    parameters,
    at: c.yaml.locate(['municipality']),
    ...optional('cbsCode', w.municipality.cbs_code),
    ...optional('inflow', w.inflow === undefined ? undefined : toInflowStreams(w.inflow, region, fileHorizon, c)),
    ...optional('uncertainty', toUncertainty(w.uncertainty, region, c, region.uncertainty)),
    ...optional('inhabitants', w.municipality.inhabitants === undefined ? undefined : decimalFromNumber(w.municipality.inhabitants)),
    ...optional('realised', realised?.realised),
  };
  return { municipality, csvs: [csv, ...(realised?.inputs ?? [])], warnings: [...loaded.warnings, ...(realised?.warnings ?? [])] };
}

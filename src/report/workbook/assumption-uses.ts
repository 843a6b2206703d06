import type { Dec } from '../../model/decimal.js';
import { rateUses, readsInput, type LineResult, type Projection, type RateSource } from '../../engine/index.js';
import type { UsedParameter } from '../../engine/parameter-book.js';
import type { Line, Rate } from '../../model/line.js';
import { subjectKey } from '../../engine/subject.js';

/** A number written in a model line rather than a parameter: shown as an input on the assumptions sheet. */
export interface LineConstant {
  readonly model: string;
  readonly line: Line;
  readonly workForm?: string;
  readonly value: Dec;
}

/** A volume_elasticity written as a number in a line: shown as an input on the assumptions sheet. */
export interface LineElasticity {
  readonly model: string;
  readonly line: Line;
  readonly value: Dec;
}

/** Everything one municipality's lines read, in the order the assumptions sheet shows it. */
export interface AssumptionUses {
  /** Parameters with the scopes that read them; one entry per parameter definition. */
  readonly parameters: readonly { readonly used: UsedParameter; readonly scopes: readonly string[] }[];
  readonly indices: readonly string[];
  readonly constants: readonly LineConstant[];
  /** Elasticities written as numbers in a line (a parameter elasticity is among the parameters). */
  readonly elasticities: readonly LineElasticity[];
  readonly oneOffs: readonly { readonly model: string; readonly line: Line }[];
}

/** Collects what a municipality's lines read, over every configuration (models shared by configurations count once). */
export function assumptionUses(projection: Projection, municipality: string): AssumptionUses {
  // asked by the assumptions sheet and again by the notes' sources: collected once per projection and municipality
  const byMunicipality = usesOf.get(projection) ?? new Map<string, AssumptionUses>();
  usesOf.set(projection, byMunicipality);
  let uses = byMunicipality.get(municipality);
  if (uses === undefined) byMunicipality.set(municipality, (uses = collectUses(projection, municipality)));
  return uses;
}

const usesOf = new WeakMap<Projection, Map<string, AssumptionUses>>();

function collectUses(projection: Projection, municipality: string): AssumptionUses {
  const parameters = new Map<UsedParameter['parameter'], { used: UsedParameter; scopes: Set<string> }>();
  const constants = new Map<string, LineConstant>();
  const elasticities = new Map<string, LineElasticity>();
  const oneOffs = new Map<string, { model: string; line: Line }>();
  const addSource = (source: RateSource, rate: Rate, model: string, line: Line, workForm?: string) => {
    if (source.kind === 'parameter') {
      const scope = subjectKey(source.scope);
      const used = projection.parameters.get(scope)?.get(source.name);
      if (used === undefined) return;
      const entry = parameters.get(used.parameter) ?? { used, scopes: new Set<string>() };
      entry.scopes.add(scope);
      parameters.set(used.parameter, entry);
    } else if (rate.kind === 'number') {
      constants.set(`${model}:${line.id}:${workForm ?? ''}`, { model, line, value: rate.value, ...(workForm === undefined ? {} : { workForm }) });
    }
  };
  for (const byMunicipality of projection.results.values()) {
    const result = byMunicipality.get(municipality);
    if (result === undefined) continue;
    for (const lr of result.lines) collectLine(lr, result.model, { addSource, elasticities, oneOffs });
  }
  const list = [...parameters.values()].map((p) => ({ used: p.used, scopes: [...p.scopes] }));
  const indices = [...new Set(list.flatMap((p) => (p.used.parameter.index?.kind === 'series' ? [p.used.parameter.index.id] : [])))];
  return { parameters: list, indices, constants: [...constants.values()], elasticities: [...elasticities.values()], oneOffs: [...oneOffs.values()] };
}

interface Collectors {
  addSource(source: RateSource, rate: Rate, model: string, line: Line, workForm?: string): void;
  elasticities: Map<string, LineElasticity>;
  oneOffs: Map<string, { model: string; line: Line }>;
}

/** What one line reads, in the order its formula reads it. */
function collectLine(lr: LineResult, model: string, c: Collectors): void {
  const { line } = lr;
  const key = `${model}:${line.id}`;
  for (const use of rateUses(lr)) {
    if (use.elasticity === true && use.rate.kind === 'number') c.elasticities.set(key, { model, line, value: use.rate.value });
    else c.addSource(use.source, use.rate, model, line, use.workForm);
  }
  // a dissolution share's amounts are on the dissolution sheet, a fee revenue line's are the engine's: not among the assumptions
  if (readsInput(lr, 'one_off') && lr.dissolution === undefined && lr.fee === undefined) c.oneOffs.set(key, { model, line });
}

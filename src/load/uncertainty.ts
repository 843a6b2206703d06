import type { Region } from '../model/region.js';
import type { Distribution, Uncertainty, UncertainVariable, UncertaintyTarget } from '../model/uncertainty.js';
import { targetName } from '../model/uncertainty.js';
import { choleskyFactor } from '../model/correlation.js';
import type { FieldPath } from './field-path.js';
import type { IssueCollector } from './issue-collector.js';
import type { WrittenDistribution, WrittenUncertainty } from './schema/uncertainty.js';
import { didYouMean } from '../suggest.js';
import { checkMessages as checks } from './check-messages.js';

/** The `uncertainty:` section as a model, every name checked against the region; `base` is what it adds to (the region's, for a municipality). */
export function toUncertainty(written: WrittenUncertainty | undefined, region: Pick<Region, 'parameters' | 'indices'>, c: IssueCollector, base?: Uncertainty): Uncertainty | undefined {
  if (written === undefined) return base;
  const variables = new Map<string, UncertainVariable>((base?.variables ?? []).map((v) => [key(v.target), v]));
  const add = (target: UncertaintyTarget, d: WrittenDistribution, path: FieldPath) => {
    const distribution = toDistribution(d, path, c);
    if (distribution !== undefined) variables.set(key(target), { target, distribution, at: c.yaml.locate(path, { key: true }) });
  };
  const parameters = [...region.parameters.keys()];
  for (const [name, d] of Object.entries(written.parameters ?? {})) {
    if (!region.parameters.has(name)) c.report(['uncertainty', 'parameters', name], checks.unknownParameter(name, didYouMean(name, parameters)), undefined, { key: true });
    else add({ kind: 'parameter', name }, d, ['uncertainty', 'parameters', name]);
  }
  const indices = [...region.indices.keys()];
  for (const [id, d] of Object.entries(written.indices ?? {})) {
    if (!region.indices.has(id)) c.report(['uncertainty', 'indices', id], checks.unknownIndex(id, didYouMean(id, indices)), undefined, { key: true });
    else add({ kind: 'index', id }, d, ['uncertainty', 'indices', id]);
  }
  for (const kind of ['one_off', 'outflow', 'inflow', 'discount_rate'] as const) {
    const d = written[kind];
    if (d !== undefined) add({ kind }, d, ['uncertainty', kind]);
  }
  const list = [...variables.values()];
  const names = list.map((v) => targetName(v.target));
  const correlations = [...(base?.correlations ?? [])];
  const pairs = new Map<string, number>();
  (written.correlations ?? []).forEach((corr, i) => {
    // a pair given twice: the later one would silently replace the first
    const pair = [...corr.between].sort().join('\u0000');
    const first = pairs.get(pair);
    if (first !== undefined) return void c.report(['uncertainty', 'correlations', i], checks.correlationTwice(corr.between[0], corr.between[1], first), checks.correlationTwiceHint);
    pairs.set(pair, i);
    const [a, b] = corr.between.map((n) => names.indexOf(n));
    corr.between.forEach((n, j) => {
      if (!names.includes(n)) c.report(['uncertainty', 'correlations', i, 'between', j], checks.noDistribution(n, didYouMean(n, names)), checks.noDistributionHint);
    });
    if (a !== undefined && b !== undefined && a >= 0 && b >= 0) {
      if (a === b) c.report(['uncertainty', 'correlations', i], checks.selfCorrelation);
      else correlations.push({ a, b, rho: corr.rho });
    }
  });
  if (choleskyFactor(list.length, correlations) === undefined) {
    c.report(['uncertainty', 'correlations'], checks.notPositiveDefinite, checks.notPositiveDefiniteHint);
  }
  return { variables: list, correlations };
}

function key(target: UncertaintyTarget): string {
  return `${target.kind}:${targetName(target)}`;
}

function toDistribution(d: WrittenDistribution, path: FieldPath, c: IssueCollector): Distribution | undefined {
  switch (d.distribution) {
    case 'uniform':
      if (d.low > d.high) return void c.report(path, checks.lowAboveHigh(d.low, d.high));
      return { kind: 'uniform', low: d.low, high: d.high };
    case 'triangular':
      if (!(d.low <= d.mode && d.mode <= d.high)) return void c.report(path, checks.notTriangular(d.low, d.mode, d.high));
      return { kind: 'triangular', low: d.low, mode: d.mode, high: d.high };
    case 'normal': {
      const mean = d.mean ?? 0;
      const low = d.low ?? mean - 2 * d.sd;
      const high = d.high ?? mean + 2 * d.sd;
      if (low > mean || high < mean) return void c.report(path, checks.meanOutside(mean, low, high));
      return { kind: 'normal', mean, sd: d.sd, low, high };
    }
  }
}

import type { Settlement, SettlementKey } from '../model/configuration.js';
import type { ExecutionModel } from '../model/line.js';
import type { FieldPath } from './field-path.js';
import { fixedKeyShares } from './fixed-key.js';
import type { IssueCollector } from './issue-collector.js';
import { settlementMessages as msg } from './messages.js';
import type { WrittenSettlement } from './schema/region-file.js';
import { didYouMean } from '../suggest.js';

/**
 * A written settlement of an organisation with `members`, checked (methodology, settlement):
 * the pooled lines exist and take their percentages of pooled lines, and a fixed key names
 * every member once with a share in [0, 1], the shares summing to exactly 1 as decimals.
 * Whether a reference year lies in the horizon is a rule on the final region
 * (rules/region-settings.ts): a variant or an override may change the horizon.
 */
export function toSettlement(written: WrittenSettlement, path: FieldPath, members: readonly string[], model: ExecutionModel | undefined, c: IssueCollector): Settlement {
  if (model !== undefined) checkPooled(written.pooled, [...path, 'pooled'], model, c);
  const keyPath = [...path, 'key'];
  const key = toKey(written.key, keyPath, members, c);
  const at = c.yaml.locate(path);
  return written.key.reference_year === undefined
    ? { pooled: written.pooled, key, at }
    : { pooled: written.pooled, key, at, referenceYearAt: c.yaml.locate([...keyPath, 'reference_year']) };
}

function checkPooled(pooled: WrittenSettlement['pooled'], path: FieldPath, model: ExecutionModel, c: IssueCollector): void {
  const ids = model.lines.map((l) => l.id);
  const isPooled = (id: string) => pooled === 'all' || pooled.includes(id);
  if (pooled !== 'all') {
    pooled.forEach((id, j) => {
      if (!ids.includes(id)) c.report([...path, j], msg.unknownLine(id, model.id, didYouMean(id, ids)), msg.linesHint(model.id, ids));
      else if (pooled.indexOf(id) !== j) c.report([...path, j], msg.lineTwice(id), msg.lineTwiceHint);
    });
  }
  model.lines.forEach((line) => {
    const missing = line.of.filter((of) => !isPooled(of));
    if (!isPooled(line.id) || missing.length === 0 || pooled === 'all') return;
    c.report([...path, pooled.indexOf(line.id)], msg.percentOfUnpooled(line.id, missing), msg.percentOfUnpooledHint);
  });
}

function toKey(w: WrittenSettlement['key'], path: FieldPath, members: readonly string[], c: IssueCollector): SettlementKey {
  const at = c.yaml.locate(path);
  if ((w.fixed === undefined) === (w.by === undefined)) {
    c.report(path, msg.keyKind, msg.keyKindHint);
    return { kind: 'by', by: 'equal', lag: 0, at };
  }
  if (w.fixed !== undefined) {
    for (const field of ['lag', 'reference_year'] as const) if (w[field] !== undefined) c.report([...path, field], msg.byOnly(field), msg.byOnlyHint, { key: true });
    return { kind: 'fixed', shares: fixedKeyShares(w.fixed, [...path, 'fixed'], { ids: members, unknown: msg.unknownMember, hint: msg.membersHint(members) }, c), at };
  }
  if (w.lag !== undefined && w.reference_year !== undefined) c.report([...path, 'reference_year'], msg.lagAndReference, msg.lagAndReferenceHint, { key: true });
  if (w.lag !== undefined && w.lag !== 1) c.report([...path, 'lag'], msg.lag(w.lag), msg.lagHint);
  const by = w.by ?? 'equal';
  return w.reference_year === undefined ? { kind: 'by', by, lag: w.lag === 1 ? 1 : 0, at } : { kind: 'by', by, lag: 0, referenceYear: w.reference_year, at };
}


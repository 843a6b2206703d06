import { decimalFromNumber, type Dec } from '../model/decimal.js';
import type { ConfigurationRef, Dissolution, DissolutionItem, DissolutionKey } from '../model/dissolution.js';
import { dissolutionMessages as msg } from './dissolution-messages.js';
import type { FieldPath } from './field-path.js';
import { fixedKeyShares } from './fixed-key.js';
import type { IssueCollector } from './issue-collector.js';
import { isYearKeyInRange, yearKeyRangeMessage } from './schema/common.js';
import { schemaMessages } from './schema/schema-messages.js';
import type { WrittenDissolution } from './schema/dissolution.js';
import { optional, sourceText } from './series.js';
import { didYouMean } from '../suggest.js';

type WrittenItem = WrittenDissolution['items'][number];

/** What a dissolution is checked against while loading: the region's municipalities and configurations. */
export interface DissolutionContext {
  readonly municipalities: readonly string[];
  readonly configurations: readonly string[];
  readonly c: IssueCollector;
}

const PATH: FieldPath = ['dissolution'];

/**
 * A schema-valid `dissolution:` as the model. The checks that depend on the horizon or the
 * baseline, which a variant or override can change, are made on the final region
 * (rules/dissolution.ts).
 */
export function toDissolution(w: WrittenDissolution, ctx: DissolutionContext): Dissolution {
  const { c } = ctx;
  const appliesTo = w.applies_to === undefined ? undefined : configurationRefs(w.applies_to, [...PATH, 'applies_to'], ctx.configurations, ctx);
  const dissolutionConfigs = appliesTo?.map((r) => r.id);
  const firstAt = new Map<string, string>();
  const items = w.items.map((item, i) => {
    const path = [...PATH, 'items', i];
    const seen = firstAt.get(item.id);
    if (seen !== undefined) c.report([...path, 'id'], msg.duplicateItem(item.id, seen), msg.duplicateItemHint);
    else firstAt.set(item.id, String(c.yaml.locate([...path, 'id']).line ?? ''));
    return toItem(item, path, w.year, dissolutionConfigs, ctx);
  });
  return {
    label: w.label,
    year: w.year,
    yearAt: c.yaml.locate([...PATH, 'year']),
    key: toKey(w.key, w.year, ctx),
    ...optional('appliesTo', appliesTo),
    items,
    at: c.yaml.locate(PATH, { key: true }),
  };
}

function toKey(w: WrittenDissolution['key'], year: number, ctx: DissolutionContext): DissolutionKey {
  const { c } = ctx;
  const path = [...PATH, 'key'];
  if ('by' in w) return { kind: 'by', by: w.by, referenceYear: w.reference_year ?? year, at: c.yaml.locate(w.reference_year === undefined ? path : [...path, 'reference_year']) };
  const shares = fixedKeyShares(w.fixed, [...path, 'fixed'], { ids: ctx.municipalities, unknown: msg.unknownMunicipality, hint: msg.municipalitiesHint(ctx.municipalities) }, c);
  return { kind: 'fixed', shares, at: c.yaml.locate([...path, 'fixed']) };
}

function toItem(w: WrittenItem, path: FieldPath, year: number, dissolutionConfigs: readonly string[] | undefined, ctx: DissolutionContext): DissolutionItem {
  const { c } = ctx;
  const amounts = new Map<number, Dec>();
  const yearsAt = new Map<number, ReturnType<typeof c.yaml.locate>>();
  if (typeof w.amount === 'number') {
    amounts.set(year, decimalFromNumber(w.amount));
    yearsAt.set(year, c.yaml.locate([...path, 'amount']));
  } else {
    for (const [key, value] of Object.entries(w.amount)) {
      const at = [...path, 'amount', key];
      if (!/^\d{4}$/.test(key)) c.report(at, msg.yearKey(key), undefined, { key: true });
      else if (!isYearKeyInRange(key)) c.report(at, schemaMessages.got(yearKeyRangeMessage(), key), schemaMessages.yearTypoHint, { key: true });
      else {
        amounts.set(Number(key), decimalFromNumber(value));
        yearsAt.set(Number(key), c.yaml.locate(at, { key: true }));
      }
    }
  }
  const allowed = dissolutionConfigs ?? ctx.configurations;
  const appliesTo = w.applies_to === undefined ? undefined : configurationRefs(w.applies_to, [...path, 'applies_to'], allowed, ctx);
  return {
    id: w.id,
    label: w.label,
    kind: w.kind,
    amounts: new Map([...amounts].sort(([a], [b]) => a - b)),
    ...optional('source', sourceText(w.source)),
    ...optional('appliesTo', appliesTo),
    at: c.yaml.locate(path),
    yearsAt,
  };
}

/** Configuration ids as written, each known, within `allowed` and named once. */
function configurationRefs(ids: readonly string[], path: FieldPath, allowed: readonly string[], ctx: DissolutionContext): ConfigurationRef[] {
  const { c, configurations } = ctx;
  const refs: ConfigurationRef[] = [];
  ids.forEach((id, j) => {
    const at = [...path, j];
    if (!configurations.includes(id)) c.report(at, msg.unknownConfiguration(id, didYouMean(id, configurations)), msg.configurationsHint(configurations));
    else if (!allowed.includes(id)) c.report(at, msg.notInDissolution(id), msg.notInDissolutionHint(allowed));
    else if (refs.some((r) => r.id === id)) c.report(at, msg.configurationTwice(id), msg.configurationTwiceHint);
    else refs.push({ id, at: c.yaml.locate(at) });
  });
  return refs;
}

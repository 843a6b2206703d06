import { ZERO, decimalFromNumber, sum, type Dec } from '../model/decimal.js';
import type { FieldPath } from './field-path.js';
import type { IssueCollector } from './issue-collector.js';
import { fixedKeyMessages as msg } from './messages.js';
import { didYouMean } from '../suggest.js';

/** Whose shares a fixed key gives (an organisation's members, or the region's municipalities), and how a reader is told. */
export interface KeyHolders {
  readonly ids: readonly string[];
  /** "… is not a member of this organisation", "unknown municipality …". */
  readonly unknown: (id: string, suggestion: string) => string;
  /** Names every holder, for a hint. */
  readonly hint: string;
}

/**
 * The shares of a written fixed key (settlement and dissolution, docs/methodology.md): every
 * holder once, each share in [0, 1], summing to exactly 1 as decimals (so 0.1 + 0.2 + 0.7
 * does, whatever binary floating point says). Each mistake is reported at its place; the
 * shares come back in the holders' order, a missing one as 0.
 */
export function fixedKeyShares(written: Readonly<Record<string, number>>, path: FieldPath, holders: KeyHolders, c: IssueCollector): Map<string, Dec> {
  const shares = new Map<string, Dec>();
  for (const [id, value] of Object.entries(written)) {
    const share = decimalFromNumber(value);
    if (!holders.ids.includes(id)) c.report([...path, id], holders.unknown(id, didYouMean(id, holders.ids)), holders.hint, { key: true });
    else if (share.lt(0) || share.gt(1)) c.report([...path, id], msg.shareOutside(id, share.toString()), msg.shareOutsideHint);
    else shares.set(id, share);
  }
  const missing = holders.ids.filter((id) => written[id] === undefined);
  if (missing.length > 0) c.report(path, msg.missing(missing), holders.hint);
  const total = sum(Object.values(written).map(decimalFromNumber));
  if (!total.eq(1)) c.report(path, msg.notOne(total.toString()), msg.notOneHint);
  return new Map(holders.ids.map((id) => [id, shares.get(id) ?? ZERO]));
}

import type { Issue } from '../../errors.js';
import type { Region } from '../../model/region.js';
import { didYouMean } from '../../suggest.js';
import { ruleMessages as msg } from './messages.js';

/** The longest horizon we project: a business case beyond a century is a typo. */
export const MAX_HORIZON_YEARS = 100;

/**
 * The rules on the region's settings that a variant or an override can change (the horizon,
 * the baseline), checked once on the final region, whatever set them: each problem is
 * reported where the value was set last (Region.settingsAt), in a file or on the command line.
 */
export function checkRegionSettings(region: Region): Issue[] {
  const issues: Issue[] = [];
  const { start, end } = region.horizon;
  const at = region.settingsAt;
  if (end < start) issues.push({ at: at.horizon, message: msg.horizonBackwards(start, end) });
  else if (end - start + 1 > MAX_HORIZON_YEARS) issues.push({ at: at.horizon, message: msg.horizonTooLong(end - start + 1, MAX_HORIZON_YEARS), hint: msg.horizonTooLongHint });
  const ids = region.configurations.map((c) => c.id);
  if (!ids.includes(region.baseline)) issues.push({ at: at.baseline, message: msg.unknownBaseline(region.baseline, didYouMean(region.baseline, ids)), hint: msg.baselineHint(ids) });
  issues.push(...referenceYearIssues(region));
  return issues;
}

/** A settlement key frozen at a reference year takes that year's shares: the year lies in the horizon. */
function referenceYearIssues(region: Region): Issue[] {
  const { start, end } = region.horizon;
  return region.configurations.flatMap((c) => c.organisations).flatMap((o) => {
    const key = o.settlement?.key;
    if (key?.kind !== 'by' || key.referenceYear === undefined || (key.referenceYear >= start && key.referenceYear <= end)) return [];
    return [{ at: o.settlement?.referenceYearAt ?? key.at, message: msg.referenceYearOutside(key.referenceYear, start, end), hint: msg.referenceYearHint }];
  });
}

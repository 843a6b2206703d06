import { userError } from '../errors.js';
import { terminalMessages } from './cli-messages.js';

/**
 * The date to stamp reports with: from SOURCE_DATE_EPOCH (seconds since 1970, the
 * reproducible-builds convention) when set; otherwise none, so that reports carry no
 * "now" and the same inputs give the same bytes.
 */
export function reportDate(env: NodeJS.ProcessEnv): Date | undefined {
  const text = env.SOURCE_DATE_EPOCH;
  if (text === undefined || text === '') return undefined;
  if (!/^\d+$/.test(text)) throw userError('usage', { file: 'SOURCE_DATE_EPOCH' }, terminalMessages.sourceDateEpoch(text));
  return new Date(Number(text) * 1000);
}

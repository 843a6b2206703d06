import { UserError, formatSourceRef } from '../../errors.js';
import type { ReportOptions, Target } from './reports.js';

/** What a worker is started with. */
export interface WorkerData {
  readonly file: string;
  readonly set: readonly string[];
  readonly options: ReportOptions;
}

export type JobMessage = { readonly type: 'job'; readonly target: Target } | { readonly type: 'stop' };

export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly target: Target; readonly files: readonly string[] }
  | { readonly type: 'failed'; readonly target: Target; readonly message: string };

/** One line about why a job failed: the user's problem in their words, a bug as an internal error. */
export function describeFailure(error: unknown): string {
  if (error instanceof UserError) return error.issues.map((i) => `${formatSourceRef(i.at)}: ${i.message}`).join('; ');
  return `internal error (a bug in soweco-bc, please report it): ${error instanceof Error ? error.message : String(error)}`;
}

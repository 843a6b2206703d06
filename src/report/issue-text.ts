import { formatSourceRef, type Issue } from '../errors.js';
import { printable } from '../text-characters.js';
import { listWarnings, moreWarnings } from '../warnings.js';

/**
 * An issue as one line of text for a report: `file:line:col  field: message (hint)`. A
 * warning can quote the input (a CSV column name): characters a report cannot hold are
 * written as `\uffff`, so that the workbook stays well-formed.
 */
export function formatIssue(issue: Issue): string {
  const where = formatSourceRef(issue.at);
  const field = issue.at.path === undefined || issue.at.path === '' ? '' : `  ${issue.at.path}`;
  const hint = issue.hint === undefined ? '' : ` (${issue.hint})`;
  return printable(`${where}${field}: ${issue.message}${hint}`);
}

/**
 * Warnings as lines of text, at most ten of a kind, each cut followed by `more(count)`
 * (src/warnings.ts): what the JSON's `warnings` and the workbook's notes list.
 */
export function warningLines(warnings: readonly Issue[], more: (count: number) => string = moreWarnings): string[] {
  return listWarnings(warnings).map((w) => ('warning' in w ? formatIssue(w.warning) : more(w.more)));
}

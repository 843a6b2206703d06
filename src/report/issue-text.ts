import { formatSourceRef, type Issue } from '../errors.js';

/** An issue as one line of text: `file:line:col  field: message (hint)`. */
export function formatIssue(issue: Issue): string {
  const where = formatSourceRef(issue.at);
  const field = issue.at.path === undefined || issue.at.path === '' ? '' : `  ${issue.at.path}`;
  const hint = issue.hint === undefined ? '' : ` (${issue.hint})`;
  return `${where}${field}: ${issue.message}${hint}`;
}

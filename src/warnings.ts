import type { Issue } from './errors.js';
import { formatCount, texts } from './language.js';

/** At most this many warnings of one kind are listed; the others are counted ("… and 140 more"). */
export const MAX_WARNINGS_OF_A_KIND = 10;

/** A warning to list, or how many more warnings of the kind of the one before it are not listed. */
export type ListedWarning = { readonly warning: Issue } | { readonly more: number };

/**
 * The warnings as every output lists them (terminal, JSON, workbook): in their order, at
 * most {@link MAX_WARNINGS_OF_A_KIND} of each kind, the last one listed of a kind followed by
 * the count of the rest. A file with 150 unknown columns thus gives 11 lines, not 150.
 * Warnings are of one kind when they are about the same file and their messages differ
 * only in quoted names and in numbers (`column "a" is not used`, `column "b" is not used`).
 */
export function listWarnings(warnings: readonly Issue[]): ListedWarning[] {
  const kinds = warnings.map(kindOf);
  const totals = new Map<string, number>();
  for (const kind of kinds) totals.set(kind, (totals.get(kind) ?? 0) + 1);
  const listed = new Map<string, number>();
  const result: ListedWarning[] = [];
  warnings.forEach((warning, i) => {
    const kind = kinds[i] ?? '';
    const n = (listed.get(kind) ?? 0) + 1;
    listed.set(kind, n);
    if (n > MAX_WARNINGS_OF_A_KIND) return;
    result.push({ warning });
    const total = totals.get(kind) ?? 0;
    if (n === MAX_WARNINGS_OF_A_KIND && total > n) result.push({ more: total - n });
  });
  return result;
}

const warningTexts = texts('warnings', {
  en: {
    more: (count: string, one: boolean) => `… and ${count} more warning${one ? '' : 's'} like the one above`,
  },
  nl: {
    more: (count: string, one: boolean) => `… en nog ${count} ${one ? 'waarschuwing' : 'waarschuwingen'} zoals die hierboven`,
  },
});

/** The line that stands for the warnings not listed (terminal and JSON): `… en nog 99.990 waarschuwingen zoals die hierboven`. */
export function moreWarnings(count: number): string {
  return warningTexts.more(formatCount(count), count === 1);
}

function kindOf(warning: Issue): string {
  return `${warning.at.file}\n${warning.message.replace(/"[^"]*"/g, '""').replace(/\d+/g, '0')}`;
}

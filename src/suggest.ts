import { texts } from './language.js';

// The nearest known name to a mistyped one, for the messages of every stage: the loaders'
// (an unknown field, model, parameter) and the command line's (an option value).

/** `; did you mean "x"?`: the suggestion after a name that is not known. */
export const suggestionMessages = texts('suggestion', {
  en: { didYouMean: (word: string) => `; did you mean "${word}"?` },
  nl: { didYouMean: (word: string) => `; bedoelde u "${word}"?` },
});

/** Names longer than this are neither suggested nor given suggestions: a typo is of a name, not of a text. */
const MAX_SUGGESTED_LENGTH = 256;

/**
 * The known word closest to `word`, if it is close enough to be a likely typo
 * (`amout` → `amount`, `se_shar` → `se_share`); undefined otherwise.
 */
export function suggest(word: string, known: Iterable<string>): string | undefined {
  // the distance takes time in the product of the lengths: a megabyte-long name against
  // another would take minutes, and is no typo of it
  if (word.length > MAX_SUGGESTED_LENGTH) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(word.length, 3) / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate.length > MAX_SUGGESTED_LENGTH) continue;
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** `; did you mean "x"?` or nothing. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const s = suggest(word, known);
  return s === undefined ? '' : suggestionMessages.didYouMean(s);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

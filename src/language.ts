/**
 * The one language of everything a user reads: messages, help, warnings and reports. The
 * command line chooses it once, as it starts (src/cli/language-choice.ts: `--lang`, else the
 * environment's locale, else Dutch), and sets it here with {@link useLanguage}; a batch or
 * risk worker thread sets the language its parent chose.
 *
 * Messages are made deep in loading, where no command line is known, so each messages module
 * holds its texts in both languages as one table ({@link texts}), and every text is taken from
 * the chosen language's half when it is used. The call sites stay as they were
 * (`csvMessages.fteRange(found)`); the compiler checks that both halves have every text, and
 * test/cli/language.test.ts that none is left untranslated.
 */

/** The languages, Dutch first: the default. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

let current: Language = 'nl';

/** Chooses the language of every text from now on (the command line, once, as it starts). */
export function useLanguage(language: Language): void {
  current = language;
}

/** The language chosen. */
export function currentLanguage(): Language {
  return current;
}

/** A table of texts in both languages, as {@link texts} keeps it (for the test that both are complete). */
export interface TextTable {
  readonly name: string;
  readonly nl: object;
  readonly en: object;
}

const tables: TextTable[] = [];

/** Every table of texts made so far (by the modules loaded). */
export function textTables(): readonly TextTable[] {
  return tables;
}

/**
 * A messages table in both languages: reads as the table of the chosen language. `name`
 * names it in the test of the tables.
 */
export function texts<T extends object>(name: string, table: { readonly nl: T; readonly en: NoInfer<T> }): T {
  tables.push({ name, nl: table.nl, en: table.en });
  return new Proxy(table.nl, { get: (_target, key) => Reflect.get(table[current], key) as unknown });
}

/** The locale numbers are written in for the chosen language (`26.000` and `10,5` in Dutch). */
export function numberLocale(language: Language = current): string {
  return language === 'en' ? 'en-US' : 'nl-NL';
}

/**
 * A whole number with thousands grouped as the language (the chosen one unless said) writes
 * them: `26.000` or `26,000`, exactly as `toLocaleString` in {@link numberLocale} writes it.
 * A whole number is grouped by hand: the first number Intl formats costs the start-up of its
 * locale data (some 10 ms), more than the rest of a short command's messages together. Only
 * what is not a whole number (never a count) is left to Intl, which rounds it.
 */
export function formatCount(n: number, language: Language = current): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString(numberLocale(language), { maximumFractionDigits: 0 });
  const grouped = groupThousands(String(Math.abs(n)), language);
  // Intl writes a minus before a negative zero too
  return n < 0 || Object.is(n, -0) ? `-${grouped}` : grouped;
}

/** The digits of a whole number grouped by thousands as the language writes them: `1.234.567` (nl), `1,234,567` (en). */
export function groupThousands(digits: string, language: Language): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, language === 'en' ? ',' : '.');
}

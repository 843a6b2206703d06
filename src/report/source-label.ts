import type { Language } from './i18n/index.js';

/**
 * The short label a printed report shows for a figure's source ("Schatting", "CBS", "Meicirculaire
 * 2021"), with the full source text in a notes column or the Toelichting. A council reads the
 * label; a controller who wants to check looks up the full text.
 *
 * The rule, so that a reader can predict it: a source that starts with "Schatting", "Aanname" or
 * "Estimate" is labelled by that word (in the report's language); any other source by its text
 * up to the first "(", ":", ";" or " https://", cut at a word boundary to at most
 * {@link MAX_LABEL} characters. A missing source is labelled "geen bron" ("no source").
 */
export function sourceLabel(source: string | undefined, language: Language): string {
  const text = (source ?? '').trim();
  if (text === '') return language === 'en' ? 'no source' : 'geen bron';
  const kind = ESTIMATE_WORDS.find((w) => w.pattern.test(text));
  if (kind !== undefined) return kind[language];
  const head = text.split(/\(|:|;|\shttps?:\/\//u, 1)[0]!.trim().replace(/[,.\s]+$/u, '');
  return cutAtWord(head === '' ? text : head, MAX_LABEL);
}

/** Whether a source marks its figure as an estimate (it starts with "Schatting" or "Estimate", as {@link sourceLabel} reads it). */
export function isEstimate(source: string | undefined): boolean {
  return ESTIMATE.pattern.test((source ?? '').trim());
}

/** The longest label, so that a source column stays narrow enough to print. */
export const MAX_LABEL = 40;

interface SourceWord {
  readonly pattern: RegExp;
  readonly nl: string;
  readonly en: string;
}

const ESTIMATE: SourceWord = { pattern: /^(schatting|estimate)\b/iu, nl: 'Schatting', en: 'Estimate' };

const ESTIMATE_WORDS: readonly SourceWord[] = [
  ESTIMATE,
  { pattern: /^(aanname|assumption)\b/iu, nl: 'Aanname', en: 'Assumption' },
];

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,.\s]+$/u, '')}…`;
}

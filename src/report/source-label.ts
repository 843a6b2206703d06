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

/**
 * Whether a figure is an estimate or an assumption rather than a published figure: by the
 * same rule as {@link sourceLabel} (its source starts with "Schatting", "Aanname",
 * "Estimate" or "Assumption").
 */
export function isEstimate(source: string | undefined): boolean {
  const text = (source ?? '').trim();
  return ESTIMATE_WORDS.some((w) => w.pattern.test(text));
}

/** The longest label, so that a source column stays narrow enough to print. */
export const MAX_LABEL = 40;

const ESTIMATE_WORDS: readonly { readonly pattern: RegExp; readonly nl: string; readonly en: string }[] = [
  { pattern: /^(schatting|estimate)\b/iu, nl: 'Schatting', en: 'Estimate' },
  { pattern: /^(aanname|assumption)\b/iu, nl: 'Aanname', en: 'Assumption' },
];

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,.\s]+$/u, '')}…`;
}

import type { Language } from '../report/i18n/index.js';

/** The prompt library's own words (its key help, yes and no, its refusals), one shape per language. */
export interface PromptTexts {
  /** The key help under a list ("↑↓ navigate • ⏎ select"): the library's action words, translated. */
  readonly keys: Readonly<Record<string, string>>;
  readonly yes: string;
  readonly no: string;
  readonly yesOrNo: (yes: string, no: string) => string;
  readonly disabled: string;
}

const nl: PromptTexts = {
  keys: { navigate: 'kiezen', select: 'bevestigen' },
  yes: 'Ja',
  no: 'Nee',
  yesOrNo: (yes, no) => `antwoord met "${yes}" of "${no}"`,
  disabled: 'deze keuze is nu niet mogelijk',
};

const en: PromptTexts = {
  keys: { navigate: 'navigate', select: 'select' },
  yes: 'Yes',
  no: 'No',
  yesOrNo: (yes, no) => `You must answer with "${yes}" or "${no}"`,
  disabled: 'This option is disabled and cannot be selected.',
};

/** The prompt library's words in a language. */
export function promptTexts(language: Language): PromptTexts {
  return language === 'en' ? en : nl;
}

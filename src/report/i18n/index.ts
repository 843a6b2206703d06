import { en } from './en.js';
import type { Labels } from './labels.js';
import { nl } from './nl.js';

import type { Language } from '../../language.js';

// one list of languages for the messages and the reports (src/language.ts)
export { LANGUAGES, type Language } from '../../language.js';
export type { Labels };

export function labelsFor(language: Language): Labels {
  return language === 'en' ? en : nl;
}

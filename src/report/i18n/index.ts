import { en } from './en.js';
import type { Labels } from './labels.js';
import { nl } from './nl.js';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { Labels };

export function labelsFor(language: Language): Labels {
  return language === 'en' ? en : nl;
}

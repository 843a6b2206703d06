import { LANGUAGES, type Language } from '../language.js';

// The language of everything soweco-bc writes is chosen once, before the command line is
// parsed: the help texts are made in it, and so is commander's error about the command line.
// `--lang` wins; without it the locale of the environment decides: English for an English
// locale (`en`, `en_US.UTF-8`, `en_GB`), Dutch for every other one (`nl_NL`, `C`, `POSIX`,
// none at all), since soweco-bc is made for Dutch municipalities (docs/errors.md, "Language").

/** The flag of the language option. */
export const LANGUAGE_FLAG = '--lang';

/**
 * The language the environment asks for, by POSIX precedence: `LC_ALL`, then `LC_MESSAGES`,
 * then `LANG` (an empty one counts as not set).
 */
export function languageFromEnvironment(env: NodeJS.ProcessEnv): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale !== undefined && /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'nl';
}

/**
 * The language `--lang` gives on the command line (`--lang en`, `--lang=en`), the last one
 * if it is given more than once, as commander reads it; undefined without one, or with a
 * value that is no language (commander then refuses it, in the environment's language).
 */
export function languageOnCommandLine(argv: readonly string[]): Language | undefined {
  let found: Language | undefined;
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  for (let i = 0; i < end; i++) {
    const word = argv[i] ?? '';
    const value = word === LANGUAGE_FLAG ? argv[i + 1] : word.startsWith(`${LANGUAGE_FLAG}=`) ? word.slice(LANGUAGE_FLAG.length + 1) : undefined;
    const language = LANGUAGES.find((l) => l === value);
    if (language !== undefined) found = language;
  }
  return found;
}

/** The one language of this run: `--lang`, else the environment's. */
export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  return languageOnCommandLine(argv) ?? languageFromEnvironment(env);
}

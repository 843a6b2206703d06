import { currentLanguage, texts } from '../language.js';

/** The texts the command line itself writes around messages: labels, counts, the last words of a failed run. */
export const terminalMessages = texts('terminal', {
  en: {
    error: 'error:',
    warning: 'warning:',
    hint: 'hint:',
    moreProblems: (count: number) => `… and ${count} more problems`,
    problemsFound: (count: number) => `${count} problems found`,
    cancelled: 'cancelled: nothing was written',
    internal: 'internal error: this is a bug in soweco-bc, please report it; rerun with --debug for details',
    cannotWriteOutput: (reason: string) => `cannot write the output: ${reason}`,
    diskFullHint: 'make room on the disk (or send the output elsewhere); the file holds only part of the output',
    sourceDateEpoch: (text: string) => `expected whole seconds since 1970, got "${text}"`,
    needsTerminal: (command: string) => `${command} asks questions and needs a terminal`,
    failed: 'FAILED',
  },
  nl: {
    error: 'fout:',
    warning: 'waarschuwing:',
    hint: 'tip:',
    moreProblems: (count: number) => `… en nog ${count} problemen`,
    problemsFound: (count: number) => `${count} problemen gevonden`,
    cancelled: 'afgebroken: er is niets geschreven',
    internal: 'interne fout: dit is een fout in soweco-bc, meld die alstublieft; draai opnieuw met --debug voor details',
    cannotWriteOutput: (reason: string) => `kan de uitvoer niet schrijven: ${reason}`,
    diskFullHint: 'maak ruimte op de schijf (of stuur de uitvoer elders heen); het bestand bevat maar een deel van de uitvoer',
    sourceDateEpoch: (text: string) => `verwacht hele seconden sinds 1970, gevonden: "${text}"`,
    needsTerminal: (command: string) => `${command} stelt vragen en heeft een terminal nodig`,
    failed: 'MISLUKT',
  },
});

/** What validate's verdict counts. */
export interface ValidFacts {
  readonly region: string;
  readonly municipalities: string;
  readonly employees: string;
  readonly configurations: string;
  readonly start: number;
  readonly end: number;
  readonly warnings: number;
  /** Who states realised figures (docs/input-format.md#realised): the region itself or not, how many municipalities, over how many years and configurations. */
  readonly realised?: { readonly region: boolean; readonly municipalities: number; readonly years: number; readonly configurations: number };
}

/** `, realisatie: de regio en 1 gemeente, 4 jaren, 2 configuraties`, or nothing where no one states realised figures. */
function realisedClause(realised: ValidFacts['realised'], language: 'nl' | 'en'): string {
  if (realised === undefined) return '';
  const { region, municipalities: m, years: y, configurations: c } = realised;
  if (language === 'nl') {
    const who = [...(region ? ['de regio'] : []), ...(m > 0 ? [`${m} ${m === 1 ? 'gemeente' : 'gemeenten'}`] : [])].join(' en ');
    return `, realisatie: ${who}, ${y} ${y === 1 ? 'jaar' : 'jaren'}, ${c} ${c === 1 ? 'configuratie' : 'configuraties'}`;
  }
  const who = [...(region ? ['the region'] : []), ...(m > 0 ? [`${m} ${m === 1 ? 'municipality' : 'municipalities'}`] : [])].join(' and ');
  return `, realised figures: ${who}, ${y} ${y === 1 ? 'year' : 'years'}, ${c} ${c === 1 ? 'configuration' : 'configurations'}`;
}

/** What the commands write when they are done: validate's verdict, schema's file, a batch's failures. */
export const commandMessages = texts('commands', {
  en: {
    valid: (file: string, facts: ValidFacts) =>
      `${file} is valid: region ${facts.region}, ${facts.municipalities} municipalities, ${facts.employees} employees, ` +
      `${facts.configurations} configurations, ${facts.start}–${facts.end}${realisedClause(facts.realised, 'en')}; ${facts.warnings} warning(s)`,
    schemaWritten: (file: string) => `${file}: JSON Schema of the input files`,
    /** After the verdict, per municipality with inflow streams (docs/methodology.md#inflow). */
    inflow: (municipality: string, streams: readonly string[]) => `${municipality}: ${streams.length} inflow stream${streams.length === 1 ? '' : 's'}: ${streams.join(', ')}`,
    /** How many a stream brings in: a target's first and last value, or the people written, over the years written. */
    inflowTarget: (from: string, to: string, years: string) => `target ${from}→${to}, ${years}`,
    inflowPeople: (total: string, years: string) => `${total} people, ${years}`,
  },
  nl: {
    valid: (file: string, facts: ValidFacts) =>
      `${file} is in orde: regio ${facts.region}, ${facts.municipalities} gemeenten, ${facts.employees} medewerkers, ` +
      `${facts.configurations} configuraties, ${facts.start}–${facts.end}${realisedClause(facts.realised, 'nl')}; ${facts.warnings} ${facts.warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`,
    schemaWritten: (file: string) => `${file}: JSON Schema van de invoerbestanden`,
    inflow: (municipality: string, streams: readonly string[]) => `${municipality}: ${streams.length} ${streams.length === 1 ? 'instroomstroom' : 'instroomstromen'}: ${streams.join(', ')}`,
    inflowTarget: (from: string, to: string, years: string) => `doel ${from}→${to}, ${years}`,
    inflowPeople: (total: string, years: string) => `${total} personen, ${years}`,
  },
});

/** Commander's own words in its help that it lets us choose. */
export const helpWords = texts('help words', {
  en: {
    helpOption: 'display help for command',
    helpCommand: 'display help for command',
    versionOption: 'print the version and the commit it was built from',
    afterError: '(run soweco-bc --help for usage)',
  },
  nl: {
    helpOption: 'toon de hulp bij de opdracht',
    helpCommand: 'toon de hulp bij een opdracht',
    versionOption: 'toon de versie en de commit waaruit die is gebouwd',
    afterError: '(zie soweco-bc --help voor het gebruik)',
  },
});

type Translation = readonly [RegExp, string];

/** The titles of commander's help, in Dutch. */
const DUTCH_TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Global Options:': 'Algemene opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
};

/** The details commander adds after a description of an option or argument, in Dutch. */
const DUTCH_DETAILS: readonly Translation[] = [
  [/\bdefault: /g, 'standaard: '],
  [/\bchoices: /g, 'keuzes: '],
  [/\[options\]/g, '[opties]'],
  [/\[command\]/g, '[opdracht]'],
];

/**
 * Commander's errors about the command line, as patterns of its English texts and their
 * Dutch (commander has no translations of its own); a text that matches none is left as
 * commander wrote it.
 */
const DUTCH_ERRORS: readonly Translation[] = [
  [/^error: /, 'fout: '],
  [/unknown option '([^']*)'/, "onbekende optie '$1'"],
  [/missing required argument '([^']*)'/, "verplicht argument '$1' ontbreekt"],
  [/option '([^']*)' argument missing/, "optie '$1' mist een waarde"],
  [/required option '([^']*)' not specified/, "verplichte optie '$1' is niet gegeven"],
  [/too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./, "te veel argumenten voor '$1': verwacht $2, gekregen $3."],
  [/too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'te veel argumenten: verwacht $1, gekregen $2.'],
  [/unknown command '([^']*)'/, "onbekende opdracht '$1'"],
  [/option '([^']*)' argument '([^']*)' is invalid\./, "optie '$1': waarde '$2' is ongeldig."],
  [/command-argument value '([^']*)' is invalid for argument '([^']*)'\./, "waarde '$1' is ongeldig voor argument '$2'."],
  [/Allowed choices are ([^\n]*)\./, 'Mogelijk zijn: $1.'],
  [/\(Did you mean one of ([^\n]*)\?\)/, '(Bedoelde u een van $1?)'],
  [/\(Did you mean ([^\n]*)\?\)/, '(Bedoelde u $1?)'],
  [/ cannot be used with /, ' kan niet samen met '],
];

function translate(text: string, translations: readonly Translation[]): string {
  return currentLanguage() === 'en' ? text : translations.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** A title of commander's help (`Usage:`) in the chosen language. */
export function helpTitle(title: string): string {
  return currentLanguage() === 'en' ? title : (DUTCH_TITLES[title] ?? title);
}

/** The details commander writes after a description (`(default: "nl")`) in the chosen language. */
export function helpDetails(text: string): string {
  return translate(text, DUTCH_DETAILS);
}

/** An error of commander's about the command line in the chosen language. */
export function commanderError(text: string): string {
  return translate(text, DUTCH_ERRORS);
}

import type { Language } from '../i18n/index.js';

/** The words of `calibrate`'s table and of the variant it writes, in both languages. */
export interface CalibrationTexts {
  readonly title: (subject: string, figures: number, years: string, weights: string) => string;
  readonly weights: { readonly euros: string; readonly relative: string };
  readonly parameterHeader: readonly string[];
  readonly boundsFrom: { readonly option: string; readonly uncertainty: string; readonly default: string };
  readonly atBound: { readonly low: string; readonly high: string };
  readonly undetermined: string;
  readonly whyUndetermined: { readonly 'too-few-figures': (n: number, p: number) => string; readonly singular: string };
  readonly correlations: string;
  readonly figureHeader: readonly string[];
  readonly rmsTitle: string;
  readonly rmsYear: (year: number, before: string, after: string) => string;
  readonly rmsTotal: (before: string, after: string) => string;
  readonly notConverged: (iterations: number) => string;
  readonly written: (file: string, command: string) => string;
  readonly variantComment: (input: string, date: string, realised: string, fit: string, command: string) => string;
  readonly variantFit: (figures: number, years: string, before: string, after: string) => string;
  readonly description: (years: string, parameters: string) => string;
}

const nl: CalibrationTexts = {
  title: (subject, figures, years, weights) => `Kalibratie van ${subject} op ${figures} gerealiseerde cijfers, ${years} (gewichten: ${weights})`,
  weights: { euros: 'euro\'s', relative: 'relatief' },
  parameterHeader: ['Parameter', 'Factor', 'Standaardfout', 'Grenzen', 'Eerste jaar: bestand', 'Gekalibreerd'],
  boundsFrom: { option: '--bounds', uncertainty: 'onzekerheid', default: 'standaard' },
  atBound: { low: 'op de ondergrens', high: 'op de bovengrens' },
  undetermined: 'niet bepaald',
  whyUndetermined: {
    'too-few-figures': (n, p) => `De standaardfouten zijn niet bepaald: ${n} cijfers voor ${p} parameters (er zijn meer cijfers dan parameters nodig).`,
    singular: 'De standaardfouten zijn niet bepaald: de cijfers kunnen de parameters niet uit elkaar houden.',
  },
  correlations: 'Correlatie tussen de factoren',
  figureHeader: ['Jaar', 'Configuratie', 'Regel', 'Gerealiseerd', 'Prognose', 'Verschil', 'Gekalibreerd', 'Verschil'],
  rmsTitle: 'Wortel van het gemiddelde gekwadrateerde verschil (gerealiseerd − prognose), bestand → gekalibreerd',
  rmsYear: (year, before, after) => `  ${year}: ${before} → ${after}`,
  rmsTotal: (before, after) => `  alle jaren: ${before} → ${after}`,
  notConverged: (iterations) => `Let op: de zoektocht stopte na ${iterations} stappen zonder te convergeren; de factoren zijn de beste die gevonden zijn.`,
  written: (file, command) => `Scenariovariant: ${file}. Doorrekenen met: ${command}`,
  variantComment: (input, date, realised, fit, command) =>
    `# Scenariovariant van ${input}, gemaakt met soweco-bc calibrate op ${date}.\n# Gekalibreerd op de gerealiseerde cijfers van ${realised}.\n# ${fit}\n# Doorrekenen met: ${command}\n`,
  variantFit: (figures, years, before, after) => `${figures} cijfers, ${years}; wortel van het gemiddelde gekwadrateerde verschil ${before} → ${after}.`,
  description: (years, parameters) => `Gekalibreerd op de realisatie ${years}: ${parameters}`,
};

const en: CalibrationTexts = {
  title: (subject, figures, years, weights) => `Calibration of ${subject} on ${figures} realised figures, ${years} (weights: ${weights})`,
  weights: { euros: 'euros', relative: 'relative' },
  parameterHeader: ['Parameter', 'Factor', 'Standard error', 'Bounds', 'First year: files', 'Calibrated'],
  boundsFrom: { option: '--bounds', uncertainty: 'uncertainty', default: 'default' },
  atBound: { low: 'at the lower bound', high: 'at the upper bound' },
  undetermined: 'not determined',
  whyUndetermined: {
    'too-few-figures': (n, p) => `The standard errors are not determined: ${n} figures for ${p} parameters (it takes more figures than parameters).`,
    singular: 'The standard errors are not determined: the figures cannot tell the parameters apart.',
  },
  correlations: 'Correlation between the factors',
  figureHeader: ['Year', 'Configuration', 'Line', 'Realised', 'Forecast', 'Difference', 'Calibrated', 'Difference'],
  rmsTitle: 'Root mean square of the differences (realised − forecast), files → calibrated',
  rmsYear: (year, before, after) => `  ${year}: ${before} → ${after}`,
  rmsTotal: (before, after) => `  all years: ${before} → ${after}`,
  notConverged: (iterations) => `Note: the search stopped after ${iterations} steps without converging; the factors are the best found.`,
  written: (file, command) => `Scenario variant: ${file}. Run it with: ${command}`,
  variantComment: (input, date, realised, fit, command) =>
    `# Scenario variant of ${input}, made with soweco-bc calibrate on ${date}.\n# Calibrated on the realised figures of ${realised}.\n# ${fit}\n# Run it with: ${command}\n`,
  variantFit: (figures, years, before, after) => `${figures} figures, ${years}; root mean square of the differences ${before} → ${after}.`,
  description: (years, parameters) => `Calibrated on the realised figures ${years}: ${parameters}`,
};

/** `calibrate`'s words in a language. */
export function calibrationTexts(language: Language): CalibrationTexts {
  return language === 'en' ? en : nl;
}

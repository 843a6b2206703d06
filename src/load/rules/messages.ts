import { texts } from '../../language.js';
/**
 * The texts of the rules checked on the final scenario, after every variant and override
 * (rules/): they point at the place that set the value last, a file's line or `--set #N`.
 */
export const ruleMessages = texts('rule', {
  en: {
    horizonBackwards: (start: number, end: number) => `the horizon ends (${end}) before it starts (${start})`,
    horizonTooLong: (years: number, max: number) => `a horizon of ${years} years is longer than ${max}`,
    horizonTooLongHint: 'check horizon.start and horizon.end for a typo',
    unknownBaseline: (baseline: string, suggestion: string) => `unknown configuration "${baseline}"${suggestion}`,
    baselineHint: (ids: readonly string[]) => `the baseline must be one of the configurations: ${ids.join(', ')}`,
    bornAfterStart: (count: number, file: string, start: number) =>
      `${count === 1 ? '1 person' : `${count} people`} in ${file} ${count === 1 ? 'is' : 'are'} born on or after 1 January ${start}, when the horizon starts here`,
    bornAfterStartHint: 'the horizon must start after the birth of every employee: choose a later start year',
    referenceYearOutside: (year: number, start: number, end: number) => `reference year ${year} lies outside the horizon ${start}–${end}`,
    referenceYearHint: 'choose a year of the horizon: the key then takes that year\'s shares in every year',
  },
  nl: {
    horizonBackwards: (start: number, end: number) => `de horizon eindigt (${end}) voordat hij begint (${start})`,
    horizonTooLong: (years: number, max: number) => `een horizon van ${years} jaar is langer dan ${max}`,
    horizonTooLongHint: 'controleer horizon.start en horizon.end op een tikfout',
    unknownBaseline: (baseline: string, suggestion: string) => `onbekende configuratie "${baseline}"${suggestion}`,
    baselineHint: (ids: readonly string[]) => `de basis moet een van de configuraties zijn: ${ids.join(', ')}`,
    bornAfterStart: (count: number, file: string, start: number) =>
      `${count === 1 ? '1 persoon' : `${count} personen`} in ${file} ${count === 1 ? 'is' : 'zijn'} geboren op of na 1 januari ${start}, wanneer de horizon hier begint`,
    bornAfterStartHint: 'de horizon moet beginnen na de geboorte van elke medewerker: kies een later beginjaar',
    referenceYearOutside: (year: number, start: number, end: number) => `peiljaar ${year} ligt buiten de horizon ${start}–${end}`,
    referenceYearHint: 'kies een jaar van de horizon: de sleutel neemt dan elk jaar de aandelen van dat jaar',
  },
});

import { texts } from '../language.js';

/** The texts of the analyses' and the comparison's refusals (risk-analyses.ts, risk-simulation.ts, scenario-comparison.ts). */
export const appMessages = texts('app', {
  en: {
    unknownConfiguration: (named: string, suggestion: string) => `unknown configuration "${named}"${suggestion}`,
    configurationsHint: (ids: readonly string[]) => `the configurations are: ${ids.join(', ')}`,
    noOther: 'the region has no other configuration',
    chooseOne: (ids: readonly string[]) => `choose one of: ${ids.join(', ')}`,
    isBaseline: (named: string, command: string) => `"${named}" is the baseline: ${command} compares a configuration with the baseline, and the baseline always costs as much as itself`,
    onlyBaseline: (baseline: string, command: string) => `the only configuration is the baseline "${baseline}": ${command} needs another one to compare with it`,
    onlyBaselineHint: 'add a configuration to the region file, or to a variant',
    unknownParameter: (name: string, suggestion: string) => `unknown parameter "${name}"${suggestion}`,
    memory: (iterations: number, gigabytes: string) => `${iterations} draws of this scenario need ${gigabytes} GB of memory for their results, more than the 1 GB a risk run may take`,
    memoryHint: (most: number) => `give at most --iterations ${most}`,
    wholeRegion: (region: string) => `the whole region ${region} (a region file)`,
    municipality: (municipality: string, region: string) => `municipality ${municipality} (region ${region})`,
    notComparable: (fileA: string, a: string, fileB: string, b: string) => `${fileA} is about ${a}, ${fileB} about ${b}; compare sets two scenarios of the same municipality (or region) side by side`,
    notComparableHint: 'name two files of the same municipality, such as a scenario and a variant of it, or two region files of the same region',
    internalInJob: (message: string) => `internal error (a bug in soweco-bc, please report it): ${message}`,
  },
  nl: {
    unknownConfiguration: (named: string, suggestion: string) => `onbekende configuratie "${named}"${suggestion}`,
    configurationsHint: (ids: readonly string[]) => `de configuraties zijn: ${ids.join(', ')}`,
    noOther: 'de regio heeft geen andere configuratie',
    chooseOne: (ids: readonly string[]) => `kies een van: ${ids.join(', ')}`,
    isBaseline: (named: string, command: string) => `"${named}" is de basis: ${command} vergelijkt een configuratie met de basis, en de basis kost altijd evenveel als zichzelf`,
    onlyBaseline: (baseline: string, command: string) => `de enige configuratie is de basis "${baseline}": ${command} heeft een andere nodig om ermee te vergelijken`,
    onlyBaselineHint: 'voeg een configuratie toe aan het regiobestand, of aan een variant',
    unknownParameter: (name: string, suggestion: string) => `onbekende parameter "${name}"${suggestion}`,
    memory: (iterations: number, gigabytes: string) => `${iterations} trekkingen van dit scenario hebben ${gigabytes} GB geheugen nodig voor hun resultaten, meer dan de 1 GB die een risicoberekening mag nemen`,
    memoryHint: (most: number) => `geef hoogstens --iterations ${most}`,
    wholeRegion: (region: string) => `de hele regio ${region} (een regiobestand)`,
    municipality: (municipality: string, region: string) => `gemeente ${municipality} (regio ${region})`,
    notComparable: (fileA: string, a: string, fileB: string, b: string) => `${fileA} gaat over ${a}, ${fileB} over ${b}; compare zet twee scenario's van dezelfde gemeente (of regio) naast elkaar`,
    notComparableHint: 'noem twee bestanden van dezelfde gemeente, zoals een scenario en een variant ervan, of twee regiobestanden van dezelfde regio',
    internalInJob: (message: string) => `interne fout (een fout in soweco-bc, meld die alstublieft): ${message}`,
  },
});

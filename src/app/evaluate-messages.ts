import { texts } from '../language.js';

/** The texts of `evaluate`'s refusals (evaluate-scenario.ts). */
export const evaluateMessages = texts('evaluate', {
  en: {
    noRealised: 'this municipality states no realised figures: there is nothing to hold the forecast against',
    noRealisedInRegion: 'neither the region nor any of its municipalities states realised figures: there is nothing to hold the forecast against',
    noRealisedHint: 'add a "realised:" section with a lines CSV, a population CSV or both to the municipality file (docs/input-format.md, "realised")',
    noRealisedInRegionHint: 'add a "realised:" section with a lines CSV, a population CSV or both to a municipality file, or to the region file for the region\'s sums (docs/input-format.md, "realised")',
    configurationNotStated: (id: string) => `the realised figures name no line of configuration "${id}"`,
    configurationNotStatedHint: (ids: readonly string[]) => (ids.length === 0 ? 'the realised figures name no configuration: only the population is compared; leave --config out' : `the realised lines name: ${ids.join(', ')}`),
  },
  nl: {
    noRealised: 'deze gemeente geeft geen gerealiseerde cijfers: er is niets om de prognose tegen te houden',
    noRealisedInRegion: 'noch de regio noch een van haar gemeenten geeft gerealiseerde cijfers: er is niets om de prognose tegen te houden',
    noRealisedHint: 'voeg aan het gemeentebestand een sectie "realised:" toe met een CSV van regels, van de populatie of beide (docs/input-format.md, "realised")',
    noRealisedInRegionHint: 'voeg aan een gemeentebestand een sectie "realised:" toe met een CSV van regels, van de populatie of beide, of aan het regiobestand voor de regiototalen (docs/input-format.md, "realised")',
    configurationNotStated: (id: string) => `de gerealiseerde cijfers noemen geen regel van configuratie "${id}"`,
    configurationNotStatedHint: (ids: readonly string[]) => (ids.length === 0 ? 'de gerealiseerde cijfers noemen geen configuratie: alleen de populatie wordt vergeleken; laat --config weg' : `de gerealiseerde regels noemen: ${ids.join(', ')}`),
  },
});

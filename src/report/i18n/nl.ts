import type { Labels } from './labels.js';

export const nl: Labels = {
  summaryTitle: (municipality, region) => `Businesscase WSW-uitvoering — ${municipality} (${region})`,
  regionTitle: (region) => `Businesscase WSW-uitvoering — ${region}, alle gemeenten samen`,
  horizon: (start, end, rate) => `Periode ${start}–${end}, disconteringsvoet ${rate}`,
  population: (first, startYear, last, endYear, withInflow) =>
    `${withInflow ? 'Personen, WSW en instroom' : 'SW-medewerkers'} (gemiddeld): ${first} in ${startYear}, ${last} in ${endYear}`,
  fewerThan: (min) => `minder dan ${min}`,
  notShown: 'niet getoond (privacy)',
  configuration: 'Configuratie',
  cumulative: 'Cumulatief',
  npv: 'Contante waarde',
  deltaCumulative: 'Δ cumulatief',
  deltaNpv: 'Δ contante waarde',
  verevening: 'Verevening',
  breakEven: 'Terugverdiend',
  baselineMark: 'referentie',
  never: 'nooit',
  cheapest: 'laagste contante waarde',
  footnote: (baseline) =>
    `Netto kosten in euro's (kosten − opbrengsten; positief = de gemeente betaalt). Δ = verschil met ${baseline}; negatief = goedkoper.`,
  worlds: {
    title: (baseline) => `Met en zonder nieuwe doelgroepen: Δ contante waarde met ${baseline}`,
    open: 'met',
    closed: 'zonder',
    newcomers: 'deel nieuwe doelgroepen',
    note: 'Zonder = dezelfde berekening zonder de instroom uit de gemeentebestanden (alleen de WSW-medewerkers); deel = met − zonder.',
  },
  reportWritten: (path) => `Rapport: ${path}`,
  batch: {
    header: ['Gemeente', 'Laagste contante waarde', 'Verschil met referentie', 'Terugverdiend', 'Rapporten'],
    region: (name) => `${name} (regio)`,
    failed: 'MISLUKT',
    written: (files, folder, failed) => `${files} bestanden geschreven in ${folder}${failed > 0 ? `; ${failed} mislukt` : ''}.`,
  },
};

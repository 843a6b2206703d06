import type { Labels } from './labels.js';

export const en: Labels = {
  summaryTitle: (municipality, region) => `WSW execution business case — ${municipality} (${region})`,
  regionTitle: (region) => `WSW execution business case — ${region}, all municipalities together`,
  horizon: (start, end, rate) => `Years ${start}–${end}, discount rate ${rate}`,
  population: (first, startYear, last, endYear, withInflow) =>
    `${withInflow ? 'People, WSW and inflow' : 'SW employees'} (average): ${first} in ${startYear}, ${last} in ${endYear}`,
  fewerThan: (min) => `fewer than ${min}`,
  notShown: 'not shown (privacy)',
  configuration: 'Configuration',
  cumulative: 'Cumulative',
  npv: 'NPV',
  deltaCumulative: 'Δ cumulative',
  deltaNpv: 'Δ NPV',
  verevening: 'Verevening',
  breakEven: 'Break-even',
  baselineMark: 'baseline',
  never: 'never',
  cheapest: 'lowest NPV',
  footnote: (baseline) =>
    `Net cost in euros (costs − revenues; positive = the municipality pays). Δ = difference with ${baseline}; negative = cheaper.`,
  worlds: {
    title: (baseline) => `With and without new target groups: Δ NPV with ${baseline}`,
    open: 'with',
    closed: 'without',
    newcomers: 'part from new target groups',
    note: 'Without = the same calculation without the inflow streams of the municipality files (the WSW employees alone); part = with − without.',
  },
  reportWritten: (path) => `Report: ${path}`,
  batch: {
    header: ['Municipality', 'Lowest NPV', 'Difference with baseline', 'Break-even', 'Reports'],
    region: (name) => `${name} (region)`,
    failed: 'FAILED',
    written: (files, folder, failed) => `${files} files written to ${folder}${failed > 0 ? `; ${failed} failed` : ''}.`,
  },
};

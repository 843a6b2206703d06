import { formatCount } from '../../language.js';
import type { Language } from './index.js';

/** Texts of the sensitivity, risk and goal-seek reports (terminal and workbook), one shape per language. */
export interface RiskLabels {
  readonly sheets: { readonly sensitivity: string; readonly risk: string };
  readonly variable: (kind: string, name: string) => string;
  readonly tornadoTitle: (configuration: string, measure: string) => string;
  readonly deltaMeasure: (baseline: string) => string;
  readonly npvMeasure: string;
  readonly columns: { readonly variable: string; readonly low: string; readonly high: string; readonly atLow: string; readonly atHigh: string; readonly swing: string; readonly range: string };
  readonly fromFile: string;
  readonly byDefault: string;
  readonly base: (value: string) => string;
  /** The assumptions that do not move the tornado's outcome, named in one sentence. */
  readonly noEffect: (names: readonly string[]) => string;
  /** The assumptions that move no configuration's outcome. */
  readonly noSwing: (names: readonly string[]) => string;
  readonly lowEffect: string;
  readonly highEffect: string;
  readonly riskTitle: (iterations: number, seed: number) => string;
  readonly riskColumns: { readonly configuration: string; readonly p5: string; readonly p50: string; readonly p95: string; readonly mean: string; readonly probability: string };
  readonly npvTable: string;
  readonly deltaTable: (baseline: string) => string;
  readonly certaintyTitle: string;
  readonly certaintyIntro: (baseline: string) => string;
  readonly certaintyColumns: { readonly configuration: string; readonly cumulative80: string; readonly cumulative90: string; readonly npv80: string; readonly npv90: string };
  readonly curveTitle: (baseline: string) => string;
  readonly percentile: string;
  readonly method: readonly string[];
  readonly solveTitle: string;
  readonly solved: (parameter: string, configuration: string, measure: string, value: string, factor: string) => string;
  readonly verified: (difference: string) => string;
  readonly notSolved: (parameter: string, configuration: string, reason: string) => string;
  readonly reasons: { readonly 'no-effect': string; readonly negative: string; readonly 'out-of-range': string; readonly 'no-convergence': string };
  readonly measures: { readonly npv: string; readonly cumulative: string };
  readonly variables: string;
  /** A distribution of changes in words, its bounds already written as changes (changeText). */
  readonly distribution: {
    readonly uniform: (low: string, high: string) => string;
    readonly triangular: (low: string, mode: string, high: string) => string;
    readonly normal: (mean: string, sd: string, low: string, high: string) => string;
  };
}

const nl: RiskLabels = {
  sheets: { sensitivity: 'Gevoeligheid', risk: 'Risico' },
  variable: (kind, name) => ({ parameter: name, index: `index ${name}`, one_off: 'eenmalige kosten', outflow: 'uitstroom', inflow: 'instroom nieuwe doelgroepen', discount_rate: 'disconteringsvoet' })[kind] ?? name,
  tornadoTitle: (c, m) => `Gevoeligheid van ${c}: ${m}`,
  deltaMeasure: (b) => `verschil in contante waarde met ${b}`,
  npvMeasure: 'contante waarde',
  columns: { variable: 'Aanname', low: 'Laag', high: 'Hoog', atLow: 'Uitkomst bij laag', atHigh: 'Uitkomst bij hoog', swing: 'Bandbreedte', range: 'Bron bandbreedte' },
  fromFile: 'invoerbestand',
  byDefault: 'standaard',
  base: (v) => `Uitgangspunt: ${v}`,
  noEffect: (names) => `Zonder invloed op deze uitkomst: ${names.join(', ')}.`,
  noSwing: (names) => `In geen enkele configuratie van invloed: ${names.join(', ')}.`,
  lowEffect: 'Effect bij laag',
  highEffect: 'Effect bij hoog',
  riskTitle: (n, seed) => `Monte Carlo: ${formatCount(n, 'nl')} trekkingen, startgetal ${seed}`,
  riskColumns: { configuration: 'Configuratie', p5: 'P5', p50: 'P50 (mediaan)', p95: 'P95', mean: 'Gemiddelde', probability: 'Kans goedkoper dan referentie' },
  npvTable: 'Contante waarde van de netto kosten',
  deltaTable: (b) => `Verschil in contante waarde met ${b}`,
  certaintyTitle: 'Benodigd bedrag bij 80% en 90% zekerheid',
  certaintyIntro: (b) => `Het extra bedrag ten opzichte van ${b} dat met 80% of 90% zekerheid niet wordt overschreden (negatief: een voordeel dat met die zekerheid minstens wordt gehaald).`,
  certaintyColumns: { configuration: 'Configuratie', cumulative80: 'Cumulatief, 80%', cumulative90: 'Cumulatief, 90%', npv80: 'Contante waarde, 80%', npv90: 'Contante waarde, 90%' },
  curveTitle: (b) => `Verdeling van het verschil in contante waarde met ${b}`,
  percentile: 'Percentiel',
  method: [
    'Elke trekking kiest voor iedere onzekere aanname een waarde uit de verdeling in het invoerbestand en rekent alle configuraties door; percentielen en kansen tellen over alle trekkingen.',
    'P5 / P50 / P95: in 5%, 50% en 95% van de trekkingen is de uitkomst lager dan dit bedrag. Percentielen interpoleren lineair (als PERCENTIEL.INC in Excel).',
    'Snelle berekening in gewone (binaire) getallen; zonder spreiding gelijk aan de exacte berekening tot op de euro. Zie docs/risk.md.',
  ],
  solveTitle: 'Doelzoeken',
  solved: (p, c, m, v, f) => `${c} is even duur als de referentie (${m}) bij ${p} = ${v} in het eerste jaar (${f} van de huidige reeks).`,
  verified: (d) => `Nagerekend met de exacte berekening: verschil ${d}.`,
  notSolved: (p, c, r) => `Geen waarde van ${p} waarbij ${c} even duur is als de referentie: ${r}.`,
  reasons: { 'no-effect': 'de aanname heeft geen invloed op het verschil', negative: 'daarvoor zou de waarde negatief moeten worden', 'out-of-range': 'daarvoor zou de volume-elasticiteit buiten 0 tot 1 moeten komen', 'no-convergence': 'de berekening vond geen oplossing' },
  measures: { npv: 'contante waarde', cumulative: 'cumulatief over de periode' },
  variables: 'Onzekere aannames en hun verdeling',
  distribution: {
    uniform: (low, high) => `uniforme verdeling tussen ${low} en ${high}`,
    triangular: (low, mode, high) => `driehoeksverdeling: laagst ${low}, meest waarschijnlijk ${mode}, hoogst ${high}`,
    normal: (mean, sd, low, high) => `normale verdeling: gemiddeld ${mean}, standaardafwijking ${sd}, begrensd op ${low} en ${high}`,
  },
};

const en: RiskLabels = {
  sheets: { sensitivity: 'Sensitivity', risk: 'Risk' },
  variable: (kind, name) => ({ parameter: name, index: `index ${name}`, one_off: 'one-off costs', outflow: 'outflow', inflow: 'inflow of new target groups', discount_rate: 'discount rate' })[kind] ?? name,
  tornadoTitle: (c, m) => `Sensitivity of ${c}: ${m}`,
  deltaMeasure: (b) => `difference in NPV with ${b}`,
  npvMeasure: 'NPV',
  columns: { variable: 'Assumption', low: 'Low', high: 'High', atLow: 'Outcome at low', atHigh: 'Outcome at high', swing: 'Swing', range: 'Range from' },
  fromFile: 'input file',
  byDefault: 'default',
  base: (v) => `Base: ${v}`,
  noEffect: (names) => `Without effect on this outcome: ${names.join(', ')}.`,
  noSwing: (names) => `Without effect in any configuration: ${names.join(', ')}.`,
  lowEffect: 'Effect at low',
  highEffect: 'Effect at high',
  riskTitle: (n, seed) => `Monte Carlo: ${formatCount(n, 'en')} draws, seed ${seed}`,
  riskColumns: { configuration: 'Configuration', p5: 'P5', p50: 'P50 (median)', p95: 'P95', mean: 'Mean', probability: 'Chance cheaper than baseline' },
  npvTable: 'Net present value of the net cost',
  deltaTable: (b) => `Difference in NPV with ${b}`,
  certaintyTitle: 'Amount needed at 80% and 90% certainty',
  certaintyIntro: (b) => `The extra amount compared with ${b} that is not exceeded with 80% or 90% certainty (negative: an advantage that is reached at least, with that certainty).`,
  certaintyColumns: { configuration: 'Configuration', cumulative80: 'Cumulative, 80%', cumulative90: 'Cumulative, 90%', npv80: 'NPV, 80%', npv90: 'NPV, 90%' },
  curveTitle: (b) => `Distribution of the difference in NPV with ${b}`,
  percentile: 'Percentile',
  method: [
    'Each draw takes a value for every uncertain assumption from its distribution in the input file and computes every configuration; percentiles and chances count over all draws.',
    'P5 / P50 / P95: in 5%, 50% and 95% of the draws the outcome is below this amount. Percentiles interpolate linearly (as Excel\'s PERCENTILE.INC).',
    'Fast arithmetic in ordinary (binary) numbers; without spread it equals the exact calculation to the euro. See docs/risk.md.',
  ],
  solveTitle: 'Goal seek',
  solved: (p, c, m, v, f) => `${c} costs as much as the baseline (${m}) at ${p} = ${v} in the first year (${f} of the present series).`,
  verified: (d) => `Checked with the exact calculation: difference ${d}.`,
  notSolved: (p, c, r) => `No value of ${p} makes ${c} cost as much as the baseline: ${r}.`,
  reasons: { 'no-effect': 'the assumption does not change the difference', negative: 'the value would have to be negative', 'out-of-range': 'the volume elasticity would have to leave the range from 0 to 1', 'no-convergence': 'the calculation found no solution' },
  measures: { npv: 'NPV', cumulative: 'cumulative over the horizon' },
  variables: 'Uncertain assumptions and their distributions',
  distribution: {
    uniform: (low, high) => `uniform distribution between ${low} and ${high}`,
    triangular: (low, mode, high) => `triangular distribution: lowest ${low}, most likely ${mode}, highest ${high}`,
    normal: (mean, sd, low, high) => `normal distribution: mean ${mean}, standard deviation ${sd}, bounded at ${low} and ${high}`,
  },
};

export function riskLabelsFor(language: Language): RiskLabels {
  return language === 'en' ? en : nl;
}

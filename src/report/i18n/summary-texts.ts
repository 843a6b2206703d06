import type { Language } from './index.js';

/** The phrases of the council summary (`<id>-samenvatting.md`), one shape per language. */
export interface SummaryTexts {
  readonly title: (name: string) => string;
  readonly regionTitle: (name: string) => string;
  readonly intro: (region: string, start: number, end: number, rate: string, version: string) => string;
  readonly outcome: string;
  readonly cheapest: (label: string, total: string, saving: string, baseline: string, baselineTotal: string, npvSaving: string) => string;
  readonly baselineCheapest: (label: string, total: string) => string;
  readonly breakEven: (year: number) => string;
  readonly neverBreaksEven: string;
  readonly others: string;
  readonly cheaperThan: (label: string, amount: string, npv: string) => string;
  readonly dearerThan: (label: string, amount: string, npv: string) => string;
  readonly evenWith: (label: string) => string;
  readonly brokenEvenIn: (year: number) => string;
  readonly notBrokenEven: string;
  readonly drivers: string;
  readonly largestLines: (label: string) => string;
  readonly cost: string;
  readonly revenue: string;
  readonly differences: (label: string, baseline: string) => string;
  readonly lower: string;
  readonly higher: string;
  readonly assumptions: string;
  readonly assumptionsIntro: string;
  readonly estimate: string;
  readonly table: string;
  readonly tableIntro: (baseline: string) => string;
  readonly configuration: string;
  readonly total: string;
  readonly differenceRow: (label: string) => string;
  readonly advantage: string;
  readonly disadvantage: string;
  readonly winners: string;
  readonly winnersLine: (label: string, gain: string, lose: string) => string;
  readonly nobody: string;
  readonly inputs: (files: string) => string;
  readonly variant: (description: string | undefined, overrides: string) => string;
  /** Settlement within an organisation (docs/methodology.md#settlement). */
  readonly verevening: string;
  readonly vereveningIntro: string;
  readonly paysFor: (label: string, name: string, amount: string, own: string, settled: string) => string;
  readonly paidFor: (label: string, name: string, amount: string, own: string, settled: string) => string;
  readonly vereveningLine: (label: string, flows: string) => string;
}

const nl: SummaryTexts = {
  title: (name) => `Businesscase uitvoering WSW — ${name}`,
  regionTitle: (name) => `Businesscase uitvoering WSW — ${name}, alle gemeenten samen`,
  intro: (region, start, end, rate, version) =>
    `*${region}, ${start}–${end}. Bedragen zijn netto kosten (kosten − opbrengsten), nominaal; de contante waarde rekent met een disconteringsvoet van ${rate}. Opgesteld met soweco-bc ${version}.*`,
  outcome: 'Uitkomst',
  cheapest: (label, total, saving, baseline, baselineTotal, npv) =>
    `De goedkoopste configuratie is **${label}**. Over de hele periode kost die ${total}: **${saving} minder** dan de referentie ${baseline} (${baselineTotal}). In contante waarde is het voordeel ${npv}.`,
  baselineCheapest: (label, total) => `De referentie **${label}** is de goedkoopste configuratie (${total} over de hele periode); elk alternatief kost meer.`,
  breakEven: (year) => `Het verschil is in **${year}** terugverdiend: vanaf dat jaar blijven de cumulatieve kosten onder die van de referentie.`,
  neverBreaksEven: 'Binnen de periode wordt het verschil niet blijvend terugverdiend.',
  others: 'De andere configuraties ten opzichte van de referentie:',
  cheaperThan: (label, amount, npv) => `${label}: ${amount} minder (voordeel; contante waarde ${npv})`,
  dearerThan: (label, amount, npv) => `${label}: ${amount} meer (nadeel; contante waarde ${npv})`,
  evenWith: (label) => `${label}: even duur als de referentie`,
  brokenEvenIn: (year) => `, terugverdiend in ${year}`,
  notBrokenEven: ', niet terugverdiend binnen de periode',
  drivers: 'Belangrijkste posten',
  largestLines: (label) => `De grootste posten in ${label}, over de hele periode:`,
  cost: 'kosten',
  revenue: 'opbrengst',
  differences: (label, baseline) => `Het verschil tussen ${label} en ${baseline} komt vooral uit:`,
  lower: 'lager',
  higher: 'hoger',
  assumptions: 'Belangrijkste aannames',
  assumptionsIntro: 'De aannames achter de grootste posten, met hun waarde in het eerste jaar en hun bron:',
  estimate: '(schatting)',
  table: 'Meerjarenoverzicht',
  tableIntro: (baseline) => `Netto kosten per jaar, bedragen × € 1.000. V = voordeel, N = nadeel ten opzichte van ${baseline}.`,
  configuration: 'Configuratie',
  total: 'Totaal',
  differenceRow: (label) => `verschil ${label}`,
  advantage: 'V',
  disadvantage: 'N',
  winners: 'Wie wint en wie verliest',
  winnersLine: (label, gain, lose) => `${label}: voordeel voor ${gain}; nadeel voor ${lose}.`,
  nobody: 'geen gemeente',
  inputs: (files) => `Invoer: ${files}.`,
  variant: (description, overrides) => `**Dit is een scenario-variant**${description === undefined ? '' : ` (${description})`}. Aanpassingen: ${overrides}.`,
  verevening: 'Verevening tussen de deelnemers',
  vereveningIntro: 'Waar een organisatie haar kosten en opbrengsten met een verdeelsleutel over de deelnemers verdeelt, betaalt de ene gemeente voor de andere. Bedragen over de hele periode; positief = betaalt voor anderen.',
  paysFor: (label, name, amount, own, settled) => `${label}: ${name} betaalt ${amount} voor de andere deelnemers (eigen lijnen ${own}, na verevening ${settled}).`,
  paidFor: (label, name, amount, own, settled) => `${label}: de andere deelnemers betalen ${amount} voor ${name} (eigen lijnen ${own}, na verevening ${settled}).`,
  vereveningLine: (label, flows) => `${label}: ${flows}.`,
};

const en: SummaryTexts = {
  title: (name) => `WSW execution business case — ${name}`,
  regionTitle: (name) => `WSW execution business case — ${name}, all municipalities together`,
  intro: (region, start, end, rate, version) =>
    `*${region}, ${start}–${end}. Amounts are net costs (costs − revenues), nominal; the net present value uses a discount rate of ${rate}. Prepared with soweco-bc ${version}.*`,
  outcome: 'Outcome',
  cheapest: (label, total, saving, baseline, baselineTotal, npv) =>
    `The cheapest configuration is **${label}**. Over the whole horizon it costs ${total}: **${saving} less** than the baseline ${baseline} (${baselineTotal}). In present value the advantage is ${npv}.`,
  baselineCheapest: (label, total) => `The baseline **${label}** is the cheapest configuration (${total} over the whole horizon); every alternative costs more.`,
  breakEven: (year) => `The difference breaks even in **${year}**: from that year on the cumulative cost stays below the baseline's.`,
  neverBreaksEven: 'The difference does not break even for good within the horizon.',
  others: 'The other configurations compared with the baseline:',
  cheaperThan: (label, amount, npv) => `${label}: ${amount} less (advantage; present value ${npv})`,
  dearerThan: (label, amount, npv) => `${label}: ${amount} more (disadvantage; present value ${npv})`,
  evenWith: (label) => `${label}: as expensive as the baseline`,
  brokenEvenIn: (year) => `, breaks even in ${year}`,
  notBrokenEven: ', does not break even within the horizon',
  drivers: 'Main items',
  largestLines: (label) => `The largest items of ${label}, over the whole horizon:`,
  cost: 'cost',
  revenue: 'revenue',
  differences: (label, baseline) => `The difference between ${label} and ${baseline} comes mainly from:`,
  lower: 'lower',
  higher: 'higher',
  assumptions: 'Main assumptions',
  assumptionsIntro: 'The assumptions behind the largest items, with their value in the first year and their source:',
  estimate: '(estimate)',
  table: 'Multi-year overview',
  tableIntro: (baseline) => `Net cost per year, amounts × € 1,000. A = advantage, D = disadvantage compared with ${baseline}.`,
  configuration: 'Configuration',
  total: 'Total',
  differenceRow: (label) => `difference ${label}`,
  advantage: 'A',
  disadvantage: 'D',
  winners: 'Who gains and who loses',
  winnersLine: (label, gain, lose) => `${label}: advantage for ${gain}; disadvantage for ${lose}.`,
  nobody: 'no municipality',
  inputs: (files) => `Inputs: ${files}.`,
  variant: (description, overrides) => `**This is a scenario variant**${description === undefined ? '' : ` (${description})`}. Changes: ${overrides}.`,
  verevening: 'Settlement between the members',
  vereveningIntro: 'Where an organisation shares its costs and revenues among its members by a key, one municipality pays for another. Amounts over the whole horizon; positive = pays for others.',
  paysFor: (label, name, amount, own, settled) => `${label}: ${name} pays ${amount} for the other members (own lines ${own}, after settlement ${settled}).`,
  paidFor: (label, name, amount, own, settled) => `${label}: the other members pay ${amount} for ${name} (own lines ${own}, after settlement ${settled}).`,
  vereveningLine: (label, flows) => `${label}: ${flows}.`,
};

export function summaryTextsFor(language: Language): SummaryTexts {
  return language === 'en' ? en : nl;
}

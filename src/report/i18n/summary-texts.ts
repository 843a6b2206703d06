import type { Span } from '../council/document.js';
import type { Language } from './index.js';

/**
 * The phrases of the council summary (`<id>-samenvatting.md` and `.docx`), one shape per
 * language. Amounts and labels come in as finished text; a phrase that sets a word in bold
 * returns spans, the others plain text.
 */
export interface SummaryTexts {
  readonly title: (name: string) => string;
  readonly regionTitle: (name: string) => string;
  readonly intro: (region: string, start: number, end: number, rate: string, version: string) => string;
  /**
   * Where inflow streams are in the calculation (docs/methodology.md#inflow): their work forms,
   * and for the region the municipalities that have them (empty for a municipality's own summary).
   */
  readonly inflow: (workForms: readonly string[], municipalities: readonly string[]) => string;
  /** The one caveat: how many of the assumptions used are estimates. */
  readonly caveat: (estimates: number, total: number) => string;
  readonly variant: (description: string | undefined, overrides: string) => Span[];
  readonly outcome: string;
  readonly cheapest: (label: string, total: string, saving: string, baseline: string, baselineTotal: string, npvSaving: string) => Span[];
  readonly baselineCheapest: (label: string, total: string) => Span[];
  /** `first`: the configuration is cheaper from the horizon's first year on, so there is nothing to earn back. */
  readonly breakEven: (year: number, first: boolean) => string;
  readonly neverBreaksEven: string;
  readonly others: string;
  readonly cheaperThan: (label: string, amount: string, npv: string, npvAdvantage: boolean, year: number | null, first: boolean) => string;
  readonly dearerThan: (label: string, amount: string, npv: string, npvAdvantage: boolean) => string;
  readonly evenWith: (label: string) => string;
  readonly npvChart: (baseline: string) => string;
  readonly npvAxis: string;
  readonly winners: string;
  readonly winnersIntro: string;
  /** Who gains, who loses and for whom nothing changes by a configuration, of `all` municipalities. */
  readonly winnersLine: (label: string, gain: readonly string[], lose: readonly string[], even: readonly string[], all: number) => string;
  /** Names joined as a sentence does: `A, B en C`. */
  readonly list: (names: readonly string[]) => string;
  readonly verevening: string;
  readonly vereveningIntro: string;
  readonly paysFor: (label: string, name: string, amount: string, own: string, settled: string) => string;
  readonly paidFor: (label: string, name: string, amount: string, own: string, settled: string) => string;
  /** A member's settlement in the region's list: positive pays, negative receives. */
  readonly flow: (name: string, amount: string, pays: boolean) => string;
  readonly drivers: string;
  readonly largestLines: (label: string) => string;
  readonly item: (label: string, kind: 'cost' | 'revenue', amount: string) => string;
  readonly differences: (label: string, baseline: string) => string;
  readonly change: (label: string, kind: 'cost' | 'revenue', to: string, from: string, by: string, lower: boolean) => string;
  readonly assumptions: string;
  readonly assumptionsIntro: (year: number) => string;
  readonly perUnit: (unit: string) => string;
  readonly table: string;
  readonly linesChart: string;
  readonly thousandsAxis: string;
  readonly netTable: (part: number, parts: number) => string;
  readonly deltaTable: (baseline: string, part: number, parts: number) => string;
  readonly year: string;
  readonly total: string;
  readonly presentValue: string;
  readonly advantage: string;
  readonly disadvantage: string;
}

/** The tables' unit, with a no-break space so that a caption never breaks it. */
const THOUSANDS_NL = '× €\u00a01.000';
const THOUSANDS_EN = '× €\u00a01,000';

const plain = (text: string): Span => ({ text });
const strong = (text: string): Span => ({ text, strong: true });
/** "(vervolg)" after the caption of a table's second and later parts. */
const part = (word: string, n: number, parts: number) => (parts > 1 && n > 1 ? ` (${word})` : '');

const nl: SummaryTexts = {
  title: (name) => `Businesscase uitvoering WSW — ${name}`,
  regionTitle: (name) => `Businesscase uitvoering WSW — ${name}, alle gemeenten samen`,
  intro: (region, start, end, rate, version) =>
    `${region}, ${start}–${end}. Bedragen zijn netto kosten (kosten min opbrengsten), nominaal en afgerond; de contante waarde rekent met een disconteringsvoet van ${rate}. Opgesteld met soweco-bc ${version}; de werkmap bevat de berekening, de volledige bronnen en de controlegetallen van de invoerbestanden.`,
  inflow: (forms, municipalities) =>
    `Naast de WSW-medewerkers uit het personeelsbestand telt de berekening de instroom van nieuwe doelgroepen van de Participatiewet mee (${nl.list(forms)})${municipalities.length === 0 ? '' : ` in ${nl.list(municipalities)}`}, zoals opgegeven in ${municipalities.length > 1 ? 'de gemeentebestanden' : 'het gemeentebestand'}. Hun kosten en opbrengsten zitten in de bedragen; ${['de werkmap toont', 'de werkmap van de gemeente toont'][municipalities.length] ?? 'de werkmappen van de gemeenten tonen'} het aantal personen per herkomst.`,
  caveat: (estimates, total) =>
    estimates === 0
      ? `Geen van de ${total} aannames in deze berekening is een schatting.`
      : `Van de ${total} aannames in deze berekening ${estimates === 1 ? 'is er 1 een schatting' : `zijn er ${estimates} schattingen`}; de uitkomsten geven daarom een orde van grootte, geen begroting.`,
  variant: (description, overrides) => [strong('Dit is een scenario-variant'), plain(`${description === undefined ? '' : ` (${description})`}. Aanpassingen: ${overrides}.`)],
  outcome: 'Uitkomst',
  cheapest: (label, total, saving, baseline, baselineTotal, npv) => [
    plain('De goedkoopste configuratie is '),
    strong(label),
    plain(`. Over de hele periode kost die ${total}: `),
    strong(`${saving} minder`),
    plain(` dan de referentie, ${baseline}, die ${baselineTotal} kost. In contante waarde is het voordeel ${npv}.`),
  ],
  baselineCheapest: (label, total) => [plain('De referentie, '), strong(label), plain(`, is de goedkoopste configuratie: ${total} over de hele periode. Elk alternatief kost meer.`)],
  breakEven: (year, first) =>
    first
      ? `Vanaf het eerste jaar, ${year}, zijn de opgetelde kosten lager dan die van de referentie, en dat blijven ze.`
      : `Het verschil is in ${year} terugverdiend: vanaf dat jaar blijven de opgetelde kosten onder die van de referentie.`,
  neverBreaksEven: 'Binnen de periode wordt het verschil niet blijvend terugverdiend.',
  others: 'De andere configuraties ten opzichte van de referentie, over de hele periode:',
  cheaperThan: (label, amount, npv, adv, year, first) =>
    `${label}: ${amount} goedkoper; in contante waarde een ${adv ? 'voordeel' : 'nadeel'} van ${npv}${year === null ? '' : first ? '; vanaf het eerste jaar goedkoper' : `; terugverdiend in ${year}`}.`,
  dearerThan: (label, amount, npv, adv) => `${label}: ${amount} duurder; in contante waarde een ${adv ? 'voordeel' : 'nadeel'} van ${npv}.`,
  evenWith: (label) => `${label}: even duur als de referentie.`,
  npvChart: (baseline) => `Figuur 1. Verschil in contante waarde met de referentie, ${baseline}; ${THOUSANDS_NL}. Links van nul is voordeel, rechts nadeel.`,
  npvAxis: `Verschil contante waarde (${THOUSANDS_NL})`,
  winners: 'Wie gaat erop vooruit, wie erop achteruit',
  winnersIntro: 'Per configuratie, in contante waarde ten opzichte van de referentie:',
  winnersLine: (label, gain, lose, even, all) => {
    const go = (names: readonly string[], word: string) => `${nl.list(names)} ${names.length === 1 ? 'gaat' : 'gaan'} erop ${word}`;
    if (gain.length === all) return `${label}: alle gemeenten gaan erop vooruit.`;
    if (lose.length === all) return `${label}: alle gemeenten gaan erop achteruit.`;
    const parts = [gain.length > 0 ? go(gain, 'vooruit') : '', lose.length > 0 ? go(lose, 'achteruit') : '', even.length > 0 ? `voor ${nl.list(even)} verandert niets` : ''];
    return `${label}: ${parts.filter((p) => p !== '').join('; ')}.`;
  },
  list: (names) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]!}`),
  verevening: 'Verevening tussen de deelnemers',
  vereveningIntro:
    'Waar een organisatie haar kosten en opbrengsten met een verdeelsleutel over de deelnemers verdeelt, betaalt de ene gemeente mee aan de kosten van de andere. Bedragen over de hele periode:',
  paysFor: (label, name, amount, own, settled) => `${label}: ${name} betaalt ${amount} voor de andere deelnemers (eigen kosten ${own}, na verevening ${settled}).`,
  paidFor: (label, name, amount, own, settled) => `${label}: de andere deelnemers betalen ${amount} voor ${name} (eigen kosten ${own}, na verevening ${settled}).`,
  flow: (name, amount, pays) => `${name} ${pays ? 'betaalt' : 'ontvangt'} ${amount}`,
  drivers: 'Belangrijkste posten',
  largestLines: (label) => `De grootste posten van ${label}, over de hele periode:`,
  item: (label, kind, amount) => `${label} (${kind === 'cost' ? 'kosten' : 'opbrengst'}): ${amount}`,
  differences: (label, baseline) => `De grootste verschillen tussen ${label} en de referentie, ${baseline}:`,
  change: (label, kind, to, from, by, lower) => `${label} (${kind === 'cost' ? 'kosten' : 'opbrengst'}): ${by} ${lower ? 'lager' : 'hoger'} (${to} in plaats van ${from})`,
  assumptions: 'Belangrijkste aannames',
  assumptionsIntro: (year) => `De aannames achter de grootste posten, met hun waarde in ${year} en hun bron:`,
  perUnit: (unit) => ` per ${unit}`,
  table: 'Meerjarenoverzicht',
  linesChart: `Figuur 2. Netto kosten per jaar per configuratie, ${THOUSANDS_NL} (de as begint niet bij nul).`,
  thousandsAxis: `Netto kosten (${THOUSANDS_NL})`,
  netTable: (n, parts) => `Tabel 1. Netto kosten per jaar per configuratie, ${THOUSANDS_NL}${part('vervolg', n, parts)}.`,
  deltaTable: (baseline, n, parts) => `Tabel 2. Verschil per jaar met de referentie, ${baseline}; ${THOUSANDS_NL}; V = voordeel, N = nadeel${part('vervolg', n, parts)}.`,
  year: 'Jaar',
  total: 'Totaal',
  presentValue: 'Contante waarde',
  advantage: 'V',
  disadvantage: 'N',
};

const en: SummaryTexts = {
  title: (name) => `WSW execution business case — ${name}`,
  regionTitle: (name) => `WSW execution business case — ${name}, all municipalities together`,
  intro: (region, start, end, rate, version) =>
    `${region}, ${start}–${end}. Amounts are net costs (costs minus revenues), nominal and rounded; the present value uses a discount rate of ${rate}. Prepared with soweco-bc ${version}; the workbook holds the calculation, the full sources and the checksums of the input files.`,
  inflow: (forms, municipalities) =>
    `Besides the WSW employees of the employee file, the calculation counts the inflow of new Participatiewet target groups (${en.list(forms)})${municipalities.length === 0 ? '' : ` in ${en.list(municipalities)}`}, as ${municipalities.length > 1 ? 'the municipality files declare' : 'the municipality file declares'} it. Their costs and revenues are in the amounts; ${['the workbook shows', 'the municipality\'s workbook shows'][municipalities.length] ?? 'the municipalities\' workbooks show'} the number of people by origin.`,
  caveat: (estimates, total) =>
    estimates === 0
      ? `None of the ${total} assumptions in this calculation is an estimate.`
      : `Of the ${total} assumptions in this calculation, ${estimates === 1 ? '1 is an estimate' : `${estimates} are estimates`}; the outcomes therefore show an order of magnitude, not a budget.`,
  variant: (description, overrides) => [strong('This is a scenario variant'), plain(`${description === undefined ? '' : ` (${description})`}. Changes: ${overrides}.`)],
  outcome: 'Outcome',
  cheapest: (label, total, saving, baseline, baselineTotal, npv) => [
    plain('The cheapest configuration is '),
    strong(label),
    plain(`. Over the whole horizon it costs ${total}: `),
    strong(`${saving} less`),
    plain(` than the baseline, ${baseline}, which costs ${baselineTotal}. In present value the advantage is ${npv}.`),
  ],
  baselineCheapest: (label, total) => [plain('The baseline, '), strong(label), plain(`, is the cheapest configuration: ${total} over the whole horizon. Every alternative costs more.`)],
  breakEven: (year, first) =>
    first
      ? `From the first year, ${year}, the cumulative cost is below the baseline's, and it stays there.`
      : `The difference breaks even in ${year}: from that year on the cumulative cost stays below the baseline's.`,
  neverBreaksEven: 'The difference does not break even for good within the horizon.',
  others: 'The other configurations compared with the baseline, over the whole horizon:',
  cheaperThan: (label, amount, npv, adv, year, first) =>
    `${label}: ${amount} cheaper; ${adv ? 'an advantage' : 'a disadvantage'} of ${npv} in present value${year === null ? '' : first ? '; cheaper from the first year on' : `; breaks even in ${year}`}.`,
  dearerThan: (label, amount, npv, adv) => `${label}: ${amount} more expensive; ${adv ? 'an advantage' : 'a disadvantage'} of ${npv} in present value.`,
  evenWith: (label) => `${label}: as expensive as the baseline.`,
  npvChart: (baseline) => `Figure 1. Difference in present value with the baseline, ${baseline}; ${THOUSANDS_EN}. Left of zero is an advantage, right a disadvantage.`,
  npvAxis: `Difference in present value (${THOUSANDS_EN})`,
  winners: 'Who gains and who loses',
  winnersIntro: 'Per configuration, in present value compared with the baseline:',
  winnersLine: (label, gain, lose, even, all) => {
    const go = (names: readonly string[], word: string) => `${en.list(names)} ${word}${names.length === 1 ? 's' : ''}`;
    if (gain.length === all) return `${label}: every municipality gains.`;
    if (lose.length === all) return `${label}: every municipality loses.`;
    const parts = [gain.length > 0 ? go(gain, 'gain') : '', lose.length > 0 ? go(lose, 'lose') : '', even.length > 0 ? `nothing changes for ${en.list(even)}` : ''];
    return `${label}: ${parts.filter((p) => p !== '').join('; ')}.`;
  },
  list: (names) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`),
  verevening: 'Settlement between the members',
  vereveningIntro: 'Where an organisation shares its costs and revenues among its members by a key, one municipality pays towards the costs of another. Amounts over the whole horizon:',
  paysFor: (label, name, amount, own, settled) => `${label}: ${name} pays ${amount} for the other members (own costs ${own}, after settlement ${settled}).`,
  paidFor: (label, name, amount, own, settled) => `${label}: the other members pay ${amount} for ${name} (own costs ${own}, after settlement ${settled}).`,
  flow: (name, amount, pays) => `${name} ${pays ? 'pays' : 'receives'} ${amount}`,
  drivers: 'Main items',
  largestLines: (label) => `The largest items of ${label}, over the whole horizon:`,
  item: (label, kind, amount) => `${label} (${kind}): ${amount}`,
  differences: (label, baseline) => `The largest differences between ${label} and the baseline, ${baseline}:`,
  change: (label, kind, to, from, by, lower) => `${label} (${kind}): ${by} ${lower ? 'lower' : 'higher'} (${to} instead of ${from})`,
  assumptions: 'Main assumptions',
  assumptionsIntro: (year) => `The assumptions behind the largest items, with their value in ${year} and their source:`,
  perUnit: (unit) => ` per ${unit}`,
  table: 'Multi-year overview',
  linesChart: `Figure 2. Net cost per year per configuration, ${THOUSANDS_EN} (the axis does not start at zero).`,
  thousandsAxis: `Net cost (${THOUSANDS_EN})`,
  netTable: (n, parts) => `Table 1. Net cost per year per configuration, ${THOUSANDS_EN}${part('continued', n, parts)}.`,
  deltaTable: (baseline, n, parts) => `Table 2. Difference per year with the baseline, ${baseline}; ${THOUSANDS_EN}; A = advantage, D = disadvantage${part('continued', n, parts)}.`,
  year: 'Year',
  total: 'Total',
  presentValue: 'Present value',
  advantage: 'A',
  disadvantage: 'D',
};

/** The summary's phrases in the report's language. */
export function summaryTextsFor(language: Language): SummaryTexts {
  return language === 'en' ? en : nl;
}

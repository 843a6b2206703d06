import type { Language } from './index.js';

/** Every text of `soweco-bc compare` (terminal and workbook), in one shape per language. */
export interface ScenarioComparisonLabels {
  readonly title: (subject: string) => string;
  readonly regionSubject: (region: string) => string;
  readonly inputsHeading: string;
  readonly resultsHeading: string;
  readonly noInputDifferences: string;
  readonly columns: { readonly input: string; readonly unit: string; readonly years: string; readonly scenario: string };
  readonly change: string;
  readonly horizon: string;
  readonly startYear: string;
  readonly endYear: string;
  readonly discountRate: string;
  readonly baseline: string;
  readonly configuration: (id: string) => string;
  readonly index: (id: string) => string;
  readonly region: string;
  readonly onlyIn: (side: 'A' | 'B') => string;
  readonly notIn: (side: 'A' | 'B') => string;
  readonly firstYearNote: string;
  readonly cheapest: (a: string, b: string) => string;
  readonly resultsNote: string;
  readonly baselinesDiffer: (a: string, b: string) => string;
  readonly report: string;
  readonly workbook: {
    readonly sheets: { readonly results: string; readonly inputs: string };
    readonly subtitle: (a: string, b: string) => string;
    readonly sections: { readonly settings: string; readonly indices: string; readonly parameters: string; readonly configurations: string };
    readonly breakEvenChange: string;
    readonly cheapestNote: string;
    readonly reading: readonly string[];
    readonly engineCell: string;
  };
}

const nl: ScenarioComparisonLabels = {
  title: (subject) => `Vergelijking van twee scenario's — ${subject}`,
  regionSubject: (region) => `${region}, alle gemeenten samen`,
  inputsHeading: 'Verschillen in de invoer',
  resultsHeading: 'Verschillen in de uitkomsten',
  noInputDifferences: 'Geen verschillen in de invoer die de berekening gebruikt.',
  columns: { input: 'Invoer', unit: 'Eenheid', years: 'Jaren', scenario: 'Scenario' },
  change: 'B − A',
  horizon: 'Periode',
  startYear: 'Eerste jaar van de periode',
  endYear: 'Laatste jaar van de periode',
  discountRate: 'Disconteringsvoet',
  baseline: 'Referentie',
  configuration: (id) => `Configuratie ${id}`,
  index: (id) => `index ${id}`,
  region: 'regio',
  onlyIn: (side) => `alleen in ${side}`,
  notIn: (side) => `niet in ${side}`,
  firstYearNote: 'A, B en B − A: in het eerste jaar dat verschilt; de werkmap en --json geven elk jaar.',
  cheapest: (a, b) => `laagste contante waarde: ${a} in A, ${b} in B`,
  resultsNote: "Netto kosten in euro's (kosten − opbrengsten). B − A positief: B is duurder. Δ = verschil met de referentie; terugverdiend B − A in jaren.",
  baselinesDiffer: (a, b) => `Let op: de referentie is ${a} in A en ${b} in B; de Δ-kolommen vergelijken elk met hun eigen referentie.`,
  report: 'Rapport',
  workbook: {
    sheets: { results: 'Uitkomsten', inputs: 'Invoer' },
    subtitle: (a, b) => `A: ${a} — B: ${b}`,
    sections: { settings: 'Algemeen', indices: 'Indexen (jaarlijkse groei)', parameters: 'Parameters', configurations: 'Configuraties' },
    breakEvenChange: 'Bij B − A: hoeveel jaar later (positief) of eerder B terugverdient.',
    cheapestNote: 'Groen: de laagste contante waarde in A en in B.',
    reading: [
      'Uitkomsten: per configuratie de netto kosten over de hele periode, de contante waarde, de verschillen met de referentie en het jaar van terugverdienen, voor A en B, met B − A als formule.',
      'Invoer: alleen de invoer die verschilt en die de berekening gebruikt (parameters, indexen, periode, disconteringsvoet, referentie, configuraties), per jaar voor A en B, met B − A als formule.',
    ],
    engineCell: 'Waarde van scenario A of B, zoals soweco-bc die uit de invoerbestanden berekende',
  },
};

const en: ScenarioComparisonLabels = {
  title: (subject) => `Comparison of two scenarios — ${subject}`,
  regionSubject: (region) => `${region}, all municipalities together`,
  inputsHeading: 'Differences in the inputs',
  resultsHeading: 'Differences in the results',
  noInputDifferences: 'No differences in the inputs the calculation uses.',
  columns: { input: 'Input', unit: 'Unit', years: 'Years', scenario: 'Scenario' },
  change: 'B − A',
  horizon: 'Horizon',
  startYear: 'First year of the horizon',
  endYear: 'Last year of the horizon',
  discountRate: 'Discount rate',
  baseline: 'Baseline',
  configuration: (id) => `Configuration ${id}`,
  index: (id) => `index ${id}`,
  region: 'region',
  onlyIn: (side) => `only in ${side}`,
  notIn: (side) => `not in ${side}`,
  firstYearNote: 'A, B and B − A: in the first year that differs; the workbook and --json give every year.',
  cheapest: (a, b) => `lowest NPV: ${a} in A, ${b} in B`,
  resultsNote: 'Net cost in euros (costs − revenues). B − A positive: B costs more. Δ = difference with the baseline; break-even B − A in years.',
  baselinesDiffer: (a, b) => `Note: the baseline is ${a} in A and ${b} in B; the Δ columns compare each with its own baseline.`,
  report: 'Report',
  workbook: {
    sheets: { results: 'Results', inputs: 'Inputs' },
    subtitle: (a, b) => `A: ${a} — B: ${b}`,
    sections: { settings: 'General', indices: 'Indices (yearly growth)', parameters: 'Parameters', configurations: 'Configurations' },
    breakEvenChange: 'In B − A: how many years later (positive) or earlier B breaks even.',
    cheapestNote: 'Green: the lowest net present value in A and in B.',
    reading: [
      'Results: per configuration the net cost over the whole horizon, the NPV, the differences with the baseline and the break-even year, for A and B, with B − A as a formula.',
      'Inputs: only the inputs that differ and that the calculation uses (parameters, indices, horizon, discount rate, baseline, configurations), per year for A and B, with B − A as a formula.',
    ],
    engineCell: 'Value of scenario A or B, as soweco-bc computed it from the input files',
  },
};

export function scenarioComparisonLabelsFor(language: Language): ScenarioComparisonLabels {
  return language === 'en' ? en : nl;
}

import type { Quantity } from '../../model/formula.js';
import type { AllocationKey } from '../../model/line.js';
import type { RowLabelName } from '../../model/row-labels.js';
import type { Unit } from '../../model/series.js';
import { formatCount } from '../../language.js';
import type { Language } from './index.js';

/** Every text of the council workbook, in one shape per language. */
export interface WorkbookLabels {
  readonly sheets: { readonly summary: string; readonly assumptions: string; readonly population: string; readonly notes: string; readonly dissolution: string };
  readonly names: { readonly startYear: string; readonly discountRate: string };
  readonly columns: { readonly item: string; readonly unit: string; readonly total: string; readonly value: string; readonly source: string };
  readonly title: (municipality: string) => string;
  readonly subtitle: (region: string, start: number, end: number) => string;
  /** `withInflow`: the municipality has inflow streams, so its population is not the employee file's alone. */
  readonly populationSubtitle: (region: string, start: number, end: number, withInflow: boolean) => string;
  readonly baselineIs: (label: string) => string;
  readonly madeFrom: (version: string, date: string | undefined) => string;
  readonly summary: {
    readonly configuration: string;
    readonly id: string;
    readonly cumulative: string;
    readonly npv: string;
    readonly deltaCumulative: string;
    readonly deltaNpv: string;
    readonly breakEven: string;
    readonly never: string;
    readonly notApplicable: string;
    readonly cheapestNote: string;
    readonly netPerYear: string;
    readonly lineChartTitle: string;
    readonly barChartTitle: (baseline: string) => string;
    readonly barSeries: string;
    /** The column of a member's verevening, cumulative (only where an organisation settles). */
    readonly verevening: string;
  };
  readonly assumptions: {
    readonly general: string;
    readonly startYear: string;
    readonly endYear: string;
    readonly discountRate: string;
    readonly discountSource: string;
    readonly indices: string;
    readonly parameters: string;
    readonly constants: string;
    readonly oneOffs: string;
    readonly region: string;
    readonly municipality: string;
    readonly scenario: string;
    readonly index: string;
    readonly growth: string;
    readonly elasticity: string;
    readonly constantRate: string;
    readonly carriedIn: (year: number) => string;
    /** A unit as the report's language writes it. */
    readonly unit: (unit: Unit) => string;
  };
  /** The sheet of the dissolution balance (methodology "Dissolution balance"). */
  readonly dissolution: {
    readonly title: (label: string, municipality: string) => string;
    readonly subtitle: (configurations: string) => string;
    readonly key: string;
    readonly keyFixed: string;
    readonly keyBy: (by: AllocationKey, year: number) => string;
    readonly keyShare: string;
    readonly items: string;
    readonly share: (municipality: string) => string;
    readonly onlyIn: (configurations: string) => string;
  };
  readonly population: {
    readonly fte: string;
    readonly se: string;
    readonly headcount: string;
    readonly yearEnd: string;
    readonly inhabitants: string;
    readonly total: string;
    readonly others: string;
    readonly otherMembers: (count: number) => string;
    readonly persons: string;
    /** The row of the work forms merged for privacy (small cells). */
    readonly otherForms: string;
    /** What a cell shows instead of a figure of fewer than `min` people. */
    readonly suppressed: string;
    readonly smallCells: (min: number) => string;
    /** Where the municipality has inflow streams (docs/methodology.md#inflow): its population by origin. */
    readonly origin: {
      readonly title: string;
      /** The people of the employee file: the WSW employees. */
      readonly employeeFile: string;
      /** One inflow stream, by its work form's label (and its id where two streams share a work form). */
      readonly stream: (label: string) => string;
      readonly note: string;
      /** The table of the chart: average head count per work form, the WSW part and each stream. */
      readonly chartTable: string;
      readonly chartTitle: string;
      readonly chartAxis: string;
      readonly wswForm: (form: string) => string;
    };
  };
  readonly configuration: {
    readonly title: (label: string, id: string) => string;
    readonly organisation: (model: string, members: string) => string;
    readonly memberCount: (count: number) => string;
    readonly cost: string;
    readonly revenue: string;
    /** The label of a supplier member's fee revenue line from one buyer (docs/methodology.md#fees). */
    readonly feeRevenue: (buyer: string) => string;
    /** The rows of a line's formula that need no more than a name. */
    readonly rows: Readonly<Record<RowLabelName, string>>;
    readonly key: (key: AllocationKey) => string;
    readonly share: string;
    readonly percentBase: string;
    readonly term: (workForm: string, quantity: string) => string;
    /** The quantity a term counts, as a row label writes it. */
    readonly quantities: Readonly<Record<Quantity, string>>;
    /** The term of the work forms merged for privacy (small cells). */
    readonly otherForms: string;
    readonly totalCosts: string;
    readonly totalRevenues: string;
    readonly net: string;
    readonly cumulative: string;
    readonly discountFactor: string;
    readonly presentValue: string;
    readonly delta: (baseline: string) => string;
    readonly cumulativeDelta: string;
    readonly presentValueDelta: string;
    readonly settled: string;
    /** Number format that shows the 1/0 flag as yes/no. */
    readonly settledFormat: string;
    readonly breakEven: string;
    readonly netPerSe: string;
    /** The rows of a settled line and result (docs/methodology.md#settlement). */
    readonly settlement: {
      readonly pool: string;
      readonly key: string;
      readonly borne: string;
      readonly verevening: string;
      readonly ownNet: string;
      readonly vereveningTotal: string;
    };
  };
  readonly comparison: {
    readonly sheets: { readonly matrix: string; readonly perYear: string };
    readonly title: (region: string) => string;
    readonly subtitle: (start: number, end: number, count: number) => string;
    readonly region: string;
    readonly cumulative: string;
    readonly npv: string;
    readonly deltaNpv: (baseline: string) => string;
    readonly deltaCumulative: (baseline: string) => string;
    readonly gainNote: string;
    readonly breakEven: string;
    readonly regionalTotal: string;
    readonly lineChartTitle: string;
    readonly barChartTitle: (baseline: string) => string;
    readonly reading: readonly string[];
    /** The notes' line on what the region's workbook adds to the per-year sheet. */
    readonly regionTotalsReading: string;
    /** The table of the region with and without the new target groups (docs/methodology.md#open-closed). */
    readonly worlds: {
      readonly title: string;
      readonly npv: { readonly open: string; readonly closed: string; readonly newcomers: string };
      readonly deltaNpv: (baseline: string) => { readonly open: string; readonly closed: string; readonly newcomers: string };
      readonly explanation: string;
      /** The notes' line on the table. */
      readonly reading: string;
    };
    /** The sheet of who pays for whom, where an organisation settles (docs/methodology.md#settlement). */
    readonly verevening: {
      readonly sheet: string;
      readonly title: (region: string) => string;
      readonly intro: (start: number, end: number) => string;
      readonly regionSum: string;
      /** The table of fee flows between organisations (docs/methodology.md#fees), and of both flows together. */
      readonly feesIntro: string;
      readonly fees: string;
      readonly together: string;
    };
  };
  readonly notes: {
    readonly title: string;
    readonly howToRead: string;
    readonly reading: readonly string[];
    readonly method: string;
    readonly methodLines: readonly string[];
    /** Shown only where an organisation settles. */
    readonly settlementLine: string;
    readonly legend: string;
    readonly inputCell: string;
    readonly engineCell: string;
    readonly formulaCell: string;
    /** Where the municipality has inflow streams: `reading` and `engineCell` as they are then. */
    readonly withInflow: { readonly reading: readonly string[]; readonly engineCell: string };
    readonly smallCells: (min: number) => string;
    readonly warnings: string;
    readonly noWarnings: string;
    /** After the lines about estimates, where there are no warnings. */
    readonly noOtherWarnings: string;
    /** How many of the inputs are estimates (src/report/estimates.ts). */
    readonly estimates: (estimates: number, inputs: number) => string;
    /** The estimates that weigh most, by their share of the difference with the baseline or by the tornado's swing. */
    readonly weightiest: (figures: readonly string[], by: 'share' | 'tornado') => string;
    readonly withoutSource: (count: number) => string;
    /** The section with each assumption's full source, whose short label the assumptions sheet shows. */
    readonly sources: string;
    readonly sourcesIntro: string;
    /** The line after the last listed warning of a kind: how many more there are (src/warnings.ts). */
    readonly moreWarnings: (count: number) => string;
    readonly inputs: string;
    readonly version: string;
    readonly rounding: string;
    readonly variant: string;
  };
  /** Titles of the charts' value axes. */
  readonly chartAxis: {
    /** Amounts; a line chart's axis scaled to the data says when it does not start at 0. */
    readonly euros: (includesZero: boolean) => string;
    /** Differences with the baseline, whose sign is their meaning. */
    readonly difference: (includesZero: boolean) => string;
    /** Bars of differences coloured by meaning (chart-xml.ts). */
    readonly differenceBySign: string;
  };
  /** One line naming the variant, for titles: empty without one. */
  readonly variantLine: (description: string | undefined, overrides: readonly string[]) => string;
}

/** What an allocation key shares by, in words: no input names in a council report. */
const nlKeys: Readonly<Record<AllocationKey, string>> = { se_share: 'aandeel in de SE', fte_share: 'aandeel in de FTE', headcount_share: 'aandeel in het aantal medewerkers', inhabitants: 'aandeel in de inwoners', equal: 'gelijke delen' };
const enKeys: Readonly<Record<AllocationKey, string>> = { se_share: 'share of SE', fte_share: 'share of FTE', headcount_share: 'share of employees', inhabitants: 'share of inhabitants', equal: 'equal parts' };

/** The lines of "how to read this workbook", one per sheet: the population's as it is with and without inflow streams. */
const NL_READING = {
  summary: 'Samenvatting: per configuratie de netto kosten over de hele periode (cumulatief), de contante waarde en het verschil met de referentie, met de grafieken.',
  assumptions: 'Aannames: alle parameters en indexen met eenheid en een korte bron ("Schatting", "Aanname" of de naam van de bron); de volledige bron staat hieronder bij Bronnen. Wijzigt u een invoercel, dan rekent de hele werkmap mee.',
  population: 'Personeel: het aantal FTE, SE en medewerkers per jaar en per arbeidsvorm, berekend uit het personeelsbestand (alleen totalen).',
  populationWithInflow:
    'Personeel: het aantal FTE, SE en medewerkers per jaar en per arbeidsvorm, berekend uit het personeelsbestand (WSW, alleen totalen) en de instroom van nieuwe doelgroepen uit het gemeentebestand; daaronder per herkomst, met een grafiek.',
  configurations: 'Eén blad per configuratie: elke kosten- of opbrengstenregel van het uitvoeringsmodel als formule, met subtotalen, netto kosten, contante waarde en het verschil met de referentie.',
} as const;

const EN_READING = {
  summary: 'Summary: per configuration the net cost over the whole horizon (cumulative), the net present value and the difference with the baseline, with the charts.',
  assumptions: 'Assumptions: every parameter and index with its unit and a short source ("Estimate", "Assumption" or the source\'s name); the full source is below, under Sources. Change an input cell and the whole workbook follows.',
  population: 'Population: FTE, SE and employees per year and work form, computed from the employee file (totals only).',
  populationWithInflow:
    'Population: FTE, SE and employees per year and work form, computed from the employee file (WSW, totals only) and the municipality file\'s inflow of new target groups; below it by origin, with a chart.',
  configurations: 'One sheet per configuration: every cost and revenue line of its execution model as a formula, with subtotals, net cost, present value and the difference with the baseline.',
} as const;

const nl: WorkbookLabels = {
  sheets: { summary: 'Samenvatting', assumptions: 'Aannames', population: 'Personeel', notes: 'Toelichting', dissolution: 'Ontvlechting' },
  names: { startYear: 'Startjaar', discountRate: 'Disconteringsvoet' },
  columns: { item: 'Omschrijving', unit: 'Eenheid', total: 'Totaal', value: 'Waarde', source: 'Bron' },
  title: (m) => `Businesscase uitvoering WSW — ${m}`,
  subtitle: (region, start, end) => `${region}, ${start}–${end}. Bedragen in euro's, netto kosten = kosten − opbrengsten.`,
  populationSubtitle: (region, start, end, withInflow) =>
    `${region}, ${start}–${end}. Totalen per jaar, berekend uit het personeelsbestand${withInflow ? ' (WSW) en de instroomstromen van het gemeentebestand' : ''}; geen persoonsgegevens.`,
  baselineIs: (label) => `Referentie: ${label}. Een negatief verschil is een voordeel ten opzichte van de referentie.`,
  madeFrom: (version, date) => `Gemaakt met soweco-bc ${version}${date === undefined ? '' : ` op ${date}`}; de Toelichting noemt de invoerbestanden.`,
  summary: {
    configuration: 'Configuratie',
    id: 'Code',
    cumulative: 'Cumulatief',
    npv: 'Contante waarde',
    deltaCumulative: 'Verschil cumulatief',
    deltaNpv: 'Verschil contante waarde',
    breakEven: 'Terugverdiend in',
    never: 'nooit',
    notApplicable: 'n.v.t.',
    verevening: 'Verevening cumulatief (+ = betaalt voor anderen)',
    cheapestNote: 'Groen: de configuratie met de laagste contante waarde.',
    netPerYear: 'Netto kosten per jaar',
    lineChartTitle: 'Netto kosten per jaar per configuratie',
    barChartTitle: (b) => `Verschil in contante waarde met ${b}`,
    barSeries: 'Verschil contante waarde',
  },
  assumptions: {
    general: 'Algemeen',
    startYear: 'Eerste jaar van de periode',
    endYear: 'Laatste jaar van de periode',
    discountRate: 'Disconteringsvoet (nominaal, contante waarde midden van het jaar)',
    discountSource: 'Regiobestand',
    indices: 'Indexen (jaarlijkse groei)',
    parameters: 'Parameters',
    constants: 'Vaste waarden in de uitvoeringsmodellen',
    oneOffs: 'Eenmalige bedragen',
    region: 'regio',
    municipality: 'gemeente',
    scenario: 'scenario-aanpassing',
    index: 'index',
    growth: 'groei per jaar',
    elasticity: 'volume-elasticiteit',
    constantRate: 'vast bedrag',
    carriedIn: (year) => `waarde van ${year} geïndexeerd tot het eerste jaar`,
    unit: (unit) => ({ EUR: 'euro', 'EUR/FTE': 'euro per FTE', 'EUR/SE': 'euro per SE', 'EUR/persoon': 'euro per persoon', 'EUR/inwoner': 'euro per inwoner', ratio: 'percentage' })[unit],
  },
  dissolution: {
    title: (label, m) => `Ontvlechting — ${label} — ${m}`,
    subtitle: (c) => `Het saldo van de organisatie die ophoudt, verdeeld met de verdeelsleutel; geldt in: ${c}. Aandeel = sleutel × post.`,
    key: 'Verdeelsleutel',
    keyFixed: 'vast',
    keyBy: (by, year) => `${nlKeys[by]}, stand ${year}`,
    keyShare: 'aandeel',
    items: 'Posten',
    share: (m) => `aandeel ${m}`,
    onlyIn: (c) => `alleen in: ${c}`,
  },
  population: {
    fte: 'FTE',
    se: 'SE',
    headcount: 'Gemiddeld aantal medewerkers',
    yearEnd: 'Aantal medewerkers eind van het jaar',
    inhabitants: 'Inwoners',
    total: 'totaal',
    others: 'Andere leden van gedeelde organisaties (voor de verdeelsleutels)',
    otherMembers: (n) => `De ${n} andere leden samen`,
    persons: 'personen',
    otherForms: 'overige arbeidsvormen',
    suppressed: 'x',
    smallCells: (min) => `Privacy: een cijfer over 1 tot ${min - 1} personen wordt niet getoond (x). Zo'n arbeidsvorm telt dat jaar mee in "overige arbeidsvormen", zo nodig samen met de kleinste andere, zodat geen verborgen cijfer uit de totalen is terug te rekenen; zijn er samen minder dan ${min}, dan blijft ook het totaal weg.`,
    origin: {
      title: 'Herkomst: WSW-personeelsbestand en instroom',
      employeeFile: 'WSW-personeelsbestand',
      stream: (label) => `Instroom — ${label}`,
      note: 'Instroom: verwachte aantallen uit het gemeentebestand, geen echte personen; altijd getoond.',
      chartTable: 'Gemiddeld aantal personen per arbeidsvorm: WSW en instroom',
      chartTitle: 'Gemiddeld aantal personen per arbeidsvorm: WSW en instroom',
      chartAxis: 'Gemiddeld aantal personen',
      wswForm: (form) => `WSW — ${form}`,
    },
  },
  configuration: {
    title: (label, id) => `${label} (${id})`,
    organisation: (model, members) => `Uitvoeringsmodel: ${model}; organisatie: ${members}`,
    memberCount: (n) => `${n} gemeenten`,
    cost: 'kosten',
    revenue: 'opbrengst',
    feeRevenue: (buyer) => `Opbrengst dienstverlening ${buyer}`,
    rows: {
      base: 'bedrag of tarief per jaar (zie Aannames)',
      organisation_se: 'SE van de organisatie',
      volume_factor: 'volumefactor',
      organisation_total: 'totaal organisatie',
      rate: 'percentage',
      inhabitants: 'inwoners',
    },
    key: (key) => `verdeelsleutel: ${nlKeys[key]}`,
    share: 'aandeel',
    percentBase: 'grondslag',
    term: (form, quantity) => `${form}: ${quantity} × tarief`,
    quantities: { fte: 'FTE', se: 'SE', headcount: 'medewerkers' },
    otherForms: 'Overige arbeidsvormen',
    totalCosts: 'Totaal kosten',
    totalRevenues: 'Totaal opbrengsten',
    net: 'Netto kosten',
    cumulative: 'Netto kosten cumulatief',
    discountFactor: 'Disconteringsfactor (midden van het jaar)',
    presentValue: 'Contante waarde',
    delta: (b) => `Verschil met ${b}`,
    cumulativeDelta: 'Verschil cumulatief',
    presentValueDelta: 'Contante waarde verschil',
    settled: 'Vanaf dit jaar blijvend terugverdiend',
    settledFormat: '"ja";;"nee"',
    breakEven: 'Terugverdiend in',
    netPerSe: 'Netto kosten per SE',
    settlement: {
      pool: 'totaal van de leden (eigen bedragen)',
      key: 'verdeelsleutel verevening',
      borne: 'te dragen: sleutel × totaal',
      verevening: 'verevening (+ = betaalt voor anderen)',
      ownNet: 'Netto kosten eigen lijnen (voor verevening)',
      vereveningTotal: 'Verevening (+ = betaalt voor anderen)',
    },
  },
  comparison: {
    sheets: { matrix: 'Vergelijking', perYear: 'Per jaar' },
    title: (region) => `Regionale vergelijking uitvoering WSW — ${region}`,
    subtitle: (start, end, n) => `${n} gemeenten, ${start}–${end}. Bedragen in euro's, netto kosten = kosten − opbrengsten.`,
    region: 'Regio',
    cumulative: 'Netto kosten over de hele periode (cumulatief)',
    npv: 'Contante waarde van de netto kosten',
    deltaNpv: (b) => `Verschil in contante waarde met ${b} (negatief = voordeel)`,
    deltaCumulative: (b) => `Verschil cumulatief met ${b} (negatief = voordeel)`,
    gainNote: 'Groen: de gemeente gaat erop vooruit ten opzichte van de referentie; rood: de gemeente gaat erop achteruit.',
    breakEven: 'Terugverdiend (regio)',
    regionalTotal: 'Regio totaal',
    lineChartTitle: 'Netto kosten van de regio per jaar per configuratie',
    barChartTitle: (b) => `Verschil in contante waarde met ${b} per gemeente`,
    verevening: {
      sheet: 'Wie betaalt voor wie',
      title: (region) => `Wie betaalt voor wie — ${region}`,
      intro: (start, end) => `Verevening per gemeente over ${start}–${end}, in euro's: wat zij na verdeling met de verdeelsleutel meer draagt dan haar eigen lijnen (positief = betaalt voor anderen). Over de regio telt de verevening op tot nul.`,
      regionSum: 'Som (regio)',
      feesIntro: 'Vergoedingen voor dienstverlening tussen organisaties per gemeente over de hele periode: betaald min ontvangen (positief = betaalt aan anderen). Over de regio tellen ze op tot nul.',
      fees: 'Dienstverlening (betaald − ontvangen)',
      together: 'Verevening + dienstverlening',
    },
    reading: [
      'Vergelijking: per configuratie en gemeente de netto kosten over de hele periode, de contante waarde en het verschil met de referentie: wie wint en wie verliest.',
      'Per jaar: de netto kosten van elke gemeente per jaar en per configuratie, zoals berekend in de werkmappen van de gemeenten, met de regionale totalen als formules.',
    ],
    regionTotalsReading: 'Per jaar toont per configuratie ook de totale kosten en opbrengsten van de regio, en de contante waarde van de netto kosten en van het verschil met de referentie.',
    worlds: {
      title: 'Met en zonder nieuwe doelgroepen (regio)',
      npv: { open: 'Contante waarde, met nieuwe doelgroepen', closed: 'Contante waarde, zonder nieuwe doelgroepen', newcomers: 'Deel van de nieuwe doelgroepen' },
      deltaNpv: (b) => ({ open: `Verschil met ${b}, met nieuwe doelgroepen`, closed: `Verschil met ${b}, zonder nieuwe doelgroepen`, newcomers: 'Deel van de nieuwe doelgroepen' }),
      explanation: 'Zonder nieuwe doelgroepen is dezelfde berekening zonder de instroom uit de gemeentebestanden (alleen de WSW-medewerkers); het deel van de nieuwe doelgroepen is met min zonder.',
      reading: 'Met en zonder nieuwe doelgroepen (onder aan Vergelijking): per configuratie de contante waarde van de regio en het verschil met de referentie, met en zonder de instroom van nieuwe doelgroepen, en welk deel van de nieuwe doelgroepen komt; de bedragen zonder komen uit een tweede berekening en rekenen niet mee als u Per jaar wijzigt.',
    },
  },
  notes: {
    title: 'Toelichting',
    howToRead: 'Zo leest u deze werkmap',
    reading: [NL_READING.summary, NL_READING.assumptions, NL_READING.population, NL_READING.configurations],
    method: 'Rekenmethode in het kort',
    settlementLine: 'Waar de deelnemers van een organisatie verevenen, draagt elk van de gedeelde regels zijn aandeel volgens de vereveningssleutel; de verevening is dat aandeel min het eigen bedrag (positief: de gemeente betaalt voor anderen).',
    methodLines: [
      'Het personeel wordt per maand vooruitberekend tot de AOW-datum, met een jaarlijkse uitstroomkans. De WSW is sinds 2015 gesloten: nieuwe mensen komen alleen uit de instroomstromen van een gemeentebestand (nieuwe doelgroepen van de Participatiewet), die op dezelfde manier worden vooruitberekend.',
      'Elke regel hangt af van FTE, SE of aantal medewerkers, een vast bedrag (met volume-elasticiteit), een eenmalig bedrag of een percentage van andere regels.',
      'Kosten van een gedeelde organisatie worden verdeeld met een verdeelsleutel (standaard het aandeel in de SE).',
      'Contante waarde: netto kosten × (1 + disconteringsvoet)^−(jaar − startjaar + 0,5). Terugverdiend: het eerste jaar vanaf wanneer het cumulatieve verschil met de referentie niet meer boven nul komt.',
    ],
    legend: 'Legenda',
    inputCell: 'Invoer: een aanname die u mag wijzigen',
    engineCell: 'Berekend door soweco-bc uit het personeelsbestand (totalen, geen persoonsgegevens)',
    formulaCell: 'Formule',
    withInflow: {
      reading: [NL_READING.summary, NL_READING.assumptions, NL_READING.populationWithInflow, NL_READING.configurations],
      engineCell: 'Berekend door soweco-bc uit het personeelsbestand (totalen, geen persoonsgegevens) en de instroom uit het gemeentebestand',
    },
    smallCells: (min) => `Privacy (kleine aantallen): de werkmap toont geen cijfer over 1 tot ${min - 1} personen; op hun plaats staat x. Een arbeidsvorm met zo weinig personen telt in dat jaar mee in "overige arbeidsvormen". Waar een configuratieblad zo'n cijfer zou lezen, staat de door soweco-bc berekende waarde in plaats van een formule (een volumefactor, een verdeelsleutel, een term "overige arbeidsvormen"), of x (de SE van de organisatie, de netto kosten per SE). Bedragen zelf blijven staan: wie een bedrag door zijn tarief deelt, vindt het volume terug.`,
    warnings: 'Waarschuwingen bij deze berekening',
    noWarnings: 'Geen waarschuwingen.',
    noOtherWarnings: 'Geen andere waarschuwingen.',
    estimates: (n, inputs) => `${n} van de ${inputs} aannames (parameters en indexen) zijn schattingen of aannames zonder openbare bron: hun bron begint met "Schatting" of "Aanname". Vervang ze door eigen cijfers voordat u een uitkomst gebruikt.`,
    weightiest: (figures, by) => `Het zwaarst wegen (${by === 'share' ? 'naar hun aandeel in het verschil in contante waarde met de referentie' : 'naar hun bandbreedte op het blad Gevoeligheid'}): ${figures.join('; ')}.`,
    withoutSource: (n) => `${n} ${n === 1 ? 'aanname heeft' : 'aannames hebben'} geen bron.`,
    sources: 'Bronnen van de aannames',
    sourcesIntro: 'Het blad Aannames noemt per cijfer een korte bron; hier staat de volledige tekst uit het invoerbestand.',
    moreWarnings: (count) => `… en nog ${formatCount(count, 'nl')} ${count === 1 ? 'waarschuwing' : 'waarschuwingen'} zoals de vorige`,
    inputs: 'Invoerbestanden (SHA-256)',
    version: 'Versie van soweco-bc',
    rounding: "Bedragen worden op hele euro's getoond; de cellen rekenen met volle precisie. Afgeronde bedragen tellen daardoor niet altijd precies op.",
    variant: 'Scenario-variant: aanpassingen ten opzichte van de invoerbestanden',
  },
  chartAxis: {
    euros: (zero) => `Euro's${zero ? '' : ' (as begint niet bij 0)'}`,
    difference: (zero) => `Verschil in euro's, negatief = voordeel${zero ? '' : ' (as begint niet bij 0)'}`,
    differenceBySign: "Verschil in euro's: groen = voordeel (goedkoper), rood = nadeel (duurder)",
  },
  variantLine: (description, overrides) => `Variant${description === undefined ? '' : `: ${description}`} (${overrides.length} aanpassing${overrides.length === 1 ? '' : 'en'}; zie Toelichting).`,
};

const en: WorkbookLabels = {
  sheets: { summary: 'Summary', assumptions: 'Assumptions', population: 'Population', notes: 'Notes', dissolution: 'Dissolution' },
  names: { startYear: 'StartYear', discountRate: 'DiscountRate' },
  columns: { item: 'Item', unit: 'Unit', total: 'Total', value: 'Value', source: 'Source' },
  title: (m) => `WSW execution business case — ${m}`,
  subtitle: (region, start, end) => `${region}, ${start}–${end}. Amounts in euros; net cost = costs − revenues.`,
  populationSubtitle: (region, start, end, withInflow) =>
    `${region}, ${start}–${end}. Totals per year, computed from the employee file${withInflow ? ' (WSW) and the municipality file\'s inflow streams' : ''}; no personal data.`,
  baselineIs: (label) => `Baseline: ${label}. A negative difference is an advantage over the baseline.`,
  madeFrom: (version, date) => `Made with soweco-bc ${version}${date === undefined ? '' : ` on ${date}`}; the Notes sheet lists the input files.`,
  summary: {
    configuration: 'Configuration',
    id: 'Id',
    cumulative: 'Cumulative',
    npv: 'Net present value',
    deltaCumulative: 'Difference, cumulative',
    deltaNpv: 'Difference, NPV',
    breakEven: 'Break-even',
    never: 'never',
    notApplicable: 'n/a',
    verevening: 'Verevening, cumulative (+ = pays for others)',
    cheapestNote: 'Green: the configuration with the lowest net present value.',
    netPerYear: 'Net cost per year',
    lineChartTitle: 'Net cost per year by configuration',
    barChartTitle: (b) => `Difference in NPV with ${b}`,
    barSeries: 'Difference in NPV',
  },
  assumptions: {
    general: 'General',
    startYear: 'First year of the horizon',
    endYear: 'Last year of the horizon',
    discountRate: 'Discount rate (nominal, mid-year present value)',
    discountSource: 'Region file',
    indices: 'Indices (yearly growth)',
    parameters: 'Parameters',
    constants: 'Fixed values in the execution models',
    oneOffs: 'One-off amounts',
    region: 'region',
    municipality: 'municipality',
    scenario: 'scenario override',
    index: 'index',
    growth: 'growth per year',
    elasticity: 'volume elasticity',
    constantRate: 'fixed amount',
    carriedIn: (year) => `value of ${year} indexed to the first year`,
    unit: (unit) => ({ EUR: 'euro', 'EUR/FTE': 'euro per FTE', 'EUR/SE': 'euro per SE', 'EUR/persoon': 'euro per person', 'EUR/inwoner': 'euro per inhabitant', ratio: 'percentage' })[unit],
  },
  dissolution: {
    title: (label, m) => `Dissolution — ${label} — ${m}`,
    subtitle: (c) => `The balance of the organisation that ends, shared by the key; applies in: ${c}. Share = key × item.`,
    key: 'Key',
    keyFixed: 'fixed',
    keyBy: (by, year) => `${enKeys[by]}, as of ${year}`,
    keyShare: 'share',
    items: 'Items',
    share: (m) => `share ${m}`,
    onlyIn: (c) => `only in: ${c}`,
  },
  population: {
    fte: 'FTE',
    se: 'SE',
    headcount: 'Average number of employees',
    yearEnd: 'Employees at the end of the year',
    inhabitants: 'Inhabitants',
    total: 'total',
    others: 'Other members of shared organisations (for the allocation keys)',
    otherMembers: (n) => `The ${n} other members together`,
    persons: 'persons',
    otherForms: 'other work forms',
    suppressed: '[c]',
    smallCells: (min) => `Privacy: a figure about 1 to ${min - 1} people is not shown ([c]). Such a work form is counted in "other work forms" in that year, with the next smallest where needed, so that no hidden figure can be worked out from the totals; where everyone together is fewer than ${min}, the total is left out too.`,
    origin: {
      title: 'By origin: WSW employee file and inflow',
      employeeFile: 'WSW employee file',
      stream: (label) => `Inflow — ${label}`,
      note: 'Inflow: expected numbers from the municipality file, not real people; always shown.',
      chartTable: 'Average number of people per work form: WSW and inflow',
      chartTitle: 'Average number of people per work form: WSW and inflow',
      chartAxis: 'Average number of people',
      wswForm: (form) => `WSW — ${form}`,
    },
  },
  configuration: {
    title: (label, id) => `${label} (${id})`,
    organisation: (model, members) => `Execution model: ${model}; organisation: ${members}`,
    memberCount: (n) => `${n} municipalities`,
    cost: 'cost',
    revenue: 'revenue',
    feeRevenue: (buyer) => `Service revenue ${buyer}`,
    rows: {
      base: 'amount or rate per year (see Assumptions)',
      organisation_se: 'SE of the organisation',
      volume_factor: 'volume factor',
      organisation_total: 'organisation total',
      rate: 'rate',
      inhabitants: 'inhabitants',
    },
    key: (key) => `allocation key: ${enKeys[key]}`,
    share: 'share',
    percentBase: 'base',
    term: (form, quantity) => `${form}: ${quantity} × rate`,
    quantities: { fte: 'FTE', se: 'SE', headcount: 'employees' },
    otherForms: 'Other work forms',
    totalCosts: 'Total costs',
    totalRevenues: 'Total revenues',
    net: 'Net cost',
    cumulative: 'Net cost, cumulative',
    discountFactor: 'Discount factor (mid-year)',
    presentValue: 'Present value',
    delta: (b) => `Difference with ${b}`,
    cumulativeDelta: 'Difference, cumulative',
    presentValueDelta: 'Present value of the difference',
    settled: 'Broken even for good from this year',
    settledFormat: '"yes";;"no"',
    breakEven: 'Break-even',
    netPerSe: 'Net cost per SE',
    settlement: {
      pool: 'members\' total (own amounts)',
      key: 'settlement key',
      borne: 'borne: key × total',
      verevening: 'verevening (+ = pays for others)',
      ownNet: 'Net cost of its own lines (before verevening)',
      vereveningTotal: 'Verevening (+ = pays for others)',
    },
  },
  comparison: {
    sheets: { matrix: 'Comparison', perYear: 'Per year' },
    title: (region) => `Regional comparison of WSW execution — ${region}`,
    subtitle: (start, end, n) => `${n} municipalities, ${start}–${end}. Amounts in euros; net cost = costs − revenues.`,
    region: 'Region',
    cumulative: 'Net cost over the whole horizon (cumulative)',
    npv: 'Net present value of the net cost',
    deltaNpv: (b) => `Difference in NPV with ${b} (negative = advantage)`,
    deltaCumulative: (b) => `Cumulative difference with ${b} (negative = advantage)`,
    gainNote: 'Green: the municipality gains compared with the baseline; red: it loses.',
    breakEven: 'Break-even (region)',
    regionalTotal: 'Region total',
    lineChartTitle: 'Net cost of the region per year by configuration',
    barChartTitle: (b) => `Difference in NPV with ${b} per municipality`,
    verevening: {
      sheet: 'Who pays for whom',
      title: (region) => `Who pays for whom — ${region}`,
      intro: (start, end) => `Verevening per municipality over ${start}–${end}, in euros: what it bears after the settlement key beyond its own lines (positive = pays for others). Over the region the verevening adds up to zero.`,
      regionSum: 'Sum (region)',
      feesIntro: 'Fees for services between organisations per municipality over the whole period: paid minus received (positive = pays others). Over the region they add up to zero.',
      fees: 'Service fees (paid − received)',
      together: 'Verevening + service fees',
    },
    reading: [
      'Comparison: per configuration and municipality the net cost over the whole horizon, the NPV and the difference with the baseline: who gains and who loses.',
      'Per year: each municipality\'s net cost per year and configuration, as computed in the municipalities\' workbooks, with the regional totals as formulas.',
    ],
    worlds: {
      title: 'With and without new target groups (region)',
      npv: { open: 'NPV, with new target groups', closed: 'NPV, without new target groups', newcomers: 'Part from the new target groups' },
      deltaNpv: (b) => ({ open: `Difference with ${b}, with new target groups`, closed: `Difference with ${b}, without new target groups`, newcomers: 'Part from the new target groups' }),
      explanation: 'Without new target groups is the same calculation without the inflow streams of the municipality files (the WSW employees alone); the part from the new target groups is with minus without.',
      reading: 'With and without new target groups (at the foot of Comparison): per configuration the region\'s NPV and its difference with the baseline, with and without the inflow of new target groups, and the part that comes from them; the figures without come from a second calculation and do not follow changes made on Per year.',
    },
    regionTotalsReading: 'Per year also shows, per configuration, the region\'s total costs and revenues, and the present value of its net cost and of the difference with the baseline.',
  },
  notes: {
    title: 'Notes',
    howToRead: 'How to read this workbook',
    reading: [EN_READING.summary, EN_READING.assumptions, EN_READING.population, EN_READING.configurations],
    method: 'The method in short',
    settlementLine: 'Where the members of an organisation settle, each bears its settlement-key share of the pooled lines; its verevening is that share less its own amount (positive: the municipality pays for others).',
    methodLines: [
      'The population is projected month by month up to each AOW date, with a yearly outflow rate. The WSW has been closed since 2015: new people come only from a municipality file\'s inflow streams (new Participatiewet target groups), projected in the same way.',
      'Each line is driven by FTE, SE or headcount, a fixed amount (with volume elasticity), a one-off amount or a percentage of other lines.',
      'Costs of a shared organisation are split by an allocation key (by default the share of SE).',
      'Present value: net cost × (1 + discount rate)^−(year − start year + 0.5). Break-even: the first year from which the cumulative difference with the baseline stays at or below zero.',
    ],
    legend: 'Legend',
    inputCell: 'Input: an assumption you may change',
    engineCell: 'Computed by soweco-bc from the employee file (totals, no personal data)',
    formulaCell: 'Formula',
    withInflow: {
      reading: [EN_READING.summary, EN_READING.assumptions, EN_READING.populationWithInflow, EN_READING.configurations],
      engineCell: 'Computed by soweco-bc from the employee file (totals, no personal data) and the municipality file\'s inflow',
    },
    smallCells: (min) => `Privacy (small cells): the workbook shows no figure about 1 to ${min - 1} people; [c] stands in its place. A work form with so few people is counted in "other work forms" in that year. Where a configuration sheet would read such a figure, it shows the value soweco-bc computed instead of a formula (a volume factor, an allocation key, an "other work forms" term), or [c] (the organisation's SE, the net cost per SE). Amounts themselves stay: dividing an amount by its rate gives the volume back.`,
    warnings: 'Warnings of this calculation',
    noWarnings: 'No warnings.',
    noOtherWarnings: 'No other warnings.',
    estimates: (n, inputs) => `${n} of the ${inputs} assumptions (parameters and indices) are estimates or assumptions without a public source: their source starts with "Estimate" or "Assumption" (or the Dutch "Schatting" or "Aanname"). Replace them with your own figures before you use a result.`,
    weightiest: (figures, by) => `Weighing most (${by === 'share' ? 'by their share of the difference in NPV with the baseline' : 'by their swing on the Sensitivity sheet'}): ${figures.join('; ')}.`,
    withoutSource: (n) => `${n} ${n === 1 ? 'assumption has' : 'assumptions have'} no source.`,
    sources: 'Sources of the assumptions',
    sourcesIntro: 'The Assumptions sheet names a short source per figure; here is the full text from the input file.',
    moreWarnings: (count) => `… and ${formatCount(count, 'en')} more warning${count === 1 ? '' : 's'} like the one above`,
    inputs: 'Input files (SHA-256)',
    version: 'soweco-bc version',
    rounding: 'Amounts are shown in whole euros; cells calculate at full precision, so rounded amounts do not always add up exactly.',
    variant: 'Scenario variant: changes from the input files',
  },
  chartAxis: {
    euros: (zero) => `Euros${zero ? '' : ' (axis does not start at 0)'}`,
    difference: (zero) => `Difference in euros, negative = advantage${zero ? '' : ' (axis does not start at 0)'}`,
    differenceBySign: 'Difference in euros: green = advantage (cheaper), red = disadvantage (dearer)',
  },
  variantLine: (description, overrides) => `Variant${description === undefined ? '' : `: ${description}`} (${overrides.length} change${overrides.length === 1 ? '' : 's'}; see Notes).`,
};

export function workbookLabelsFor(language: Language): WorkbookLabels {
  return language === 'en' ? en : nl;
}

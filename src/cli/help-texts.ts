import { texts } from '../language.js';

const EXAMPLES_EN = `
Examples:
  $ soweco-bc run scenarios/almelo.yaml                 summary of every configuration for Almelo
  $ soweco-bc run scenarios/almelo.yaml --json          the full projection as JSON on stdout
  $ soweco-bc run scenarios/almelo.yaml --set rijksbijdrage_per_se.values.2025=25000
                                                        what if the subsidy is lower from 2025?
  $ soweco-bc run scenarios/regio-soweco.yaml           the region's totals
  $ soweco-bc batch scenarios/regio-soweco.yaml         all council reports of the region, in reports/
  $ soweco-bc validate scenarios/regio-soweco.yaml      check every input file, list warnings
  $ soweco-bc compare scenarios/almelo.yaml scenarios/almelo-krimp.yaml
                                                        what a variant changes: inputs and results
  $ soweco-bc sensitivity scenarios/almelo.yaml         which assumptions matter most (tornado)
  $ soweco-bc risk scenarios/almelo.yaml --iterations 10000 --seed 7
                                                        Monte Carlo: P5/P50/P95, chance cheaper, 80%/90% amounts
  $ soweco-bc solve scenarios/almelo.yaml --config mo --param overhead_mo
                                                        how high may the MO's overhead be and still break even?
  $ soweco-bc evaluate scenarios/almelo.yaml            the forecast against the realised figures (nacalculatie)
  $ soweco-bc calibrate scenarios/almelo.yaml --param loonkosten_per_fte --config gerealiseerd
                                                        fit an assumption to the realised figures, write a variant
  $ soweco-bc what-if scenarios/almelo.yaml             try changes interactively, save them as a variant
  $ soweco-bc init scenarios                            add a municipality to the region, by answering questions
  $ soweco-bc schema --out soweco-bc.schema.json        JSON Schema for completion in editors (README)
  $ soweco-bc validate scenarios/almelo.yaml --lang en  in English (as with LANG=en_US.UTF-8)

Exit codes: 0 ok, 1 invalid input, 2 usage, 3 file I/O, 70 internal error, 130 cancelled (Ctrl-C).`;

const EXAMPLES_NL = `
Voorbeelden:
  $ soweco-bc run scenarios/almelo.yaml                 overzicht van elke configuratie voor Almelo
  $ soweco-bc run scenarios/almelo.yaml --json          de hele projectie als JSON op stdout
  $ soweco-bc run scenarios/almelo.yaml --set rijksbijdrage_per_se.values.2025=25000
                                                        wat als de rijksbijdrage vanaf 2025 lager is?
  $ soweco-bc run scenarios/regio-soweco.yaml           de totalen van de regio
  $ soweco-bc batch scenarios/regio-soweco.yaml         alle raadsrapporten van de regio, in reports/
  $ soweco-bc validate scenarios/regio-soweco.yaml      controleer elk invoerbestand, toon waarschuwingen
  $ soweco-bc compare scenarios/almelo.yaml scenarios/almelo-krimp.yaml
                                                        wat een variant verandert: invoer en resultaten
  $ soweco-bc sensitivity scenarios/almelo.yaml         welke aannames het meest uitmaken (tornado)
  $ soweco-bc risk scenarios/almelo.yaml --iterations 10000 --seed 7
                                                        Monte Carlo: P5/P50/P95, kans goedkoper, bedragen bij 80%/90%
  $ soweco-bc solve scenarios/almelo.yaml --config mo --param overhead_mo
                                                        hoe hoog mag de overhead van het MO zijn om quitte te spelen?
  $ soweco-bc evaluate scenarios/almelo.yaml            de prognose tegenover de gerealiseerde cijfers (nacalculatie)
  $ soweco-bc calibrate scenarios/almelo.yaml --param loonkosten_per_fte --config gerealiseerd
                                                        pas een aanname aan de realisatie aan, schrijf een variant
  $ soweco-bc what-if scenarios/almelo.yaml             probeer wijzigingen interactief, bewaar ze als variant
  $ soweco-bc init scenarios                            voeg een gemeente toe aan de regio, door vragen te beantwoorden
  $ soweco-bc schema --out soweco-bc.schema.json        JSON Schema voor aanvulling in editors (README)
  $ soweco-bc validate scenarios/almelo.yaml --lang en  in het Engels (net als met LANG=en_US.UTF-8)

Afsluitcodes: 0 goed, 1 ongeldige invoer, 2 verkeerd gebruik, 3 bestandsfout, 70 interne fout, 130 afgebroken (Ctrl-C).`;

/** The descriptions of `--help`: of the program, its commands, their arguments and options. */
export const helpTexts = texts('help', {
  en: {
    examples: EXAMPLES_EN,
    program: 'Business case for the execution of the Sheltered Employment Act (WSW) in the Soweco region',
    run: 'project every execution model for a municipality (or the whole region) and print a summary',
    municipalityOrRegion: 'a municipality file (or a region file for regional totals)',
    reportFolderJson: 'folder for the Excel report (with --json: only when given)',
    runJson: 'print the projection as JSON on stdout (methodology §6) and nothing else',
    protect: 'with --json: keep population figures of groups under 5 people out (null), as the council reports do',
    runSet: 'override a parameter, index or setting for this run (repeatable)',
    validate: 'check a region or municipality file and everything it names; list warnings',
    regionOrMunicipality: 'a region or municipality file',
    batch: 'write every municipality\'s workbook and council summary, and the regional comparison',
    regionFile: 'a region file (or one of its municipality files)',
    reportsFolder: 'folder for the reports',
    batchJobs: 'how many threads may write reports at once (default and at most: the number of cores)',
    batchJson: 'print the region\'s projection and the files written as JSON on stdout',
    batchNoDocx: 'write no council summaries as Word documents (.docx): only the workbooks and the Markdown summaries, faster for a large region',
    batchSet: 'override a parameter, index or setting for this batch (repeatable)',
    schema: 'print the JSON Schema of the input files (for editors)',
    schemaOut: 'write it to this file instead',
    compare: 'show how scenario b differs from scenario a: the inputs that differ and the results per configuration',
    compareB: 'a file of the same municipality (or region), e.g. a variant of <a>',
    compareOut: 'folder for the Excel report <a>-vs-<b>.xlsx (with --json: only when given)',
    compareJson: 'print the comparison as JSON on stdout and nothing else',
    generate: 'write a synthetic region for benchmarks',
    generateDir: 'folder to write it to',
    generateMunicipalities: 'number of municipalities, 1 to 1000',
    generateEmployees: 'number of employees in all, 1 to 1000000',
    generateInflow: 'give every municipality inflow streams of new people',
    seed: 'random seed',
    analysisConfig: 'the configuration to look at (default: the cheapest alternative to the baseline)',
    analysisJson: 'print the result as JSON on stdout and nothing else',
    analysisSet: 'override a parameter, index or setting first (repeatable)',
    sensitivity: 'how much each assumption moves the result: a tornado table, and a Gevoeligheid sheet in the workbook',
    range: 'the change of assumptions without a range in the file',
    top: 'how many assumptions the table shows',
    risk: 'Monte Carlo over the uncertainty in the files: percentiles, the chance to be cheaper, the amount needed at 80% and 90% certainty',
    iterations: (max: number) => `number of draws, 1 to ${max} (a million)`,
    riskSeed: (max: number) => `seed of the random draws, 0 to ${max} (the same seed gives the same result)`,
    riskJobs: 'threads to draw with (default and at most: the number of cores)',
    solve: 'goal seek: the value of a parameter at which a configuration costs as much as the baseline',
    param: 'the parameter to solve for',
    measure: 'break even in NPV or cumulatively over the horizon',
    whatIf: 'try changes to the assumptions and see their effect at once; save them as a scenario variant (interactive)',
    whatIfFile: 'a municipality file, or a variant of one',
    init: 'create a municipality file and its cohort CSV for an existing region, by answering questions (interactive)',
    initDir: 'the folder of the region file',
    debug: 'show stack traces of internal errors',
    lang: 'language of everything written: messages, help and reports; without --lang English when LANG (or LC_ALL, LC_MESSAGES) is an English locale, else Dutch',
    population: 'open: the WSW employees and the inflow streams of the municipality files (new target groups); closed: the WSW employees alone, as if no file declared inflow',

    evaluate: 'hold the forecast against the realised figures: per year and line the difference, split into volume, price and rest; the population and the outflow it implies',
    evaluateFile: 'a municipality file with realised figures (or a region file: every municipality that states some)',
    evaluateConfig: 'compare only the lines of this configuration',
    evaluateOut: 'write the municipality\'s workbook, with an Evaluation sheet, to this folder (without --out: no workbook)',
    evaluateJson: 'print the evaluation as JSON on stdout (docs/methodology.md#evaluate) and nothing else',
  },
  nl: {
    examples: EXAMPLES_NL,
    program: 'Businesscase voor de uitvoering van de Wet sociale werkvoorziening (Wsw) in de regio Soweco',
    run: 'projecteer elk uitvoeringsmodel voor een gemeente (of de hele regio) en toon een overzicht',
    municipalityOrRegion: 'een gemeentebestand (of een regiobestand voor de totalen van de regio)',
    reportFolderJson: 'map voor het Excel-rapport (met --json: alleen als die gegeven is)',
    runJson: 'schrijf de projectie als JSON op stdout (methodologie §6) en verder niets',
    protect: 'met --json: laat populatiecijfers van groepen onder 5 personen weg (null), zoals de raadsrapporten doen',
    runSet: 'overschrijf een parameter, index of instelling voor deze run (herhaalbaar)',
    validate: 'controleer een regio- of gemeentebestand en alles wat het noemt; toon waarschuwingen',
    regionOrMunicipality: 'een regio- of gemeentebestand',
    batch: 'schrijf de werkmap en raadssamenvatting van elke gemeente, en de regionale vergelijking',
    regionFile: 'een regiobestand (of een van zijn gemeentebestanden)',
    reportsFolder: 'map voor de rapporten',
    batchJobs: 'hoeveel threads tegelijk rapporten mogen schrijven (standaard en hoogstens: het aantal kernen)',
    batchJson: 'schrijf de projectie van de regio en de geschreven bestanden als JSON op stdout',
    batchNoDocx: 'schrijf geen raadssamenvattingen als Word-document (.docx): alleen de werkmappen en de Markdown-samenvattingen, sneller bij een grote regio',
    batchSet: 'overschrijf een parameter, index of instelling voor deze batch (herhaalbaar)',
    schema: 'schrijf het JSON Schema van de invoerbestanden (voor editors)',
    schemaOut: 'schrijf het naar dit bestand',
    compare: 'toon hoe scenario b verschilt van scenario a: de invoer die verschilt en de resultaten per configuratie',
    compareB: 'een bestand van dezelfde gemeente (of regio), bijvoorbeeld een variant van <a>',
    compareOut: 'map voor het Excel-rapport <a>-vs-<b>.xlsx (met --json: alleen als die gegeven is)',
    compareJson: 'schrijf de vergelijking als JSON op stdout en verder niets',
    generate: 'schrijf een synthetische regio voor benchmarks',
    generateDir: 'map om die in te schrijven',
    generateMunicipalities: 'aantal gemeenten, 1 tot 1000',
    generateEmployees: 'aantal medewerkers in totaal, 1 tot 1000000',
    generateInflow: 'geef elke gemeente instroomstromen van nieuwe mensen',
    seed: 'startwaarde van het toeval',
    analysisConfig: 'de configuratie om te bekijken (standaard: het goedkoopste alternatief voor de basis)',
    analysisJson: 'schrijf het resultaat als JSON op stdout en verder niets',
    analysisSet: 'overschrijf eerst een parameter, index of instelling (herhaalbaar)',
    sensitivity: 'hoeveel elke aanname het resultaat verschuift: een tornadotabel, en een blad Gevoeligheid in de werkmap',
    range: 'de verandering van aannames zonder bandbreedte in het bestand',
    top: 'hoeveel aannames de tabel toont',
    risk: 'Monte Carlo over de onzekerheid in de bestanden: percentielen, de kans om goedkoper te zijn, het benodigde bedrag bij 80% en 90% zekerheid',
    iterations: (max: number) => `aantal trekkingen, 1 tot ${max} (een miljoen)`,
    riskSeed: (max: number) => `startwaarde van de trekkingen, 0 tot ${max} (dezelfde startwaarde geeft hetzelfde resultaat)`,
    riskJobs: 'threads om mee te trekken (standaard en hoogstens: het aantal kernen)',
    solve: 'doelzoeken: de waarde van een parameter waarbij een configuratie evenveel kost als de basis',
    param: 'de parameter om op te lossen',
    measure: 'quitte spelen in contante waarde (npv) of cumulatief over de horizon',
    whatIf: 'probeer wijzigingen van de aannames en zie meteen het effect; bewaar ze als scenariovariant (interactief)',
    whatIfFile: 'een gemeentebestand, of een variant daarvan',
    init: 'maak een gemeentebestand en de cohort-CSV ervan voor een bestaande regio, door vragen te beantwoorden (interactief)',
    initDir: 'de map van het regiobestand',
    debug: 'toon stacktraces van interne fouten',
    lang: 'taal van alles wat geschreven wordt: meldingen, hulp en rapporten; zonder --lang Engels als LANG (of LC_ALL, LC_MESSAGES) Engels is, anders Nederlands',
    population: 'open: de WSW-medewerkers en de instroom uit de gemeentebestanden (nieuwe doelgroepen); closed: alleen de WSW-medewerkers, alsof geen bestand instroom noemt',

    evaluate: 'houd de prognose tegen de gerealiseerde cijfers: per jaar en regel het verschil, gesplitst in volume, prijs en rest; de populatie en de uitstroom die die impliceert',
    evaluateFile: 'een gemeentebestand met gerealiseerde cijfers (of een regiobestand: elke gemeente die ze geeft)',
    evaluateConfig: 'vergelijk alleen de regels van deze configuratie',
    evaluateOut: 'schrijf de werkmap van de gemeente, met een blad Evaluatie, in deze map (zonder --out: geen werkmap)',
    evaluateJson: 'schrijf de evaluatie als JSON op stdout (docs/methodology.md#evaluate) en verder niets',
  },
});

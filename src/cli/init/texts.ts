import type { Language } from '../../report/i18n/index.js';

/** Everything `init` says, one shape per language (Dutch by default, English with `--lang en`). */
export interface InitTexts {
  readonly needsTerminal: string;
  readonly needsTerminalHint: string;
  readonly whichRegion: string;
  readonly noRegion: (dir: string) => string;
  readonly notRegion: string;
  readonly regionChanged: (region: string) => string;
  readonly regionChangedHint: string;
  readonly idQuestion: string;
  readonly idForm: string;
  readonly idTaken: (id: string) => string;
  readonly fileThere: (file: string) => string;
  readonly nameQuestion: string;
  readonly giveName: string;
  readonly nameTooLong: (max: number) => string;
  readonly unfitName: (code: string) => string;
  readonly nameTaken: (name: string, id: string) => string;
  readonly cbsQuestion: string;
  readonly cbsForm: string;
  readonly cbsTaken: (code: string, name: string) => string;
  readonly inhabitantsQuestion: string;
  readonly wholeAboveZero: string;
  readonly employees: string;
  readonly byQuestions: string;
  readonly cohortsThere: (path: string) => string;
  readonly existingCsv: string;
  readonly csvQuestion: string;
  readonly csvEmpty: string;
  readonly noFile: (path: string) => string;
  readonly line: (n: number) => string;
  readonly howMany: (form: string) => string;
  readonly wholeUpTo: (max: number) => string;
  readonly noEmployees: string;
  readonly averageAge: (start: number) => string;
  readonly ageRange: string;
  readonly fteQuestion: string;
  readonly fteRange: string;
  readonly addToRegion: (file: string, region: string) => string;
  readonly placeQuestion: (name: string, configuration: string, label: string) => string;
  readonly placeJoin: (organisation: string, members: readonly string[]) => string;
  readonly placeEach: (model: string) => string;
  readonly placeNew: (model: string, label: string) => string;
  readonly onlyPlace: (name: string, configuration: string, place: string) => string;
  readonly toWrite: (files: string) => string;
  readonly asNow: string;
  readonly fixedKeyNote: string;
  readonly shareQuestion: (name: string, organisation: string) => string;
  readonly shareRange: string;
  readonly dissolutionNote: (name: string) => string;
  readonly cannotPlace: (configuration: string) => string;
  readonly cannotPlaceHint: string;
  readonly doesNotLoad: string;
  readonly doesNotLoadHint: string;
  readonly effectTitle: (name: string, baseline: string) => string;
  readonly effectColumns: readonly [string, string, string, string, string];
  readonly flips: string;
  readonly unchanged: (n: number) => string;
  readonly noEffect: (name: string) => string;
  readonly confirmWrite: string;
  readonly nothingWritten: string;
  readonly written: string;
  readonly otherIdHint: string;
  readonly ownFigures: (names: string, who: string, file: string) => string;
  readonly newOne: string;
  readonly notRunning: string;
}

const nl: InitTexts = {
  needsTerminal: 'init stelt vragen en heeft een terminal nodig',
  needsTerminalHint: 'zonder terminal: kopieer een gemeentebestand zoals scenarios/almelo.yaml en pas het aan (README: invoerbestanden)',
  whichRegion: 'Welke regio?',
  noRegion: (dir) => `Geen regiobestand in ${dir}. Pad van het regiobestand:`,
  notRegion: 'geen regiobestand (dat heeft models en configurations)',
  regionChanged: (region) => `${region} is veranderd terwijl init vragen stelde: er is niets geschreven`,
  regionChangedHint: 'start init opnieuw, zodat de nieuwe gemeente wordt toegevoegd aan het bestand zoals het nu is',
  idQuestion: 'Id van de nieuwe gemeente (kleine letters, bijv. enschede):',
  idForm: 'gebruik kleine letters, cijfers, - of _, beginnend met een letter',
  idTaken: (id) => `${id} zit al in de regio`,
  fileThere: (file) => `er is al een bestand ${file}: kies een ander id, of verplaats dat bestand`,
  nameQuestion: 'Naam:',
  giveName: 'geef een naam',
  nameTooLong: (max) => `hooguit ${max} tekens`,
  unfitName: (code) => `verwijder ${code}: een naam kan dat teken niet bevatten`,
  nameTaken: (name, id) => `${name} is al de naam van een gemeente in de regio (${id}): kies een andere naam`,
  cbsQuestion: 'CBS-code (GM en vier cijfers; leeg om over te slaan):',
  cbsForm: 'verwacht GM en vier cijfers, zoals GM0153',
  cbsTaken: (code, name) => `${code} is al de CBS-code van ${name}: elke gemeente heeft haar eigen code`,
  inhabitantsQuestion: 'Inwoners:',
  wholeAboveZero: 'verwacht een geheel getal boven 0',
  employees: 'Medewerkers:',
  byQuestions: 'Beschrijf ze met een paar vragen (een cohortbestand, geen persoonsgegevens)',
  cohortsThere: (path) => `${path} bestaat al: gebruik het als bestaande CSV`,
  existingCsv: 'Gebruik een bestaande medewerkers- of cohort-CSV',
  csvQuestion: 'Pad van de CSV, ten opzichte van het regiobestand:',
  csvEmpty: 'geef het pad van het CSV-bestand',
  noFile: (path) => `geen bestand ${path}`,
  line: (n) => `regel ${n}`,
  howMany: (form) => `Hoeveel SW-medewerkers in ${form}?`,
  wholeUpTo: (max) => `verwacht een geheel getal van 0 tot ${max}`,
  noEmployees: 'een gemeente zonder SW-medewerkers heeft geen business case nodig',
  averageAge: (start) => `Hun gemiddelde leeftijd op 1 januari ${start}:`,
  ageRange: 'verwacht een leeftijd van 25 tot 62',
  fteQuestion: 'Hun gemiddelde deeltijdfactor (fte per persoon, bijv. 0,9):',
  fteRange: 'verwacht een getal boven 0, hooguit 1',
  addToRegion: (file, region) => `${file} toevoegen aan de gemeenten van ${region}?`,
  placeQuestion: (name, configuration, label) => `Waar komt ${name} in configuratie ${configuration} — ${label}?`,
  placeJoin: (organisation, members) => `samen met ${members.join(', ')} in ${organisation}`,
  placeEach: (model) => `alleen (model ${model}, zoals de gemeenten buiten een gedeelde organisatie)`,
  placeNew: (model, label) => `alleen, in een eigen organisatie (model ${model}: ${label})`,
  onlyPlace: (name, configuration, place) => `In configuratie ${configuration} komt ${name} ${place}: er is geen andere plaats.`,
  toWrite: (files) => `Te schrijven: ${files}`,
  asNow: ' (zoals nu)',
  fixedKeyNote: ' — vaste verdeelsleutel: init vraagt het aandeel',
  shareQuestion: (name, organisation) => `Aandeel van ${name} in de vaste verdeelsleutel van ${organisation} (0 tot 1; de aandelen van de anderen krimpen naar verhouding, zodat de sleutel 1 blijft):`,
  shareRange: 'verwacht een getal van 0 tot 1, zoals 0,08',
  dissolutionNote: (name) => `${name} krijgt aandeel 0 in de vaste sleutel van het liquidatiesaldo (dissolution.key): het was geen lid van de organisatie die wordt opgeheven. Pas dat aan in het regiobestand als het wel meebetaalt.`,
  cannotPlace: (configuration) => `init kan de nieuwe gemeente niet in configuratie "${configuration}" schrijven zoals die er nu staat`,
  cannotPlaceHint: 'voeg de gemeente met de hand toe aan het regiobestand (input-format.md, "configurations")',
  doesNotLoad: 'met deze keuzes is de regio niet door te rekenen: er is niets geschreven',
  doesNotLoadHint: 'start init opnieuw en kies anders, of voeg de gemeente met de hand toe',
  effectTitle: (name, baseline) => `Wat ${name} verandert aan de uitkomsten van de anderen: verschil in contante waarde met ${baseline} (negatief = goedkoper dan ${baseline})`,
  effectColumns: ['Gemeente', 'Configuratie', 'Nu', 'Met nieuwe gemeente', 'Verandering'],
  flips: '← conclusie draait om',
  unchanged: (n) => (n === 1 ? 'Het andere verschil blijft gelijk.' : `De andere ${n} verschillen blijven gelijk.`),
  noEffect: (name) => `${name} verandert niets aan de uitkomsten van de andere gemeenten.`,
  confirmWrite: 'Deze bestanden schrijven?',
  nothingWritten: 'Er is niets geschreven.',
  written: 'Geschreven:',
  otherIdHint: 'kies een ander id voor de nieuwe gemeente',
  ownFigures: (names, who, file) => `\nDe andere gemeenten geven hun eigen waarden voor ${names}; ${who} gebruikt voorlopig die van de regio.\nZet ze onder parameters: in ${file} (docs/extending.md) voordat u de cijfers vertrouwt.\n`,
  newOne: 'de nieuwe gemeente',
  notRunning: 'De bestanden zijn geschreven, maar de regio is nog niet door te rekenen:\n',
};

const en: InitTexts = {
  needsTerminal: 'init asks questions and needs a terminal',
  needsTerminalHint: 'without a terminal, copy a municipality file such as scenarios/almelo.yaml and edit it (README: input files)',
  whichRegion: 'Which region?',
  noRegion: (dir) => `No region file in ${dir}. Path of the region file:`,
  notRegion: 'not a region file (it needs models and configurations)',
  regionChanged: (region) => `${region} changed while init was asking its questions: nothing was written`,
  regionChangedHint: 'run init again, so that the new municipality is added to the file as it is now',
  idQuestion: 'Id of the new municipality (lower case, e.g. enschede):',
  idForm: 'use lower-case letters, digits, - or _, starting with a letter',
  idTaken: (id) => `${id} is already in the region`,
  fileThere: (file) => `there is a file ${file} already: choose another id, or move that file`,
  nameQuestion: 'Name:',
  giveName: 'give a name',
  nameTooLong: (max) => `at most ${max} characters`,
  unfitName: (code) => `remove ${code}: a name cannot hold it`,
  nameTaken: (name, id) => `${name} is already the name of a municipality of the region (${id}): choose another name`,
  cbsQuestion: 'CBS code (GM and four digits; empty to skip):',
  cbsForm: 'expected GM and four digits, such as GM0153',
  cbsTaken: (code, name) => `${code} is already the CBS code of ${name}: each municipality has its own code`,
  inhabitantsQuestion: 'Inhabitants:',
  wholeAboveZero: 'expected a whole number above 0',
  employees: 'Employees:',
  byQuestions: 'Describe them with a few questions (a cohort file, no personal data)',
  cohortsThere: (path) => `${path} exists already: use it as an existing CSV`,
  existingCsv: 'Use an existing employee or cohort CSV',
  csvQuestion: 'Path of the CSV, relative to the region file:',
  csvEmpty: 'give the path of the CSV file',
  noFile: (path) => `no file ${path}`,
  line: (n) => `line ${n}`,
  howMany: (form) => `How many SW employees in ${form}?`,
  wholeUpTo: (max) => `expected a whole number from 0 to ${max}`,
  noEmployees: 'a municipality without SW employees needs no business case',
  averageAge: (start) => `Their average age on 1 January ${start}:`,
  ageRange: 'expected an age from 25 to 62',
  fteQuestion: 'Their average part-time factor (fte per person, e.g. 0.9):',
  fteRange: 'expected a number above 0, at most 1',
  addToRegion: (file, region) => `Add ${file} to the municipalities of ${region}?`,
  placeQuestion: (name, configuration, label) => `Where does ${name} go in configuration ${configuration} — ${label}?`,
  placeJoin: (organisation, members) => `together with ${members.join(', ')} in ${organisation}`,
  placeEach: (model) => `alone (model ${model}, like the municipalities outside a shared organisation)`,
  placeNew: (model, label) => `alone, in an organisation of its own (model ${model}: ${label})`,
  onlyPlace: (name, configuration, place) => `In configuration ${configuration}, ${name} goes ${place}: there is no other place.`,
  toWrite: (files) => `To write: ${files}`,
  asNow: ' (as now)',
  fixedKeyNote: ' — fixed key: init asks for the share',
  shareQuestion: (name, organisation) => `Share of ${name} in the fixed key of ${organisation} (0 to 1; the others' shares shrink in proportion, so that the key stays 1):`,
  shareRange: 'expected a number from 0 to 1, such as 0.08',
  dissolutionNote: (name) => `${name} gets a share of 0 in the fixed key of the dissolution balance (dissolution.key): it was no member of the organisation that is dissolved. Change that in the region file if it does pay its part.`,
  cannotPlace: (configuration) => `init cannot write the new municipality into configuration "${configuration}" as it is written`,
  cannotPlaceHint: 'add the municipality to the region file by hand (input-format.md, "configurations")',
  doesNotLoad: 'with these choices the region cannot be calculated: nothing was written',
  doesNotLoadHint: 'run init again and choose otherwise, or add the municipality by hand',
  effectTitle: (name, baseline) => `What ${name} changes in the others' results: difference in net present value with ${baseline} (negative = cheaper than ${baseline})`,
  effectColumns: ['Municipality', 'Configuration', 'Now', 'With the new one', 'Change'],
  flips: '← conclusion flips',
  unchanged: (n) => (n === 1 ? 'The other difference stays the same.' : `The other ${n} differences stay the same.`),
  noEffect: (name) => `${name} changes nothing in the other municipalities' results.`,
  confirmWrite: 'Write these files?',
  nothingWritten: 'Nothing was written.',
  written: 'Written:',
  otherIdHint: 'choose another id for the new municipality',
  ownFigures: (names, who, file) => `\nThe other municipalities give their own values for ${names}; ${who} uses the region's for now.\nAdd them under parameters: in ${file} (docs/extending.md) before you trust its figures.\n`,
  newOne: 'the new one',
  notRunning: 'The files are written, but the region does not run yet:\n',
};

/** The texts of `init` in a language. */
export function initTexts(language: Language): InitTexts {
  return language === 'en' ? en : nl;
}

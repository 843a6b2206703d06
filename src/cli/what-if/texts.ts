import type { Language } from '../../report/i18n/index.js';

/** Everything `what-if` says, one shape per language (Dutch by default, English with `--lang en`). */
export interface WhatIfTexts {
  readonly needsTerminal: string;
  readonly needsTerminalHint: (run: string) => string;
  readonly needsMunicipality: string;
  readonly otherNameHint: string;
  readonly title: (municipality: string, file: string) => string;
  readonly intro: string;
  readonly baseline: string;
  readonly whatNow: (changes: number) => string;
  readonly actions: { readonly change: string; readonly undo: string; readonly show: string; readonly save: string; readonly quit: string };
  readonly nothingToUndo: string;
  readonly noChanges: string;
  readonly quitUnsaved: string;
  readonly undone: (name: string, from: string, to: string) => string;
  readonly whichAssumption: string;
  readonly back: string;
  readonly groups: { readonly parameters: string; readonly indices: string; readonly general: string };
  readonly perYear: string;
  readonly per: (unit: string) => string;
  readonly discountRateDescription: string;
  readonly horizonEnd: string;
  readonly horizonEndDescription: string;
  readonly typeNumberOrPercent: string;
  readonly typeNumber: string;
  readonly unknownParameter: (name: string) => string;
  readonly negativeAmount: string;
  readonly belowMinus100: string;
  readonly expectedYear: string;
  readonly newValue: (name: string, start: number) => string;
  readonly newRate: (id: string) => string;
  readonly newDiscountRate: string;
  readonly newHorizonEnd: string;
  readonly saveAs: string;
  readonly yamlName: string;
  readonly replace: (file: string) => string;
  readonly describe: string;
  readonly tooLong: (max: number) => string;
  readonly unfit: (code: string) => string;
  readonly fileComment: (base: string, command: string) => string;
  readonly saved: string;
  readonly runWith: (command: string) => string;
}

const nl: WhatIfTexts = {
  needsTerminal: 'what-if stelt vragen en heeft een terminal nodig',
  needsTerminalHint: (run) => `zonder terminal: probeer een wijziging met ${run} --set naam=waarde (herhaalbaar)`,
  needsMunicipality: 'what-if heeft een gemeentebestand nodig (of een variant daarvan), geen regiobestand',
  otherNameHint: 'sla de variant op onder een andere naam',
  title: (municipality, file) => `Wat als … voor ${municipality} (${file})`,
  intro: ': wijzigingen worden op een kopie geprobeerd; de bestanden blijven zoals ze zijn.',
  baseline: 'Zo staat het nu (het opgeslagen scenario):',
  whatNow: (n) => (n === 0 ? 'Wat nu?' : `Wat nu? (${n} ${n === 1 ? 'wijziging' : 'wijzigingen'})`),
  actions: { change: 'Een aanname wijzigen', undo: 'De laatste wijziging ongedaan maken', show: 'De wijzigingen en hun effect tonen', save: 'Opslaan als scenariovariant', quit: 'Stoppen' },
  nothingToUndo: 'niets ongedaan te maken',
  noChanges: 'nog geen wijzigingen',
  quitUnsaved: 'Stoppen zonder de wijzigingen op te slaan?',
  undone: (name, from, to) => `Ongedaan gemaakt: ${name} terug van ${from} naar ${to}.`,
  whichAssumption: 'Welke aanname? (typ om te zoeken)',
  back: '← terug',
  groups: { parameters: 'Parameters', indices: 'Indexen (jaarlijkse groei)', general: 'Algemeen' },
  perYear: 'per jaar',
  per: (unit) => `per ${unit}`,
  discountRateDescription: 'de disconteringsvoet voor de contante waarde',
  horizonEnd: 'einde horizon',
  horizonEndDescription: 'het laatste jaar van de projectie',
  typeNumberOrPercent: 'typ een getal (zoals 25000) of een verandering in procenten (zoals -3%)',
  typeNumber: 'typ een getal',
  unknownParameter: (name) => `onbekende parameter ${name}`,
  negativeAmount: 'een bedrag kan niet negatief zijn',
  belowMinus100: 'een verandering onder -100% zou het bedrag negatief maken',
  expectedYear: 'verwacht een jaartal, zoals 2035',
  newValue: (name, start) => `Nieuwe waarde van ${name} voor ${start}, of een verandering in procenten van elk jaar (bijv. -3%):`,
  newRate: (id) => `Nieuwe jaarlijkse groei van ${id} (bijv. 0,03 of 3%):`,
  newDiscountRate: 'Nieuwe disconteringsvoet (bijv. 0,025 of 2,5%):',
  newHorizonEnd: 'Nieuw laatste jaar van de horizon:',
  saveAs: 'Variant opslaan als:',
  yamlName: 'de bestandsnaam moet eindigen op .yaml',
  replace: (file) => `${file} bestaat al. Vervangen?`,
  describe: 'Beschrijf de variant in een paar woorden:',
  tooLong: (max) => `hooguit ${max} tekens`,
  unfit: (code) => `verwijder ${code}: een bestand kan dat teken niet bevatten`,
  fileComment: (base, command) => `# Scenariovariant van ${base}, gemaakt met soweco-bc what-if. Doorrekenen met: ${command}\n`,
  saved: 'Opgeslagen',
  runWith: (command) => `Doorrekenen met: ${command}`,
};

const en: WhatIfTexts = {
  needsTerminal: 'what-if asks questions and needs a terminal',
  needsTerminalHint: (run) => `without a terminal, try a change with: ${run} --set name=value (repeatable)`,
  needsMunicipality: 'what-if needs a municipality file (or a variant of one), not a region file',
  otherNameHint: 'save the variant under another name',
  title: (municipality, file) => `What if … for ${municipality} (${file})`,
  intro: ': changes are tried on a copy; the files stay as they are.',
  baseline: 'As it stands now (the saved scenario):',
  whatNow: (n) => (n === 0 ? 'What now?' : `What now? (${n} change${n === 1 ? '' : 's'})`),
  actions: { change: 'Change an assumption', undo: 'Undo the last change', show: 'Show the changes and their effect', save: 'Save as a scenario variant', quit: 'Quit' },
  nothingToUndo: 'nothing to undo',
  noChanges: 'no changes yet',
  quitUnsaved: 'Quit without saving the changes?',
  undone: (name, from, to) => `Undone: ${name} back from ${from} to ${to}.`,
  whichAssumption: 'Which assumption? (type to search)',
  back: '← back',
  groups: { parameters: 'Parameters', indices: 'Indices (yearly growth)', general: 'General' },
  perYear: 'a year',
  per: (unit) => `per ${unit}`,
  discountRateDescription: 'the discount rate for the net present value',
  horizonEnd: 'horizon end',
  horizonEndDescription: 'the last year of the projection',
  typeNumberOrPercent: 'type a number (such as 25000) or a change in percent (such as -3%)',
  typeNumber: 'type a number',
  unknownParameter: (name) => `unknown parameter ${name}`,
  negativeAmount: 'an amount cannot be negative',
  belowMinus100: 'a change below -100% would make the amount negative',
  expectedYear: 'expected a year, such as 2035',
  newValue: (name, start) => `New value of ${name} for ${start}, or a change in percent of every year (e.g. -3%):`,
  newRate: (id) => `New yearly rate of ${id} (e.g. 0.03 or 3%):`,
  newDiscountRate: 'New discount rate (e.g. 0.025 or 2.5%):',
  newHorizonEnd: 'New last year of the horizon:',
  saveAs: 'Save the variant as:',
  yamlName: 'the file name must end in .yaml',
  replace: (file) => `${file} exists. Replace it?`,
  describe: 'Describe the variant in a few words:',
  tooLong: (max) => `at most ${max} characters`,
  unfit: (code) => `remove ${code}: a file cannot hold it`,
  fileComment: (base, command) => `# Scenario variant of ${base}, made with soweco-bc what-if. Run it with: ${command}\n`,
  saved: 'Saved',
  runWith: (command) => `Run it with: ${command}`,
};

/** The texts of `what-if` in a language. */
export function whatIfTexts(language: Language): WhatIfTexts {
  return language === 'en' ? en : nl;
}

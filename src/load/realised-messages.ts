import { texts } from '../language.js';

const LINES_HEADER = 'year,configuration,line,amount (and optional source), or in Dutch jaar;configuratie;regel;bedrag;bron';
const LINES_HEADER_NL = 'jaar;configuratie;regel;bedrag (en eventueel bron), of in het Engels year,configuration,line,amount,source';
const POPULATION_HEADER = 'year,work_form,se,fte,headcount (at least one of the last three; optional source), or in Dutch jaar;werkvorm;se;fte;aantal';
/** Names, each in quotes: `"a", "b"`. */
const quotedList = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');
const POPULATION_HEADER_NL = 'jaar;werkvorm;se;fte;aantal (ten minste één van de laatste drie; eventueel bron), of in het Engels year,work_form,se,fte,headcount';

/**
 * The texts of the checks of the realised figures (realised.ts, docs/input-format.md#realised).
 * The files hold aggregates, not persons; still, a message quotes at most the one cell it is
 * about, and only a short one.
 */
export const realisedMessages = texts('realised', {
  en: {
    noFiles: '"realised" names no file: expected "lines", "population" or both',
    noFilesHint: 'for example realised: { lines: data/realisatie.csv }',
    noRows: 'the file has a header but no rows: it states no realised figures',
    rowTooLong: 'this row is longer than 1 MB: a file of realised figures has short rows',
    rowTooLongHint: 'check that the file named under "realised" is a file of realised figures',
    tooManyColumns: (found: string, max: number) => `the header has ${found} columns, more than the ${max} a CSV may have`,
    linesHeaderHint: `start the file with the header ${LINES_HEADER}`,
    populationHeaderHint: `start the file with the header ${POPULATION_HEADER}`,
    longCell: (length: number) => `text of ${length} characters`,
    notAYear: (found: string) => `expected a year such as 2022, got "${found}"`,
    yearOutside: (year: number, start: number, end: number) => `year ${year} lies outside the horizon ${start}–${end}`,
    yearOutsideHint: 'state realised figures only for years of the region file\'s "horizon"',
    unknownConfiguration: (name: string, suggestion: string) => `unknown configuration "${name}"${suggestion}`,
    configurationsHint: (ids: readonly string[]) => `the region's configurations are: ${ids.join(', ')}`,
    unknownLine: (line: string, configuration: string, model: string, suggestion: string) =>
      `unknown line "${line}": in configuration "${configuration}" this municipality's organisation uses model "${model}", which has no such line${suggestion}`,
    unknownRegionLine: (line: string, configuration: string, models: readonly string[], suggestion: string) =>
      `unknown line "${line}": in configuration "${configuration}" the region's organisations use ${models.length === 1 ? 'model' : 'models'} ${quotedList(models)}, and the region's sums have no such line (a fee between organisations nets out in them)${suggestion}`,
    linesHint: (ids: readonly string[], more: number) => `its lines are: ${ids.join(', ')}${more > 0 ? ` and ${more} more` : ''}; or "net" for the year's net cost`,
    netIsLine: (name: string, model: string, line: string) => `"${name}" is the reserved name of the year's net cost, but model "${model}" also has a line "${line}"`,
    netIsLineHint: 'give that line another id in the region file: "net" and "netto" always mean the net cost here',
    notANumber: (found: string) => `expected a number, got ${found}`,
    numberHint: 'write a number such as 1234567.89, 1234567,89 or 1.234.567,89',
    negativeAmount: (line: string) => `expected an amount ≥ 0 for line "${line}", got a negative number`,
    negativeAmountHint: 'amounts are positive euros as in the model, a revenue as the amount received; only the net cost ("net") may be negative',
    negativeFigure: 'expected a number ≥ 0, got a negative number',
    lineTwice: (year: number, configuration: string, line: string, first: number) =>
      `year ${year}, configuration "${configuration}", line "${line}" is stated twice (first on line ${first} of this file)`,
    lineTwiceHint: 'state each line once a year: add up amounts that are parts of one line',
    workFormTwice: (year: number, form: string, first: number) => `year ${year}, work form "${form}" is stated twice (first on line ${first} of this file)`,
    workFormTwiceHint: 'state each work form once a year',
    unknownWorkForm: (form: string, suggestion: string) => `unknown work form "${form}"${suggestion}`,
    workFormsHint: (forms: readonly string[]) => `the region's work forms are: ${forms.join(', ')}`,
    noFigures: 'the row states none of se, fte and headcount: it is left out',
    sourceTooLong: (max: number) => `a source has at most ${max} characters`,
    unfitSource: (code: string) => `the source holds the character ${code}, which a report cannot show`,
    unfitSourceHint: 'remove the character (it may have come with a copy from another program)',
  },
  nl: {
    noFiles: '"realised" noemt geen bestand: verwacht "lines", "population" of allebei',
    noFilesHint: 'bijvoorbeeld realised: { lines: data/realisatie.csv }',
    noRows: 'het bestand heeft een kopregel maar geen rijen: het geeft geen realisatiecijfers',
    rowTooLong: 'deze rij is langer dan 1 MB: een bestand met realisatiecijfers heeft korte rijen',
    rowTooLongHint: 'controleer of het bestand dat onder "realised" staat een bestand met realisatiecijfers is',
    tooManyColumns: (found: string, max: number) => `de kopregel heeft ${found} kolommen, meer dan de ${max} die een CSV mag hebben`,
    linesHeaderHint: `begin het bestand met de kopregel ${LINES_HEADER_NL}`,
    populationHeaderHint: `begin het bestand met de kopregel ${POPULATION_HEADER_NL}`,
    longCell: (length: number) => `tekst van ${length} tekens`,
    notAYear: (found: string) => `verwacht een jaar zoals 2022, gevonden: "${found}"`,
    yearOutside: (year: number, start: number, end: number) => `jaar ${year} ligt buiten de horizon ${start}–${end}`,
    yearOutsideHint: 'geef realisatiecijfers alleen voor jaren van de "horizon" van het regiobestand',
    unknownConfiguration: (name: string, suggestion: string) => `onbekende configuratie "${name}"${suggestion}`,
    configurationsHint: (ids: readonly string[]) => `de configuraties van de regio zijn: ${ids.join(', ')}`,
    unknownLine: (line: string, configuration: string, model: string, suggestion: string) =>
      `onbekende regel "${line}": in configuratie "${configuration}" gebruikt de organisatie van deze gemeente model "${model}", en dat heeft zo'n regel niet${suggestion}`,
    unknownRegionLine: (line: string, configuration: string, models: readonly string[], suggestion: string) =>
      `onbekende regel "${line}": in configuratie "${configuration}" gebruiken de organisaties van de regio ${models.length === 1 ? 'model' : 'de modellen'} ${quotedList(models)}, en de regiototalen hebben zo'n regel niet (een vergoeding tussen organisaties valt daarin weg)${suggestion}`,
    linesHint: (ids: readonly string[], more: number) => `de regels zijn: ${ids.join(', ')}${more > 0 ? ` en nog ${more}` : ''}; of "netto" voor de nettokosten van het jaar`,
    netIsLine: (name: string, model: string, line: string) => `"${name}" is de gereserveerde naam van de nettokosten van het jaar, maar model "${model}" heeft ook een regel "${line}"`,
    netIsLineHint: 'geef die regel in het regiobestand een andere id: "net" en "netto" betekenen hier altijd de nettokosten',
    notANumber: (found: string) => `verwacht een getal, gevonden: ${found}`,
    numberHint: 'schrijf een getal zoals 1234567.89, 1234567,89 of 1.234.567,89',
    negativeAmount: (line: string) => `verwacht een bedrag ≥ 0 voor regel "${line}", gevonden: een negatief getal`,
    negativeAmountHint: 'bedragen zijn positieve euro\'s zoals in het model, een opbrengst als het ontvangen bedrag; alleen de nettokosten ("netto") mogen negatief zijn',
    negativeFigure: 'verwacht een getal ≥ 0, gevonden: een negatief getal',
    lineTwice: (year: number, configuration: string, line: string, first: number) =>
      `jaar ${year}, configuratie "${configuration}", regel "${line}" staat er twee keer in (eerst op regel ${first} van dit bestand)`,
    lineTwiceHint: 'geef elke regel één keer per jaar: tel bedragen op die delen van één regel zijn',
    workFormTwice: (year: number, form: string, first: number) => `jaar ${year}, werkvorm "${form}" staat er twee keer in (eerst op regel ${first} van dit bestand)`,
    workFormTwiceHint: 'geef elke werkvorm één keer per jaar',
    unknownWorkForm: (form: string, suggestion: string) => `onbekende werkvorm "${form}"${suggestion}`,
    workFormsHint: (forms: readonly string[]) => `de werkvormen van de regio zijn: ${forms.join(', ')}`,
    noFigures: 'de rij geeft geen se, fte of aantal: hij wordt overgeslagen',
    sourceTooLong: (max: number) => `een bron heeft ten hoogste ${max} tekens`,
    unfitSource: (code: string) => `de bron bevat het teken ${code}, dat een rapport niet kan tonen`,
    unfitSourceHint: 'verwijder het teken (het kan zijn meegekomen met kopiëren uit een ander programma)',
  },
});

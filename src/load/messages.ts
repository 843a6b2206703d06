import { formatCount, texts } from '../language.js';
import type { SourceRef } from '../errors.js';

/** The texts of loading messages, in one place (each stage has its messages module). */
export const yamlMessages = texts('yaml', {
  en: {
    syntax: (detail: string) => `YAML syntax error: ${detail}`,
    syntaxHint: 'check the indentation and the punctuation (":", "-", brackets and quotes) on this line and the one before',
    duplicateKey: (key: string, firstAt: string) => `"${key}" appears twice in this map (first at line ${firstAt})`,
    sameKey: (written: string, first: string, firstAt: string, key: string) =>
      `${written} is the same key as ${first} at line ${firstAt}: YAML reads both as "${key}"`,
    duplicateKeyHint: 'remove one of the two, or merge them: a later one would silently replace the first',
    tabHint: 'indent with spaces, not tabs',
    colonHint: 'text that holds ": " must be quoted, for example label: "Noord: samen"',
    unclosedQuote: (quote: string) => `YAML syntax error: this quote (${quote}) is never closed`,
    unclosedQuoteHint: 'add the closing quote at the end of the text, or leave out the opening one',
    unclosed: (open: '{' | '[') => `YAML syntax error: this "${open}" is never closed`,
    unclosedHint: (open: '{' | '[') =>
      `end the ${open === '{' ? 'map' : 'list'} with "${open === '{' ? '}' : ']'}"; if it continues on the next line, indent that line further than the key`,
    aliases: (max: number) => `more than ${max} YAML aliases: this looks like an alias bomb, not a scenario file`,
    aliasesRepeat: (max: number) => `the aliases up to here repeat more than ${formatCount(max, 'en')} characters: this looks like an alias bomb, not a scenario file`,
    unknownAlias: (name: string) => `the alias *${name} names no anchor &${name} before it`,
    unknownAliasHint: 'an alias repeats a value marked with &name earlier in the file: add the anchor there, or write the value out',
    aliasCycle: 'this alias stands for a map or list that holds it: it would repeat without end',
    aliasesHint: 'write the values out; a scenario file needs few aliases, if any',
    prototypeKey: '"__proto__" cannot be a field name, an id or a year',
    prototypeKeyHint: 'rename it: an id is a letter, then letters, digits, _ or -',
    tooDeep: (max: number) => `maps and lists are nested more than ${max} levels deep here: a scenario file needs about 8`,
    parserGaveUp: 'YAML syntax error: from about here on the nesting is too deep, or the indentation too irregular, to read',
    tooDeepHint: 'check the indentation and the brackets: each deeper indent, "- ", "[" or "{" opens a level, and a bracket must be closed',
    collectionKey: 'a key must be a name or a number, not a map or a list',
    collectionKeyHint: 'write the field name before the ":"; a "?" or a bracket at the start of a key makes it a map or a list',
    notAMap: 'expected a map of fields at the top of the file',
    controlCharacter: 'this text holds a control character (such as an escape or a NUL), which a label, name or source cannot have',
    notACharacter: (code: string) => `this text holds ${code}, which is not a character of text: a label, name or source cannot have it (a workbook could not store it)`,
    notACharacterHint: 'remove it: in a quoted text, an escape such as "\\uFFFF" writes it',
    controlCharacterHint: 'retype the text; a control character often comes along when text is pasted from another program',
    notAMapHint: 'run and validate take a region or municipality file (YAML) that starts with fields such as "region:"',
    empty: 'the file is empty: expected a region or municipality file',
    regionIsMunicipality: (path: string) => `${path} is a municipality file, not a region file`,
    regionIsMunicipalityHint: 'make "region" point at the region file that lists this municipality',
    listedTwice: (path: string) => `${path} is listed twice`,
    listedTwiceHint: 'list every municipality file once',
  },
  nl: {
    syntax: (detail: string) => `YAML-syntaxfout: ${detail}`,
    syntaxHint: 'controleer het inspringen en de leestekens (":", "-", haken en aanhalingstekens) op deze regel en de regel ervoor',
    duplicateKey: (key: string, firstAt: string) => `"${key}" staat twee keer in deze map (eerst op regel ${firstAt})`,
    sameKey: (written: string, first: string, firstAt: string, key: string) =>
      `${written} is dezelfde sleutel als ${first} op regel ${firstAt}: YAML leest beide als "${key}"`,
    duplicateKeyHint: 'haal een van de twee weg, of voeg ze samen: een latere zou de eerste stilzwijgend vervangen',
    tabHint: 'spring in met spaties, niet met tabs',
    colonHint: 'tekst met ": " erin moet tussen aanhalingstekens, bijvoorbeeld label: "Noord: samen"',
    unclosedQuote: (quote: string) => `YAML-syntaxfout: dit aanhalingsteken (${quote}) wordt nergens gesloten`,
    unclosedQuoteHint: 'zet het sluitende aanhalingsteken aan het eind van de tekst, of laat het openende weg',
    unclosed: (open: '{' | '[') => `YAML-syntaxfout: deze "${open}" wordt nergens gesloten`,
    unclosedHint: (open: '{' | '[') =>
      `sluit de ${open === '{' ? 'map' : 'lijst'} af met "${open === '{' ? '}' : ']'}"; gaat die verder op de volgende regel, spring die regel dan verder in dan de sleutel`,
    aliases: (max: number) => `meer dan ${max} YAML-aliassen: dit lijkt een aliasbom, geen scenariobestand`,
    aliasesRepeat: (max: number) => `de aliassen tot hier herhalen meer dan ${formatCount(max, 'nl')} tekens: dit lijkt een aliasbom, geen scenariobestand`,
    unknownAlias: (name: string) => `de alias *${name} verwijst naar geen anker &${name} ervoor`,
    unknownAliasHint: 'een alias herhaalt een waarde die eerder in het bestand met &naam is gemarkeerd: zet het anker daar, of schrijf de waarde uit',
    aliasCycle: 'deze alias staat voor een map of lijst die hem zelf bevat: hij zou eindeloos herhalen',
    aliasesHint: 'schrijf de waarden uit; een scenariobestand heeft weinig aliassen nodig, als het al nodig is',
    prototypeKey: '"__proto__" kan geen veldnaam, id of jaar zijn',
    prototypeKeyHint: 'geef het een andere naam: een id is een letter, gevolgd door letters, cijfers, _ of -',
    tooDeep: (max: number) => `maps en lijsten zijn hier dieper dan ${max} niveaus genest: een scenariobestand heeft er ongeveer 8 nodig`,
    parserGaveUp: 'YAML-syntaxfout: vanaf ongeveer hier is het nesten te diep, of het inspringen te onregelmatig, om te lezen',
    tooDeepHint: 'controleer het inspringen en de haken: elke diepere inspringing, "- ", "[" of "{" opent een niveau, en een haak moet gesloten worden',
    collectionKey: 'een sleutel moet een naam of getal zijn, geen map of lijst',
    collectionKeyHint: 'schrijf de veldnaam vóór de ":"; een "?" of een haak aan het begin van een sleutel maakt er een map of lijst van',
    notAMap: 'verwacht een map met velden bovenaan het bestand',
    controlCharacter: 'deze tekst bevat een stuurteken (zoals een escape of een NUL), dat een label, naam of bron niet kan hebben',
    notACharacter: (code: string) => `deze tekst bevat ${code}, dat geen teken van tekst is: een label, naam of bron kan het niet hebben (een werkmap kan het niet opslaan)`,
    notACharacterHint: 'haal het weg: in een tekst tussen aanhalingstekens schrijft een escape zoals "\\uFFFF" het',
    controlCharacterHint: 'typ de tekst opnieuw; een stuurteken komt vaak mee als tekst uit een ander programma wordt geplakt',
    notAMapHint: 'run en validate lezen een regio- of gemeentebestand (YAML) dat begint met velden zoals "region:"',
    empty: 'het bestand is leeg: verwacht een regio- of gemeentebestand',
    regionIsMunicipality: (path: string) => `${path} is een gemeentebestand, geen regiobestand`,
    regionIsMunicipalityHint: 'laat "region" wijzen naar het regiobestand dat deze gemeente noemt',
    listedTwice: (path: string) => `${path} staat twee keer in de lijst`,
    listedTwiceHint: 'noem elk gemeentebestand één keer',
  },
});

export const fileMessages = texts('file', {
  en: {
    notFound: (path: string) => `file not found: ${path}`,
    notReadable: (path: string, reason: string) => `cannot read ${path}: ${reason}`,
    isDirectory: (path: string) => `${path} is a folder, not a file`,
    notRegular: (path: string, kind: string) => `${path} is ${kind}, not a file`,
    notRegularHint: 'name a YAML or CSV file saved on the disk; soweco-bc does not read from devices, pipes or sockets',
    tooLarge: (path: string, size: string, max: string) => `${path} is ${size}, more than the ${max} this kind of file may have`,
    grewTooLarge: (path: string, max: string) => `${path} grew past the ${max} this kind of file may have while it was read`,
    binary: 'this is a binary file, not text: expected a YAML or CSV text file',
    notText: (byte: number) => `this file is not UTF-8, and as Windows-1252 text it holds byte 0x${byte.toString(16).toUpperCase()}, which is no character`,
    notTextHint: 'save the file as UTF-8 (in Excel: "CSV UTF-8"; in an editor: encoding UTF-8)',
    unfitName: (code: string) => `the file name holds ${code}, a character that the reports cannot show`,
    unfitNameHint: 'rename the file (or its folder) with ordinary letters, digits and punctuation',
    didYouMeanFile: (path: string) => `did you mean "${path}"?`,
    relativePaths: (file: string) => `paths are relative to the folder of ${file}`,
  },
  nl: {
    notFound: (path: string) => `bestand niet gevonden: ${path}`,
    notReadable: (path: string, reason: string) => `kan ${path} niet lezen: ${reason}`,
    isDirectory: (path: string) => `${path} is een map, geen bestand`,
    notRegular: (path: string, kind: string) => `${path} is ${kind}, geen bestand`,
    notRegularHint: 'noem een YAML- of CSV-bestand dat op de schijf staat; soweco-bc leest niet van apparaten, pipes of sockets',
    tooLarge: (path: string, size: string, max: string) => `${path} is ${size}, meer dan de ${max} die dit soort bestand mag hebben`,
    grewTooLarge: (path: string, max: string) => `${path} werd tijdens het lezen groter dan de ${max} die dit soort bestand mag hebben`,
    binary: 'dit is een binair bestand, geen tekst: verwacht een YAML- of CSV-tekstbestand',
    notText: (byte: number) => `dit bestand is geen UTF-8, en als Windows-1252-tekst bevat het byte 0x${byte.toString(16).toUpperCase()}, dat geen teken is`,
    notTextHint: 'sla het bestand op als UTF-8 (in Excel: "CSV UTF-8"; in een editor: codering UTF-8)',
    unfitName: (code: string) => `de bestandsnaam bevat ${code}, een teken dat de rapporten niet kunnen tonen`,
    unfitNameHint: 'geef het bestand (of de map) een naam met gewone letters, cijfers en leestekens',
    didYouMeanFile: (path: string) => `bedoelde u "${path}"?`,
    relativePaths: (file: string) => `paden zijn ten opzichte van de map van ${file}`,
  },
});

/** Texts about the chain of `extends` from a variant to the files it varies. */
export const variantMessages = texts('variant', {
  en: {
    cycle: (path: string, files: number) =>
      `"extends" goes round in a cycle: ${path} is already one of the ${files} variant file${files === 1 ? '' : 's'} in this chain`,
    cycleHint: 'a chain of variants must end at a region or municipality file: make one of them extend that file',
    tooDeep: (max: number) => `this chain of variants is longer than ${max}: more than ${max} variant files extend one another`,
    tooDeepHint: 'extend the region or municipality file, or a variant closer to it, directly: copy the few changes of the variants in between',
  },
  nl: {
    cycle: (path: string, files: number) =>
      `"extends" gaat in een kringetje rond: ${path} is al een van de ${files} variantbestand${files === 1 ? '' : 'en'} in deze keten`,
    cycleHint: 'een keten van varianten moet eindigen bij een regio- of gemeentebestand: laat een ervan dat bestand uitbreiden',
    tooDeep: (max: number) => `deze keten van varianten is langer dan ${max}: meer dan ${max} variantbestanden breiden elkaar uit`,
    tooDeepHint: 'breid het regio- of gemeentebestand, of een variant die er dichter bij staat, direct uit: neem de paar wijzigingen van de tussenliggende varianten over',
  },
});

/** Texts about YAML tags (`!!set`, `!foo`): the input files have none. */
export const yamlTagMessages = texts('yamlTag', {
  en: {
    tag: (tag: string, kind: string | undefined) => `the YAML tag ${tag}${kind === undefined ? '' : ` (${kind})`} is not supported: the files hold maps, lists, texts and numbers only`,
    tagHint: 'leave out the tag: write a map as { a: 1 }, a list as [a, b], text in quotes and a date as YYYY-MM-DD',
  },
  nl: {
    tag: (tag: string, kind: string | undefined) => `de YAML-tag ${tag}${kind === undefined ? '' : ` (${kind})`} wordt niet ondersteund: de bestanden bevatten alleen maps, lijsten, teksten en getallen`,
    tagHint: 'laat de tag weg: schrijf een map als { a: 1 }, een lijst als [a, b], tekst tussen aanhalingstekens en een datum als JJJJ-MM-DD',
  },
});
/** An id that would give a report a file name it cannot have, or that of another report. */
export const reportNameMessages = texts('reportName', {
  en: {
    clash: (owner: string, other: string, otherAt: SourceRef, name: string) =>
      `the reports of ${owner} and of ${other} (${fileAndLine(otherAt)}) would be one file: ${name}`,
    caseClash: (owner: string, other: string, otherAt: SourceRef, name: string, otherName: string) =>
      `${owner} differs from ${other} (${fileAndLine(otherAt)}) only in capitals: ${name} and ${otherName} are one file on Windows and macOS`,
    unsafe: (owner: string, name: string, why: string) => `${owner} cannot name a report: ${name} ${why}`,
    reserved: (stem: string) => `is not a possible file name on Windows (${stem} is reserved for a device)`,
    hint: 'ids name the report files (<municipality>.xlsx, <municipality>-samenvatting.md, <region>-vergelijking.xlsx, <region>-samenvatting.md): give this one an id of its own',
  },
  nl: {
    clash: (owner: string, other: string, otherAt: SourceRef, name: string) =>
      `de rapporten van ${owner} en van ${other} (${fileAndLine(otherAt)}) zouden één bestand zijn: ${name}`,
    caseClash: (owner: string, other: string, otherAt: SourceRef, name: string, otherName: string) =>
      `${owner} verschilt van ${other} (${fileAndLine(otherAt)}) alleen in hoofdletters: ${name} en ${otherName} zijn op Windows en macOS één bestand`,
    unsafe: (owner: string, name: string, why: string) => `${owner} kan geen rapport een naam geven: ${name} ${why}`,
    reserved: (stem: string) => `is geen mogelijke bestandsnaam op Windows (${stem} is gereserveerd voor een apparaat)`,
    hint: 'ids geven de rapportbestanden hun naam (<gemeente>.xlsx, <gemeente>-samenvatting.md, <regio>-vergelijking.xlsx, <regio>-samenvatting.md): geef deze een eigen id',
  },
});

function fileAndLine(at: SourceRef): string {
  return at.line === undefined ? at.file : `${at.file}:${at.line}`;
}

/** Texts about organisation ids and how an organisation's members settle (methodology, settlement). */
export const settlementMessages = texts('settlement', {
  en: {
    idTwice: (id: string, configuration: string) => `organisation id "${id}" is used twice in configuration "${configuration}"`,
    idTwiceHint: 'give every organisation of a configuration its own id',
    idWithEach: (id: string) => `organisation id "${id}" would name several organisations: "members: each" makes one per municipality`,
    idWithEachHint: 'leave out the id, or list the members of this organisation',
    alone: 'a settlement needs members who share: with "members: each" every organisation has one member',
    aloneHint: 'list the members that settle together, or leave out "settlement"',
    keyKind: 'the key is either { fixed: … } or { by: … }',
    keyKindHint: 'for example key: { fixed: { noord: 0.6, oost: 0.4 } } or key: { by: se_share }',
    byOnly: (field: string) => `"${field}" goes with a "by" key, not with a fixed one`,
    byOnlyHint: 'a fixed key is the same every year: leave it out',
    lagAndReference: '"lag" and "reference_year" exclude each other',
    lagAndReferenceHint: 'reference_year freezes the shares of one year; lag: 1 takes last year\'s: keep one',
    lag: (lag: number) => `lag ${lag} is not supported: a key follows the volume of this year, or of last year (lag: 1)`,
    lagHint: 'write lag: 1, or leave it out for this year\'s shares',
    unknownMember: (member: string, suggestion: string) => `"${member}" is not a member of this organisation${suggestion}`,
    membersHint: (members: readonly string[]) => `the key names each member once: ${members.join(', ')}`,
    unknownLine: (line: string, model: string, suggestion: string) => `unknown line "${line}" in model "${model}"${suggestion}`,
    linesHint: (model: string, lines: readonly string[]) => `the lines of model "${model}" are: ${lines.join(', ')}`,
    lineTwice: (line: string) => `line "${line}" is listed twice in "pooled"`,
    lineTwiceHint: 'name every pooled line once',
    percentOfUnpooled: (line: string, missing: readonly string[]) =>
      `pooled line "${line}" is a percentage of ${missing.map((m) => `"${m}"`).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not pooled`,
    percentOfUnpooledHint: 'pool those lines too, or leave this one out: a pooled percentage is taken of pooled amounts',
  },
  nl: {
    idTwice: (id: string, configuration: string) => `organisatie-id "${id}" wordt twee keer gebruikt in configuratie "${configuration}"`,
    idTwiceHint: 'geef elke organisatie van een configuratie een eigen id',
    idWithEach: (id: string) => `organisatie-id "${id}" zou meerdere organisaties noemen: "members: each" maakt er één per gemeente`,
    idWithEachHint: 'laat de id weg, of noem de leden van deze organisatie',
    alone: 'een verevening heeft leden nodig die delen: met "members: each" heeft elke organisatie één lid',
    aloneHint: 'noem de leden die samen verevenen, of laat "settlement" weg',
    keyKind: 'de sleutel is { fixed: … } of { by: … }',
    keyKindHint: 'bijvoorbeeld key: { fixed: { noord: 0.6, oost: 0.4 } } of key: { by: se_share }',
    byOnly: (field: string) => `"${field}" hoort bij een "by"-sleutel, niet bij een vaste`,
    byOnlyHint: 'een vaste sleutel is elk jaar gelijk: laat het weg',
    lagAndReference: '"lag" en "reference_year" sluiten elkaar uit',
    lagAndReferenceHint: 'reference_year bevriest de aandelen van één jaar; lag: 1 neemt die van vorig jaar: houd er één',
    lag: (lag: number) => `lag ${lag} wordt niet ondersteund: een sleutel volgt het volume van dit jaar, of van vorig jaar (lag: 1)`,
    lagHint: 'schrijf lag: 1, of laat het weg voor de aandelen van dit jaar',
    unknownMember: (member: string, suggestion: string) => `"${member}" is geen lid van deze organisatie${suggestion}`,
    membersHint: (members: readonly string[]) => `de sleutel noemt elk lid één keer: ${members.join(', ')}`,
    unknownLine: (line: string, model: string, suggestion: string) => `onbekende regel "${line}" in model "${model}"${suggestion}`,
    linesHint: (model: string, lines: readonly string[]) => `de regels van model "${model}" zijn: ${lines.join(', ')}`,
    lineTwice: (line: string) => `regel "${line}" staat twee keer in "pooled"`,
    lineTwiceHint: 'noem elke gedeelde regel één keer',
    percentOfUnpooled: (line: string, missing: readonly string[]) =>
      `gedeelde regel "${line}" is een percentage van ${missing.map((m) => `"${m}"`).join(', ')}, ${missing.length === 1 ? 'dat' : 'die'} niet gedeeld ${missing.length === 1 ? 'wordt' : 'worden'}`,
    percentOfUnpooledHint: 'deel die regels ook, of laat deze weg: een gedeeld percentage wordt van gedeelde bedragen genomen',
  },
});

/** Texts about fees between organisations: `supplier` of an organisation, `fee` of a line (methodology, fees between organisations). */
export const feeMessages = texts('fee', {
  en: {
    onRevenue: (line: string) => `line "${line}" is revenue: only a cost line can be a fee paid to a supplier`,
    onRevenueHint: 'leave out "fee", or make the line kind: cost',
    unknownSupplier: (supplier: string, configuration: string, suggestion: string) =>
      `supplier "${supplier}" is not the id of an organisation of configuration "${configuration}"${suggestion}`,
    suppliersHint: (ids: readonly string[]) =>
      ids.length === 0 ? 'give the supplying organisation an id (id: …) and name it here' : `the organisation ids of this configuration are: ${ids.join(', ')}`,
    circle: (chain: readonly string[]) => `the suppliers form a circle: ${chain.join(' → ')}`,
    circleHint: 'an organisation cannot supply itself, directly or through others: remove one "supplier"',
    supplierBuys: (supplier: string, itsSupplier: string) => `supplier "${supplier}" is itself supplied by "${itsSupplier}": a supplier cannot be a buyer`,
    supplierBuysHint: 'name the last organisation of the chain as the supplier, or remove one "supplier"',
  },
  nl: {
    onRevenue: (line: string) => `regel "${line}" is een opbrengst: alleen een kostenregel kan een vergoeding aan een leverancier zijn`,
    onRevenueHint: 'laat "fee" weg, of maak de regel kind: cost',
    unknownSupplier: (supplier: string, configuration: string, suggestion: string) =>
      `leverancier "${supplier}" is niet de id van een organisatie van configuratie "${configuration}"${suggestion}`,
    suppliersHint: (ids: readonly string[]) =>
      ids.length === 0 ? 'geef de leverende organisatie een id (id: …) en noem die hier' : `de organisatie-ids van deze configuratie zijn: ${ids.join(', ')}`,
    circle: (chain: readonly string[]) => `de leveranciers vormen een kring: ${chain.join(' → ')}`,
    circleHint: 'een organisatie kan niet aan zichzelf leveren, direct of via andere: haal één "supplier" weg',
    supplierBuys: (supplier: string, itsSupplier: string) => `leverancier "${supplier}" wordt zelf beleverd door "${itsSupplier}": een leverancier kan geen afnemer zijn`,
    supplierBuysHint: 'noem de laatste organisatie van de keten als leverancier, of haal één "supplier" weg',
  },
});

/** The texts of checks on execution models' lines (models.ts). */
export const modelMessages = texts('model', {
  en: {
    elasticityUnit: (name: string, unit: string | undefined) =>
      `parameter "${name}" is used as a volume elasticity, a ratio from 0 to 1, but its unit is ${unit === undefined ? 'not given' : `"${unit}"`}`,
    elasticityUnitHint: (name: string) => `give "${name}" the line "unit: ratio" under "parameters"`,
  },
  nl: {
    elasticityUnit: (name: string, unit: string | undefined) =>
      `parameter "${name}" wordt gebruikt als volume-elasticiteit, een verhouding van 0 tot 1, maar de eenheid is ${unit === undefined ? 'niet gegeven' : `"${unit}"`}`,
    elasticityUnitHint: (name: string) => `geef "${name}" de regel "unit: ratio" onder "parameters"`,
  },
});

/** The texts of the messages about a fixed key's shares (settlement and dissolution alike). */
export const fixedKeyMessages = texts('fixedKey', {
  en: {
    shareOutside: (holder: string, share: string) => `the share of "${holder}" is ${share}: a share lies between 0 and 1`,
    shareOutsideHint: 'write the share as a fraction, such as 0.4387 for 43.87%',
    missing: (missing: readonly string[]) => `the key gives no share for ${missing.map((m) => `"${m}"`).join(', ')}`,
    notOne: (total: string) => `the shares sum to ${total}, not exactly 1`,
    notOneHint: 'adjust a share (usually the largest) so that the shares sum to exactly 1',
  },
  nl: {
    shareOutside: (holder: string, share: string) => `het aandeel van "${holder}" is ${share}: een aandeel ligt tussen 0 en 1`,
    shareOutsideHint: 'schrijf het aandeel als fractie, zoals 0.4387 voor 43,87%',
    missing: (missing: readonly string[]) => `de sleutel geeft geen aandeel voor ${missing.map((m) => `"${m}"`).join(', ')}`,
    notOne: (total: string) => `de aandelen tellen op tot ${total}, niet precies 1`,
    notOneHint: 'pas een aandeel aan (meestal het grootste), zodat de aandelen precies op 1 uitkomen',
  },
});
